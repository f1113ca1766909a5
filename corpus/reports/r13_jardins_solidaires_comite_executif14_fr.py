"""Report 13 of held-out set 1 (corpus/build_heldout.py): French association, délibérations,
Présents / Excusés / Absents."""
from corpus.heldout.markup import gap, h1, p, Report, table, title, when

asso = "Association Jardins Solidaires du Rhône"
blocks = [
    title(asso, size=11, bold=False),
    title("PROCÈS-VERBAL DE LA RÉUNION DU COMITÉ EXÉCUTIF N° 14", size=13),
    title("tenue le ⟦N:wd1|jeudi 9 février 2023⟧ à Lyon, Maison des associations, "
          "28 rue des Tanneurs", size=10.5, bold=False, after=5),
    p("**Présents :** Mme Hélène VASSEUR (présidente), M. Karim BENSAÏD (trésorier), "
      "Mme Odile Lamarque-Pichon (secrétaire générale), M. Thibault de SAINT-AUBIN, "
      "M. Yves GRANGER, Mme Nadia FERHAT, M. Lucien POMMERET, Mme Aurore KERGUELEN, "
      "M. Bastien ROUX, Mme Inès MARTEL.", after=1.2),
    p("**Excusés :** Mme Colette DUPRAZ, M. Sébastien MOULIN.", after=1.2),
    p("**Absents :** M. Gérald FAUCHER.", after=1.2),
    p("**Assiste également :** Mme Justine LEROUGE, directrice de l'association.", after=3),
    p("La présidente ouvre la séance à 18 h 30 et constate que le quorum est atteint, "
      "dix membres du Comité exécutif sur treize étant présents. Elle rappelle l'ordre du "
      "jour adressé aux membres le 26 janvier 2023."),
    h1("1. Approbation du procès-verbal de la réunion n° 13 (document CE 14-1)"),
    p("Mme Odile Lamarque-Pichon présente le procès-verbal de la réunion du 8 décembre "
      "2022. M. Thibault de SAINT-AUBIN demande que le nom du jardin partagé de "
      "Vaulx-en-Velin soit corrigé en page 2. La correction est acceptée."),
    p("**DÉLIBÉRATION N° 2023-04 :** ⟦D:adopted:14-1|Le Comité exécutif adopte le "
      "procès-verbal de la réunion n° 13⟧ ainsi corrigé. **Adoptée à l'unanimité.**"),
    h1("2. Budget prévisionnel 2023 (document CE 14-2)"),
    p("M. Karim BENSAÏD, trésorier, présente le budget prévisionnel 2023, équilibré en "
      "charges et en produits à ⟦A:1500000:EUR|1,5 million d'euros⟧. Il rappelle que "
      "l'exercice 2022 s'est clos sur des charges réalisées de ⟦A:1420000:EUR|1,42 million d'euros⟧, couvertes "
      "pour l'essentiel par les subventions publiques et les ventes de paniers. Les "
      "charges se répartissent comme suit :"),
    table(["Poste de charges", "Réalisé 2022", "Prévisionnel 2023"],
          [["Charges de personnel", "798 400", "842 000"],
           ["Loyers et charges locatives", "121 900", "126 500"],
           ["Achats et fournitures", "203 650", "214 300"],
           ["Actions éducatives", "176 200", "187 900"],
           ["Communication", "39 850", "45 800"],
           ["Frais de fonctionnement", "80 000", "83 500"],
           ["Total", "1 420 000", "1 500 000"]],
          widths=[78, 44, 44], aligns="LRR",
          caption="Tableau 1 – Charges par poste (en euros)", sum_cols=[1, 2]),
    p("Mme Nadia FERHAT s'interroge sur la hausse des charges de personnel. Mme Justine "
      "LEROUGE, directrice, précise que la hausse correspond au passage à temps plein de "
      "deux animateurs, financé en partie par une aide à l'emploi de "
      "⟦A:18600:EUR|18 600 €⟧. M. Yves GRANGER regrette que le poste Communication "
      "augmente plus vite que les actions éducatives ; il votera contre."),
    p("**DÉLIBÉRATION N° 2023-05 :** ⟦D:adopted:14-2|Le Comité exécutif adopte le budget "
      "prévisionnel 2023⟧ tel que présenté dans le document CE 14-2. "
      "⟦N:vote|Pour : 9 – Contre : 1 – Abstention : 0⟧. **Adoptée à la majorité.**"),
    h1("3. Convention pluriannuelle avec la Métropole de Lyon"),
    p("Mme Justine LEROUGE présente le projet de convention 2023-2025 avec la Métropole de "
      "Lyon, qui prévoit pour 2023 une subvention de fonctionnement de "
      "⟦A:12400.5:EUR|12 400,50 €⟧, reconduite sous réserve d'un bilan annuel des "
      "chantiers d'insertion. Mme Aurore KERGUELEN souligne que le montant est inférieur "
      "à la demande initiale."),
    p("**DÉLIBÉRATION N° 2023-06 :** ⟦D:approved:|Le Comité exécutif autorise la "
      "présidente à signer la convention pluriannuelle⟧ avec la Métropole de Lyon. "
      "**Adoptée à l'unanimité.**"),
    h1("4. Acquisition d'un véhicule utilitaire"),
    p("M. Bastien ROUX propose l'achat d'un véhicule utilitaire électrique d'occasion pour "
      "les livraisons de paniers ; après la prime à la conversion, le reste à charge pour "
      "l'association serait de ⟦A:3200:EUR|€ 3 200⟧. M. Yves GRANGER estime que la "
      "location ponctuelle reste moins coûteuse tant que les tournées ne dépassent pas "
      "deux par semaine."),
    p("**DÉLIBÉRATION N° 2023-07 :** ⟦D:rejected:|La proposition d'acquisition d'un "
      "véhicule utilitaire est rejetée⟧. ⟦N:vote2|Pour : 3 – Contre : 6 – Abstention : 1⟧. "
      "**Rejetée.**"),
    h1("5. Grille tarifaire des ateliers 2023-2024"),
    p("La directrice indique que la grille tarifaire des ateliers pour adultes n'a pas pu "
      "être finalisée, faute des chiffres de fréquentation du dernier trimestre."),
    p("**DÉLIBÉRATION N° 2023-08 :** ⟦D:postponed:|Le Comité exécutif décide de reporter "
      "l'examen de la grille tarifaire⟧ à sa prochaine réunion. **Adoptée à l'unanimité.**"),
    h1("6. Questions diverses"),
    p("Mme Aurore KERGUELEN annonce que la fête des jardins aura lieu le "
      "⟦N:wd2|samedi 10 juin 2023⟧ au parc de Gerland. M. Karim BENSAÏD indique que le "
      "fonds de réserve de l'association s'élève à ⟦A:45000:EUR|45 000 €⟧, soit environ "
      "onze jours de fonctionnement. La prochaine réunion du Comité exécutif est fixée au "
      "⟦N:wd3|jeudi 13 avril 2023⟧."),
    p("L'ordre du jour étant épuisé, la présidente lève la séance à 20 h 45."),
    gap(4),
    p("La présidente, Hélène VASSEUR\nLa secrétaire générale, Odile Lamarque-Pichon"),
]
REPORT = Report(
    name="13_jardins_solidaires_comite_executif14_fr",
    lang="fr",
    meeting={"body": "Comité exécutif", "ordinal": 14, "date": "2023-02-09",
             "place": "Lyon"},
    date_as_written="jeudi 9 février 2023",
    head=(asso, "PV CE n° 14"),
    foot=lambda pg, n: ("Procès-verbal – Comité exécutif du 9 février 2023",
                        f"Page {pg} sur {n}"),
    created=when(2023, 2, 20),
    blocks=blocks,
    people=[
        ("Mme Hélène VASSEUR", "VASSEUR", "S"),
        ("Mme Odile Lamarque-Pichon", "Lamarque-Pichon", "S"),
        ("M. Thibault de SAINT-AUBIN", "de SAINT-AUBIN", "S"),
        ("M. Karim BENSAÏD", "BENSAÏD", "S"),
        ("Mme Nadia FERHAT", "FERHAT", "S"),
        ("Mme Justine LEROUGE", "LEROUGE", "S"),
        ("M. Yves GRANGER", "GRANGER", "S"),
        ("Mme Aurore KERGUELEN", "KERGUELEN", "S"),
        ("M. Bastien ROUX", "ROUX", "S"),
        ("M. Lucien POMMERET", "POMMERET", "M"),
        ("Mme Inès MARTEL", "MARTEL", "M"),
        ("Mme Colette DUPRAZ", "DUPRAZ", "M"),
        ("M. Sébastien MOULIN", "MOULIN", "M"),
        ("M. Gérald FAUCHER", "FAUCHER", "M"),
    ],
    not_flags={
        "wd1": "weekday is right (9 February 2023 was a Thursday)",
        "wd2": "weekday is right (10 June 2023 was a Saturday)",
        "wd3": "weekday is right (13 April 2023 was a Thursday)",
        "vote": "9 + 1 + 0 = 10 members present",
        "vote2": "3 + 6 + 1 = 10 members present",
        "table": ("both budget columns sum to their Total row", ["1 420 000", "1 500 000"]),
    },
    weekdays=[("jeudi 9 février 2023", True), ("samedi 10 juin 2023", True),
              ("jeudi 13 avril 2023", True)],
    sums=[(10, [9, 1, 0], True), (10, [3, 6, 1], True)],
    stresses="French association procès-verbal: title 'Comité exécutif n° 14', "
             "'Présents / Excusés / Absents' lists plus a salaried director who presents, "
             "decisions as 'DÉLIBÉRATION N° 2023-0n :' closed by 'Adoptée à l'unanimité' / "
             "'Pour : 9 – Contre : 1 – Abstention : 0' (outcome from the verb of the "
             "délibération), a rejected and a deferred délibération, '1,5 million "
             "d'euros' / '12 400,50 €' / '€ 3 200', ruled two-column budget table with a "
             "'Total' row, mixed-case 'Lamarque-Pichon', particle 'de SAINT-AUBIN'",
)
