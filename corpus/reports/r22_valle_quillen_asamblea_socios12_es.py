"""Report 22 of held-out set 3 (corpus/build_heldout3.py): Chilean cooperative, general
assembly, pesos and UF, ruled table."""
from corpus.heldout.markup import gap, h1, p, Report, table, title, when

coop = "Cooperativa Agrícola y Lechera Valle de Quillén Ltda."
blocks = [
    title(coop.upper(), size=10.5),
    title("Acta de la Asamblea General Ordinaria de Socios n.º 12", size=13),
    gap(3),
    p("En Purranque, a 27 de abril de 2024, siendo las 10:30 horas, en la sede social "
      "de la Cooperativa, camino a Corte Alto kilómetro 4, se celebra la Asamblea General "
      "Ordinaria de Socios n.º 12, en segunda citación. Preside la asamblea el presidente "
      "del Consejo de Administración, don Patricio Aravena Soto, y actúa como secretaria "
      "doña Marisol Henríquez Paredes. Asisten ⟦N:vote|84 socios⟧ de un total de 131, "
      "según consta en el libro de asistencia, con lo que se reúne el quórum exigido por "
      "los estatutos. Excusa su inasistencia doña Elena Catrilaf Neculmán, presidenta de "
      "la Junta de Vigilancia."),
    p("El presidente solicita un minuto de silencio en memoria del socio fundador don "
      "Armando Bórquez Igor, fallecido en enero."),
    h1("1. Lectura y aprobación del acta anterior"),
    p("La secretaria, doña Marisol Henríquez Paredes, da lectura al acta de la "
      "⟦N:prev|Asamblea General Ordinaria n.º 11⟧. ⟦D:approved:|La Asamblea aprueba por "
      "unanimidad el acta n.º 11⟧ sin observaciones."),
    h1("2. Memoria y balance del ejercicio 2023"),
    p("El gerente, don Rodrigo Oyarzún Vidal, presenta la memoria y el balance del "
      "ejercicio 2023. La Cooperativa recibió 21,4 millones de litros de leche de sus "
      "socios, un 6 % más que el año anterior, y las ventas alcanzaron "
      "⟦A:2840000000:CLP|$ 2.840 millones⟧. Después de provisiones, el remanente del "
      "ejercicio asciende a ⟦A:4500000:CLP|$ 4.500.000 (cuatro millones quinientos mil "
      "pesos chilenos)⟧. El gerente informa además que el Consejo de Administración "
      "aprobó en marzo el nuevo reglamento de anticipos a los socios, que se aplicará "
      "desde mayo."),
    p("El socio don Juan Carlos Epuyao Millalonco consulta por el crédito con el banco "
      "para la planta de quesos. El gerente responde que el saldo asciende a UF 1.200 y "
      "que el crédito se terminará de pagar en 2026, según el calendario pactado. "
      "⟦D:approved:|La Asamblea aprueba por mayoría la memoria y el balance del ejercicio "
      "2023⟧, ⟦N:vote|con 79 votos a favor y 5 abstenciones⟧."),
    h1("3. Distribución del remanente"),
    p("El presidente expone la propuesta del Consejo de Administración para distribuir "
      "el remanente, conforme a la Ley General de Cooperativas y a los estatutos. Las "
      "cifras del cuadro están en pesos."),
    table(["Destino", "Porcentaje", "Monto ($)"],
          [["Fondo de reserva legal", "20", "900.000"],
           ["Fondo de educación cooperativa", "10", "450.000"],
           ["Devolución a socios según entregas", "60", "2.700.000"],
           ["Fondo de solidaridad", "10", "450.000"],
           ["Total", "100", "4.500.000"]],
          widths=[96, 30, 40], aligns="LRR", caption="Cuadro 1. Distribución del remanente "
          "2023", sum_cols=[1, 2]),
    p("Doña Gabriela Schwerter Kusch propone aumentar el fondo de solidaridad, dado que "
      "varias familias socias sufrieron pérdidas en las inundaciones de junio. El "
      "presidente explica que el fondo ya cuenta con ⟦A:1150000:CLP|$ 1.150.000⟧ de "
      "ejercicios anteriores."),
    p("⟦D:approved:|La Asamblea aprueba por mayoría la "
      "distribución del remanente propuesta por el Consejo⟧, con 6 votos en contra."),
    h1("4. Estanque enfriador para el centro de acopio de Crucero"),
    p("El gerente presenta la cotización de un estanque enfriador de 10.000 litros por "
      "⟦A:15000:USD|USD 15.000⟧, más instalación. Don Héctor Vial Larraín propone, en "
      "cambio, arrendar un estanque a la empresa que hoy retira la leche, por "
      "⟦A:350000:CLP|$ 350.000⟧ mensuales, y sostiene que así la Cooperativa no se "
      "endeuda. El gerente señala que el arriendo superaría el costo de compra en menos "
      "de tres años."),
    p("⟦D:rejected:|Se rechaza la propuesta de arrendar el estanque enfriador⟧, "
      "⟦N:vote|con 26 votos a favor y 58 en contra⟧. A continuación, "
      "⟦D:approved:|la Asamblea autoriza al Consejo de Administración a adquirir el "
      "estanque enfriador⟧ con cargo al fondo de inversiones."),
    h1("5. Elección de la Junta de Vigilancia"),
    p("El presidente informa que solo se ha inscrito un candidato para las dos vacantes "
      "de la Junta de Vigilancia. ⟦D:postponed:|Se acuerda postergar la elección de dos "
      "miembros de la Junta de Vigilancia⟧ hasta una asamblea extraordinaria, que se "
      "citará dentro de noventa días."),
    h1("6. Varios"),
    p("Doña Gabriela Schwerter Kusch propone que la próxima asamblea se realice en la "
      "sede de Crucero; el presidente indica que el Consejo lo estudiará. La "
      "⟦N:next|Asamblea General Ordinaria n.º 13⟧ se celebrará en abril de 2025. Sin "
      "más asuntos que tratar, se levanta la sesión a las 13:10 horas."),
    gap(4),
    p("PATRICIO ARAVENA SOTO, Presidente\nMARISOL HENRÍQUEZ PAREDES, Secretaria"),
]
REPORT = Report(
    name="22_valle_quillen_asamblea_socios12_es",
    lang="es",
    meeting={"body": "Asamblea General Ordinaria de Socios", "ordinal": 12,
             "date": "2024-04-27", "place": "Purranque"},
    date_as_written="27 de abril de 2024",
    head=("Cooperativa Valle de Quillén Ltda. – RUT 76.482.150-3",
          "Asamblea General Ordinaria n.º 12"),
    foot=lambda pg, n: ("Acta redactada por la secretaria del Consejo de Administración",
                        f"Página {pg} de {n}"),
    created=when(2024, 5, 6),
    blocks=blocks,
    people=[
        ("don Patricio Aravena Soto", "Aravena Soto", "S"),
        ("doña Marisol Henríquez Paredes", "Henríquez Paredes", "S"),
        ("don Rodrigo Oyarzún Vidal", "Oyarzún Vidal", "S"),
        ("don Juan Carlos Epuyao Millalonco", "Epuyao Millalonco", "S"),
        ("Doña Gabriela Schwerter Kusch", "Schwerter Kusch", "S"),
        ("Don Héctor Vial Larraín", "Vial Larraín", "S"),
        ("doña Elena Catrilaf Neculmán", "Catrilaf Neculmán", "M"),
        ("don Armando Bórquez Igor", "Bórquez Igor", "M"),
    ],
    not_flags={
        "prev": "Asamblea n.º 11 is the previous meeting, not a meeting-number "
                "contradiction",
        "next": "Asamblea n.º 13 is the next meeting, not a meeting-number contradiction",
        "vote": "79 + 5 = 84 and 26 + 58 = 84 members present",
        "table": ("the distribution table sums to its Total row (100 %, 4.500.000) and "
                  "the total is the remanente in the text", ["4.500.000"]),
    },
    weekdays=[],
    sums=[(84, [79, 5], True), (84, [26, 58], True)],
    stresses="Spanish (Chilean) cooperative acta: 'Acta de la Asamblea General Ordinaria "
             "de Socios n.º 12', 'En Purranque, a 27 de abril de 2024' (no weekday), "
             "'don' / 'doña' with two family names, Mapuche and German-Chilean names "
             "('Epuyao Millalonco', 'Schwerter Kusch'), decisions 'La Asamblea aprueba "
             "por unanimidad / por mayoría …', 'Se rechaza la propuesta …', 'la Asamblea "
             "autoriza …', 'Se acuerda postergar …'; '$' meaning Chilean pesos (CLP: "
             "'$ 4.500.000 (cuatro millones quinientos mil pesos chilenos)', '$ 2.840 "
             "millones'), 'USD 15.000', 'UF 1.200' (not a currency amount), a RUT number "
             "in the header; ruled table with a correct total row; look-alikes: the "
             "Consejo de Administración's own approval, assemblies n.º 11 and n.º 13",
)
