"""Report 14 of held-out set 1 (corpus/build_heldout.py): Spanish (Colombia) acta, Don/Doña,
whitespace table."""
from corpus.heldout.markup import gap, h1, p, Report, table, title, when

org = "Fundación Cafetera para la Educación Rural"
blocks = [
    title(org.upper(), size=11),
    title("ACTA N.º 7 DE LA JUNTA DIRECTIVA", size=13.5),
    title("Reunión ordinaria celebrada el ⟦N:wd1|martes 14 de marzo de 2023⟧", size=10.5,
          bold=False, after=5),
    p("En la ciudad de Manizales, siendo las 3:00 p. m. del ⟦N:wd1|martes 14 de marzo de "
      "2023⟧, se reunieron en la sede de la Fundación, Carrera 23 n.º 54-18, los miembros "
      "de la Junta Directiva, previa convocatoria enviada el 28 de febrero de 2023, con la "
      "asistencia de las siguientes personas:"),
    p("**Asistentes:** Don Álvaro Restrepo Gaviria, presidente; Doña Beatriz de la Fuente, "
      "vicepresidenta; Doña Marcela Henao Quintero, secretaria; Don Julián Arbeláez Mejía, "
      "tesorero; Don Camilo Ríos Betancur, Doña Patricia Lozano Correa y Don Esteban "
      "Giraldo Uribe, vocales.", after=1.2),
    p("**Invitado:** Don Hernán Zuluaga Ocampo, revisor fiscal.", after=1.2),
    p("**Ausente con excusa:** Doña Gloria Cárdenas Vélez.", after=3),
    h1("1. Verificación del quórum"),
    p("La secretaria informa que se encuentran presentes siete de los ocho miembros de la "
      "Junta Directiva, por lo cual existe quórum para deliberar y decidir. El Sr. "
      "Presidente declara abierta la sesión."),
    h1("2. Lectura y aprobación del orden del día"),
    p("La secretaria da lectura al orden del día propuesto en la convocatoria. "
      "⟦D:approved:|Queda aprobado el orden del día⟧ sin modificaciones."),
    h1("3. Lectura y aprobación del Acta N.º 6"),
    p("Doña Marcela Henao Quintero da lectura al Acta N.º 6 de la reunión del 13 de "
      "diciembre de 2022. No se presentan observaciones. "
      "⟦D:approved:|Queda aprobada el Acta N.º 6⟧ por unanimidad."),
    h1("4. Informe financiero al 28 de febrero de 2023 (documento JD 7-2)"),
    p("Don Julián Arbeláez Mejía, tesorero, presenta el informe financiero. Los ingresos "
      "acumulados del bimestre ascienden a ⟦A:187350000:COP|$ 187.350.000⟧, de los cuales "
      "el 62 % corresponde a aportes de los comités municipales, y el saldo en bancos al "
      "cierre del período es de ⟦A:62480000:COP|$ 62.480.000⟧. El Sr. Presidente pregunta "
      "por el recaudo de la cartera de la tienda de café; el tesorero responde que se "
      "recuperó en su totalidad en enero."),
    p("Don Hernán Zuluaga Ocampo, revisor fiscal, manifiesta que las cifras presentadas "
      "concuerdan con los libros y recomienda informar a la Junta con mayor frecuencia. "
      "⟦D:agreed:|Se acuerda que la Tesorería presentará un informe trimestral de "
      "ejecución⟧ a partir de la próxima reunión."),
    h1("5. Presupuesto del programa de becas 2023 (documento JD 7-3)"),
    p("Doña Beatriz de la Fuente presenta la propuesta del programa de becas para "
      "estudiantes de secundaria de veredas cafeteras, por un valor total de "
      "⟦A:45000000:COP|$ 45.000.000 (cuarenta y cinco millones de pesos colombianos)⟧, "
      "equivalente a cincuenta becas, distribuidas por municipio así:"),
    table(["Municipio", "Becas", "Valor (COP)"],
          [["Manizales", "18", "16.200.000"],
           ["Chinchiná", "12", "10.800.000"],
           ["Villamaría", "9", "8.100.000"],
           ["Riosucio", "11", "9.900.000"],
           ["Total", "50", "45.000.000"]],
          widths=[70, 40, 56], aligns="LRR", ruled=False, sum_cols=[1, 2]),
    p("Don Esteban Giraldo Uribe pregunta si Riosucio puede recibir más becas, dada la "
      "demanda registrada por la rectora Doña Rosa Elena Marín; Doña Beatriz de la Fuente "
      "responde que la distribución sigue el número de matriculados de cada municipio. "
      "⟦D:approved:7-3|Se acuerda por unanimidad aprobar el presupuesto del programa de "
      "becas 2023⟧ en los términos presentados."),
    h1("6. Intercambio docente con la Universidad de Salamanca"),
    p("Don Esteban Giraldo Uribe informa sobre la propuesta de cofinanciar un intercambio "
      "de docentes rurales con la Universidad de Salamanca, para el cual la Fundación "
      "aportaría ⟦A:12500:EUR|€ 12.500⟧ y la universidad cubriría el alojamiento. "
      "⟦D:approved:|Queda aprobada la contribución de la Fundación al programa de "
      "intercambio docente⟧, sujeta a la firma del convenio por el representante legal."),
    h1("7. Venta del lote de Chinchiná"),
    p("El Sr. Presidente recuerda que el avalúo comercial del lote asciende a "
      "⟦A:310000000:COP|$ 310.000.000⟧ y que un comprador ofreció un valor inferior. "
      "⟦D:postponed:|Se acuerda por unanimidad aplazar la decisión sobre la venta del "
      "lote⟧ hasta contar con un segundo avalúo."),
    h1("8. Propuesta de ampliación de la planta de personal"),
    p("Don Camilo Ríos Betancur propone crear dos cargos de coordinador regional con un "
      "costo anual de ⟦A:96000000:COP|$ 96.000.000⟧. Doña Beatriz de la Fuente considera "
      "que el presupuesto de 2023 no lo permite. Sometida a votación, "
      "⟦D:rejected:|se rechaza la propuesta de ampliación de la planta de personal⟧ con "
      "⟦N:vote|dos votos a favor y cinco en contra⟧."),
    h1("9. Proposiciones y varios"),
    p("Se fija la próxima reunión ordinaria para el ⟦N:wd2|martes 13 de junio de 2023⟧. "
      "No habiendo más asuntos que tratar, el Sr. Presidente levanta la sesión siendo las "
      "6:10 p. m. Para constancia, firman:"),
    gap(4),
    p("ÁLVARO RESTREPO GAVIRIA, Presidente\nMARCELA HENAO QUINTERO, Secretaria"),
]
REPORT = Report(
    name="14_funcaer_junta_directiva7_es",
    lang="es",
    meeting={"body": "Junta Directiva", "ordinal": 7, "date": "2023-03-14",
             "place": "Manizales"},
    date_as_written="martes 14 de marzo de 2023",
    head=(org, "Acta N.º 7 – Junta Directiva"),
    foot=lambda pg, n: ("Manizales, Caldas – Colombia", f"Página {pg} de {n}"),
    created=when(2023, 3, 22),
    blocks=blocks,
    people=[
        ("Don Álvaro Restrepo Gaviria", "Restrepo Gaviria", "S"),
        ("Doña Marcela Henao Quintero", "Henao Quintero", "S"),
        ("Don Julián Arbeláez Mejía", "Arbeláez Mejía", "S"),
        ("Don Hernán Zuluaga Ocampo", "Zuluaga Ocampo", "S"),
        ("Doña Beatriz de la Fuente", "de la Fuente", "S"),
        ("Don Esteban Giraldo Uribe", "Giraldo Uribe", "S"),
        ("Don Camilo Ríos Betancur", "Ríos Betancur", "S"),
        ("Doña Patricia Lozano Correa", "Lozano Correa", "M"),
        ("Doña Gloria Cárdenas Vélez", "Cárdenas Vélez", "M"),
        ("Doña Rosa Elena Marín", "Marín", "M"),
    ],
    not_flags={
        "wd1": "weekday is right (14 March 2023 was a Tuesday)",
        "wd2": "weekday is right (13 June 2023 was a Tuesday)",
        "vote": "2 + 5 = 7 members present",
        "table": ("the scholarship table sums to its Total row (50 grants, 45.000.000)",
                  ["45.000.000"]),
    },
    weekdays=[("martes 14 de marzo de 2023", True), ("martes 13 de junio de 2023", True)],
    sums=[(7, [2, 5], True)],
    stresses="Spanish (Colombian) acta: 'Acta N.º 7', 'celebrada el martes 14 de marzo de "
             "2023', 'Don' / 'Doña' with two family names and a particle ('de la Fuente'), "
             "the chair acting as 'el Sr. Presidente', decisions 'Queda aprobado/a …', "
             "'Se acuerda por unanimidad …', 'Se acuerda que …', a deferral and a rejection; "
             "'$' meaning Colombian pesos ('$ 45.000.000 (cuarenta y cinco millones de "
             "pesos colombianos)', currency COP) beside '€ 12.500'; whitespace-aligned "
             "table (no rules) with a total row; signatures in capitals",
)
