"""Written held-out report x2: the compte rendu of a parents' association's committee
meeting held by videoconference, in two columns: the association 'régie par la loi du 1er
juillet 1901' in the letterhead, people by first name only, dialogue lines with a dash ('—
Sophie : …'), votes by show of hands, amounts '1 250 €'; planted sum slip (the kermesse and
the cake sale do not add up to the total stated)."""
from corpus.heldout.markup import when
from corpus.written.blocks import WBlock, h1, p, table, title
from corpus.written.render import WReport
from corpus.written3.render3 import Style3


def d(text):   # a dialogue line: a dash, the first name, a colon, the words (hanging indent)
    return p(text, first=-4.0, indent=4.0, after=1.3)


blocks = [
    WBlock("full"),
    title("APE des Tilleuls", size=15, after=0.4),
    title("Association des parents d'élèves de l'école des Tilleuls, Vernoux-en-Vivarais — "
          "association régie par la ⟦N:loi|loi du 1er juillet 1901⟧", size=8.5, bold=False,
          italic=True, after=4),
    title("Compte rendu de la réunion du bureau", size=12, after=0.5),
    title("jeudi 20 novembre 2025, 20 h 30, en visioconférence", size=10.5, bold=False,
          after=4),
    WBlock("columns"),
    p("**Connectés :** Sophie (présidente), Mathieu (vice-président), Karim (trésorier), "
      "Élodie (secrétaire), Nadia, Thomas, Léa.\n"
      "**Excusés :** Julien (pouvoir à Sophie), Camille.", after=2.5),
    p("Sophie ouvre la réunion à 20 h 35 ; 7 membres du bureau sont connectés, Julien a "
      "donné pouvoir : ⟦N:votes8|8 voix⟧ pour les votes."),
    h1("1. Compte rendu de la réunion précédente"),
    p("⟦D:approved:|Le compte rendu de la réunion du 16 octobre 2025 est approuvé⟧ ; "
      "⟦N:otherdate|il fixait la bourse aux livres au samedi 8 novembre 2025⟧, qui s'est "
      "bien tenue à cette date."),
    h1("2. Bilan de la bourse aux livres et de la kermesse"),
    d("— Karim : La bourse aux livres a rapporté ⟦A:412:EUR|412 €⟧ et la kermesse de juin "
      "⟦A:1840:EUR|1 840 €⟧, soit ⟦E:sum|⟦A:2352:EUR|2 352 €⟧⟧ de recettes pour les deux."),
    d("— Nadia : La buvette de la kermesse a mieux marché que l'an passé, il faudra deux "
      "tireuses."),
    d("— Sophie : On garde la même date, le dernier samedi de juin."),
    p("Karim présente le budget prévisionnel de l'année scolaire, qui reprend les postes "
      "de l'an passé :"),
    table(["Poste", "Prévu\n2025-2026 (€)"],
          [["Kermesse (stands, lots,\nbuvette)", "1 900"],
           ["Bourse aux livres", "400"],
           ["Marché de Noël", "650"],
           ["Cotisations des familles\n(8 € x 95 familles)", "760"],
           ["Total des recettes", "3 710"]],
          widths=[55.0, 30.0], aligns="LR", sum_cols=[1]),
    p("⟦D:approved:|Le budget prévisionnel 2025-2026 est approuvé à l'unanimité⟧."),
    h1("3. Achat de matériel pour la classe de neige"),
    p("Les enseignants de CM2 demandent une participation de l'APE au séjour de février : "
      "vingt paires de raquettes et des luges pour ⟦A:1250:EUR|1 250 €⟧."),
    d("— Thomas : Les raquettes serviront aussi aux sorties de printemps, ce n'est pas une "
      "dépense pour une seule classe."),
    d("— Léa : Je préférerais une participation au prix du car, qui profite à toutes les "
      "familles."),
    d("— Karim : La trésorerie le permet : il reste ⟦A:3460:EUR|3 460 €⟧ sur le compte "
      "courant après la rentrée."),
    p("Vote à main levée : ⟦N:hands|6 pour, 1 contre, 1 abstention⟧. "
      "⟦D:approved:|Le bureau approuve l'achat des raquettes et des luges⟧ demandées par les enseignants."),
    h1("4. Marché de Noël"),
    p("Élodie présente l'organisation du marché de Noël du samedi 13 décembre 2025 : "
      "douze stands, vin chaud et chocolat. Le bureau ⟦D:agreed:|convient de demander un "
      "stand gratuit à la mairie⟧ plutôt que de payer l'emplacement de "
      "⟦A:60:EUR|60 €⟧."),
    h1("5. Photos de classe"),
    d("— Élodie : Le photographe de l'an dernier propose le même tarif, "
      "⟦A:9.5:EUR|9,50 €⟧ la pochette, et reverse ⟦A:1.2:EUR|1,20 €⟧ par pochette vendue "
      "à l'APE."),
    d("— Nadia : Plusieurs parents ont trouvé les photos de groupe trop sombres ; on "
      "pourrait demander un devis à un autre photographe de Lamastre."),
    d("— Thomas : Je m'en occupe, j'apporterai deux devis à la prochaine réunion."),
    p("⟦D:postponed:|Le choix du photographe est reporté à la réunion de janvier⟧, en "
      "attendant le second devis."),
    h1("6. Cotisation 2026"),
    d("— Mathieu : Je propose de passer la cotisation de ⟦A:8:EUR|8 €⟧ à ⟦A:10:EUR|10 €⟧ par famille."),
    d("— Sophie : Beaucoup de familles ont deux ou trois enfants à l'école ; ⟦A:2:EUR|deux euros⟧ de plus, "
      "c'est beaucoup pour elles."),
    p("Vote à main levée : 2 pour, 6 contre. ⟦D:rejected:|La hausse de la cotisation est "
      "refusée⟧ ; elle reste inchangée."),
    h1("7. Sortie de fin d'année"),
    p("Léa a demandé deux devis de car pour emmener les trois classes au Parc des "
      "Gorges de l'Ardèche en juin : ⟦A:1480:EUR|1 480 €⟧ et ⟦A:1395:EUR|1 395 €⟧."),
    d("— Sophie : L'APE a toujours pris en charge le car, les familles paient l'entrée "
      "du parc."),
    d("— Karim : Avec le budget voté, on peut le faire sans toucher aux réserves."),
    p("À l'unanimité, ⟦D:approved:|le bureau décide de retenir le devis le moins cher pour "
      "le car de la sortie de fin d'année⟧ ; Léa confirmera la réservation."),
    h1("8. Questions diverses"),
    p("Thomas signale que le portail de la cour ferme mal ; Élodie écrira à la mairie. La "
      "prochaine réunion du bureau aura lieu le mardi 13 janvier 2026 en visioconférence."),
    p("⟦N:chair|Sophie ayant dû quitter la réunion à 21 h 40, la séance est levée par le "
      "vice-président, Mathieu⟧, à 21 h 55."),
    p("Pour le bureau, Élodie, secrétaire.", italic=True),
]
REPORT = WReport(
    name="x2_ape_tilleuls_bureau_fr",
    lang="fr",
    meeting={"body": "Bureau", "ordinal": None, "date": "2025-11-20", "place": None},
    date_as_written="jeudi 20 novembre 2025",
    head=("APE des Tilleuls", "Bureau du 20 novembre 2025"),
    foot=lambda pg, n: ("ape.tilleuls@exemple.fr", f"{pg} / {n}"),
    created=when(2025, 11, 23),
    blocks=blocks,
    people=[
        ("Sophie", "Sophie", "S"),
        ("Mathieu", "Mathieu", "S"),
        ("Karim", "Karim", "S"),
        ("Élodie", "Élodie", "S"),
        ("Nadia", "Nadia", "S"),
        ("Thomas", "Thomas", "S"),
        ("Léa", "Léa", "S"),
        ("Julien", "Julien", "M"),
        ("Camille", "Camille", "M"),
    ],
    flags={"sum": "sum_mismatch"},
    not_flags={
        "loi": "the association's founding law (1 July 1901) is not the meeting date",
        "otherdate": "the book fair's date in the earlier meeting's minutes is another "
                     "event's, not a contradiction of that meeting's date",
        "votes8": "7 connected + 1 proxy = 8 votes",
        "hands": "6 + 1 + 1 = 8 votes",
        "budget": ("the budget table sums to its total row", ["3 710"]),
        "chair": "the president having left, the vice-president closes the meeting: not a "
                 "chair slip",
    },
    weekdays=[("jeudi 20 novembre 2025", True), ("samedi 8 novembre 2025", True),
              ("samedi 13 décembre 2025", True), ("mardi 13 janvier 2026", True)],
    sums=[(2352, [412, 1840], False), (3710, [1900, 400, 650, 760], True), (8, [7, 1], True), (8, [6, 1, 1], True),
          (8, [2, 6], True)],
    style=Style3(paper="a4", font="sans-bi", body_size=10.0, leading=1.3, left=16.0,
                 right=16.0, top=26.0, bottom=20.0, justify=False, heading="plain",
                 columns=2, gutter=8.0, band=True),
    stresses="a parents' association committee meeting held by videoconference, in two "
             "columns (title across both): 'association régie par la loi du 1er juillet "
             "1901' in the letterhead, 'Connectés :' / 'Excusés : Julien (pouvoir à "
             "Sophie)', people by first name only, dialogue lines '— Karim : …' with a "
             "hanging indent, a ruled budget table in a column, long cells wrapped over two "
             "lines, total row; votes by show of hands ('Vote à main levée : 6 pour, 1 "
             "contre, 1 abstention'), amounts '1 250 €', a refused proposal, 'le bureau "
             "convient de …', the vice-president closing the meeting; A4, DejaVu Sans 10 "
             "pt ragged right, bold-oblique headings, running header in a framed grey band, "
             "narrow margins",
    slips="`sum_mismatch`: '412 €' and '1 840 €', 'soit 2 352 € de recettes' (they add up "
          "to 2 252 €)",
)
