"""Written held-out report y1: the procès-verbal of a French communauté de communes' council
(conseil communautaire), written as HTML and printed by headless Chromium: running header
and footer in CSS @page margin boxes, numbered délibérations 'DEL-2025-042' under shaded
<h2> headings, 'Rapporteur : Mme X, vice-présidente …', 'Après en avoir délibéré, le
Conseil communautaire, par 31 voix pour, 2 contre et 3 abstentions, DÉCIDE : - d'approuver
…', vote lines in a bordered box 'Votants : 37 — Pour : 31 — …', attendance in a CSS
two-column list, a bordered table of fonds de concours, the President leaving the room
for the compte administratif; planted slips: a tally of 38 votes from 37 voters, and
'PLH' written 'PHL' in the second line of the decision."""
from corpus.chromium import h2, items, p, table, title
from corpus.heldout.markup import when
from corpus.written.blocks import Style
from corpus.written5.html import HReport

CSS = """
@page { size: A4; margin: 24mm 18mm 22mm 22mm;
  @top-left { content: "Communauté de communes du Haut-Vernois"; font: 8pt "Nimbus Sans"; }
  @top-right { content: "Conseil communautaire du 17 juin 2025"; font: 8pt "Nimbus Sans"; }
  @bottom-left { content: "Registre des délibérations"; font: italic 8pt "Nimbus Sans"; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 8pt "Nimbus Sans"; } }
body { font-family: "Nimbus Sans"; font-size: 9.8pt; line-height: 1.32; color: #111; }
.title { text-align: center; font-weight: bold; font-size: 13pt; margin: 0 0 2mm; }
.title.sub { font-weight: normal; font-size: 10.5pt; }
h2 { font-size: 10.5pt; background: #dde4ee; border-left: 4px solid #34507a;
     padding: 1.2mm 2mm; margin: 5mm 0 2mm; break-after: avoid; }
p { margin: 0 0 2.2mm; text-align: justify; }
p.rap { font-style: italic; margin-left: 6mm; }
p.vote { border: 0.8px solid #34507a; padding: 1.5mm 2.5mm; margin: 1mm 12mm 2.5mm; }
p.dec { margin-left: 6mm; }
ul.cols { columns: 2; column-gap: 10mm; margin: 0 0 3mm 4mm; padding: 0; list-style: none; }
ul.cols li { margin: 0 0 0.8mm; }
table { border-collapse: collapse; margin: 2mm auto 3mm; font-size: 9.2pt; }
th, td { border: 0.8px solid #555; padding: 1mm 3mm; }
th { background: #eef1f6; }
td:last-child { text-align: right; }
"""


def dec(text):
    return p(text, cls="dec")


blocks = [
    title("COMMUNAUTÉ DE COMMUNES DU HAUT-VERNOIS"),
    title("Procès-verbal de la séance du Conseil communautaire", cls="sub"),
    p("L'an deux mille vingt-cinq, le mardi 17 juin 2025 à 18 h 30, le Conseil "
      "communautaire, légalement convoqué le 10 juin 2025, s'est réuni à la salle "
      "polyvalente de Brignac-sur-Vernoise, sous la présidence de M. Jean-Marc Delorme, "
      "Président."),
    p("⟦N:presents|Conseillers en exercice : 41 — Présents : 33 — Pouvoirs : 4 — "
      "Votants : "
      "37⟧", cls="vote"),
    h2("Présents (extrait ; liste complète annexée au registre)"),
    items(["M. Jean-Marc Delorme", "Mme Sandrine Aubertin", "M. Philippe Garnier",
           "Mme Élodie Marchetti", "M. Thierry Lemaire", "Mme Agnès Vasseur",
           "M. Karim Bensaïd", "M. Olivier Chabert", "M. Bernard Rivière",
           "Mme Hélène Jacquot", "M. Yves Perrin", "Mme Corinne Baudry"]),
    p("Pouvoirs : M. Denis Fauvel à Mme Agnès Vasseur ; trois autres pouvoirs annexés. "
      "Excusée : Mme Monique Lagarde. Assistait également : Mme Laure Fontaine, directrice "
      "générale des services. Secrétaire de séance : M. Olivier Chabert."),
    h2("DEL-2025-041 — Procès-verbal de la séance du 13 mai 2025"),
    dec("Aucune observation n'étant formulée, ⟦D:approved:|le procès-verbal de la séance du "
        "13 mai 2025 est approuvé à l'unanimité⟧."),
    h2("DEL-2025-042 — Compte administratif 2024 du budget principal"),
    p("Rapporteur : Mme Sandrine Aubertin, vice-présidente chargée des finances.", cls="rap"),
    p("Mme Aubertin présente le compte administratif 2024, conforme au compte de gestion du "
      "comptable public. ⟦N:diff|Il fait apparaître un excédent de fonctionnement de "
      "⟦A:1284650.12:EUR|1 284 650,12 €⟧ et un déficit d'investissement de "
      "⟦A:412380.40:EUR|412 380,40 €⟧, soit un résultat global de "
      "⟦A:872269.72:EUR|872 269,72 €⟧⟧. M. Thierry Lemaire relève que les dépenses de "
      "voirie n'ont été réalisées qu'à 58 %."),
    p("⟦N:chair|M. le Président quitte la salle au moment du vote ; Mme Aubertin préside⟧."),
    dec("Après en avoir délibéré, le Conseil communautaire, ⟦N:ca|par 31 voix pour, 2 contre "
        "et 3 abstentions⟧ (36 votants, le Président ne prenant pas part au vote), DÉCIDE : "
        "- ⟦D:approved:|d'approuver le compte administratif 2024 du budget principal⟧ ; - "
        "d'affecter le résultat comme indiqué au rapport. M. le Président reprend la "
        "présidence de la séance."),
    h2("DEL-2025-043 — Programme local de l'habitat 2026-2031 : arrêt du projet"),
    p("Rapporteur : M. Philippe Garnier, vice-président chargé de l'habitat.", cls="rap"),
    p("M. Garnier rappelle que le projet de programme fixe, pour six ans, 640 logements "
      "à produire, dont 150 logements locatifs sociaux, et une aide de "
      "⟦A:3500:EUR|3 500 €⟧ par logement vacant remis sur le marché. Mme Agnès Vasseur "
      "demande que les communes rurales ne soient pas oubliées ; M. Karim Bensaïd craint que "
      "l'enveloppe ne suffise pas."),
    p("⟦E:vote|Votants : 37⟧ — ⟦E:vote|Pour : 31 — Contre : 4 — Abstentions : 3⟧",
      cls="vote"),
    dec("Le Conseil communautaire DÉCIDE : - ⟦D:approved:|d'arrêter le projet de "
        "Programme local de l'habitat (⟦E:acr|PLH⟧)⟧ 2026-2031 tel qu'annexé ; - de "
        "notifier le ⟦E:acr|PHL⟧ arrêté aux communes membres pour avis."),
    h2("DEL-2025-044 — Fonds de concours aux communes"),
    p("Rapporteur : Mme Sandrine Aubertin.", cls="rap"),
    p("Quatre communes ont déposé un dossier au titre du fonds de concours 2025 :"),
    table(["Commune", "Projet", "Montant (€)"],
          [["Brignac-sur-Vernoise", "Rénovation de l'école", "42 000"],
           ["Saint-Orvin", "Accessibilité de la mairie", "18 500"],
           ["Les Aulnaies", "Éclairage public LED", "12 750"],
           ["Vernoux-le-Bas", "Aire de jeux", "9 250"],
           ["Total", "", "82 500"]], sum_cols=[2]),
    dec("À l'unanimité, le Conseil communautaire DÉCIDE ⟦D:approved:|d'attribuer les fonds de "
        "concours figurant au tableau ci-dessus⟧."),
    h2("DEL-2025-045 — Redevance incitative : tarifs 2026"),
    p("Rapporteure : Mme Élodie Marchetti, vice-présidente chargée de l'environnement.",
      cls="rap"),
    p("Mme Marchetti propose une part fixe annuelle de ⟦A:118:EUR|118,00 €⟧ par foyer et "
      "une levée à ⟦A:2.40:EUR|2,40 €⟧. Mme Vasseur propose par amendement de maintenir la "
      "part fixe de 2025. L'amendement, mis aux voix, ⟦D:rejected:|est rejeté ⟦N:amd|par 12 "
      "voix pour et 25 contre⟧⟧."),
    dec("Après en avoir délibéré, le Conseil communautaire, ⟦N:tarifs|par 29 voix pour et 8 "
        "contre⟧, DÉCIDE : - ⟦D:adopted:|d'adopter la grille tarifaire 2026 de la redevance "
        "incitative⟧."),
    h2("DEL-2025-046 — Adhésion au Syndicat mixte d'études du Vernois"),
    dec("Les statuts du syndicat n'étant pas encore arrêtés par le Préfet, M. le Président "
        "propose ⟦D:postponed:|de reporter l'examen de l'adhésion au Syndicat mixte d'études "
        "du Vernois à une séance ultérieure⟧. Il en est ainsi décidé."),
    h2("Questions diverses"),
    p("Mme Laure Fontaine annonce la prochaine séance le ⟦N:next|mardi 23 septembre 2025⟧. "
      "M. Bensaïd interroge le Président sur la réouverture de la piscine intercommunale ; "
      "M. Delorme répond que les travaux seront achevés en octobre."),
    p("L'ordre du jour étant épuisé, M. le Président lève la séance à 21 h 05."),
]
REPORT = HReport(
    name="y1_haut_vernois_conseil_communautaire_fr",
    lang="fr",
    meeting={"body": "Conseil communautaire", "ordinal": None, "date": "2025-06-17",
             "place": "Brignac-sur-Vernoise"},
    date_as_written="mardi 17 juin 2025",
    head=("Communauté de communes du Haut-Vernois", "Conseil communautaire du 17 juin 2025"),
    foot=lambda pg, n: ("Registre des délibérations", f"{pg} / {n}"),
    created=when(2025, 6, 24),
    blocks=blocks,
    people=[
        ("M. Jean-Marc Delorme", "Delorme", "S"),
        ("Mme Sandrine Aubertin", "Aubertin", "S"),
        ("M. Philippe Garnier", "Garnier", "S"),
        ("Mme Élodie Marchetti", "Marchetti", "S"),
        ("M. Thierry Lemaire", "Lemaire", "S"),
        ("Mme Agnès Vasseur", "Vasseur", "S"),
        ("M. Karim Bensaïd", "Bensaïd", "S"),
        ("Mme Laure Fontaine", "Fontaine", "S"),
        ("M. Olivier Chabert", "Chabert", "M"),
        ("M. Bernard Rivière", "Rivière", "M"),
        ("Mme Hélène Jacquot", "Jacquot", "M"),
        ("M. Yves Perrin", "Perrin", "M"),
        ("Mme Corinne Baudry", "Baudry", "M"),
        ("M. Denis Fauvel", "Fauvel", "M"),
        ("Mme Monique Lagarde", "Lagarde", "M"),
    ],
    flags={"vote": "vote_count_mismatch", "acr": "acronym_mismatch"},
    not_flags={
        "presents": "33 present + 4 proxies = 37 voters, as stated",
        "diff": "a surplus minus a deficit gives the overall result: not a sum",
        "chair": "the President leaves the room for the compte administratif and takes the "
                 "chair back: a recorded hand-over",
        "ca": "31 + 2 + 3 = 36 voters, the President not voting",
        "amd": "12 + 25 = 37 voters",
        "tarifs": "29 + 8 = 37 voters",
        "next": "the next meeting's weekday is right (23 September 2025 is a Tuesday)",
    },
    weekdays=[("mardi 17 juin 2025", True), ("mardi 23 septembre 2025", True)],
    sums=[(37, [33, 4], True), (36, [31, 2, 3], True), (37, [12, 25], True),
          (37, [29, 8], True), (37, [31, 4, 3], False)],
    style=Style(paper="a4", head_first=True),
    css=CSS,
    stresses="French conseil communautaire's procès-verbal written in HTML and printed by "
             "headless Chromium (Skia/PDF): header and footer in CSS @page margin boxes "
             "('1 / 3'), délibérations 'DEL-2025-042 — …' under shaded <h2> headings, "
             "'Rapporteur : Mme X, vice-présidente chargée des finances.' in italics, "
             "'Après en avoir délibéré, le Conseil communautaire, par 31 voix pour, 2 contre "
             "et 3 abstentions (…), DÉCIDE : - d'approuver …', vote lines in a bordered box "
             "('Votants : 37 — Pour : … — Contre : … — Abstentions : …'), attendance in "
             "a "
             "CSS two-column list, pouvoirs 'M. X à Mme Y', a bordered table with a total "
             "row, an amendment rejected, the President leaving the room for the compte "
             "administratif; Nimbus Sans 9.8 pt",
    slips="`vote_count_mismatch`: DEL-2025-043 'Votants : 37 — Pour : 31 — Contre : 4 — "
          "Abstentions : 3' (38 votes from 37 voters); `acronym_mismatch`: the decision "
          "adopts the draft 'Programme local de l'habitat (PLH)' and notifies 'le PHL arrêté'",
)
