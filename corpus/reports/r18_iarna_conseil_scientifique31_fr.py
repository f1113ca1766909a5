"""Report 18 of held-out set 2 (corpus/build_heldout2.py): French scientific council of a
research institute, planted year slip."""
from corpus.heldout.markup import gap, h1, p, Report, table, title, when

inst = "Institut alpin de recherche sur la neige et les avalanches"
blocks = [
    title(inst.upper(), size=10.5),
    title("Compte rendu du Conseil scientifique – séance n° 31", size=13.5),
    title("Réuni le 3 octobre 2024 à Grenoble, salle Saussure, 9 h 30 – 17 h", size=10.5,
          bold=False, after=5),
    p("**Membres présents :** Pr Claire FONTANEL (présidente), Dr Mathieu ROUSSILLON "
      "(vice-président), Dr Laure du PLESSIS, Pr Erik HOLMGREN, Dr Sofia DI STEFANO, "
      "M. Thomas KERVADEC, Dr Aïcha BENMOUSSA ; **Excusés :** Pr Bernard ESCOFFIER, "
      "Dr Nour HAMDI-LEFÈVRE.", after=1.2),
    p("**Assistent à la séance :** M. Pierre-Yves GAUDIN, directeur de l'Institut ; "
      "Mme Amélie TRAN, responsable administrative et financière.", after=3),
    p("La présidente ouvre la séance et constate que sept des neuf membres du Conseil sont "
      "présents ; le Conseil peut valablement délibérer."),
    h1("1. Compte rendu de la séance précédente"),
    p("Le compte rendu de la ⟦N:prev|séance n° 30⟧ (13 juin 2024) a été diffusé aux membres "
      "le 2 juillet. Dr Sofia DI STEFANO demande que son intervention sur les capteurs "
      "acoustiques soit précisée. ⟦D:adopted:|Le Conseil adopte le compte rendu de la "
      "séance n° 30⟧ ainsi modifié."),
    h1("2. Point d'actualité du directeur"),
    p("M. Pierre-Yves GAUDIN présente la situation de l'Institut. Les ressources "
      "consolidées de l'année atteignent ⟦N:sum|⟦A:2300000:EUR|2,3 M€⟧⟧, dont "
      "⟦N:sum|⟦A:1720000:EUR|1,72 M€⟧⟧ de subventions et ⟦N:sum|⟦A:580000:EUR|580 k€⟧⟧ "
      "de contrats de recherche. Il annonce l'arrivée de deux doctorants financés par la "
      "Région et rappelle que la feuille de route ⟦N:target|Neige et risques 2030⟧ sera "
      "soumise au conseil d'administration en décembre. Pr Erik HOLMGREN salue la hausse "
      "des contrats de recherche et demande qu'un bilan des publications soit présenté "
      "chaque année."),
    h1("3. Crédits incitatifs (document CS 31-2)"),
    p("Mme Amélie TRAN présente la répartition des crédits incitatifs "
      "⟦E:year|pour l'exercice 2024⟧, d'un montant total de "
      "⟦A:450000:EUR|450 000 euros⟧ (⟦N:cmp|contre ⟦A:410000:EUR|410 k€⟧ en 2023⟧), entre les quatre axes "
      "du projet d'établissement. Les montants du tableau ci-dessous sont en milliers "
      "d'euros."),
    table(["Axe du projet d'établissement", "Projets", "Montant (k€)"],
          [["Axe 1 – Manteau neigeux", "5", "140"],
           ["Axe 2 – Risques gravitaires", "4", "125"],
           ["Axe 3 – Glaciers et climat", "3", "110"],
           ["Axe 4 – Sociétés et territoires", "2", "75"],
           ["Total 2023", "14", "450"]],
          widths=[96, 30, 40], aligns="LRR",
          caption="Tableau 1 – Crédits incitatifs par axe", sum_cols=[1, 2]),
    p("Dr Mathieu ROUSSILLON regrette que l'axe 4 ne reçoive que deux projets. Dr Aïcha "
      "BENMOUSSA répond que l'appel n'a reçu que trois propositions dans cet axe. "
      "⟦D:approved:31-2|Le Conseil émet un avis favorable sur la répartition des crédits "
      "incitatifs⟧ présentée dans le document CS 31-2."),
    h1("4. Programme de mobilité sortante (document CS 31-3)"),
    p("Dr Laure du PLESSIS présente les six candidatures reçues au programme de mobilité "
      "des jeunes chercheurs. Chaque lauréat recevra une aide forfaitaire de "
      "⟦A:15000:EUR|15 k€⟧ pour un séjour de trois à six mois. Le comité de sélection propose "
      "de retenir quatre candidatures."),
    p("⟦D:approved:31-3|Le Conseil approuve le classement des candidatures au programme de "
      "mobilité⟧ proposé par le comité de sélection."),
    h1("5. Demande de prolongation du projet AVAL-SAT"),
    p("Le porteur du projet AVAL-SAT demande une prolongation de dix-huit mois et un "
      "complément de ⟦A:96000:EUR|96 000 €⟧. Pr Erik HOLMGREN relève qu'aucun des livrables "
      "de la première phase n'a été remis. ⟦D:rejected:|Le Conseil émet un avis "
      "défavorable sur la demande de prolongation du projet AVAL-SAT⟧ en l'état et invite "
      "le porteur à présenter un rapport intermédiaire."),
    h1("6. Station de mesure du col de Pré-Noir (document CS 31-5)"),
    p("M. Pierre-Yves GAUDIN indique que l'étude de faisabilité de la station, dont le coût "
      "est estimé à ⟦A:212000:EUR|212 000 €⟧, n'a pas été reçue à temps pour être "
      "examinée. ⟦D:postponed:31-5|Le point est reporté à la prochaine séance⟧."),
    h1("7. Questions diverses"),
    p("Dr Mathieu ROUSSILLON propose que le Conseil consacre une demi-journée, au printemps, "
      "à l'évaluation des plateformes d'observation. La présidente annonce que la "
      "prochaine séance se tiendra le ⟦N:wd|mardi 10 décembre 2024⟧ à Grenoble. La "
      "séance est levée à 16 h 50."),
    gap(4),
    p("La présidente du Conseil scientifique, Pr Claire FONTANEL"),
]
REPORT = Report(
    name="18_iarna_conseil_scientifique31_fr",
    lang="fr",
    meeting={"body": "Conseil scientifique", "ordinal": 31, "date": "2024-10-03",
             "place": "Grenoble"},
    date_as_written="3 octobre 2024",
    head=(inst, "CS 31 – Compte rendu"),
    foot=lambda pg, n: ("Compte rendu approuvé lors de la séance n° 32", f"{pg}/{n}"),
    created=when(2024, 10, 21),
    blocks=blocks,
    people=[
        ("Pr Claire FONTANEL", "FONTANEL", "S"),
        ("M. Pierre-Yves GAUDIN", "GAUDIN", "S"),
        ("Mme Amélie TRAN", "TRAN", "S"),
        ("Dr Mathieu ROUSSILLON", "ROUSSILLON", "S"),
        ("Dr Laure du PLESSIS", "du PLESSIS", "S"),
        ("Pr Erik HOLMGREN", "HOLMGREN", "S"),
        ("Dr Sofia DI STEFANO", "DI STEFANO", "S"),
        ("Dr Aïcha BENMOUSSA", "BENMOUSSA", "S"),
        ("M. Thomas KERVADEC", "KERVADEC", "M"),
        ("Pr Bernard ESCOFFIER", "ESCOFFIER", "M"),
        ("Dr Nour HAMDI-LEFÈVRE", "HAMDI-LEFÈVRE", "M"),
    ],
    flags={"year": ("year_mismatch", ["Total 2023"])},
    not_flags={
        "prev": "séance n° 30 is the previous meeting, not a meeting-number contradiction",
        "sum": "2,3 M€ = 1,72 M€ + 580 k€ (stated sum is right)",
        "target": "target year of the road map, not a reporting year",
        "cmp": "a prior-year comparative, not a year mismatch",
        "wd": "weekday is right (10 December 2024 was a Tuesday)",
    },
    weekdays=[("mardi 10 décembre 2024", True)],
    sums=[(2300000, [1720000, 580000], True)],
    stresses="French scientific council of a research institute: 'Compte rendu du Conseil "
             "scientifique – séance n° 31', 'Réuni le 3 octobre 2024 à Grenoble' (no "
             "weekday), attendance on one line 'Membres présents : … ; Excusés : …' plus "
             "two staff who present, 'Pr' / 'Dr' honorifics, particle 'du PLESSIS', "
             "'DI STEFANO', decisions 'Le Conseil émet un avis favorable / défavorable …', "
             "'Le Conseil approuve …', 'Le Conseil adopte …', 'Le point est reporté à la "
             "prochaine séance'; ruled table with a total row; '2,3 M€' / '450 000 euros' / "
             "'15 k€' / '96 000 €'; footer naming séance n° 32",
    slips="`year_mismatch` p.1: the credits are given 'pour l'exercice 2024' but the "
          "table's total row says 'Total 2023'",
)
