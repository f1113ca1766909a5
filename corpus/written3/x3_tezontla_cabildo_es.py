"""Written held-out report x3: the acta of a Mexican municipality's ordinary cabildo session:
'Sesión Ordinaria de Cabildo', the roll call read by 'La Secretaria', role-only turns ('La
Secretaria:', 'El Presidente Municipal:'), 'Intervino el regidor X:', 'Se propone al
Cabildo: Aprobar …' closed by 'Sometido a votación, se aprobó por UNANIMIDAD', '$ 54,522.10'
(Mexican pesos, dot decimals), a law cited with its date, a remark quoting an earlier
agreement, the president leaving before the end; planted year slip (the 2026 works
programme approved as the 2025 one)."""
from corpus.heldout.markup import when
from corpus.written.blocks import h1, p, title
from corpus.written.render import WReport
from corpus.written3.render3 import Style3


def turn(text):
    return p(text, indent=6.0, after=1.6)


blocks = [
    title("H. AYUNTAMIENTO CONSTITUCIONAL DE SAN GREGORIO TEZONTLA, HGO.", size=11.5,
          after=0.6),
    title("SECRETARÍA DEL AYUNTAMIENTO", size=9.5, bold=False, after=4),
    title("ACTA DE LA SESIÓN ORDINARIA DE CABILDO NÚMERO 37", size=11.5, after=4),
    p("En la ciudad de San Gregorio Tezontla, Hidalgo, siendo las diez horas del día "
      "martes 18 de noviembre de 2025, reunidos en la Sala de Cabildo del Palacio "
      "Municipal los integrantes del H. Ayuntamiento, con fundamento en el artículo 49 de "
      "la ⟦N:ley|Ley Orgánica Municipal del Estado de Hidalgo de 12 de julio de 2001⟧, "
      "se celebra la Sesión Ordinaria de Cabildo número 37, bajo la presidencia del "
      "Presidente Municipal Constitucional, Ing. Héctor Lozano Carrizales, conforme al "
      "siguiente orden del día."),
    h1("PUNTO 1. PASE DE LISTA Y DECLARATORIA DE QUÓRUM"),
    p("La Secretaria del Ayuntamiento, Lic. Marisol Quintanar Beltrán, procedió al pase de "
      "lista, encontrándose presentes: Presidente Municipal, Ing. Héctor Lozano Carrizales; "
      "Síndica Procuradora, Lic. Teresa Cordero Ugalde; Regidores: C. Arturo Villegas Mena, "
      "C. Guadalupe Nieto Sarabia, C. Ramiro Ocampo Trejo, C. Yolanda Piña Escamilla, C. "
      "Esteban Mújica Larios y C. Rosalba Estrada Contreras. Ausente con justificación: C. "
      "Fidel Arreola Bautista."),
    turn("**La Secretaria:** Presidente, le informo que se encuentran presentes "
         "⟦N:quorum|ocho de los nueve integrantes⟧ del Ayuntamiento; existe quórum legal."),
    turn("**El Presidente Municipal:** Se declara abierta la sesión y válidos los acuerdos "
         "que en ella se tomen."),
    h1("PUNTO 2. LECTURA Y, EN SU CASO, APROBACIÓN DEL ACTA DE LA SESIÓN ANTERIOR"),
    p("La Secretaria dio lectura al acta de la sesión ordinaria número 36, celebrada el "
      "28 de octubre de 2025. Sometida a votación, ⟦D:approved:|se aprobó por UNANIMIDAD el "
      "acta de la sesión ordinaria número 36⟧."),
    h1("PUNTO 3. ANÁLISIS, DISCUSIÓN Y, EN SU CASO, APROBACIÓN DEL ⟦E:year|PROGRAMA DE OBRA "
       "PÚBLICA MUNICIPAL 2026⟧"),
    p("La Tesorera Municipal, C.P. Leticia Garduño Rosas, expuso que el programa suma "
      "⟦A:14862400:MXN|$ 14,862,400.00⟧ con cargo al Fondo de Aportaciones para la "
      "Infraestructura Social y a recursos propios, e incluye la red de agua potable de la "
      "colonia El Mirador."),
    turn("Intervino el regidor Arturo Villegas Mena: señaló que ⟦N:quote|en la sesión de "
         "marzo este Cabildo aprobó que las obras de agua potable tendrían prioridad⟧ y "
         "pidió que la colonia Benito Juárez no quede fuera otra vez."),
    turn("Intervino la regidora Yolanda Piña Escamilla: preguntó si el programa contempla "
         "el techado de la cancha de la escuela secundaria."),
    turn("**El Presidente Municipal:** La cancha se incluirá en la segunda etapa, cuando se "
         "conozca la participación del Gobierno del Estado."),
    p("Se propone al Cabildo: **ÚNICO.** ⟦D:approved:|Aprobar el ⟦E:year|Programa de Obra Pública Municipal 2025⟧ "
      "en los términos presentados por la Tesorería⟧."),
    p("Sometido a votación, se aprobó por UNANIMIDAD."),
    h1("PUNTO 4. PAGO DEL SERVICIO DE ALUMBRADO PÚBLICO"),
    p("La Tesorera Municipal informó del adeudo con la Comisión Federal de Electricidad "
      "(CFE) por el alumbrado público del tercer trimestre. Se propone al Cabildo: "
      "⟦D:approved:|Aprobar el pago de ⟦A:54522.10:MXN|$ 54,522.10⟧ a la Comisión Federal "
      "de Electricidad⟧ con cargo a la partida de alumbrado público."),
    p("Sometido a votación, se aprobó por mayoría, con ⟦N:vote|7 votos a favor y 1 en "
      "contra⟧ del regidor Ramiro Ocampo Trejo, quien pidió revisar antes los recibos."),
    h1("PUNTO 5. SOLICITUD DE LA ⟦N:la|LIGA AMATEUR⟧ DE FÚTBOL AL AYUNTAMIENTO"),
    p("La Secretaria dio lectura al escrito de la Liga Amateur de Fútbol de San Gregorio, "
      "que solicita ⟦A:35000:MXN|$ 35,000.00⟧ para uniformes y arbitraje del torneo "
      "municipal. Intervino la regidora Rosalba Estrada Contreras: propuso otorgar la "
      "mitad y pedir a la Liga una comprobación de gastos."),
    p("⟦N:chair|Tras retirarse el Presidente Municipal⟧ para atender una comisión oficial, "
      "la Síndica Procuradora, Lic. Teresa Cordero Ugalde, presidió el resto de la sesión."),
    p("Sometida a votación la propuesta de la regidora Estrada Contreras, "
      "⟦D:approved:|se aprobó por UNANIMIDAD otorgar a la Liga Amateur de Fútbol un apoyo "
      "de ⟦A:17500:MXN|$ 17,500.00⟧⟧, sujeto a comprobación."),
    h1("PUNTO 6. ASUNTOS GENERALES"),
    turn("Intervino el regidor Esteban Mújica Larios: solicitó que la Dirección de "
         "Seguridad Pública informe en la próxima sesión sobre el alumbrado de la carretera "
         "a Tepatepec."),
    p("No habiendo otro asunto que tratar, la Síndica Procuradora clausuró la sesión siendo "
      "las trece horas con cinco minutos del mismo día, firmando al margen y al calce los "
      "que en ella intervinieron."),
]
REPORT = WReport(
    name="x3_tezontla_cabildo_es",
    lang="es",
    meeting={"body": "Cabildo", "ordinal": 37, "date": "2025-11-18",
             "place": "San Gregorio Tezontla"},
    date_as_written="martes 18 de noviembre de 2025",
    head=("H. Ayuntamiento de San Gregorio Tezontla", "Acta de Cabildo 37/2025"),
    foot=lambda pg, n: ("Administración 2024-2027", f"Hoja {pg} de {n}"),
    created=when(2025, 11, 21),
    blocks=blocks,
    people=[
        ("Ing. Héctor Lozano Carrizales", "Lozano Carrizales", "S"),
        ("Lic. Marisol Quintanar Beltrán", "Quintanar Beltrán", "S"),
        ("Lic. Teresa Cordero Ugalde", "Cordero Ugalde", "S"),
        ("C.P. Leticia Garduño Rosas", "Garduño Rosas", "S"),
        ("C. Arturo Villegas Mena", "Villegas Mena", "S"),
        ("C. Yolanda Piña Escamilla", "Piña Escamilla", "S"),
        ("C. Rosalba Estrada Contreras", "Estrada Contreras", "S"),
        ("C. Esteban Mújica Larios", "Mújica Larios", "S"),
        ("C. Ramiro Ocampo Trejo", "Ocampo Trejo", "S"),
        ("C. Guadalupe Nieto Sarabia", "Nieto Sarabia", "M"),
        ("C. Fidel Arreola Bautista", "Arreola Bautista", "M"),
    ],
    flags={"year": "year_mismatch"},
    not_flags={
        "ley": "the organic law's date (12 July 2001) is not the meeting date",
        "quorum": "eight of nine members present: one excused",
        "quote": "a councillor recalls an earlier agreement of the Cabildo: not a decision, "
                 "and not this meeting's",
        "vote": "7 + 1 = 8 members present",
        "la": "'LA' and 'AL' in a capitalised heading are words, not acronyms of 'Liga "
              "Amateur'",
        "chair": "the president leaves and the síndica presides and closes: not a chair "
                 "slip",
    },
    weekdays=[("martes 18 de noviembre de 2025", True)],
    sums=[(8, [7, 1], True), (9, [8, 1], True)],
    style=Style3(paper="letter", font="stix-bi", body_size=11.0, leading=1.35, left=30.0,
                 right=22.0, top=28.0, bottom=20.0, justify=True, heading="plain"),
    stresses="Mexican cabildo acta: 'ACTA DE LA SESIÓN ORDINARIA DE CABILDO NÚMERO 37', "
             "the date in the opening sentence beside a law 'de 12 de julio de 2001', the "
             "roll call read by the Secretaria (named there) with offices before names "
             "('Síndica Procuradora, Lic. …', 'C.' for ciudadano), role-only turns in bold "
             "('La Secretaria:', 'El Presidente Municipal:'), 'Intervino el regidor X:' "
             "turns, 'Se propone al Cabildo: ÚNICO. Aprobar …' closed by a separate line "
             "'Sometido a votación, se aprobó por UNANIMIDAD.', '$ 14,862,400.00' / '$ "
             "54,522.10' (Mexican pesos, comma thousands, dot decimals), a remark quoting "
             "an earlier agreement ('este Cabildo aprobó que …'), headings 'PUNTO 5. … DE "
             "LA LIGA AMATEUR … AL AYUNTAMIENTO', the president leaving and the síndica "
             "closing; Letter paper, STIX 11 pt justified, wide left margin, bold-italic "
             "headings",
    slips="`year_mismatch`: item PUNTO 3 is the 'PROGRAMA DE OBRA PÚBLICA MUNICIPAL 2026', "
          "but the proposal approved is the 'Programa de Obra Pública Municipal 2025'",
)
