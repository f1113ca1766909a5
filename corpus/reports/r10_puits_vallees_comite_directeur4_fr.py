"""Report 10 of the tuning corpus (corpus/build.py): Procès-verbal de la 4e réunion du Comité
directeur."""
from corpus.tuning.markup import C, H, P, Report, T0
from corpus.reports.r09_puits_vallees_comite_directeur3_fr import PPV_HEADER

REPORT = Report(
    name="10_puits_vallees_comite_directeur4_fr",
    lang="fr",
    title="Procès-verbal de la 4e réunion du Comité directeur",
    meeting={"body": "Comité directeur", "ordinal": 4, "date": "2024-03-05",
             "place": "Cotonou"},
    header_left=PPV_HEADER,
    header_right="Comité directeur – PV CD-4",
    footer=lambda p, t: {"left": "PV de la 4e réunion du Comité directeur",
                         "right": f"Page {p} / {t}"},
    created=T0(2024, 3, 22),
    stresses="Second meeting of the body of report 09; quotes meeting 3's date and "
             "adopted budget; a postponed item; XOF amount",
    slips={"cross_meeting_date_mismatch": "quotes meeting 3 as held on '12 septembre 2023'; "
                                          "report 09 says mardi 19 septembre 2023",
           "cross_meeting_amount_mismatch": "quotes the 2024 budget adopted at meeting 3 as "
                                            "'1 520 000 €'; report 09 adopted 1 480 000 €"},
    people=[
        ("Mme Aïssata DIALLO-KONATÉ", "DIALLO-KONATÉ", "S"),
        ("M. Issoufou MAHAMANE", "MAHAMANE", "S"),
        ("Dr Fatoumata SANGARÉ", "SANGARÉ", "S"),
        ("M. Pierre-Yves LE ROUX", "LE ROUX", "S"),
        ("Mme Justine HOUNKPATIN", "HOUNKPATIN", "S"),
        ("M. Boubacar TRAORÉ", "TRAORÉ", "S"),
        ("Mme Awa OUÉDRAOGO", "OUÉDRAOGO", "M"),
    ],
    flags={"cd": "cross_meeting_date_mismatch", "ca": "cross_meeting_amount_mismatch"},
    min_soft_splits=0,
    not_flags={"w1": "weekday is right (5 March 2024 was a Tuesday)"},
    weekday_checks=[("mardi 5 mars 2024", True)],
    blocks=[
        C(PPV_HEADER, size=16, bold=True, after=1.5),
        C("Hydraulique villageoise et gestion des bassins versants au Sahel", size=11,
          after=6),
        C("Procès-verbal de la 4e réunion du Comité directeur", size=13.5, bold=True,
          after=2),
        C("{{N:w1|mardi 5 mars 2024}} – Cotonou (Bénin)", size=11, after=8),
        H("1. Ouverture"),
        P("La 4e réunion du Comité directeur a été ouverte à 9 h 00 par sa Présidente, "
          "Mme Aïssata DIALLO-KONATÉ. Mme Justine HOUNKPATIN, Directrice générale de l'eau "
          "du Bénin, a souhaité la bienvenue aux participants et rappelé l'intérêt de son "
          "pays pour une extension du Programme aux communes du nord. Mme Awa OUÉDRAOGO, "
          "représentante du Burkina Faso, s'était fait excuser ; elle avait donné procuration "
          "au représentant du Mali, M. Boubacar TRAORÉ."),
        P("{{D:adopted:4-0|L'ordre du jour (document CD 4-0) a été adopté}}. Le procès-verbal "
          "de la 3e réunion, tenue à Niamey le {{E:cd|12 septembre 2023}}, "
          "{{D:approved:4-1|a été approuvé sans modification (document CD 4-1)}}."),
        H("2. Rapport annuel 2023 (document CD 4-2)"),
        P("Le Coordonnateur régional, M. Issoufou MAHAMANE, a présenté le rapport annuel "
          "2023. Le taux d'engagement de l'exercice s'est finalement établi à 93 %, et "
          "cinquante-huit des soixante forages prévus ont été mis en service. Il a rappelé "
          "que le budget 2024 de {{E:ca|{{A|1 520 000 €}}}} adopté lors de la 3e réunion "
          "permettra d'achever les deux forages restants dès le premier semestre. Le "
          "Dr Fatoumata SANGARÉ a présenté les indicateurs désagrégés par sexe demandés "
          "par le bailleur : les femmes représentent désormais 38 % des membres des comités "
          "de gestion des points d'eau."),
        P("M. Pierre-Yves LE ROUX a salué la qualité du rapport et la prise en compte de la "
          "demande du bailleur. M. Boubacar TRAORÉ a signalé des pannes répétées sur les "
          "pompes installées dans la région de Mopti et a demandé que le stock de pièces "
          "détachées soit renforcé. {{D:approved:4-2|Le Comité directeur a approuvé le "
          "rapport annuel 2023}}."),
        H("3. Plan de passation des marchés 2024 (document CD 4-4)"),
        P("Le Coordonnateur régional a présenté le plan de passation des marchés, qui "
          "regroupe en un seul appel d'offres les travaux de réhabilitation des mares et "
          "l'achat des pièces détachées. {{D:approved:4-4|Le Comité directeur a approuvé le "
          "plan de passation des marchés 2024}}."),
        H("4. Extension du Programme au nord du Bénin (document CD 4-3)"),
        P("Mme Justine HOUNKPATIN a présenté la demande d'extension du Programme à quatre "
          "communes de l'Atacora, pour laquelle le Bénin propose une contribution "
          "additionnelle de {{A|25 millions de FCFA}}. Le représentant du bailleur a indiqué "
          "qu'une extension nécessiterait un avenant à la convention de financement et une "
          "étude de faisabilité préalable. {{D:postponed:4-3|Le Comité directeur a décidé de "
          "reporter à sa 5e réunion l'examen de la demande d'extension}}, dans l'attente de "
          "l'étude de faisabilité."),
        H("5. Questions diverses et clôture"),
        P("{{D:agreed|Il a été convenu de recruter un expert en genre}} à temps partiel pour "
          "accompagner les comités de gestion. La 5e réunion se tiendra à Bamako en "
          "septembre 2024. La Présidente a levé la séance à 16 h 30."),
    ],
)
