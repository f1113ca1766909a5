"""Report 31 of the look-alike set (corpus/build_lookalikes.py): acta of a neighbourhood
association's Junta Directiva whose Presidente has another engagement; the Vicepresidenta
closes and the acta says why (a chair look-alike)."""
from corpus.heldout.markup import gap, h1, p, Report, title, when

org = "Asociación Vecinal del Barrio de San Lorenzo"
blocks = [
    title(org.upper(), size=11),
    title("ACTA DE LA REUNIÓN N.º 22 DE LA JUNTA DIRECTIVA", size=13.5),
    title("Sesión ordinaria del miércoles 9 de octubre de 2024", size=10.5, bold=False,
          after=5),
    p("En Zaragoza, en el local social de la calle Predicadores, a las 19:00 horas del "
      "miércoles 9 de octubre de 2024, se reúne la Junta Directiva de la Asociación con "
      "la asistencia de:"),
    p("**Asistentes:** Sr. Ignacio Lafuente Royo, presidente; Sra. Pilar Gimeno Sanz, "
      "vicepresidenta; Sra. Nuria Castán Blasco, secretaria; Sr. Jorge Lahoz Ferrer, "
      "tesorero; Sra. Elena Sancho Pérez y Sr. Raúl Bernués Gil, vocales.", after=1.2),
    p("**Ausente con excusa:** Sra. Marta Aznar Lapuente, vocal.", after=3),
    h1("1. Apertura de la sesión"),
    p("Comprobado el quórum por la secretaria, el Presidente, ⟦N:chair|Sr. Ignacio "
      "Lafuente Royo⟧, declara abierta la sesión a las 19:05 horas. ⟦D:approved:|Se aprueba "
      "el orden del día⟧ sin cambios."),
    h1("2. Lectura y aprobación del acta anterior"),
    p("La secretaria da lectura al acta de la reunión n.º 21. ⟦D:approved:|Queda aprobada "
      "el acta de la reunión n.º 21⟧ por unanimidad."),
    h1("3. Estado de cuentas del tercer trimestre"),
    p("El tesorero, Sr. Jorge Lahoz Ferrer, informa de que el saldo de la cuenta de la "
      "Asociación a 30 de septiembre es de ⟦A:7412.5:EUR|7.412,50 €⟧. Las cuotas cobradas "
      "en el trimestre suman ⟦A:2340:EUR|2.340 €⟧, y la subvención municipal para "
      "actividades culturales, de ⟦A:3000:EUR|3.000 €⟧, se ingresó en agosto. La Sra. "
      "Elena Sancho Pérez pregunta por las cuotas pendientes; el tesorero indica que "
      "dieciocho socios no han pagado todavía."),
    p("⟦D:approved:|Se aprueba el estado de cuentas del tercer trimestre⟧ por unanimidad."),
    h1("4. Fiestas del barrio 2024"),
    p("La vicepresidenta, Sra. Pilar Gimeno Sanz, presenta el balance de las fiestas de "
      "septiembre: la comida popular reunió a cuatrocientas personas y el concurso de "
      "pintura infantil, a sesenta niños. El gasto total fue de ⟦A:4860:EUR|4.860 €⟧, "
      "algo inferior a lo previsto. El Sr. Raúl Bernués Gil propone pedir el próximo año "
      "el cierre al tráfico de la plaza durante toda la jornada."),
    p("⟦D:agreed:|Se acuerda solicitar al Ayuntamiento el corte de tráfico de la plaza de "
      "San Lorenzo⟧ para las fiestas de 2025."),
    h1("5. Huerto vecinal del solar de la calle Ramón Pignatelli"),
    p("La secretaria informa de que el Ayuntamiento ha ofrecido la cesión temporal del "
      "solar para un huerto vecinal durante cuatro años. Se necesitan vallado, una toma de "
      "agua y un cuarto de herramientas; el presupuesto recibido asciende a "
      "⟦A:5600:EUR|5.600 €⟧. Varios miembros señalan que hay que asegurar el riego en "
      "verano antes de repartir parcelas."),
    p("⟦D:approved:|Se aprueba aceptar la cesión del solar y solicitar la subvención de "
      "participación ciudadana⟧ para cubrir el presupuesto."),
    h1("6. Ruegos y preguntas"),
    p("La Sra. Elena Sancho Pérez ruega que se revise la iluminación del pasaje de la "
      "calle Broqueleros. Se fija la próxima reunión para el miércoles 13 de noviembre "
      "de 2024."),
    p("Teniendo el Presidente otro compromiso a partir de las 20:30 horas, la "
      "Vicepresidenta, ⟦N:chair|Sra. Pilar Gimeno Sanz⟧, levanta la sesión a las 20:50 "
      "horas, de todo lo cual, como secretaria, doy fe."),
    gap(4),
    p("NURIA CASTÁN BLASCO, Secretaria\nVº Bº PILAR GIMENO SANZ, Vicepresidenta"),
]

REPORT = Report(
    name="31_vecinos_san_lorenzo_junta22_es",
    lang="es",
    meeting={"body": "Junta Directiva", "ordinal": 22, "date": "2024-10-09",
             "place": "Zaragoza"},
    date_as_written="miércoles 9 de octubre de 2024",
    head=(org, "Acta n.º 22 – Junta Directiva"),
    foot=lambda pg, n: ("Zaragoza", f"Página {pg} de {n}"),
    created=when(2024, 10, 16),
    blocks=blocks,
    people=[
        ("Sr. Ignacio Lafuente Royo", "Lafuente Royo", "S"),
        ("Sra. Pilar Gimeno Sanz", "Gimeno Sanz", "S"),
        ("Sra. Nuria Castán Blasco", "Castán Blasco", "S"),
        ("Sr. Jorge Lahoz Ferrer", "Lahoz Ferrer", "S"),
        ("Sra. Elena Sancho Pérez", "Sancho Pérez", "S"),
        ("Sr. Raúl Bernués Gil", "Bernués Gil", "S"),
        ("Sra. Marta Aznar Lapuente", "Aznar Lapuente", "M"),
    ],
    not_flags={
        "chair": "the Presidente had another engagement ('Teniendo el Presidente otro "
                 "compromiso'), so the Vicepresidenta closed the meeting and the acta says why",
    },
    weekdays=[("miércoles 9 de octubre de 2024", True),
              ("miércoles 13 de noviembre de 2024", True)],
    stresses="Short acta of a neighbourhood association (look-alike set): the Presidente "
             "opens, has 'otro compromiso', and the Vicepresidenta closes",
)
