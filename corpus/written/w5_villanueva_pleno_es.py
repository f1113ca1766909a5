"""Written held-out report 5: the acta of a Spanish ayuntamiento's ordinary plenary
session: 'Visto el expediente … el Pleno ACUERDA: PRIMERO … SEGUNDO …', 'Sometido a
votación, se aprueba por mayoría absoluta con 7 votos a favor y 4 en contra', 'Intervino
la concejala X:', 'Ausentes con excusa'; planted year slip (the 2025 budget approved as
the 2024 one)."""
from corpus.heldout.markup import when
from corpus.written.blocks import Style, gap, h1, p, title
from corpus.written.render import WReport

blocks = [
    title("AYUNTAMIENTO DE VILLANUEVA DEL CAMPILLO", size=12.5, after=0.6),
    title("(Ávila)", size=10, bold=False, after=4),
    title("ACTA DE LA SESIÓN ORDINARIA DEL PLENO CELEBRADA EL DÍA 27 DE FEBRERO DE 2025",
          size=11.5, after=4),
    p("**ASISTENTES:**\nAlcalde-Presidente: D. Fernando Ruiz Castellanos (GMS)\n"
      "Concejales: Dña. María Teresa Ortega Valdivia (GMS), D. Julián Navas Prieto (GMS), "
      "Dña. Rocío Barrientos Gil (GMS), D. Andrés Molina Quesada (GMS), Dña. Encarnación "
      "Villar Roldán (GMS), Dña. Pilar Montoro Linares (IxV), Dña. Lorena Escribano Díaz "
      "(GMP), D. Sergio Cabello Muñoz (GMP), D. Tomás Aguilera Sáez (GMP), D. Rubén Heredia "
      "Campos (GMP).\n"
      "Ausentes con excusa: D. Francisco Javier Soria Benítez (GMS), Dña. Amparo Lucena "
      "Robles (GMP).\n"
      "Secretario-Interventor: D. Ignacio Pastor Lumbreras.", after=3),
    p("En el Salón de Plenos de la Casa Consistorial de Villanueva del Campillo, siendo las "
      "diecinueve horas del ⟦N:wd|jueves 27 de febrero de 2025⟧, se reúne en primera "
      "convocatoria el Pleno del Ayuntamiento, bajo la Presidencia del Sr. Alcalde, con "
      "la asistencia de ⟦N:quorum|once de los trece concejales⟧ que lo componen, para "
      "celebrar sesión ordinaria. Abierta la sesión por la Presidencia, se pasa a tratar "
      "el orden del día."),
    h1("PRIMERO.– APROBACIÓN, SI PROCEDE, DEL ACTA DE LA SESIÓN ANTERIOR"),
    p("No formulándose observaciones al borrador del acta de la sesión ordinaria de 30 de "
      "enero de 2025, distribuido con la convocatoria, el Pleno, por unanimidad de los "
      "once miembros presentes, ⟦D:approved:|aprueba el acta de la sesión ordinaria "
      "celebrada el 30 de enero de 2025⟧."),
    h1("SEGUNDO.– APROBACIÓN INICIAL DEL PRESUPUESTO GENERAL PARA EL "
       "⟦E:year|EJERCICIO 2025⟧"),
    p("Visto el expediente del Presupuesto General de este Ayuntamiento para el ejercicio "
      "2025, formado por la Alcaldía, cuyo estado de gastos asciende a "
      "⟦A:6842300:EUR|6.842.300,00 euros⟧ y el de ingresos a "
      "⟦A:6915000:EUR|6.915.000,00 euros⟧; visto el informe de Intervención y el dictamen "
      "favorable de la Comisión Especial de Cuentas de 20 de febrero de 2025. Por el "
      "Secretario se da lectura a la parte dispositiva del dictamen."),
    p("Intervino la concejala Dña. Lorena Escribano Díaz, portavoz del Grupo Municipal "
      "Popular: señaló que el presupuesto sube los festejos hasta "
      "⟦A:310000:EUR|310.000 euros⟧ mientras deja sin dotación la reparación del colegio "
      "público, y anunció el voto en contra de su grupo."),
    p("Intervino el concejal D. Julián Navas Prieto, delegado de Hacienda: respondió que la "
      "reparación del colegio se financiará con la subvención de la Junta ya concedida y "
      "que los festejos incluyen las fiestas del 450 aniversario de la villa."),
    p("Intervino la concejala Dña. Pilar Montoro Linares, portavoz de Independientes por "
      "Villanueva: anunció el voto favorable de su grupo, que ha obtenido la inclusión de "
      "una partida para el transporte a demanda de las pedanías."),
    p("Sometido a votación, se aprueba por mayoría absoluta con "
      "⟦N:vote|7 votos a favor (GMS e IxV) y 4 en contra (GMP)⟧, el siguiente ACUERDO:"),
    p("PRIMERO. ⟦D:approved:|Aprobar inicialmente el Presupuesto General del Ayuntamiento de "
      "Villanueva del Campillo para el ⟦E:year|ejercicio 2024⟧⟧, junto con sus bases de "
      "ejecución.", indent=8),
    p("SEGUNDO. ⟦D:approved:|Aprobar la plantilla de personal⟧ que figura en el expediente, "
      "con la creación de una plaza de auxiliar administrativo.", indent=8),
    p("El expediente se expondrá al público durante quince días hábiles mediante anuncio en "
      "el Boletín Oficial de la Provincia; si no se presentaran reclamaciones, el "
      "Presupuesto se considerará definitivamente aprobado sin necesidad de nuevo acuerdo."),
    h1("TERCERO.– MOCIÓN DEL GRUPO MUNICIPAL POPULAR SOBRE LA BONIFICACIÓN DEL IBI A "
       "FAMILIAS NUMEROSAS"),
    p("Intervino el concejal D. Sergio Cabello Muñoz, que dio lectura a la moción: se "
      "propone elevar la bonificación del IBI para familias numerosas del 30 % al 60 %. El "
      "Sr. Alcalde indicó que la medida reduciría la recaudación en unos "
      "⟦A:48000:EUR|48.000 euros⟧ anuales y que la ordenanza fiscal se revisará en otoño."),
    p("Sometida a votación, ⟦D:rejected:|la moción es rechazada⟧ con 4 votos a favor (GMP) y "
      "7 en contra (GMS e IxV)."),
    h1("CUARTO.– RECONOCIMIENTO EXTRAJUDICIAL DE CRÉDITOS 1/2025"),
    p("Visto el expediente de reconocimiento extrajudicial de créditos n.º 1/2025, relativo "
      "a ⟦N:fy|facturas del ejercicio 2024⟧ recibidas después del cierre por importe total "
      "de ⟦A:18430.55:EUR|18.430,55 euros⟧, y el informe de Intervención, el Pleno, por "
      "unanimidad, ACUERDA ⟦D:approved:|aprobar el reconocimiento extrajudicial de créditos "
      "n.º 1/2025⟧ con cargo al presupuesto vigente."),
    h1("QUINTO.– CONVENIO CON LA MANCOMUNIDAD PARA LA RECOGIDA DE RESIDUOS"),
    p("A propuesta de la Alcaldía, y no habiéndose recibido el informe jurídico solicitado, "
      "⟦D:postponed:|se acuerda por unanimidad dejar el asunto sobre la mesa⟧ hasta la "
      "próxima sesión ordinaria."),
    h1("SEXTO.– RUEGOS Y PREGUNTAS"),
    p("Intervino el concejal D. Rubén Heredia Campos: preguntó por el estado de las obras "
      "del polideportivo municipal. El Sr. Alcalde respondió que la obra está recibida y "
      "que la certificación final, por ⟦A:212640.18:EUR|212.640,18 euros⟧, se someterá a "
      "aprobación en el próximo Pleno."),
    p("Y no habiendo más asuntos que tratar, la Presidencia levanta la sesión siendo las "
      "veinte horas y cuarenta minutos, de lo que yo, el Secretario, doy fe."),
    gap(6),
    p("V.º B.º EL ALCALDE                                        EL SECRETARIO", after=0),
]
REPORT = WReport(
    name="w5_villanueva_pleno_es",
    lang="es",
    meeting={"body": "Pleno", "ordinal": None, "date": "2025-02-27",
             "place": "Villanueva del Campillo"},
    date_as_written="jueves 27 de febrero de 2025",
    head=("Ayuntamiento de Villanueva del Campillo", "Pleno ordinario 27-02-2025"),
    foot=lambda pg, n: ("", f"Página {pg} de {n}"),
    created=when(2025, 3, 4),
    blocks=blocks,
    people=[
        ("D. Fernando Ruiz Castellanos", "Ruiz Castellanos", "S"),
        ("Dña. Lorena Escribano Díaz", "Escribano Díaz", "S"),
        ("D. Julián Navas Prieto", "Navas Prieto", "S"),
        ("Dña. Pilar Montoro Linares", "Montoro Linares", "S"),
        ("D. Sergio Cabello Muñoz", "Cabello Muñoz", "S"),
        ("D. Rubén Heredia Campos", "Heredia Campos", "S"),
        ("D. Ignacio Pastor Lumbreras", "Pastor Lumbreras", "S"),
        ("Dña. María Teresa Ortega Valdivia", "Ortega Valdivia", "M"),
        ("Dña. Rocío Barrientos Gil", "Barrientos Gil", "M"),
        ("D. Andrés Molina Quesada", "Molina Quesada", "M"),
        ("Dña. Encarnación Villar Roldán", "Villar Roldán", "M"),
        ("D. Tomás Aguilera Sáez", "Aguilera Sáez", "M"),
        ("D. Francisco Javier Soria Benítez", "Soria Benítez", "M"),
        ("Dña. Amparo Lucena Robles", "Lucena Robles", "M"),
    ],
    flags={"year": "year_mismatch"},
    not_flags={
        "wd": "weekday is right (27 February 2025 was a Thursday)",
        "quorum": "eleven of thirteen councillors present: two excused",
        "vote": "7 + 4 = 11 councillors present",
        "fy": "invoices of 2024 recognised in 2025 (reconocimiento extrajudicial): not a year "
              "slip",
    },
    weekdays=[("jueves 27 de febrero de 2025", True)],
    sums=[(11, [7, 4], True), (13, [11, 2], True)],
    style=Style(paper="a4", font="stix", body_size=11.0, leading=1.3, left=28.0, right=22.0,
                top=28.0, bottom=24.0, justify=True, heading="plain"),
    stresses="Spanish municipal plenary acta: attendance block 'ASISTENTES: Alcalde-"
             "Presidente … Concejales … Ausentes con excusa … Secretario-Interventor' with "
             "'D.' / 'Dña.' and two surnames, group tags '(GMS)', the date in words in the "
             "opening paragraph, agenda items 'PRIMERO.– …' in capitals, 'Visto el "
             "expediente …', 'Intervino la concejala Dña. X, portavoz …: señaló que …', "
             "'Sometido a votación, se aprueba por mayoría absoluta con 7 votos a favor … y "
             "4 en contra …, el siguiente ACUERDO: PRIMERO. Aprobar … SEGUNDO. Aprobar …' "
             "(one decision per point), a motion 'rechazada', 'dejar el asunto sobre la "
             "mesa' (postponed), amounts '6.842.300,00 euros'; look-alikes: 'se "
             "considerará definitivamente aprobado', 'se someterá a aprobación en el "
             "próximo Pleno'; A4, STIX, justified, 11 pt",
    slips="`year_mismatch`: item SEGUNDO is the budget 'para el ejercicio 2025', but the "
          "ACUERDO approves the budget 'para el ejercicio 2024'",
)
