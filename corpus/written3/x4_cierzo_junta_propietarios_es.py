"""Written held-out report x4: the acta of a Spanish comunidad de propietarios' ordinary
general meeting: attendance by flat with 'representado por' proxies and participation
coefficients, 'Ausentes con excusa', a ruled accounts table whose long cells wrap over two
lines, with a total row, label-first decisions 'ACUERDO: Aprobar …', a levy 'se rechaza';
planted slips: a wrong weekday and a total row that does not add up (thousands dots)."""
from corpus.heldout.markup import when
from corpus.written.blocks import h1, p, table, title
from corpus.written.render import WReport
from corpus.written3.render3 import Style3


def acuerdo(text):
    return p(text, indent=10.0, after=2.2)


blocks = [
    title("COMUNIDAD DE PROPIETARIOS CALLE DEL CIERZO, 22", size=12.5, after=0.5),
    title("50009 Zaragoza — CIF H-50999999", size=9, bold=False, after=5),
    title("ACTA DE LA JUNTA GENERAL ORDINARIA", size=12, after=5),
    p("En Zaragoza, en el local de la planta baja del edificio, siendo las 19:30 horas del "
      "⟦E:wd|jueves 25 de marzo de 2026⟧, se reúne en segunda convocatoria la Junta General "
      "Ordinaria de la Comunidad de Propietarios Calle del Cierzo, 22, presidida por su "
      "Presidente, D. Álvaro Sancho Urrea, y con la asistencia del Secretario-Administrador, "
      "D. Ernesto Valdivia Romeo, para tratar el orden del día de la convocatoria."),
    p("**Asistentes, presentes o representados** (piso y cuota de participación):\n"
      "1.º A, D. Álvaro Sancho Urrea (5,10 %); 1.º B, Dña. Celia Morán Ibarz (4,85 %); 2.º "
      "A, D. Íñigo Lasheras Pueyo, representado por Dña. Begoña Alcubierre Sanz (5,10 %); "
      "2.º B, Dña. Pilar Gracia Oliván (4,85 %); 3.º A, D. Marcos Bielsa Lafuente (5,10 %); "
      "3.º B, D. Héctor Aznar Pueyo, representado por D. Marcos Bielsa Lafuente (4,85 %); "
      "4.º A, Dña. Raquel Tena Casaus (5,10 %); local comercial, Farmacia Lahoz, "
      "representada por Dña. Inés Lahoz Ferrer (11,40 %).\n"
      "**Ausentes con excusa:** Dña. Montserrat Bernués Gil (4.º B), D. Joaquín Sopeña "
      "Marín (5.º A).\n"
      "Asisten ⟦N:cuotas|8 de los 12 propietarios, que representan el 46,35 % de las "
      "cuotas⟧; en segunda convocatoria la Junta queda válidamente constituida.", after=3),
    h1("1. Aprobación de las cuentas del ejercicio 2025"),
    p("El Administrador presenta la liquidación del ejercicio, enviada con la "
      "convocatoria. El gasto real ha sido de ⟦A:15858.05:EUR|15.858,05 euros⟧, por encima "
      "de lo presupuestado por la revisión del ascensor y la reparación del portero "
      "automático."),
    table(["Concepto", "Presupuesto 2025", "Gasto real 2025"],
          [["Limpieza de zonas comunes\ny cristales del portal", "4.800,00", "4.920,00"],
           ["Mantenimiento del ascensor\n(contrato e inspección OCA)", "3.450,00",
            "3.612,40"],
           ["Seguro multirriesgo", "1.980,00", "2.011,75"],
           ["Electricidad y agua\nde zonas comunes", "2.600,00", "2.478,30"],
           ["Honorarios de administración", "1.440,00", "1.440,00"],
           ["Reparaciones y portero\nautomático", "1.500,00", "1.395,60"],
           ["Total", "15.770,00", "15.885,05"]],
          widths=[86.0, 37.0, 37.0], aligns="LRR",
          caption="Liquidación del ejercicio 2025 (euros)", sum_cols=[1], bad_cols=[2]),
    p("D. Marcos Bielsa Lafuente pregunta por qué la limpieza supera lo presupuestado; el "
      "Administrador responde que se añadieron dos limpiezas de cristales tras las obras "
      "del edificio vecino."),
    acuerdo("**ACUERDO:** ⟦D:approved:|Aprobar las cuentas del ejercicio 2025⟧ por "
            "unanimidad de los asistentes."),
    h1("2. Presupuesto ordinario para 2026"),
    p("El Presidente propone un presupuesto de ⟦A:16200:EUR|16.200,00 euros⟧, con una "
      "subida de las cuotas del 2,5 %. Dña. Raquel Tena Casaus recuerda que "
      "⟦N:past|la derrama de 2024, que se había aprobado en la junta de marzo de 2024⟧ "
      "para la fachada, se cobró íntegra y pide que no se suban las cuotas."),
    acuerdo("**ACUERDO:** ⟦D:approved:|Aprobar el presupuesto ordinario para 2026⟧, con "
            "el voto en contra de Dña. Raquel Tena Casaus (5,10 %)."),
    h1("3. Impermeabilización de la cubierta: derrama extraordinaria"),
    p("El Administrador presenta dos presupuestos para impermeabilizar la cubierta; el más "
      "bajo asciende a ⟦A:18600:EUR|18.600,00 €⟧ más IVA, que se pagaría con una derrama "
      "en seis meses. Dña. Inés Lahoz Ferrer, en representación del local, propone "
      "esperar al informe del arquitecto sobre las filtraciones del 4.º B."),
    p("Sometida a votación la derrama, ⟦D:rejected:|se rechaza la propuesta de derrama "
      "extraordinaria⟧ con el voto en contra de 5 propietarios (31,40 %) frente a 3 a "
      "favor (14,95 %)."),
    acuerdo("**ACUERDO:** ⟦D:approved:|Encargar al arquitecto D. Rafael Castán Royo un "
            "informe sobre la cubierta⟧, por un máximo de ⟦A:650:EUR|650 euros⟧, que se "
            "presentará en una junta extraordinaria."),
    h1("4. Nombramiento de cargos"),
    acuerdo("**ACUERDO:** ⟦D:approved:|Nombrar Presidenta de la Comunidad para 2026 a "
            "Dña. Celia Morán Ibarz⟧ y renovar como Secretario-Administrador a D. Ernesto "
            "Valdivia Romeo."),
    h1("5. Ruegos y preguntas"),
    p("Dña. Pilar Gracia Oliván ruega que se recuerde a los vecinos que las bicicletas no "
      "pueden dejarse en el portal. Sin más asuntos que tratar, el Presidente levanta la "
      "sesión a las 21:05 horas, de lo que como Secretario doy fe."),
    p("V.º B.º EL PRESIDENTE                                  EL SECRETARIO-ADMINISTRADOR",
      after=0),
]
REPORT = WReport(
    name="x4_cierzo_junta_propietarios_es",
    lang="es",
    meeting={"body": "Junta General Ordinaria", "ordinal": None, "date": "2026-03-25",
             "place": "Zaragoza"},
    date_as_written="jueves 25 de marzo de 2026",
    head=("C. P. Calle del Cierzo, 22 — Zaragoza", "Junta General Ordinaria 2026"),
    foot=lambda pg, n: ("Valdivia Administración de Fincas", f"pág. {pg}/{n}"),
    created=when(2026, 3, 30),
    blocks=blocks,
    people=[
        ("D. Álvaro Sancho Urrea", "Sancho Urrea", "S"),
        ("D. Ernesto Valdivia Romeo", "Valdivia Romeo", "S"),
        ("D. Marcos Bielsa Lafuente", "Bielsa Lafuente", "S"),
        ("Dña. Raquel Tena Casaus", "Tena Casaus", "S"),
        ("Dña. Inés Lahoz Ferrer", "Lahoz Ferrer", "S"),
        ("Dña. Pilar Gracia Oliván", "Gracia Oliván", "S"),
        ("Dña. Celia Morán Ibarz", "Morán Ibarz", "M"),
        ("D. Íñigo Lasheras Pueyo", "Lasheras Pueyo", "M"),
        ("Dña. Begoña Alcubierre Sanz", "Alcubierre Sanz", "M"),
        ("D. Héctor Aznar Pueyo", "Aznar Pueyo", "M"),
        ("Dña. Montserrat Bernués Gil", "Bernués Gil", "M"),
        ("D. Joaquín Sopeña Marín", "Sopeña Marín", "M"),
        ("D. Rafael Castán Royo", "Castán Royo", "M"),
    ],
    flags={"wd": "weekday_mismatch", "total": ("table_total_mismatch", ["15.885,05"])},
    not_flags={
        "cuotas": "8 of 12 owners, with 46,35 % of the shares: the coefficients add up",
        "past": "the 2024 levy recalled as approved in March 2024 under the 2026 budget "
                "heading: not a year slip",
        "budget": ("the budget column sums to its total row", ["15.770,00"]),
    },
    weekdays=[("jueves 25 de marzo de 2026", False)],
    sums=[(46.35, [5.10, 4.85, 5.10, 4.85, 5.10, 4.85, 5.10, 11.40], True),
          (15858.05, [4920.00, 3612.40, 2011.75, 2478.30, 1440.00, 1395.60], True)],
    style=Style3(paper="a4", font="mono-bi", body_size=9.5, leading=1.35, left=25.0,
                 right=25.0, top=30.0, bottom=24.0, justify=False, heading="plain",
                 band=True),
    stresses="Spanish comunidad de propietarios' general meeting: attendance by flat with "
             "participation shares in brackets and 'representado por' proxies (one owner "
             "both present and a proxy), 'Ausentes con excusa', a ruled accounts table "
             "whose long 'Concepto' cells wrap over two lines, with a shaded header row and "
             "a total row (thousands dots, decimal commas), label-first decisions 'ACUERDO: "
             "Aprobar …' indented, a levy 'se rechaza' by owners and shares, an election "
             "('Nombrar Presidenta … a Dña. X'), an architect named only as the one to "
             "report; A4, DejaVu Sans Mono 9.5 pt ragged right, bold-oblique headings, "
             "running header in a framed grey band",
    slips="`weekday_mismatch`: 'jueves 25 de marzo de 2026' (25 March 2026 is a "
          "Wednesday); `table_total_mismatch`: the accounts table's 'Gasto real' total "
          "row says 15.885,05, the rows add up to 15.858,05 (the figure in the text)",
)
