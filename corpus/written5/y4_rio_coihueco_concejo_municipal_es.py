"""Written held-out report y4: the acta of a Chilean concejo municipal's ordinary session on
Legal ('oficio') paper: 'REPÚBLICA DE CHILE / ILUSTRE MUNICIPALIDAD DE …' letterhead, the
Secretario Municipal (S) as 'Ministro de Fe', a quórum line, offices with their acronyms
(DAF, DOM), each point closed by 'votación: 6 votos a favor, 1 en contra' and 'ACUERDO N°
202/2025: Se aprueba …', 'Se acuerda por asentimiento', '$ 23.400.000' (Chilean pesos, dot
thousands, no decimals), one ruled budget table; planted slip: the table's total row is
not the sum of its rows (it repeats the figure announced in the text)."""
from corpus.heldout.markup import when
from corpus.written.blocks import h1, p, table, title
from corpus.written.render import WReport
from corpus.written3.render3 import Style3


def acuerdo(n, text):
    return p(f"**ACUERDO N° {n}/2025:** {text}", indent=8.0, after=2.6)


blocks = [
    title("REPÚBLICA DE CHILE", size=9.0, bold=False, after=0.4),
    title("ILUSTRE MUNICIPALIDAD DE RÍO COIHUECO", size=10.5, after=0.4),
    title("SECRETARÍA MUNICIPAL", size=9.0, bold=False, after=4.0),
    title("ACTA SESIÓN ORDINARIA N° 118 DEL CONCEJO MUNICIPAL", size=11.5, after=4.0),
    p("En Río Coihueco, a martes 14 de octubre de 2025, siendo las 15:10 horas, en el Salón "
      "Municipal, se da inicio a la Sesión Ordinaria N° 118 del Concejo Municipal, presidida "
      "por el Alcalde don Rodrigo Sepúlveda Araya, con la asistencia de los concejales "
      "señores y señoras Claudia Henríquez Toro, Pablo Valdebenito Rojas, Francisca "
      "Inostroza Leal, Mauricio Cárcamo Vidal, Javiera Millán Ortiz y Cristián Bustos "
      "Pinto. Actúa como Ministro de Fe el Secretario Municipal (S), don Héctor Saavedra "
      "Molina, por feriado legal del titular, don Gonzalo Fuentes Ibarra."),
    p("Asisten además: doña Verónica Toledo Parra, Directora de Administración y Finanzas "
      "(DAF), y don Luis Aravena Soto, Director de Obras Municipales (DOM)."),
    p("**Quórum:** ⟦N:quorum|7 de 7 integrantes (Alcalde y 6 concejales)⟧, conforme al "
      "artículo 84 de la ⟦N:ley|Ley N° 18.695⟧."),
    h1("1. APROBACIÓN DE ACTA ANTERIOR"),
    p("El Alcalde somete a votación el acta de la Sesión Ordinaria N° 117, de fecha "
      "⟦N:prev|martes 23 de septiembre de 2025⟧, sin observaciones."),
    acuerdo(201, "⟦D:approved:|Se aprueba por unanimidad el acta de la Sesión Ordinaria N° "
                 "117⟧."),
    h1("2. MODIFICACIÓN PRESUPUESTARIA N° 7"),
    p("La Directora de Administración y Finanzas, Sra. Toledo, expone la modificación, por "
      "un monto total de ⟦A:23400000:CLP|$ 23.400.000⟧ financiado con mayores ingresos del "
      "Fondo Común Municipal, con el siguiente detalle de gastos que aumentan:"),
    table(["Cuenta", "Denominación", "Aumenta ($)"],
          [["22.04.012", "Materiales para mantención de caminos", "8.600.000"],
           ["22.08.001", "Servicio de aseo", "6.900.000"],
           ["24.01.004", "Organizaciones comunitarias", "4.200.000"],
           ["31.02.004", "Obras civiles", "3.200.000"],
           ["", "TOTAL", "23.400.000"]],
          [26, 100, 39.9], "LLR", rules="grid", bad_cols=[2]),
    p("El concejal Mauricio Cárcamo Vidal consulta si el aumento del servicio de aseo "
      "cubre el sector rural; la Sra. Toledo responde que sí, desde noviembre. El concejal "
      "Pablo Valdebenito Rojas anuncia su voto en contra por no haberse tratado en "
      "comisión."),
    p("Votación: ⟦N:v202|6 votos a favor, 1 en contra⟧ (concejal Valdebenito)."),
    acuerdo(202, "⟦D:approved:|Se aprueba la Modificación Presupuestaria N° 7⟧, en los "
                 "términos expuestos por la DAF."),
    h1("3. SUBVENCIÓN AGRUPACIÓN DE ADULTOS MAYORES LOS AROMOS"),
    p("El Secretario Municipal (S) da lectura a la solicitud de la agrupación, que pide "
      "⟦A:1800000:CLP|$ 1.800.000⟧ para su viaje anual. ⟦D:approved:|Se acuerda por "
      "asentimiento otorgar la subvención a la Agrupación de Adultos Mayores Los Aromos⟧."),
    acuerdo(203, "Se aprueba según lo señalado."),
    h1("4. RENOVACIÓN DE PATENTE DE ALCOHOLES ROL 4-0213"),
    p("La concejala Javiera Millán Ortiz informa que la junta de vecinos del sector "
      "rechaza la renovación de la patente de don Arturo Pizarro Lagos por reiterados "
      "reclamos de ruidos molestos."),
    p("Votación: ⟦N:v204|3 votos a favor, 4 en contra⟧."),
    acuerdo(204, "⟦D:rejected:|Se rechaza la renovación de la patente de alcoholes rol "
                 "4-0213⟧."),
    h1("5. ADJUDICACIÓN LICITACIÓN REPOSICIÓN DE VEREDAS CALLE O'HIGGINS"),
    p("El Director de Obras Municipales, Sr. Aravena, propone adjudicar a Constructora Los "
      "Lingues SpA por ⟦A:64750000:CLP|$ 64.750.000⟧, IVA incluido. La concejala Francisca "
      "Inostroza Leal pide conocer antes el informe de la comisión evaluadora."),
    acuerdo(205, "Se acuerda ⟦D:postponed:|dejar pendiente la adjudicación de la licitación "
                 "de veredas hasta la próxima sesión⟧."),
    h1("6. PUNTOS VARIOS"),
    p("La concejala Claudia Henríquez Toro solicita reponer las luminarias de la población "
      "El Maitén. El concejal Cristián Bustos Pinto pide autorización para asistir, junto a "
      "la concejala Henríquez, al congreso de la Asociación Chilena de Municipalidades, con "
      "un viático de ⟦A:420000:CLP|$ 420.000⟧ cada uno."),
    acuerdo(206, "⟦D:approved:|Se aprueba por unanimidad el cometido de los concejales "
                 "Henríquez y Bustos⟧."),
    p("Siendo las 17:35 horas, el Alcalde levanta la sesión."),
    p("HÉCTOR SAAVEDRA MOLINA, Secretario Municipal (S), Ministro de Fe.", after=1.0),
]
REPORT = WReport(
    name="y4_rio_coihueco_concejo_municipal_es",
    lang="es",
    meeting={"body": "Concejo Municipal", "ordinal": 118, "date": "2025-10-14",
             "place": "Río Coihueco"},
    date_as_written="martes 14 de octubre de 2025",
    head=("I. Municipalidad de Río Coihueco", "Acta S.O. N° 118"),
    foot=lambda pg, n: ("Secretaría Municipal", f"Pág. {pg}/{n}"),
    created=when(2025, 10, 17),
    blocks=blocks,
    people=[
        ("don Rodrigo Sepúlveda Araya", "Sepúlveda Araya", "S"),
        ("don Héctor Saavedra Molina", "Saavedra Molina", "S"),
        ("doña Verónica Toledo Parra", "Toledo Parra", "S"),
        ("don Luis Aravena Soto", "Aravena Soto", "S"),
        ("Mauricio Cárcamo Vidal", "Cárcamo Vidal", "S"),
        ("Pablo Valdebenito Rojas", "Valdebenito Rojas", "S"),
        ("Javiera Millán Ortiz", "Millán Ortiz", "S"),
        ("Francisca Inostroza Leal", "Inostroza Leal", "S"),
        ("Claudia Henríquez Toro", "Henríquez Toro", "S"),
        ("Cristián Bustos Pinto", "Bustos Pinto", "S"),
        ("don Gonzalo Fuentes Ibarra", "Fuentes Ibarra", "M"),
        ("don Arturo Pizarro Lagos", "Pizarro Lagos", "M"),
    ],
    flags={"tot": ("table_total_mismatch", ["23.400.000"])},
    not_flags={
        "quorum": "7 of 7 members present: the mayor and 6 councillors",
        "ley": "a law number with dot thousands ('Ley N° 18.695'): not an amount",
        "prev": "the previous session's weekday is right (23 September 2025 was a Tuesday)",
        "v202": "6 + 1 = 7 members voting",
        "v204": "3 + 4 = 7 members voting",
    },
    weekdays=[("martes 14 de octubre de 2025", True), ("martes 23 de septiembre de 2025",
                                                       True)],
    sums=[(7, [6, 1], True), (7, [3, 4], True),
          (23400000, [8600000, 6900000, 4200000, 3200000], False)],
    style=Style3(paper="legal", font="sans-bi", body_size=10.0, leading=1.5, left=30.0,
                 right=20.0, top=30.0, bottom=26.0, justify=True, heading="underline"),
    stresses="Chilean concejo municipal acta on Legal paper: 'REPÚBLICA DE CHILE / ILUSTRE "
             "MUNICIPALIDAD DE …' letterhead, attendance in the opening sentence ('con la "
             "asistencia de los concejales señores y señoras …', 'don' / 'doña'), the "
             "'Secretario Municipal (S)' acting as 'Ministro de Fe', offices with acronyms "
             "(DAF, DOM) and people then named by office and family name ('la Sra. Toledo'), "
             "a quórum line, 'Votación: 6 votos a favor, 1 en contra' lines before bold "
             "'ACUERDO N° 202/2025: Se aprueba …' paragraphs, 'Se acuerda por "
             "asentimiento', 'dejar pendiente' (postponed), '$ 64.750.000' Chilean pesos, "
             "a ruled budget table with account codes '22.04.012' and a TOTAL row; DejaVu "
             "Sans 10 pt, wide line spacing, underlined headings",
    slips="`table_total_mismatch`: the budget table's TOTAL '23.400.000' (the figure "
          "announced in the text) is not the sum of its rows (22.900.000)",
)
