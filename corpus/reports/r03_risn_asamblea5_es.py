"""Report 03 of the tuning corpus (corpus/build.py): Acta de la 5ª reunión de la Asamblea
General."""
from corpus.tuning.markup import C, footer_page_of, H, P, Report, T0, TABLE

REPORT = Report(
    name="03_risn_asamblea5_es",
    lang="es",
    font="serif",
    title="Acta de la 5ª reunión de la Asamblea General",
    meeting={"body": "Asamblea General", "ordinal": 5, "date": "2025-04-24",
             "place": "Montevideo"},
    header_left="Red Iberoamericana de Semillas Nativas (RISN)",
    header_right="Acta AG-5",
    footer=footer_page_of("Página {p} de {t}"),
    created=T0(2025, 5, 9),
    stresses="Spanish acta: '5ª' / 'quinta reunión', mixed-case names with two family "
             "names (Sr./Sra./Dra.), Spanish number formats (USD 30.000, 1.500.000 €, "
             "250 mil euros), vote tally, a postponed item, ruled budget table whose "
             "total row says 'Total 2025' and is right",
    slips={},
    people=[
        ("Sra. Lucía Ferrández Olmo", "Ferrández Olmo", "S"),
        ("Sra. Mercedes Aguirre Bastos", "Aguirre Bastos", "S"),
        ("Sr. Álvaro Quintana Ruiz", "Quintana Ruiz", "S"),
        ("Dra. Beatriz Olmedo Sanz", "Olmedo Sanz", "S"),
        ("Sr. Joaquim Pereira da Costa", "Pereira da Costa", "S"),
        ("Sra. Ximena Lautaro", "Lautaro", "S"),
        ("Sr. Fernando Ibarra Celis", "Ibarra Celis", "M"),
        ("Sra. Rosa Linares", "Linares", "M"),
    ],
    not_flags={"w1": "weekday is right (24 April 2025 was a Thursday)",
               "v1": "tally 12 + 2 + 1 = 15 voting members present",
               "b1": "budget table sums to its total, and the total year matches the text"},
    weekday_checks=[("jueves 24 de abril de 2025", True)],
    sum_checks=[(15, [12, 2, 1], True)],
    blocks=[
        C("Red Iberoamericana de Semillas Nativas", size=16, bold=True, after=2),
        C("ACTA DE LA 5ª REUNIÓN DE LA ASAMBLEA GENERAL", size=13.5, bold=True, after=2),
        C("Montevideo (Uruguay), {{N:w1|jueves 24 de abril de 2025}}", size=11, after=8),
        H("1. Apertura de la sesión"),
        P("En la ciudad de Montevideo, siendo las 9:15 horas, se reunió en su quinta "
          "reunión ordinaria la Asamblea General de la Red Iberoamericana de Semillas "
          "Nativas, bajo la presidencia de la Sra. Lucía Ferrández Olmo, Presidenta de la "
          "Red, con la asistencia de 15 de los 17 miembros con derecho a voto. Actuó como "
          "secretaria la Sra. Mercedes Aguirre Bastos, Secretaria General."),
        P("La Presidenta dio la bienvenida a las delegaciones y leyó un mensaje del Ministro "
          "de Ganadería y Agricultura, Sr. Fernando Ibarra Celis, quien no pudo asistir y "
          "reiteró el apoyo de su ministerio a los bancos comunitarios de semillas. "
          "Constatado el quórum, {{D:approved:5-0|se aprobó el orden del día (documento AG "
          "5-0)}} sin modificaciones."),
        H("2. Aprobación del acta de la reunión anterior"),
        P("{{D:approved:5-1|La Asamblea aprobó por unanimidad el acta de la cuarta "
          "reunión}} (documento AG 5-1), celebrada en Cusco el 18 de abril de 2024, con una "
          "corrección menor en la lista de asistentes."),
        H("3. Informe de la Secretaría General (documento AG 5-2)"),
        P("La Sra. Mercedes Aguirre Bastos presentó el informe de actividades del año. La "
          "Red cuenta ahora con 64 organizaciones miembro en once países; durante el "
          "ejercicio se organizaron dos ferias regionales de intercambio de semillas y un "
          "curso virtual sobre conservación en finca que reunió a más de trescientos "
          "participantes. Destacó el fondo semilla de {{A|USD 30.000}} aportado por una "
          "cooperativa canadiense, que permitió equipar cuatro bancos comunitarios con "
          "cámaras de secado. El estudio sobre variedades locales de maíz, preparado por la "
          "consultora Sra. Rosa Linares, se publicará en junio."),
        P("El Sr. Joaquim Pereira da Costa, de la delegación de Brasil, felicitó a la "
          "Secretaría y preguntó si el curso virtual podría ofrecerse también en portugués. "
          "La Secretaria General respondió que se buscaría financiación para la traducción. "
          "La Sra. Ximena Lautaro, de Chile, pidió que el próximo informe incluya indicadores "
          "de género."),
        H("4. Modificación de los Estatutos (documento AG 5-3)"),
        P("La Dra. Beatriz Olmedo Sanz, coordinadora del Comité Técnico, explicó la propuesta "
          "de modificación del artículo 9 de los Estatutos, que permite la incorporación de "
          "universidades como miembros asociados sin derecho a voto. Varias delegaciones "
          "expresaron su preocupación por el posible peso de la investigación académica en "
          "las decisiones de la Red; otras destacaron el valor de la colaboración con los "
          "centros de investigación."),
        P("Tras el debate, {{D:approved:5-3|la Asamblea aprobó, {{N:v1|con 12 votos a favor, "
          "2 en contra y 1 abstención}}, la modificación del artículo 9}} de los Estatutos."),
        H("5. Presupuesto 2025 (documento AG 5-4)"),
        P("El Tesorero, Sr. Álvaro Quintana Ruiz, presentó el presupuesto para el año 2025 "
          "por un monto total de {{A|1.500.000 €}}, del cual {{A|250 mil euros}} "
          "corresponden al programa de bancos comunitarios de semillas. Recordó que las "
          "cuotas de los miembros solo cubren una parte de los gastos de la Secretaría y que "
          "el resto depende de proyectos. El cuadro siguiente resume el presupuesto 2025 "
          "por programa:"),
        TABLE(["Programa", "Monto (EUR)"],
              [["Bancos comunitarios de semillas", "250.000"],
               ["Investigación participativa", "420.000"],
               ["Formación y extensión", "310.000"],
               ["Comunicación e incidencia", "145.000"],
               ["Secretaría y gobernanza", "375.000"],
               ["{{N:b1|Total 2025}}", "1.500.000"]],
              [120, 50], "LR", total_check={"cols": [1], "ok": True}),
        P("{{D:adopted:5-4|Se adoptó el presupuesto 2025}} por unanimidad."),
        H("6. Sede de la Secretaría"),
        P("La Presidenta informó que dos gobiernos han ofrecido acoger la Secretaría a partir "
          "de 2026. Varias delegaciones pidieron conocer las condiciones de ambas ofertas "
          "antes de pronunciarse. {{D:postponed|Se acordó aplazar a la próxima reunión la "
          "decisión sobre el traslado de la sede}}, y se encargó a la Secretaría un análisis "
          "comparativo de las dos propuestas."),
        H("7. Cierre"),
        P("Siendo las 17:40 horas y no habiendo más asuntos que tratar, la Presidenta, "
          "Sra. Lucía Ferrández Olmo, levantó la sesión, de la que se extiende la presente "
          "acta."),
    ],
)
