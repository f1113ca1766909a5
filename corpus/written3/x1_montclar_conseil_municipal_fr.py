"""Written held-out report x1 (scanned): the compte rendu of a small French commune's conseil
municipal, typed, printed and scanned: 'réuni à la mairie sous la présidence de M. le Maire',
'Présents / Pouvoirs / Excusé / Absente', 'Point n° 3 :' items each a 'Délibération n°
2025-0xx' closed by 'ADOPTÉ 9 voix pour, 4 abstentions', 'Une décision modificative a été
prise pour payer les 8.024€', questions diverses where councillors 'prennent la parole';
planted vote-count slip (13 votants: 9 pour, 5 abstentions)."""
from corpus.heldout.markup import when
from corpus.written.blocks import gap, h1, p, title
from corpus.written.render import WReport
from corpus.written3.render3 import Style3

blocks = [
    title("COMMUNE DE MONTCLAR-SUR-OURCE", size=13.5, after=0.4),
    title("Département de la Côte-d'Or — Arrondissement de Montbard", size=9.5, bold=False,
          after=5),
    title("COMPTE RENDU DE LA SÉANCE DU CONSEIL MUNICIPAL", size=12, after=0.6),
    title("du mardi 14 octobre 2025", size=11, bold=False, after=5),
    p("L'an deux mille vingt-cinq, le quatorze octobre à vingt heures, le Conseil municipal "
      "de la commune de Montclar-sur-Ource, légalement convoqué le 7 octobre 2025, s'est "
      "réuni à la mairie sous la présidence de M. le Maire, M. Bernard VAILLOT."),
    p("**Présents :** M. Bernard VAILLOT, Maire, Mme Odile FRÉMIOT, M. Gérard PONSOT, "
      "adjoints, Mme Chantal LIÉGEARD, M. Yannick BOURDOT, Mme Sandrine CHAPUIS, M. Lucien "
      "GAUTHEY, Mme Nadège ROUSSOTTE, M. Franck DEMONGEOT, Mme Aurélie MOINGEON, M. Julien "
      "PERNOT.\n"
      "**Pouvoirs :** M. Alain THÉVENOT à M. Gérard PONSOT ; Mme Isabelle GRAPIN à Mme Odile "
      "FRÉMIOT.\n"
      "**Excusé :** M. Patrice JOBARD. **Absente :** Mme Marine COLLARDOT.\n"
      "**Secrétaire de séance :** Mme Aurélie MOINGEON.", after=1.5),
    p("Membres en exercice : 15 — Présents : 11 — ⟦N:votants|Votants : 13⟧."),
    h1("Point n° 1 : Approbation du compte rendu de la séance précédente"),
    p("⟦D:approved:|Le compte rendu de la séance du 9 septembre 2025 est approuvé à "
      "l'unanimité⟧, sans observation."),
    h1("Point n° 2 : Délibération n° 2025-031 — Décision modificative n° 2"),
    p("M. PONSOT, adjoint chargé des finances, rappelle que les factures de déneigement de "
      "l'hiver dernier n'étaient pas inscrites au budget primitif. Après en avoir délibéré, "
      "⟦D:adopted:|une décision modificative a été prise pour payer les "
      "⟦A:8024:EUR|8.024€⟧⟧ par virement du compte 022 (dépenses imprévues) au compte "
      "61521 (entretien de terrains)."),
    p("**ADOPTÉ à l'unanimité.**"),
    h1("Point n° 3 : Délibération n° 2025-032 — Tarifs de la salle des fêtes 2026"),
    p("Mme FRÉMIOT présente les tarifs proposés par la commission des bâtiments. "
      "⟦N:lastyear|Les tarifs 2025 avaient été adoptés l'an dernier⟧ sans hausse ; le "
      "chauffage de la salle a depuis coûté ⟦A:2310:EUR|2 310 €⟧ de plus. Il est proposé "
      "au conseil ⟦D:approved:|d'approuver les tarifs de location de la salle des fêtes "
      "pour 2026⟧ : ⟦A:180:EUR|180 €⟧ le week-end pour les habitants de la commune, "
      "⟦A:320:EUR|320 €⟧ pour les personnes extérieures, caution de "
      "⟦A:500:EUR|500 €⟧."),
    p("**ADOPTÉ ⟦N:vote9|9 voix pour, 4 abstentions⟧.**"),
    h1("Point n° 4 : Délibération n° 2025-033 — Subvention à l'association « Les Amis de "
       "l'école »"),
    p("Le Maire propose ⟦D:approved:|d'attribuer une subvention exceptionnelle de "
      "⟦A:1500:EUR|1 500 €⟧ à l'association « Les Amis de l'école »⟧ pour la classe de "
      "découverte des élèves de CM1-CM2. M. DEMONGEOT demande que la subvention soit "
      "conditionnée à la présentation du budget du séjour ; le Maire en prend acte."),
    p("**ADOPTÉ — 13 votants : ⟦E:votes|9 pour, 5 abstentions⟧.**"),
    h1("Point n° 5 : Délibération n° 2025-034 — Travaux de voirie, route de Vanvey"),
    p("Trois entreprises ont répondu à la consultation. Sur proposition de la commission "
      "des travaux, le conseil municipal décide ⟦D:approved:|de retenir l'offre de "
      "l'entreprise Roux TP pour un montant de ⟦A:46380:EUR|46 380,00 € HT⟧⟧ et "
      "autorise le Maire à solliciter la dotation d'équipement des territoires ruraux "
      "(DETR) au taux de 30 %."),
    p("**ADOPTÉ à l'unanimité.**"),
    h1("Point n° 6 : Extinction de l'éclairage public la nuit"),
    p("M. DEMONGEOT prend la parole pour proposer d'éteindre l'éclairage public de 23 h à "
      "5 h, comme les communes voisines, soit une économie estimée à "
      "⟦A:3900:EUR|3 900 €⟧ par an. Plusieurs conseillers craignent pour la sécurité du "
      "hameau des Granges. Mise aux voix, ⟦D:rejected:|la proposition est REJETÉE⟧ : "
      "⟦N:vote4|4 voix pour, 9 contre⟧."),
    h1("Point n° 7 : Questions diverses"),
    p("Mme CHAPUIS prend la parole au sujet du ramassage scolaire : le car du matin passe "
      "trop tôt aux Granges depuis la rentrée. Le Maire écrira au service des transports "
      "de la Région."),
    p("M. BOURDOT prend la parole pour signaler un nid-de-poule dangereux rue du Lavoir ; "
      "l'employé communal le rebouchera la semaine prochaine."),
    p("Mme LIÉGEARD informe le conseil que le repas des aînés aura lieu le dimanche 30 "
      "novembre 2025 à la salle des fêtes."),
    p("L'ordre du jour étant épuisé, la séance est levée à 22 h 10."),
    gap(6),
    p("Le Maire,                                        La secrétaire de séance,", after=0),
    p("Bernard VAILLOT                                  Aurélie MOINGEON", after=0),
]
REPORT = WReport(
    name="x1_montclar_conseil_municipal_fr",
    lang="fr",
    meeting={"body": "Conseil municipal", "ordinal": None, "date": "2025-10-14",
             "place": "Montclar-sur-Ource"},
    date_as_written="mardi 14 octobre 2025",
    head=("Commune de Montclar-sur-Ource", "Conseil municipal du 14/10/2025"),
    foot=lambda pg, n: ("Affiché en mairie le 17 octobre 2025", f"Page {pg}/{n}"),
    created=when(2025, 10, 17),
    blocks=blocks,
    people=[
        ("M. Bernard VAILLOT", "VAILLOT", "S"),
        ("Mme Odile FRÉMIOT", "FRÉMIOT", "S"),
        ("M. Gérard PONSOT", "PONSOT", "S"),
        ("M. Franck DEMONGEOT", "DEMONGEOT", "S"),
        ("Mme Sandrine CHAPUIS", "CHAPUIS", "S"),
        ("M. Yannick BOURDOT", "BOURDOT", "S"),
        ("Mme Chantal LIÉGEARD", "LIÉGEARD", "S"),
        ("M. Lucien GAUTHEY", "GAUTHEY", "M"),
        ("Mme Nadège ROUSSOTTE", "ROUSSOTTE", "M"),
        ("Mme Aurélie MOINGEON", "MOINGEON", "M"),
        ("M. Julien PERNOT", "PERNOT", "M"),
        ("M. Alain THÉVENOT", "THÉVENOT", "M"),
        ("Mme Isabelle GRAPIN", "GRAPIN", "M"),
        ("M. Patrice JOBARD", "JOBARD", "M"),
        ("Mme Marine COLLARDOT", "COLLARDOT", "M"),
    ],
    flags={"votes": "vote_count_mismatch"},
    not_flags={
        "votants": "11 present + 2 proxies = 13 voters, as stated",
        "vote9": "9 + 4 = 13 voters",
        "vote4": "4 + 9 = 13 voters",
        "lastyear": "the 2025 rates recalled as adopted last year under the 2026 rates "
                    "heading: not a year slip",
    },
    weekdays=[("mardi 14 octobre 2025", True), ("dimanche 30 novembre 2025", True)],
    sums=[(13, [11, 2], True), (13, [9, 4], True), (13, [4, 9], True),
          (13, [9, 5], False)],
    style=Style3(paper="a4", font="serif-bi", body_size=10.5, leading=1.35, left=24.0,
                 right=20.0, top=24.0, bottom=22.0, justify=True, heading="plain"),
    stresses="small French commune's compte rendu, printed and scanned (200 dpi grey, "
             "turned under 1°, specks; image-only PDF: only OCR reads it): 'réuni à la "
             "mairie sous la présidence de M. le Maire', 'Présents / Pouvoirs : X à Y / "
             "Excusé / Absente / Secrétaire de séance', 'Point n° 3 : Délibération n° "
             "2025-032 — …' headings in bold italics, 'Il est proposé au conseil "
             "d'approuver …' closed by a separate bold line 'ADOPTÉ 9 voix pour, 4 "
             "abstentions', 'une décision modificative a été prise pour payer les "
             "8.024€', a proposal 'REJETÉE', questions diverses where councillors 'prennent "
             "la parole'; DejaVu Serif, A4, narrow margins, footer with the posting date",
    slips="`vote_count_mismatch`: 'ADOPTÉ — 13 votants : 9 pour, 5 abstentions' (14 votes "
          "from 13 voters; the gold quotes the tally)",
)
