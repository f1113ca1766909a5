"""Written held-out report 4: the general assembly of a French heritage association,
'Présents / Représentés (pouvoir à) / Excusés', votes with counts, a budget table with
space thousands and comma decimals; planted vote-count slip (32 votes cast by 31 members
present or represented)."""
from corpus.heldout.markup import when
from corpus.written.blocks import Style, gap, h1, p, table, title
from corpus.written.render import WReport

blocks = [
    title("Association des Amis du Moulin de Brévannes", size=12, bold=False, italic=True,
          after=0.6),
    title("Association loi 1901 – Moulin de la Prée, 21510 Brévannes-sur-Ource", size=8.5,
          bold=False, after=5),
    title("PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE", size=13, after=1),
    title("du ⟦N:wd|samedi 23 mars 2024⟧", size=11, bold=False, after=5),
    p("L'assemblée générale ordinaire de l'association s'est réunie le samedi 23 mars 2024 "
      "à 14 h 30, salle des fêtes de Brévannes-sur-Ource, sur convocation adressée par "
      "courriel et par courrier le 1er mars 2024 à chacun des 112 membres à jour de leur "
      "cotisation."),
    p("**Présents :** ⟦N:quorum|23 membres⟧, dont les membres du conseil d'administration "
      "suivants : Mme Odile Fournier-Camus (présidente), M. Thierry Ballandras "
      "(trésorier), Mme Hélène Roussillon (secrétaire), M. Gaëtan Le Borgne et Mme Yasmina "
      "Benali (feuille d'émargement annexée).", after=1),
    p("**Représentés :** ⟦N:quorum|8 membres⟧, dont M. Pierre-Yves Marchetti (pouvoir à "
      "Mme Fournier-Camus) et Mme Agnès Delpech (pouvoir à M. Ballandras), les six autres "
      "pouvoirs étant annexés.", after=1),
    p("**Excusés :** M. Lucien Grandjean, Mme Colette Amblard.", after=2),
    p("Le quorum statutaire (le quart des membres, soit 28) est atteint avec "
      "⟦N:quorum|31 membres présents ou représentés⟧ ; l'assemblée peut valablement "
      "délibérer. La présidente ouvre la séance à 14 h 40 ; Mme Hélène Roussillon est "
      "désignée secrétaire de séance."),
    h1("1. Rapport moral de la présidente"),
    p("Mme Odile Fournier-Camus rappelle les temps forts de l'année 2023 : la remise en eau "
      "du bief au printemps, les Journées du patrimoine (412 visiteurs) et le chantier de "
      "bénévoles d'août qui a permis de remonter la roue à aubes. Elle remercie la commune "
      "et le département pour leur soutien. M. Gaëtan Le Borgne souligne que le nombre "
      "d'adhérents est passé de 97 à 112."),
    p("Mis aux voix, ⟦D:adopted:|le rapport moral est adopté à l'unanimité⟧ des 31 "
      "votants."),
    h1("2. Rapport financier et approbation des comptes 2023"),
    p("Le trésorier, M. Thierry Ballandras, présente les comptes de l'exercice 2023 : les "
      "recettes s'élèvent à ⟦N:res|⟦A:18642.30:EUR|18 642,30 €⟧⟧ et les dépenses à "
      "⟦N:res|⟦A:17391.80:EUR|17 391,80 €⟧⟧, soit un excédent de "
      "⟦N:res|⟦A:1250.50:EUR|1 250,50 €⟧⟧, qu'il propose d'affecter au fonds de "
      "restauration de la roue. La trésorerie au 31 décembre 2023 est de "
      "⟦A:9874.15:EUR|9 874,15 €⟧. Mme Yasmina Benali demande pourquoi l'assurance a "
      "augmenté ; le trésorier répond que la roue est désormais assurée pour sa valeur "
      "à neuf."),
    p("Mis aux voix, ⟦D:approved:|les comptes de l'exercice 2023 sont approuvés⟧ : "
      "⟦E:vote|pour 27, contre 3, abstentions 2⟧. ⟦D:approved:|L'affectation de "
      "l'excédent est approuvée⟧ à l'unanimité."),
    h1("3. Budget prévisionnel 2024"),
    p("Le trésorier présente le budget prévisionnel 2024, équilibré à "
      "⟦A:20150:EUR|20 150,00 €⟧ :"),
    table(["Recettes (en €)", "Réalisé 2023", "Budget 2024"],
          [["Cotisations", "2 240,00", "2 400,00"],
           ["Subvention de la commune", "1 500,00", "1 500,00"],
           ["Subvention du département", "5 000,00", "5 500,00"],
           ["Visites, animations et boutique", "8 902,30", "9 500,00"],
           ["Dons", "1 000,00", "1 250,00"],
           ["Total", "18 642,30", "20 150,00"]],
          [76.0, 45.0, 45.0], "LRR", rules="none", sum_cols=[1, 2]),
    p("Mme Agnès Delpech ayant donné pouvoir, son vote est exprimé par le trésorier. "
      "Mis aux voix, ⟦D:adopted:|le budget prévisionnel 2024 est adopté⟧ par 29 voix pour "
      "et 2 abstentions."),
    h1("4. Montant de la cotisation 2025"),
    p("Le conseil d'administration propose de porter la cotisation individuelle de "
      "⟦A:20:EUR|20 €⟧ à ⟦A:25:EUR|25 €⟧ à compter du 1er janvier 2025. Plusieurs membres "
      "jugent la hausse trop forte pour les familles. Mis aux voix, "
      "⟦D:rejected:|la proposition d'augmenter la cotisation est rejetée⟧ par 12 voix "
      "pour et 19 contre ; la cotisation reste inchangée."),
    h1("5. Renouvellement du conseil d'administration"),
    p("Le mandat de M. Gaëtan Le Borgne arrive à échéance ; il se représente. La candidature "
      "de Mme Élodie Sarrazin-Peyre a été reçue par courrier. Le vote a lieu à bulletin secret. "
      "⟦D:approved:|M. Gaëtan Le Borgne et Mme Élodie Sarrazin-Peyre sont élus au conseil "
      "d'administration⟧ à l'unanimité des votants."),
    h1("6. Projet de passe à poissons"),
    p("M. Thierry Ballandras présente le devis de l'étude préalable de la passe à poissons "
      "demandée par l'Office français de la biodiversité, d'un montant de "
      "⟦A:6480:EUR|6 480 € TTC⟧. L'agence de l'eau pourrait en financer 80 %. Faute du "
      "second devis, ⟦D:postponed:|la décision sur l'étude de la passe à poissons est "
      "reportée⟧ à une assemblée générale extraordinaire à l'automne."),
    h1("7. Questions diverses"),
    p("Aucune question n'ayant été déposée, la présidente lève la séance à 17 h 05 et "
      "invite les membres au verre de l'amitié."),
    gap(6),
    p("La présidente, Odile Fournier-Camus                  La secrétaire, Hélène "
      "Roussillon", after=0),
]
REPORT = WReport(
    name="w4_amis_moulin_ag_fr",
    lang="fr",
    meeting={"body": "Assemblée générale ordinaire", "ordinal": None, "date": "2024-03-23",
             "place": "Brévannes-sur-Ource"},
    date_as_written="samedi 23 mars 2024",
    head=("Amis du Moulin de Brévannes", "AG ordinaire du 23 mars 2024"),
    foot=lambda pg, n: ("PV approuvé par le conseil d'administration du 6 avril 2024",
                        f"{pg}/{n}"),
    created=when(2024, 4, 8),
    blocks=blocks,
    people=[
        ("Mme Odile Fournier-Camus", "Fournier-Camus", "S"),
        ("M. Thierry Ballandras", "Ballandras", "S"),
        ("Mme Hélène Roussillon", "Roussillon", "M"),
        ("M. Gaëtan Le Borgne", "Le Borgne", "S"),
        ("Mme Yasmina Benali", "Benali", "S"),
        ("Mme Élodie Sarrazin-Peyre", "Sarrazin-Peyre", "M"),
        ("M. Pierre-Yves Marchetti", "Marchetti", "M"),
        ("Mme Agnès Delpech", "Delpech", "M"),
        ("M. Lucien Grandjean", "Grandjean", "M"),
        ("Mme Colette Amblard", "Amblard", "M"),
    ],
    flags={"vote": "vote_count_mismatch"},
    not_flags={
        "wd": "weekday is right (23 March 2024 was a Saturday)",
        "quorum": "23 present + 8 represented = 31 members, above the quorum of 28",
        "res": "the surplus adds up: 18 642,30 € - 17 391,80 € = 1 250,50 €",
        "table": ("both budget columns sum to their Total row, and the 2023 total is the "
                  "receipts in the text", ["18 642,30", "20 150,00"]),
    },
    weekdays=[("samedi 23 mars 2024", True)],
    sums=[(31, [23, 8], True), (1250.50, [18642.30, -17391.80], True),
          (31, [29, 2], True), (31, [12, 19], True)],
    style=Style(paper="a4", font="serif", body_size=9.8, leading=1.38, left=24.0,
                right=20.0, top=24.0, bottom=22.0, justify=True, heading="underline",
                head_first=False),
    stresses="French association AGM procès-verbal: letterhead in italics, 'Présents : 23 "
             "membres, dont …' / 'Représentés : 8 membres, dont X (pouvoir à Y)' / 'Excusés "
             ":' lists, quorum arithmetic, 'Mis aux voix, le rapport moral est adopté à "
             "l'unanimité', vote counts 'pour 27, contre 3, abstentions 2', '29 voix pour "
             "et 2 abstentions', an election, a rejected proposal, a postponed decision, "
             "amounts '18 642,30 €' / '6 480 € TTC', a whitespace budget table (no rules, "
             "a line over the total) with space thousands and comma decimals; A4, DejaVu "
             "Serif, justified, underlined headings, no running header on page 1",
    slips="`vote_count_mismatch`: the accounts are approved 'pour 27, contre 3, "
          "abstentions 2', 32 votes from the 31 members present or represented",
)
