"""Report 32 of the look-alike set (corpus/build_lookalikes.py): acta of a Consejo
Directivo presided from the start by its Vicepresidente because the Presidenta is excused;
he opens and closes (a chair look-alike)."""
from corpus.heldout.markup import gap, h1, p, Report, title, when

org = "Corporación Cultural Teatro del Quindío"
blocks = [
    title(org.upper(), size=11),
    title("ACTA N.º 9 DEL CONSEJO DIRECTIVO", size=13.5),
    title("Reunión ordinaria del lunes 17 de febrero de 2025", size=10.5, bold=False,
          after=5),
    p("En Armenia, Quindío, siendo las 6:00 p. m. del lunes 17 de febrero de 2025, se "
      "reúnen en la sala de ensayos del Teatro los miembros del Consejo Directivo, "
      "convocados por la dirección ejecutiva."),
    p("**Asistentes:** Sr. Fabio Cardona Ríos, vicepresidente; Sra. Adriana Buitrago Salazar, "
      "tesorera; Sr. Mauricio Ospina Duque, Sra. Claudia Marín Galvis y Sr. Óscar Valencia "
      "Toro, consejeros. **Directora ejecutiva:** Sra. Juliana Arango Mejía (secretaria "
      "de la sesión).", after=1.2),
    p("**Ausente con excusa:** Sra. Lucía Montoya Arango, presidenta.", after=3),
    h1("1. Verificación del quórum e instalación"),
    p("Excusada la Presidenta, ⟦N:chair|Sra. Lucía Montoya Arango⟧, por motivos de salud, "
      "dirige la reunión desde su inicio el Vicepresidente, ⟦N:chair|Sr. Fabio Cardona "
      "Ríos⟧, quien verifica el quórum con cinco de los seis consejeros y declara abierta "
      "la sesión."),
    h1("2. Aprobación del Acta N.º 8"),
    p("⟦D:approved:|Se aprueba el Acta N.º 8⟧ sin observaciones."),
    h1("3. Temporada 2025"),
    p("La directora ejecutiva, Sra. Juliana Arango Mejía, presenta la programación de la "
      "temporada: doce funciones de la compañía residente, un festival de teatro infantil "
      "en julio y dos coproducciones con grupos de Pereira y Manizales. El costo estimado "
      "de la temporada es de ⟦A:186000000:COP|$ 186.000.000 (ciento ochenta y seis millones "
      "de pesos colombianos)⟧, cubierto en un 60 % por la taquilla y los convenios con la "
      "Gobernación. La Sra. Claudia Marín Galvis pide "
      "reservar funciones gratuitas para los colegios públicos."),
    p("⟦D:approved:|Se aprueba la programación de la temporada 2025⟧, con cuatro "
      "funciones gratuitas para colegios públicos."),
    h1("4. Estados financieros 2024"),
    p("La tesorera, Sra. Adriana Buitrago Salazar, presenta los estados financieros del "
      "ejercicio 2024, que cierran con ingresos de ⟦A:402500000:COP|$ 402.500.000⟧ y un "
      "excedente de ⟦A:11800000:COP|$ 11.800.000⟧. El Sr. Mauricio Ospina Duque pregunta "
      "por la cartera de los convenios; la tesorera informa que la Gobernación adeuda "
      "la última cuota."),
    p("⟦D:approved:|Se aprueban los estados financieros 2024⟧ para su presentación a la "
      "Asamblea General."),
    h1("5. Reparación de la cubierta"),
    p("El Sr. Óscar Valencia Toro informa que las filtraciones de la cubierta dañaron parte "
      "del telón en la temporada de lluvias. Se recibieron dos cotizaciones; la más baja "
      "asciende a ⟦A:38700000:COP|$ 38.700.000⟧. Los consejeros piden una tercera "
      "cotización antes de decidir."),
    p("⟦D:postponed:|Se aplaza la decisión sobre la reparación de la cubierta⟧ hasta la "
      "próxima reunión."),
    h1("6. Proposiciones y varios"),
    p("No habiendo más asuntos que tratar, el Vicepresidente, ⟦N:chair|Sr. Fabio Cardona "
      "Ríos⟧, levanta la sesión a las 8:15 p. m."),
    gap(4),
    p("FABIO CARDONA RÍOS, Vicepresidente\nJULIANA ARANGO MEJÍA, Secretaria de la sesión"),
]

REPORT = Report(
    name="32_teatro_quindio_consejo9_es",
    lang="es",
    meeting={"body": "Consejo Directivo", "ordinal": 9, "date": "2025-02-17",
             "place": "Armenia"},
    date_as_written="lunes 17 de febrero de 2025",
    head=(org, "Acta N.º 9 – Consejo Directivo"),
    foot=lambda pg, n: ("Armenia, Quindío – Colombia", f"Página {pg} de {n}"),
    created=when(2025, 2, 24),
    blocks=blocks,
    people=[
        ("Sr. Fabio Cardona Ríos", "Cardona Ríos", "S"),
        ("Sra. Adriana Buitrago Salazar", "Buitrago Salazar", "S"),
        ("Sr. Mauricio Ospina Duque", "Ospina Duque", "S"),
        ("Sra. Claudia Marín Galvis", "Marín Galvis", "S"),
        ("Sr. Óscar Valencia Toro", "Valencia Toro", "S"),
        ("Sra. Juliana Arango Mejía", "Arango Mejía", "S"),
        ("Sra. Lucía Montoya Arango", "Montoya Arango", "M"),
    ],
    not_flags={
        "chair": "the Presidenta was excused ('Excusada la Presidenta'), so the "
                 "Vicepresidente presided from the start, opened and closed: no "
                 "chair_mismatch",
    },
    weekdays=[("lunes 17 de febrero de 2025", True)],
    stresses="Short acta of a theatre's board (look-alike set): the Presidenta is "
             "excused and the Vicepresidente directs the meeting from the start "
             "('dirige la reunión desde su inicio'), opens and closes it; '$' amounts settled as "
             "Colombian pesos by one written out; a postponed item",
)
