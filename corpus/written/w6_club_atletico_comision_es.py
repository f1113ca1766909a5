"""Written held-out report 6: an Argentine club's Comisión Directiva acta, typed in a
monospaced font on legal paper: 'Acta N° 1.187', '$ 54.522,10' figures with the amount in
words, 'A propuesta del señor X', 'Se levanta la sesión siendo las 20:15 horas'; planted
weekday slip ('jueves 14 de agosto de 2024' was a Wednesday)."""
from corpus.heldout.markup import when
from corpus.written.blocks import Style, gap, h1, p, table, title
from corpus.written.render import WReport

blocks = [
    title("CLUB SOCIAL Y DEPORTIVO LOS AROMOS", size=12, after=0.6),
    title("Personería Jurídica N° 04211 – Rafaela, Santa Fe", size=9, bold=False, after=4),
    title("ACTA N° 1.187", size=12, after=4),
    p("En la ciudad de Rafaela, provincia de Santa Fe, a los catorce días del mes de agosto "
      "de dos mil veinticuatro, siendo las 19:05 horas, se reúne en la sede social de "
      "Bv. Lehmann 1420 la Comisión Directiva del Club Social y Deportivo Los Aromos, en "
      "sesión ordinaria correspondiente al día ⟦E:wd|jueves 14 de agosto de 2024⟧, con la "
      "presencia de los siguientes miembros: Presidente, Sr. Horacio Benedetti; "
      "Vicepresidente, Sr. Raúl Ángel Zapata; Secretaria, Sra. Mirta Gorosito; Tesorero, "
      "Sr. Osvaldo Quaglia; Protesorera, Sra. Liliana Bertone; Vocales titulares: "
      "Sr. Damián Ferrero, Sra. Graciela Peralta y Sr. Matías Kovalchuk. Ausente con "
      "aviso: el vocal Sr. Rubén Giordano. Existiendo quórum, el señor Presidente declara "
      "abierta la sesión y se pasa a considerar el siguiente orden del día:"),
    h1("1°) Lectura y aprobación del acta anterior."),
    p("Por Secretaría se da lectura al acta N° 1.186. ⟦D:approved:|Puesta a consideración, "
      "el acta N° 1.186 se aprueba por unanimidad⟧ sin observaciones."),
    h1("2°) Informe de Tesorería."),
    p("El Tesorero, Sr. Osvaldo Quaglia, informa que el saldo disponible en caja y bancos "
      "al 31 de julio asciende a ⟦N:saldo|⟦A:1254870.45:ARS|$ 1.254.870,45⟧⟧, según el "
      "siguiente detalle:"),
    table(["Concepto", "Importe ($)"],
          [["Caja chica (sede)", "38.417,60"],
           ["Banco de la Nación Argentina – cuenta corriente", "842.118,35"],
           ["Nuevo Banco de Santa Fe – caja de ahorro", "374.334,50"],
           ["Total disponible al 31/07", "1.254.870,45"]],
          [120.0, 45.9], "LR", rules="grid", sum_cols=[1]),
    p("Informa asimismo que la cobranza de cuotas sociales del mes de julio alcanzó el 71 % "
      "del padrón. ⟦D:approved:|Se aprueba por unanimidad el informe de Tesorería⟧."),
    h1("3°) Pago de la factura de la Cooperativa Eléctrica."),
    p("Se da lectura a la factura de la Cooperativa de Provisión de Servicios Eléctricos "
      "por el consumo del bimestre junio-julio de la cancha principal. "
      "⟦D:approved:|Se aprueba el pago de la factura por ⟦A:54522.10:ARS|$ 54.522,10 "
      "(pesos cincuenta y cuatro mil quinientos veintidós con 10/100)⟧⟧, con fondos de la "
      "cuenta corriente."),
    h1("4°) Actualización de la cuota social."),
    p("A propuesta del señor Tesorero, y considerando la inflación acumulada del semestre, "
      "⟦D:approved:|se aprueba fijar la cuota social a partir del 1° de septiembre en "
      "⟦A:8500:ARS|$ 8.500⟧ para socios activos y ⟦A:4250:ARS|$ 4.250⟧ para socios "
      "cadetes⟧, con seis votos a favor y la abstención del Sr. Ferrero, quien manifiesta "
      "que prefiere esperar el balance trimestral."),
    h1("5°) Presupuestos para la refacción de los vestuarios."),
    p("Se reciben dos presupuestos: Construcciones Del Sol, por "
      "⟦A:3480000:ARS|$ 3.480.000⟧, y Corti Hnos., por ⟦A:3925500:ARS|$ 3.925.500⟧, ambos "
      "con materiales incluidos. A propuesta del señor Presidente, ⟦D:postponed:|se "
      "resuelve postergar la adjudicación de la obra de los vestuarios⟧ hasta la próxima "
      "reunión, a fin de solicitar un tercer presupuesto."),
    h1("6°) Nota de la subcomisión de fútbol infantil."),
    p("La vocal Sra. Graciela Peralta lee la nota de la subcomisión, que solicita ceder la "
      "cancha auxiliar los domingos al Club Sportivo Norte a cambio de un canon mensual. "
      "A propuesta del señor Zapata, y por entender que la cancha auxiliar debe "
      "reservarse a las divisiones propias, ⟦D:rejected:|se rechaza por mayoría la "
      "solicitud de cesión⟧ de la cancha auxiliar."),
    h1("7°) Donación."),
    p("El señor Presidente informa que la firma Lácteos San Jerónimo S.A. ofreció donar "
      "⟦A:2500:USD|USD 2.500⟧ para la compra de un tablero electrónico. "
      "⟦D:approved:|Se acuerda aceptar la donación y enviar nota de agradecimiento⟧."),
    h1("8°) Altas y bajas de socios."),
    p("⟦D:approved:|Se aprueban las altas de 14 socios activos y 3 socios cadetes⟧, y se "
      "toma conocimiento de 5 bajas por renuncia."),
    p("No habiendo más asuntos que tratar, se levanta la sesión siendo las 20:15 horas, "
      "firmando los presentes de conformidad."),
    gap(8),
    p("MIRTA GOROSITO                              HORACIO BENEDETTI\n"
      "  Secretaria                                    Presidente", after=0),
]
REPORT = WReport(
    name="w6_club_atletico_comision_es",
    lang="es",
    meeting={"body": "Comisión Directiva", "ordinal": 1187, "date": "2024-08-14",
             "place": "Rafaela"},
    date_as_written="jueves 14 de agosto de 2024",
    head=("C. S. y D. Los Aromos – Libro de Actas", "Acta N° 1.187"),
    foot=lambda pg, n: ("Folio 212", f"{pg}"),
    created=when(2024, 8, 20),
    blocks=blocks,
    people=[
        ("Sr. Horacio Benedetti", "Benedetti", "S"),
        ("Sra. Mirta Gorosito", "Gorosito", "S"),
        ("Sr. Osvaldo Quaglia", "Quaglia", "S"),
        ("Sr. Damián Ferrero", "Ferrero", "S"),
        ("Sra. Graciela Peralta", "Peralta", "S"),
        ("Sr. Raúl Ángel Zapata", "Zapata", "S"),
        ("Sra. Liliana Bertone", "Bertone", "M"),
        ("Sr. Matías Kovalchuk", "Kovalchuk", "M"),
        ("Sr. Rubén Giordano", "Giordano", "M"),
    ],
    flags={"wd": "weekday_mismatch"},
    not_flags={
        "saldo": ("the balance table sums to its total, which is the balance in the text",
                  ["1.254.870,45"]),
        "prev": ("the acta N° 1.186 is the previous meeting, not a meeting-number "
                 "contradiction", ["acta N° 1.186"]),
    },
    weekdays=[("jueves 14 de agosto de 2024", False)],
    sums=[(1254870.45, [38417.60, 842118.35, 374334.50], True)],
    style=Style(paper="legal", font="mono", body_size=9.5, leading=1.45, left=30.0,
                right=20.0, top=30.0, bottom=26.0, justify=True, heading="plain",
                head_first=False),
    stresses="Argentine club acta typed in a monospaced font on legal paper: 'ACTA N° "
             "1.187' (thousands dot in the ordinal), one long opening paragraph with the "
             "date in words and in figures, the members present listed by office "
             "('Tesorero, Sr. Osvaldo Quaglia;'), agenda items '1°) …', 'Por Secretaría se "
             "da lectura', '$' as Argentine pesos ('$ 54.522,10 (pesos cincuenta y cuatro "
             "mil … con 10/100)', '$ 3.480.000') beside 'USD 2.500', 'A propuesta del "
             "señor X, se resuelve postergar …', 'se rechaza por mayoría' in a sentence that runs across the page break (gold: the part on page 1), 'Se acuerda "
             "aceptar …', a ruled balance table with a total row, signatures in capitals; "
             "no running header on page 1",
    slips="`weekday_mismatch`: the session is dated 'jueves 14 de agosto de 2024'; 14 "
          "August 2024 was a Wednesday",
)
