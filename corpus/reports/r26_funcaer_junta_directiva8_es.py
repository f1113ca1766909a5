"""Report 26 of the look-alike set (corpus/build_lookalikes.py): Acta N.º 8 of the Junta
Directiva of report 14, with the false-alarm look-alikes of issue 12 beside real slips of the
same kinds."""
from corpus.heldout.markup import gap, h1, p, Report, title, when

org = "Fundación Cafetera para la Educación Rural"
blocks = [
    title(org.upper(), size=11),
    title("ACTA N.º 8 DE LA JUNTA DIRECTIVA", size=13.5),
    title("Reunión ordinaria celebrada el ⟦N:wd|martes 13 de junio de 2023⟧", size=10.5,
          bold=False, after=5),
    p("En la ciudad de Manizales, siendo las 3:00 p. m. del martes 13 de junio de 2023, se "
      "reunieron en la sede de la Fundación los miembros de la Junta Directiva, previa "
      "convocatoria enviada el 30 de mayo de 2023, con la asistencia de las siguientes "
      "personas:"),
    p("**Asistentes:** Don Álvaro Restrepo Gaviria, presidente; Doña Beatriz de la Fuente, "
      "vicepresidenta; Doña Marcela Henao Quintero, secretaria; Don Julián Arbeláez Mejía, "
      "tesorero; Don Camilo Ríos Betancur, Doña Patricia Lozano Correa y Doña Gloria "
      "Cárdenas Vélez, vocales.", after=1.2),
    p("**Invitado:** Don Hernán Zuluaga Ocampo, revisor fiscal.", after=1.2),
    p("**Ausente con excusa:** Don Esteban Giraldo Uribe.", after=3),
    h1("1. Verificación del quórum e instalación"),
    p("La secretaria informa que se encuentran presentes siete de los ocho miembros de la "
      "Junta Directiva, por lo cual existe quórum para deliberar y decidir. El Presidente, "
      "⟦N:chair|Sr. Álvaro Restrepo Gaviria⟧, declara abierta la sesión."),
    h1("2. Lectura y aprobación del Acta N.º 7"),
    p("Doña Marcela Henao Quintero da lectura al Acta N.º 7, correspondiente a la séptima "
      "reunión, celebrada el ⟦E:cd|7 de marzo de 2023⟧. No se presentan observaciones. "
      "⟦D:approved:|Queda aprobada el Acta N.º 7⟧ por unanimidad."),
    h1("3. Seguimiento de compromisos"),
    p("La secretaria informa que el informe trimestral acordado en la séptima reunión, "
      "presentado el ⟦N:x1|28 de abril de 2023⟧, fue enviado a los comités municipales, y "
      "que el segundo avalúo del lote de Chinchiná, pedido en la séptima reunión, llegó el "
      "⟦N:x2|2 de mayo de 2023⟧. Las becas aprobadas en la séptima reunión se entregaron en "
      "⟦N:x3|abril de 2023⟧ a los cincuenta estudiantes seleccionados."),
    h1("4. Informe de gestión 2022 (documento JD 8-2)"),
    p("Don Julián Arbeláez Mejía presenta el informe de gestión del año anterior, con "
      "ingresos totales de ⟦A:512300000:COP|$ 512.300.000⟧. El revisor fiscal manifiesta "
      "que las cifras concuerdan con los estados financieros auditados. "
      "⟦D:approved:8-2|Se aprueba el ⟦E:yr|informe de gestión 2021⟧⟧ para su presentación "
      "a la Asamblea de Fundadores."),
    h1("5. Presupuesto 2023: ajuste de mitad de año (documento JD 8-3)"),
    p("El tesorero presenta el ajuste del presupuesto 2023. ⟦N:y1|Aunque el presupuesto "
      "2022 se había aprobado por ⟦A:410000000:COP|$ 410.000.000⟧, solo se ejecutaron "
      "⟦A:372600000:COP|$ 372.600.000⟧⟧, por lo que el ajuste propuesto es prudente. Todas las cifras se expresan en pesos colombianos. Los "
      "excedentes de tesorería se mantienen en un CDT a 180 días por "
      "⟦A:80000000:COP|$ 80.000.000⟧. ⟦D:approved:8-3|Se aprueba el ajuste del "
      "presupuesto 2023⟧ en los términos presentados."),
    h1("6. Plan de acción 2023: seguimiento (documento JD 8-4)"),
    p("Doña Beatriz de la Fuente presenta el avance del plan de acción 2023. ⟦N:y2|El plan "
      "de acción 2022, aprobado por la Asamblea de Fundadores en marzo de 2022, dejó "
      "pendientes tres metas⟧, que se trasladaron al plan vigente. El ⟦N:acr1|Comité "
      "Técnico Departamental⟧ (CTD) revisará las metas de cobertura. Don Camilo Ríos "
      "Betancur pide que las inversiones de la Fundación en ⟦N:acr1|CDT⟧ se informen "
      "cada trimestre. ⟦D:approved:8-4|Se aprueba el informe de avance del plan de acción "
      "2023⟧."),
    h1("7. Hoja de ruta 2024 (documento JD 8-5)"),
    p("El Presidente presenta una primera versión de la hoja de ruta 2024. ⟦N:y3|Como la "
      "hoja de ruta 2023 se aprobó en diciembre de 2022⟧, la Junta solo revisa hoy sus "
      "indicadores. Doña Patricia Lozano Correa propone alinear la hoja de ruta con el "
      "⟦N:acr2|Plan de Inversión Comunitaria⟧ (PIC) del departamento. Los aportes de los "
      "comités se reajustarán según el ⟦N:acr2|IPC⟧. ⟦D:agreed:|Se acuerda presentar la "
      "hoja de ruta 2024 en la próxima reunión⟧ para su aprobación."),
    h1("8. Fondo de Educación Rural"),
    p("Doña Gloria Cárdenas Vélez informa que el Fondo de Educación Rural (⟦E:acr|FER⟧) "
      "abrirá su convocatoria en agosto, con un cupo de ⟦A:150000000:COP|$ 150.000.000⟧. "
      "⟦D:approved:|Se aprueba presentar dos proyectos al ⟦E:acr|REF⟧⟧ antes del 31 de "
      "julio de 2023."),
    h1("9. Proposiciones y varios"),
    p("Se fija la próxima reunión ordinaria para el ⟦N:wd2|martes 12 de septiembre de "
      "2023⟧. Siendo las 5:40 p. m., y habiéndose retirado el Presidente por un compromiso "
      "previo, la Vicepresidenta, ⟦N:chair|Sra. Beatriz de la Fuente⟧, levanta la sesión. "
      "Para constancia, firman:"),
    gap(4),
    p("BEATRIZ DE LA FUENTE, Vicepresidenta\nMARCELA HENAO QUINTERO, Secretaria"),
]

REPORT = Report(
    name="26_funcaer_junta_directiva8_es",
    lang="es",
    meeting={"body": "Junta Directiva", "ordinal": 8, "date": "2023-06-13",
             "place": "Manizales"},
    date_as_written="martes 13 de junio de 2023",
    head=(org, "Acta N.º 8 – Junta Directiva"),
    foot=lambda pg, n: ("Manizales, Caldas – Colombia", f"Página {pg} de {n}"),
    created=when(2023, 6, 21),
    blocks=blocks,
    people=[
        ("Don Álvaro Restrepo Gaviria", "Restrepo Gaviria", "S"),
        ("Doña Beatriz de la Fuente", "de la Fuente", "S"),
        ("Doña Marcela Henao Quintero", "Henao Quintero", "S"),
        ("Don Julián Arbeláez Mejía", "Arbeláez Mejía", "S"),
        ("Don Camilo Ríos Betancur", "Ríos Betancur", "S"),
        ("Doña Patricia Lozano Correa", "Lozano Correa", "S"),
        ("Doña Gloria Cárdenas Vélez", "Cárdenas Vélez", "S"),
        ("Don Hernán Zuluaga Ocampo", "Zuluaga Ocampo", "M"),
        ("Don Esteban Giraldo Uribe", "Giraldo Uribe", "M"),
    ],
    flags={"cd": "cross_meeting_date_mismatch", "yr": "year_mismatch",
           "acr": "acronym_mismatch"},
    not_flags={
        "wd": "weekday is right (13 June 2023 was a Tuesday)",
        "wd2": "weekday is right (12 September 2023 was a Tuesday)",
        "chair": "the Presidente withdrew ('habiéndose retirado'), so the Vicepresidenta "
                 "closed the meeting: no chair_mismatch",
        "x1": "'28 de abril de 2023' is when the quarterly report agreed at the 7th meeting "
              "was presented, not the 7th meeting's date",
        "x2": "'2 de mayo de 2023' is when the second valuation arrived, not the 7th "
              "meeting's date",
        "x3": "'abril de 2023' is when the grants approved at the 7th meeting were handed "
              "out, not the 7th meeting's date",
        "y1": "the 2022 budget recalled ('se había aprobado') in the 2023 budget's section: "
              "not a year slip",
        "y2": "the 2022 action plan recalled ('aprobado … en marzo de 2022') in the 2023 "
              "plan's section: not a year slip",
        "y3": "the 2023 roadmap recalled ('se aprobó en diciembre de 2022') in the 2024 "
              "roadmap's section: not a year slip",
        "acr1": "'CDT' (certificado de depósito a término) is not the Comité Técnico "
                "Departamental (CTD)",
        "acr2": "'IPC' (the consumer price index) is not the Plan de Inversión Comunitaria "
                "(PIC)",
    },
    weekdays=[("martes 13 de junio de 2023", True), ("martes 12 de septiembre de 2023", True)],
    stresses="Second acta of the Junta Directiva of report 14 (look-alike set): the 7th "
             "meeting ('séptima reunión') quoted beside the dates of what followed it "
             "('presentado el 28 de abril de 2023', 'llegó el 2 de mayo de 2023'), past "
             "years' budget, action plan and roadmap recalled in the next year's sections "
             "('se había aprobado', 'se aprobó en diciembre de 2022'), a president who "
             "withdrew before the close, 'CDT' and 'IPC' beside the CTD and the PIC",
    slips="`cross_meeting_date_mismatch` p.1: the 7th meeting 'celebrada el 7 de marzo de "
          "2023' (report 14: martes 14 de marzo de 2023); `year_mismatch`: 'informe de "
          "gestión 2021' approved under 'Informe de gestión 2022'; `acronym_mismatch`: the "
          "Fondo de Educación Rural is 'FER' and 'REF'",
)
