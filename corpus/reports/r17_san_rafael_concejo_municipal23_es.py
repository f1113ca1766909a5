"""Report 17 of held-out set 2 (corpus/build_heldout2.py): Costa Rican municipal acta, votes
closed by 'Aprobado.', whitespace table."""
from corpus.heldout.markup import gap, h1, p, Report, table, title, when

muni = "Municipalidad de San Rafael del Norte"
blocks = [
    title(muni.upper(), size=11),
    title("Acta de la sesión ordinaria n.º 23 del Concejo Municipal de San Rafael del "
          "Norte", size=12.5),
    title("celebrada el ⟦N:wd1|viernes 8 de noviembre de 2024⟧, a las 17:00 horas, en el "
          "Salón de Sesiones del Palacio Municipal", size=10, bold=False, after=5),
    p("**Concejales presentes:** Lic. Mauricio Salazar Chinchilla (presidente municipal), "
      "Sra. Rebeca Montoya Quirós (vicepresidenta), Sr. Gerardo Alvarado Picado, "
      "MSc. Daniela Cubero Segura, Sr. Luis Diego Bonilla Arce, Sra. Hazel Retana Mora, "
      "Ing. Francisco Ulate Madrigal, Sra. Ileana Porras Zamora, Sr. Olman Fonseca "
      "Céspedes, Licda. Wendy Navarro Calvo y Sr. Esteban Villalobos Durán.", after=1.2),
    p("**Ausente con justificación:** Sra. Lorena Barquero Solís.", after=1.2),
    p("**También presentes:** MBA Ronald Campos Leitón, alcalde municipal, y Sra. Marjorie "
      "Sequeira Abarca, secretaria del Concejo.", after=3),
    h1("ARTÍCULO I. Comprobación del quórum"),
    p("El presidente municipal, Lic. Mauricio Salazar Chinchilla, comprueba el quórum con "
      "once concejales presentes y abre la sesión a las 17:05 horas."),
    h1("ARTÍCULO II. Aprobación del acta anterior"),
    p("La secretaria da lectura al acta de la ⟦N:prev|sesión ordinaria n.º 22⟧. La "
      "concejala Rebeca Montoya Quirós solicita corregir el nombre de la calle de la "
      "escuela de Santa Cecilia. ⟦D:approved:|Se somete a votación el acta de la sesión "
      "ordinaria n.º 22 con la corrección indicada⟧, con 11 votos a favor. Aprobada."),
    h1("ARTÍCULO III. Atención al público"),
    p("Doña Xinia, vecina de barrio Los Almendros (no indicó sus apellidos), solicita la "
      "reparación del puente peatonal sobre la quebrada Las Pavas, que considera peligroso "
      "para los escolares. El señor Próspero Zúñiga Alpízar, presidente de la Asociación de "
      "Desarrollo de Santa Cecilia, respalda la solicitud y ofrece mano de obra de los "
      "vecinos. El alcalde indica que el costo de los materiales se estima en "
      "⟦A:1450000:CRC|₡ 1 450 000⟧ y que la obra puede hacerse en diciembre."),
    h1("ARTÍCULO IV. Informe de la Alcaldía"),
    p("El MBA Ronald Campos Leitón informa que la Municipalidad recibió el tercer "
      "desembolso de los recursos de la red vial cantonal por "
      "⟦A:38700000:CRC|₡ 38 700 000⟧ y una donación de ⟦A:40000:USD|USD 40 000⟧ de una "
      "fundación canadiense para el equipamiento del centro de cuido infantil. El "
      "concejal Gerardo Alvarado Picado pregunta cuándo comenzará el bacheo del camino a "
      "Los Ángeles; el alcalde responde que en la última semana de noviembre."),
    h1("ARTÍCULO V. Modificación presupuestaria n.º 4-2024"),
    p("La vicepresidenta, Sra. Rebeca Montoya Quirós, presenta el dictamen de la Comisión "
      "de Hacienda y Presupuesto sobre la modificación presupuestaria n.º 4-2024, que "
      "traslada ⟦A:12500000:CRC|₡ 12 500 000⟧ del superávit libre a las siguientes "
      "partidas:"),
    table(["Partida", "Monto (colones)"],
          [["Remuneraciones (servicios especiales)", "3 200 000"],
           ["Servicios de mantenimiento de caminos", "4 850 000"],
           ["Materiales y suministros", "2 650 000"],
           ["Bienes duraderos (equipo de cómputo)", "1 800 000"],
           ["Total", "12 500 000"]],
          widths=[110, 56], aligns="LR", ruled=False, sum_cols=[1]),
    p("La concejala Wendy Navarro Calvo justifica su voto negativo porque considera que "
      "el superávit debería reservarse para el puente de Las Pavas. "
      "⟦D:approved:|Se somete a votación la modificación presupuestaria n.º 4-2024⟧, "
      "⟦N:vote1|con 9 votos a favor y 2 en contra⟧. Aprobado."),
    h1("ARTÍCULO VI. Mociones"),
    p("Moción de la concejala Daniela Cubero Segura para sustituir las luminarias del "
      "parque central por luminarias LED, con un costo de ⟦A:6300000:CRC|₡ 6 300 000⟧. "
      "El concejal Francisco Ulate Madrigal señala que la empresa eléctrica ofrece el "
      "cambio sin costo dentro de su programa de eficiencia. "
      "⟦D:rejected:|Se somete a votación la moción de la concejala Cubero Segura⟧, "
      "⟦N:vote2|con 4 votos a favor y 7 en contra⟧. Rechazada."),
    p("Moción del concejal Olman Fonseca Céspedes para solicitar al Ministerio de Obras "
      "Públicas y Transportes la demarcación de la ruta nacional que atraviesa el centro "
      "del cantón. ⟦D:approved:|Se somete a votación la moción del concejal Fonseca "
      "Céspedes⟧, con 11 votos a favor. Aprobado. Acuerdo definitivamente aprobado."),
    h1("ARTÍCULO VII. Correspondencia"),
    p("Se conoce el oficio de la Contraloría General de la República con observaciones al "
      "presupuesto extraordinario n.º 2-2024. El presidente municipal propone trasladarlo "
      "a la Comisión de Hacienda y Presupuesto para su análisis. "
      "⟦D:postponed:|Se acuerda aplazar el conocimiento del presupuesto extraordinario "
      "n.º 2-2024⟧ hasta la próxima sesión ordinaria."),
    h1("ARTÍCULO VIII. Asuntos varios y cierre"),
    p("El concejal Esteban Villalobos Durán recuerda que la próxima sesión ordinaria se "
      "celebrará el ⟦N:wd2|viernes 22 de noviembre de 2024⟧. Sin más asuntos que tratar, "
      "el presidente municipal levanta la sesión a las 19:40 horas."),
    gap(4),
    p("MAURICIO SALAZAR CHINCHILLA, presidente municipal\nMARJORIE SEQUEIRA ABARCA, "
      "secretaria del Concejo"),
]
REPORT = Report(
    name="17_san_rafael_concejo_municipal23_es",
    lang="es",
    meeting={"body": "Concejo Municipal", "ordinal": 23, "date": "2024-11-08",
             "place": "San Rafael del Norte"},
    date_as_written="viernes 8 de noviembre de 2024",
    head=(muni, "Acta ordinaria n.º 23-2024"),
    foot=lambda pg, n: ("Concejo Municipal – Secretaría", f"Folio {pg} de {n}"),
    created=when(2024, 11, 15),
    blocks=blocks,
    people=[
        ("Lic. Mauricio Salazar Chinchilla", "Salazar Chinchilla", "S"),
        ("Sra. Rebeca Montoya Quirós", "Montoya Quirós", "S"),
        ("Sr. Gerardo Alvarado Picado", "Alvarado Picado", "S"),
        ("MSc. Daniela Cubero Segura", "Cubero Segura", "S"),
        ("Ing. Francisco Ulate Madrigal", "Ulate Madrigal", "S"),
        ("Sr. Olman Fonseca Céspedes", "Fonseca Céspedes", "S"),
        ("Licda. Wendy Navarro Calvo", "Navarro Calvo", "S"),
        ("Sr. Esteban Villalobos Durán", "Villalobos Durán", "S"),
        ("MBA Ronald Campos Leitón", "Campos Leitón", "S"),
        ("Sra. Marjorie Sequeira Abarca", "Sequeira Abarca", "S"),
        ("Doña Xinia", "Xinia", "S"),
        ("Próspero Zúñiga Alpízar", "Zúñiga Alpízar", "S"),
        ("Sr. Luis Diego Bonilla Arce", "Bonilla Arce", "M"),
        ("Sra. Hazel Retana Mora", "Retana Mora", "M"),
        ("Sra. Ileana Porras Zamora", "Porras Zamora", "M"),
        ("Sra. Lorena Barquero Solís", "Barquero Solís", "M"),
    ],
    not_flags={
        "wd1": "weekday is right (8 November 2024 was a Friday)",
        "wd2": "weekday is right (22 November 2024 was a Friday)",
        "prev": "the acta of session no. 22 is the previous session, not a meeting-number "
                "contradiction",
        "vote1": "9 + 2 = 11 councillors present",
        "vote2": "4 + 7 = 11 councillors present",
        "table": ("the budget lines sum to the Total row (12 500 000)", ["12 500 000"]),
    },
    weekdays=[("viernes 8 de noviembre de 2024", True),
              ("viernes 22 de noviembre de 2024", True)],
    sums=[(11, [9, 2], True), (11, [4, 7], True)],
    stresses="Spanish (Costa Rican) municipal acta: 'Acta de la sesión ordinaria n.º 23 "
             "del Concejo Municipal de …', 'Concejales presentes:' roll call with academic "
             "honorifics (Lic., Licda., MSc., Ing., MBA), agenda as 'ARTÍCULO I.' …, "
             "decisions 'Se somete a votación … con 9 votos a favor y 2 en contra. "
             "Aprobado.' (outcome from the closing word, 'Rechazada.' for a rejection), "
             "'Se acuerda aplazar …', colón amounts with space thousands ('₡ 12 500 000', "
             "CRC) beside 'USD 40 000', whitespace table of budget lines with a total row, "
             "a first-name-only speaker ('Doña Xinia … (no indicó sus apellidos)'), "
             "signatures in capitals; look-alikes: the acta of session n.º 22, "
             "'modificación presupuestaria n.º 4-2024'",
)
