"""Written held-out report y3: the 'versión taquigráfica' of an Argentine Concejo
Deliberante's ordinary session, written as HTML and printed by headless Chromium on Legal
paper: turns opened by a bold label in capitals ending '.-' ('Sr. PRESIDENTE (Gómez).-',
'Sr. RUIZ.-', 'Sra. BENÍTEZ.-'), stage directions between dashes ('—Se vota y resulta
afirmativa.'), expedientes 'Expte. 1187-D-2025' in centred headings between rules,
ordinances read by the Secretary with the amount in words before the figure ('PESOS
CUARENTA Y OCHO MILLONES QUINIENTOS MIL ($ 48.500.000)'), 'Queda sancionada la Ordenanza
N° 5.214.'; planted slips: a stated total whose parts do not add up, and a roll-call
tally of 13 votes with 12 members present."""
from corpus.chromium import h2, p, title
from corpus.heldout.markup import when
from corpus.written.blocks import Style
from corpus.written5.html import HReport

CSS = """
@page { size: legal; margin: 26mm 24mm 24mm 30mm;
  @top-center { content: "H. Concejo Deliberante de Colonia Santa Brígida — Versión "
                "Taquigráfica"; font: 8.5pt "C059"; border-bottom: 0.6px solid #000; }
  @bottom-left { content: "Dirección de Taquígrafos"; font: 8pt "C059"; }
  @bottom-right { content: "— " counter(page) " —"; font: 9pt "C059"; } }
body { font-family: "C059"; font-size: 10.6pt; line-height: 1.45; }
.title { text-align: center; font-weight: bold; font-size: 12pt; letter-spacing: 0.5pt;
         margin-bottom: 1.5mm; }
h2 { text-align: center; font-size: 10.4pt; font-weight: bold; margin: 5mm 0 3mm;
     border-top: 0.6px solid #000; border-bottom: 0.6px solid #000; padding: 1mm 0; }
p { margin: 0 0 2.4mm; text-align: justify; text-indent: 10mm; }
p b { letter-spacing: 0.3pt; }
p.stage { font-style: italic; text-indent: 0; margin-left: 20mm; }
p.read { margin-left: 14mm; margin-right: 8mm; text-indent: 0; font-size: 10pt; }
p.list { text-indent: 0; }
"""


def turn(label, text):
    return p(f"**{label}.-** {text}")


def stage(text):
    return p(text, cls="stage")


def pres(text):
    return turn("Sr. PRESIDENTE (Gómez)", text)


blocks = [
    title("HONORABLE CONCEJO DELIBERANTE DE COLONIA SANTA BRÍGIDA"),
    title("VERSIÓN TAQUIGRÁFICA"),
    title("7ª SESIÓN ORDINARIA — 22 DE MAYO DE 2025"),
    p("Presidencia: Ernesto Gómez. Concejales presentes: Marcela Benítez, Horacio Ruiz, "
      "Lucía Ferreyra, Damián Acosta, Graciela Sosa, Julián Medina, Patricia Quiroga, "
      "Sergio Villalba, Noelia Cabral, Walter Ledesma y Romina Arce. Ausente con aviso: "
      "Mariano Paz. Secretario Legislativo: Dr. Fabián Correa.", cls="list"),
    stage("—En la ciudad de Colonia Santa Brígida, a los veintidós días del mes de mayo de "
          "2025, siendo las 10 y 14, dice el:"),
    pres("⟦N:quorum|Con la presencia de 12 señores concejales⟧, queda abierta la 7ª Sesión "
         "Ordinaria del día jueves 22 de mayo de 2025."),
    h2("1 — IZAMIENTO DE LA BANDERA"),
    pres("Invito a la concejala Graciela Sosa a izar la Bandera Nacional."),
    stage("—Así se hace. (Aplausos.)"),
    h2("2 — VERSIÓN TAQUIGRÁFICA ANTERIOR"),
    pres("En consideración la versión taquigráfica de la sesión del 8 de mayo de 2025. Si "
         "no se formulan observaciones, se va a votar."),
    stage("—Se vota y resulta afirmativa."),
    pres("⟦D:approved:|Aprobada la versión taquigráfica de la sesión del 8 de mayo⟧."),
    h2("3 — EXPTE. 1187-D-2025: CORDÓN CUNETA EN BARRIO SAN CAYETANO"),
    pres("Por Secretaría se dará lectura al proyecto de ordenanza."),
    turn("Sr. SECRETARIO (Correa)", "(Leyendo):"),
    p("“Artículo 1°.- Apruébase la obra de cordón cuneta del barrio San Cayetano por "
      "un total de PESOS CUARENTA Y OCHO MILLONES QUINIENTOS MIL "
      "(⟦E:sum|⟦A:48500000:ARS|$ 48.500.000⟧⟧), de los cuales ⟦E:sum|⟦A:30000000:ARS|$ "
      "30.000.000⟧⟧ provienen del Fondo Provincial de Obras y ⟦E:sum|⟦A:17500000:ARS|$ "
      "17.500.000⟧⟧ de recursos propios. Artículo 2°.- De forma.”", cls="read"),
    pres("Tiene la palabra el concejal Ruiz."),
    turn("Sr. RUIZ", "Gracias, señor presidente. Es una obra que los vecinos de San Cayetano "
         "esperan desde hace una década; ⟦N:old|la Ordenanza N° 4.512/2019⟧ ya la había "
         "previsto y nunca se ejecutó."),
    turn("Sra. BENÍTEZ", "Pido la palabra. Nuestro bloque va a acompañar, pero pedimos que "
         "el Departamento Ejecutivo informe el cronograma de la obra."),
    pres("Se va a votar en general y en particular."),
    stage("—Se vota y resulta afirmativa por unanimidad."),
    pres("⟦D:adopted:1187-D-2025|Queda sancionada la Ordenanza N° 5.214⟧."),
    h2("4 — EXPTE. 1203-C-2025: PEDIDO DE INFORMES SOBRE RECOLECCIÓN DE RESIDUOS"),
    turn("Sr. VILLALBA", "Señor presidente: desde marzo la recolección no pasa por el barrio "
         "Las Tunas. Pedimos que el intendente municipal, Dr. Rodolfo Iturbe, informe en "
         "treinta días el estado del contrato."),
    turn("Sra. QUIROGA", "El contrato está vigente y el Ejecutivo ya lo explicó en comisión; "
         "no vamos a acompañar."),
    pres("Se va a votar en forma nominal."),
    stage("—Se vota nominalmente."),
    turn("Sr. SECRETARIO (Correa)", "Resultan ⟦E:vote|9 votos por la afirmativa y 4 por la "
         "negativa⟧."),
    pres("⟦D:approved:1203-C-2025|Queda aprobada la Resolución N° 812⟧."),
    h2("5 — EXPTE. 1211-D-2025: TASA DE ABASTO"),
    turn("Sra. FERREYRA", "Hago moción de que el expediente vuelva a la Comisión de Hacienda "
         "hasta contar con el dictamen contable."),
    stage("—Se vota y resulta afirmativa."),
    pres("⟦D:postponed:1211-D-2025|El expediente vuelve a la Comisión de Hacienda⟧."),
    h2("6 — EXPTE. 1215-D-2025: CONDONACIÓN DE DEUDA AL CLUB EL CEIBO"),
    turn("Sr. ACOSTA", "El club adeuda ⟦A:2345600:ARS|$ 2.345.600⟧ en tasas. No podemos "
         "condonar a uno y cobrar a todos los demás."),
    stage("—Se vota y resulta negativa ⟦N:ceibo|por 4 votos afirmativos y 7 negativos⟧."),
    pres("⟦D:rejected:1215-D-2025|Queda rechazado el proyecto de condonación⟧."),
    h2("7 — EXPTE. 1220-D-2025: CONVENIO CON LA COOPERATIVA ELÉCTRICA"),
    turn("Sra. QUIROGA", "⟦N:recall|El año pasado este Concejo aprobó el convenio de 2024 por "
         "⟦A:9600000:ARS|$ 9.600.000⟧⟧; el nuevo, por ⟦A:12800000:ARS|$ 12.800.000⟧, "
         "amplía "
         "el alumbrado a los accesos de la ruta."),
    stage("—Se vota y resulta afirmativa ⟦N:coop|por 8 votos contra 3⟧."),
    pres("⟦D:adopted:1220-D-2025|Queda sancionada la Ordenanza N° 5.215⟧."),
    pres("No habiendo más asuntos que tratar, queda levantada la sesión."),
    stage("—Es la hora 12 y 41."),
]
REPORT = HReport(
    name="y3_santa_brigida_concejo_deliberante_es",
    lang="es",
    meeting={"body": "Concejo Deliberante", "ordinal": 7, "date": "2025-05-22",
             "place": "Colonia Santa Brígida"},
    date_as_written="jueves 22 de mayo de 2025",
    head=("H. Concejo Deliberante de Colonia Santa Brígida — Versión Taquigráfica",),
    foot=lambda pg, n: ("Dirección de Taquígrafos", f"— {pg} —"),
    created=when(2025, 5, 30),
    blocks=blocks,
    people=[
        ("Ernesto Gómez", "Gómez", "S"),
        ("Dr. Fabián Correa", "Correa", "S"),
        ("Horacio Ruiz", "Ruiz", "S"),
        ("Marcela Benítez", "Benítez", "S"),
        ("Sergio Villalba", "Villalba", "S"),
        ("Patricia Quiroga", "Quiroga", "S"),
        ("Lucía Ferreyra", "Ferreyra", "S"),
        ("Damián Acosta", "Acosta", "S"),
        ("Graciela Sosa", "Sosa", "M"),
        ("Julián Medina", "Medina", "M"),
        ("Noelia Cabral", "Cabral", "M"),
        ("Walter Ledesma", "Ledesma", "M"),
        ("Romina Arce", "Arce", "M"),
        ("Mariano Paz", "Paz", "M"),
        ("Dr. Rodolfo Iturbe", "Iturbe", "M"),
    ],
    flags={"sum": "sum_mismatch", "vote": "vote_count_mismatch"},
    not_flags={
        "quorum": "12 present: the president and 11 councillors, one absent with notice",
        "old": "an ordinance of 2019 cited by number: not a date slip",
        "ceibo": "4 + 7 = 11 councillors voting (the president votes only to break a tie)",
        "coop": "8 + 3 = 11 councillors voting",
        "recall": "last year's agreement recalled with its amount: not this meeting's "
                  "decision, and not a year slip",
    },
    weekdays=[("jueves 22 de mayo de 2025", True)],
    sums=[(48500000, [30000000, 17500000], False), (11, [4, 7], True), (11, [8, 3], True),
          (12, [9, 4], False)],
    style=Style(paper="legal", head_first=True),
    css=CSS,
    stresses="Argentine Concejo Deliberante's 'versión taquigráfica' written in HTML and "
             "printed by headless Chromium on Legal paper (C059 10.6 pt, first-line "
             "indents): turns opened by bold letter-spaced capital labels ending '.-' ('Sr. "
             "PRESIDENTE (Gómez).-', 'Sr. RUIZ.-', 'Sra. BENÍTEZ.-'), people otherwise "
             "named only in the attendance paragraph, stage directions in italics between "
             "dashes ('—Se vota y resulta afirmativa.'), expedientes 'EXPTE. 1187-D-2025' in "
             "centred headings between rules, an ordinance read by the Secretary with the "
             "amount in words before the figure, outcomes said by the chair ('Queda "
             "sancionada la Ordenanza N° 5.214.', 'El expediente vuelve a la Comisión de "
             "Hacienda.'), '$' Argentine pesos with dot thousands; header in a CSS margin "
             "box, footer '— 2 —'",
    slips="`sum_mismatch`: the ordinance's total '$ 48.500.000' is not '$ 30.000.000' + "
          "'$ 17.500.000'; `vote_count_mismatch`: 'Resultan 9 votos por la afirmativa y 4 "
          "por la negativa' (13 votes, 12 present; the gold quotes the tally)",
)
