"""Report 09 of the tuning corpus (corpus/build.py): Procès-verbal de la 3e réunion du Comité
directeur."""
from corpus.tuning.markup import C, H, P, Report, T0, TABLE

PPV_HEADER = "Programme régional « Puits et Vallées »"  # also report 10's header

REPORT = Report(
    name="09_puits_vallees_comite_directeur3_fr",
    lang="fr",
    title="Procès-verbal de la 3e réunion du Comité directeur",
    meeting={"body": "Comité directeur", "ordinal": 3, "date": "2023-09-19",
             "place": "Niamey"},
    header_left=PPV_HEADER,
    header_right="Comité directeur – PV CD-3",
    footer=lambda p, t: {"left": "PV de la 3e réunion du Comité directeur",
                         "right": f"Page {p} / {t}"},
    created=T0(2023, 10, 6),
    stresses="First of two consecutive meetings of the same body (reference values for "
             "report 10): own date 'mardi 19 septembre 2023', budget 2024 adopted at "
             "1 480 000 €; ruled execution table with a correct total row; € and FCFA "
             "amounts ('971 millions de FCFA')",
    slips={},
    people=[
        ("Mme Aïssata DIALLO-KONATÉ", "DIALLO-KONATÉ", "S"),
        ("M. Issoufou MAHAMANE", "MAHAMANE", "S"),
        ("Dr Fatoumata SANGARÉ", "SANGARÉ", "S"),
        ("M. Pierre-Yves LE ROUX", "LE ROUX", "S"),
        ("M. Boubacar TRAORÉ", "TRAORÉ", "S"),
        ("Mme Awa OUÉDRAOGO", "OUÉDRAOGO", "S"),
        ("M. Hamidou GARBA", "GARBA", "M"),
    ],
    not_flags={"w1": "weekday is right (19 September 2023 was a Tuesday)",
               "b1": "execution table columns sum to the total row"},
    weekday_checks=[("mardi 19 septembre 2023", True)],
    sum_checks=[(971e6, [round(1480000 * 655.957, -6)], True)],
    blocks=[
        C(PPV_HEADER, size=16, bold=True, after=1.5),
        C("Hydraulique villageoise et gestion des bassins versants au Sahel", size=11,
          after=6),
        C("Procès-verbal de la 3e réunion du Comité directeur", size=13.5, bold=True,
          after=2),
        C("{{N:w1|mardi 19 septembre 2023}} – Niamey (Niger)", size=11, after=8),
        H("1. Ouverture"),
        P("La 3e réunion du Comité directeur s'est tenue à Niamey, dans les locaux de la "
          "Direction régionale de l'hydraulique, sous la présidence de Mme Aïssata "
          "DIALLO-KONATÉ, Présidente du Comité directeur. Elle a souhaité la bienvenue aux "
          "représentants des trois pays bénéficiaires et du bailleur principal, et a "
          "transmis les salutations du Secrétaire général du ministère, M. Hamidou GARBA, "
          "retenu par une autre réunion. Tous les membres votants étaient présents."),
        P("{{D:adopted:3-0|L'ordre du jour (document CD 3-0) a été adopté}} sans "
          "modification. {{D:approved:3-1|Le procès-verbal de la 2e réunion (document CD "
          "3-1) a été approuvé}}."),
        H("2. Exécution du premier semestre 2023 (document CD 3-2)"),
        P("Le Coordonnateur régional, M. Issoufou MAHAMANE, a présenté l'état d'exécution du "
          "Programme au 31 août. Sur un budget 2023 de {{A|1 350 000 €}}, les engagements "
          "s'élèvent à {{A|958 400 €}}, soit un taux d'engagement de 71 %. Quarante-deux "
          "forages ont été réalisés sur les soixante prévus, et les travaux de "
          "réhabilitation des mares de la vallée de la Tarka ont commencé en juin. Le retard "
          "de la composante 2 s'explique par la saison des pluies, plus précoce que prévu."),
        TABLE(["Composante", "Budget 2023", "Engagé au 31 août"],
              [["1 – Hydraulique villageoise", "612 000", "455 300"],
               ["2 – Gestion des bassins versants", "348 000", "201 750"],
               ["3 – Renforcement des capacités", "176 000", "132 400"],
               ["Coordination et suivi-évaluation", "214 000", "168 950"],
               ["Total", "{{N:b1|1 350 000}}", "{{N:b1|958 400}}"]],
              [90, 40, 40], "LRR", total_check={"cols": [1, 2], "ok": True},
              caption="Exécution budgétaire par composante (en euros)"),
        P("Le Dr Fatoumata SANGARÉ, responsable du suivi-évaluation, a présenté les "
          "premiers résultats de l'enquête auprès des ménages : le temps consacré à la "
          "corvée d'eau a diminué de près d'une heure par jour dans les villages équipés. "
          "M. Boubacar TRAORÉ, représentant du Mali, a demandé que les comités de gestion "
          "des points d'eau reçoivent une formation à la maintenance des pompes. Mme Awa "
          "OUÉDRAOGO, représentante du Burkina Faso, a souligné la nécessité d'associer les "
          "femmes à la gestion des comités."),
        P("{{D:approved:3-2|Le Comité directeur a approuvé le rapport d'exécution du premier "
          "semestre 2023}}."),
        H("3. Plan de travail et budget annuel 2024 (document CD 3-3)"),
        P("Le Coordonnateur régional a présenté le projet de PTBA 2024, qui prévoit "
          "l'achèvement des forages, l'extension de la gestion des bassins versants à deux "
          "nouvelles communes et le lancement d'un programme de formation des artisans "
          "réparateurs. M. Pierre-Yves LE ROUX, représentant du bailleur principal, a "
          "confirmé la disponibilité des fonds pour 2024 et a demandé que le rapport annuel "
          "présente les indicateurs désagrégés par sexe."),
        P("Après discussion, {{D:adopted:3-3|le Comité directeur a adopté le PTBA 2024 et le "
          "budget correspondant}}, d'un montant de {{A|1 480 000 €}}, soit environ "
          "{{A|971 millions de FCFA}}."),
        H("4. Questions diverses et clôture"),
        P("{{D:agreed|Il a été convenu que la 4e réunion se tiendrait à Cotonou}} au cours du "
          "premier trimestre 2024. L'ordre du jour étant épuisé, la Présidente, Mme Aïssata "
          "DIALLO-KONATÉ, a levé la séance à 17 h 00 et a remercié les autorités nigériennes "
          "pour leur accueil."),
    ],
)
