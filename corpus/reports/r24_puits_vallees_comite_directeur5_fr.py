"""Report 24 of the look-alike set (corpus/build_lookalikes.py): Procès-verbal de la 5e réunion
of the Comité directeur of reports 09 and 10, with the false-alarm look-alikes of issue 12 beside
real slips of the same kinds."""
from corpus.heldout.markup import h1, p, Report, title, when
from corpus.reports.r09_puits_vallees_comite_directeur3_fr import PPV_HEADER

blocks = [
    title(PPV_HEADER, size=14),
    title("Hydraulique villageoise et gestion des bassins versants au Sahel", size=10.5,
          bold=False, after=3),
    title("Procès-verbal de la 5e réunion du Comité directeur", size=13),
    title("⟦N:wd|jeudi 26 septembre 2024⟧ – Bamako (Mali)", size=10.5, bold=False, after=5),
    p("**Membres présents :** Mme Aïssata DIALLO-KONATÉ (Présidente, Niger), M. Boubacar "
      "TRAORÉ (Vice-Président, Mali), Mme Justine HOUNKPATIN (Bénin), Mme Awa OUÉDRAOGO "
      "(Burkina Faso), M. Pierre-Yves LE ROUX (représentant du bailleur).", after=1.2),
    p("**Secrétariat :** M. Issoufou MAHAMANE (Coordonnateur régional), Dr Fatoumata "
      "SANGARÉ (chargée du suivi-évaluation), M. Cheick Oumar KEÏTA (responsable "
      "administratif et financier).", after=3),
    h1("1. Ouverture"),
    p("La 5e réunion du Comité directeur a été ouverte à 9 h 00 par sa Présidente, "
      "⟦N:chair|Mme Aïssata DIALLO-KONATÉ⟧, dans la salle de conférences de la Direction "
      "nationale de l'hydraulique. M. Boubacar TRAORÉ a souhaité la bienvenue aux "
      "participants au nom du Gouvernement malien. Tous les membres votants étant "
      "présents, ⟦D:adopted:5-0|l'ordre du jour (document CD 5-0) a été adopté⟧ sans "
      "modification."),
    h1("2. Procès-verbal de la 4e réunion (document CD 5-1)"),
    p("Le procès-verbal de la 4e réunion, tenue à Cotonou le ⟦E:cd|12 mars 2024⟧, "
      "⟦D:approved:5-1|a été approuvé sans modification (document CD 5-1)⟧."),
    p("Au titre des suites données, M. Issoufou MAHAMANE a indiqué que l'étude de "
      "faisabilité demandée par la 4e réunion, lancée en ⟦N:x1|juin 2024⟧, est achevée, "
      "et que le marché unique du plan de passation approuvé par la 4e réunion, attribué "
      "le ⟦N:x2|15 avril 2024⟧, est en cours d'exécution. Les travaux sur les mares "
      "décidés à la 3e réunion, achevés en ⟦N:x3|août 2024⟧, seront réceptionnés en "
      "octobre."),
    h1("3. Budget 2025 (document CD 5-2)"),
    p("M. Cheick Oumar KEÏTA a présenté le projet de budget 2025, d'un montant de "
      "⟦A:1610000:EUR|1 610 000 €⟧, en hausse de 9 % en raison de l'extension au nord du "
      "Bénin. ⟦N:y1|Le budget 2024, adopté à ⟦A:1480000:EUR|1 480 000 €⟧ lors de la 3e "
      "réunion, n'était engagé qu'à 64 % au 31 août⟧, ce qui s'explique par le report "
      "de la campagne de forage après la saison des pluies."),
    p("Mme Awa OUÉDRAOGO a demandé que la contribution du Burkina Faso soit étalée sur "
      "deux exercices. ⟦D:adopted:5-2|Le Comité directeur a adopté le budget 2025⟧ tel "
      "que présenté, sous réserve de cet étalement."),
    h1("4. Plan de travail 2025 (document CD 5-3)"),
    p("Dr Fatoumata SANGARÉ a présenté le plan de travail 2025, qui prévoit quarante "
      "nouveaux forages, la réhabilitation de douze mares et la formation de soixante "
      "comités de gestion des points d'eau. M. Pierre-Yves LE ROUX a demandé que les "
      "indicateurs désagrégés par sexe y figurent. ⟦D:adopted:5-3|Le Comité directeur a "
      "adopté le ⟦E:yr|plan de travail 2024⟧⟧, complété par ces indicateurs."),
    h1("5. Rapport d'activité 2024 : premier semestre (document CD 5-4)"),
    p("Le Coordonnateur régional a présenté le rapport du premier semestre. "
      "⟦N:y2|Alors que le rapport d'activité 2023 avait été validé avec une réserve sur "
      "les pompes de Mopti⟧, le stock de pièces détachées a été reconstitué en mai. "
      "⟦D:approved:5-4|Le Comité directeur a approuvé le rapport d'activité du premier "
      "semestre 2024⟧."),
    h1("6. Plan d'action genre 2025 (document CD 5-5)"),
    p("Dr Fatoumata SANGARÉ a présenté le plan d'action genre 2025. "
      "⟦N:y3|Le plan d'action 2024 validé par le bailleur en janvier prévoyait 35 % de "
      "femmes dans les comités de gestion⟧ ; ce taux atteint désormais 41 %. "
      "⟦D:adopted:5-5|Le Comité directeur a adopté le plan d'action genre 2025⟧."),
    h1("7. Extension du Programme au nord du Bénin (document CD 5-6)"),
    p("Mme Justine HOUNKPATIN a présenté les conclusions de l'étude de faisabilité, "
      "réalisée avec l'⟦N:acr1|Association des Riverains de la Sirba⟧ (ARS) pour la "
      "partie sociale, et rappelé la contribution additionnelle du Bénin de "
      "⟦A:25000000:XOF|25 millions de ⟦N:acr3|francs CFA⟧⟧. L'extension sera cofinancée "
      "par le ⟦N:acr3|Fonds d'Appui aux Communes⟧ (FAC), à hauteur de "
      "⟦A:60000:EUR|60 000 €⟧. L'Unité de Coordination Régionale (⟦E:acr|UCR⟧) préparera "
      "l'avenant à la convention de financement."),
    p("⟦D:approved:5-6|Le Comité directeur a approuvé l'extension du Programme à quatre "
      "communes de l'Atacora⟧, sous réserve de la signature de l'avenant. La "
      "⟦E:acr|RCU⟧ transmettra l'avenant au bailleur avant le 31 octobre 2024."),
    h1("8. Questions diverses et clôture"),
    p("Les entreprises de forage devront produire leur attestation d'⟦N:acr2|assurance "
      "RC⟧ avant tout démarrage de chantier ; les ⟦N:acr2|Comités Régionaux⟧ (CR) en "
      "vérifieront la validité. Suivi des recommandations de l'audit : ⟦N:acr1|RAS⟧."),
    p("La 6e réunion se tiendra à Ouagadougou en mars 2025. La Présidente ayant dû "
      "s'absenter à partir de 15 h pour regagner Niamey, la séance a été levée à 17 h 30 "
      "par le Vice-Président, ⟦N:chair|M. Boubacar TRAORÉ⟧."),
]

REPORT = Report(
    name="24_puits_vallees_comite_directeur5_fr",
    lang="fr",
    meeting={"body": "Comité directeur", "ordinal": 5, "date": "2024-09-26",
             "place": "Bamako"},
    date_as_written="jeudi 26 septembre 2024",
    head=(PPV_HEADER, "Comité directeur – PV CD-5"),
    foot=lambda pg, n: ("PV de la 5e réunion du Comité directeur", f"Page {pg} / {n}"),
    created=when(2024, 10, 8),
    blocks=blocks,
    people=[
        ("Mme Aïssata DIALLO-KONATÉ", "DIALLO-KONATÉ", "S"),
        ("M. Boubacar TRAORÉ", "TRAORÉ", "S"),
        ("M. Issoufou MAHAMANE", "MAHAMANE", "S"),
        ("M. Cheick Oumar KEÏTA", "KEÏTA", "S"),
        ("Dr Fatoumata SANGARÉ", "SANGARÉ", "S"),
        ("Mme Awa OUÉDRAOGO", "OUÉDRAOGO", "S"),
        ("M. Pierre-Yves LE ROUX", "LE ROUX", "S"),
        ("Mme Justine HOUNKPATIN", "HOUNKPATIN", "S"),
    ],
    flags={"cd": "cross_meeting_date_mismatch", "yr": "year_mismatch",
           "acr": "acronym_mismatch"},
    not_flags={
        "wd": "weekday is right (26 September 2024 was a Thursday)",
        "chair": "the Présidente left at 15 h (the report says why), so the Vice-Président "
                 "closed the meeting: no chair_mismatch",
        "x1": "'juin 2024' is when the study asked for by the 4th meeting started, not the "
              "4th meeting's date",
        "x2": "'15 avril 2024' is when the contract was awarded, not the 4th meeting's date",
        "x3": "'août 2024' is when the works decided at the 3rd meeting ended, not the 3rd "
              "meeting's date",
        "y1": "the 2024 budget recalled in the 2025 budget section (adopted at the 3rd "
              "meeting): not a year slip",
        "y2": "the 2023 activity report recalled (it 'avait été validé') in the 2024 report's "
              "section: not a year slip",
        "y3": "the donor's 2024 action plan recalled in the 2025 gender action plan's section: "
              "not a year slip",
        "acr1": "'RAS' (rien à signaler) is no acronym of the ARS",
        "acr2": "'assurance RC' (responsabilité civile) is no acronym of the Comités "
                "Régionaux (CR)",
        "acr3": "'francs CFA' is the currency, not the Fonds d'Appui aux Communes (FAC)",
    },
    weekdays=[("jeudi 26 septembre 2024", True)],
    stresses="Third meeting of the body of reports 09-10 (look-alike set): the earlier "
             "meetings quoted with the dates of other events in the same sentence ('lancée "
             "en juin 2024', 'attribué le 15 avril 2024'), past years' budget, report and "
             "plan recalled in the next year's sections, a chair who left before the "
             "close, 'RAS' / 'assurance RC' / 'francs CFA' beside the ARS, CR and FAC",
    slips="`cross_meeting_date_mismatch` p.1: the 4th meeting 'tenue à Cotonou le 12 mars "
          "2024' (report 10: mardi 5 mars 2024); `year_mismatch`: 'plan de travail 2024' "
          "adopted under 'Plan de travail 2025'; `acronym_mismatch`: the Unité de "
          "Coordination Régionale is 'UCR' and 'RCU'",
)
