"""Report 01 of the tuning corpus (corpus/build.py): Rapport de la 5e réunion du Conseil
d'administration."""
from corpus.tuning.markup import C, H, LI, P, Report, T0, TABLE

REPORT = Report(
    name="01_deltas_vivants_ca5_fr",
    lang="fr",
    title="Rapport de la 5e réunion du Conseil d'administration",
    meeting={"body": "Conseil d'administration", "ordinal": 5, "date": "2023-11-14",
             "place": "Lisbonne"},
    header_left="Initiative internationale « Deltas Vivants »",
    header_right="Conseil d'administration – Rapport CA-5",
    footer=lambda p, t: {"left": "Version : 12 décembre 2023", "right": f"{p} | P a g e"},
    created=T0(2023, 12, 12),
    stresses="French board report like the seed: ruled partner table with total row, "
             "k€ / € / £ amounts, honorifics M./Mme/Dr, hyphenated family names, "
             "decisions with document codes CA 5-x, target years, 'COP 29' (not an amount)",
    slips={"year_mismatch": "table row \"Total 2022\" under text giving the figures \"pour 2023\"",
           "sum_mismatch": "\"900 k€ (600 k€ … + 250 k€ …)\": the parts add up to 850 k€"},
    people=[
        ("M. Gérald MONTFORT", "MONTFORT", "S"),
        ("Mme Inês CARVALHO-PINTO", "CARVALHO-PINTO", "S"),
        ("Dr Samuel OKONJO", "OKONJO", "S"),
        ("Mme Aurélie CASTAGNÉ-DUVERNOY", "CASTAGNÉ-DUVERNOY", "S"),
        ("M. Rui ANTUNES", "ANTUNES", "S"),
        ("Mme Ingrid HALVORSEN", "HALVORSEN", "S"),
        ("M. Paul-Henri LACOMBE", "LACOMBE", "S"),
        ("Mme Véronique DELMAS", "DELMAS", "M"),
        ("Pr Tiago MARQUES", "MARQUES", "M"),
    ],
    flags={"y1": "year_mismatch", "s2": "sum_mismatch"},
    not_flags={"s1": "612 k€ = 480 k€ + 132 k€ (stated sum is right)",
               "t1": "target year of the strategic plan, not a reporting year",
               "t2": "target year, not a reporting year"},
    weekday_checks=[("mardi 14 novembre 2023", True)],
    sum_checks=[(612, [480, 132], True), (900, [600, 250], False)],
    blocks=[
        C("Initiative internationale « Deltas Vivants »", size=17, bold=True, after=1.5),
        C("Des estuaires résilients pour l'alimentation et la biodiversité", size=11, after=6),
        C("Rapport de la 5e réunion du Conseil d'administration", size=14, bold=True, after=2),
        C("mardi 14 novembre 2023", size=11, after=1),
        C("Lisbonne (Portugal) et en ligne", size=11, after=8),
        H("Ouverture"),
        P("La 5e réunion du Conseil d'administration a été ouverte à 9 h 30 par M. Gérald "
          "MONTFORT, Président du Conseil, qui a remercié la municipalité de Lisbonne pour "
          "son accueil ainsi que les administrateurs connectés à distance depuis quatorze "
          "pays. Il a rappelé que l'Initiative, lancée il y a six ans, rassemble désormais des "
          "organisations de trois continents autour d'un objectif commun : restaurer les "
          "fonctions écologiques des deltas tout en sécurisant les moyens d'existence des "
          "populations riveraines, qu'il s'agisse de la riziculture, de la pêche artisanale "
          "ou de l'ostréiculture."),
        P("Il a salué la présence de Mme Inês CARVALHO-PINTO, Vice-Présidente, et du Dr Samuel "
          "OKONJO, Président du CST, et a transmis les excuses de Mme Véronique DELMAS, "
          "administratrice, retenue par une mission de terrain. Le quorum étant atteint "
          "(11 administrateurs présents ou représentés sur 13), le Conseil a pu délibérer "
          "valablement."),
        P("{{D:approved:5-0|L'ordre du jour (voir document CA 5-0) a été approuvé}}."),
        P("Le rapport de la 4e réunion, tenue à Dakar le 9 mai 2023, "
          "{{D:approved:5-1|a également été approuvé (voir document CA 5-1)}}."),
        H("Accueil des nouveaux partenaires et membres (voir document CA 5-2)"),
        P("Depuis la 4e réunion, le Secrétariat exécutif a instruit 71 dossiers de "
          "candidature. Après vérification des statuts et des lettres d'engagement, 64 "
          "organisations ont été retenues comme partenaires, dont 31 ont également sollicité "
          "le statut de membre ; sept dossiers incomplets ont été renvoyés à leurs auteurs. "
          "Le tableau suivant présente la répartition par catégorie des nouveaux partenaires "
          "et membres {{E:y1|pour 2023}} :"),
        TABLE(["Catégorie", "Partenaires", "dont membres"],
              [["États et collectivités territoriales", "3", "2"],
               ["Organisations intergouvernementales", "2", "2"],
               ["Établissements de recherche et universités", "9", "6"],
               ["Associations et ONG", "21", "15"],
               ["Organisations de producteurs et de pêcheurs", "7", "5"],
               ["Entreprises privées", "19", "-"],
               ["Fondations", "3", "1"],
               ["{{E:y1|Total 2022}}", "64", "31"]],
              [100, 35, 35], "LCC", total_check={"cols": [1, 2], "ok": True}),
        P("{{D:approved:5-2|Le Conseil a validé les 64 nouvelles adhésions}} et a confirmé "
          "les admissions prononcées à titre provisoire par le Président entre deux "
          "réunions."),
        H("Rapport d'activités 2023 (voir document CA 5-3)"),
        P("Mme Aurélie CASTAGNÉ-DUVERNOY, Secrétaire exécutive, a présenté les activités "
          "conduites depuis la dernière réunion : trois ateliers régionaux (Saint-Louis, "
          "Belfast et Hô Chi Minh-Ville), une série de six webinaires sur la restauration des "
          "mangroves et la mise en ligne d'un observatoire des pratiques. L'atelier de Belfast, "
          "organisé avec une université partenaire, a coûté {{A|3.500 £}}, entièrement pris en "
          "charge par un mécène local. Elle a souligné que l'équipe du Secrétariat reste "
          "réduite à quatre personnes, complétées par des consultants, et que la charge "
          "d'administration liée aux adhésions a fortement augmenté."),
        P("M. Rui ANTUNES a demandé si l'observatoire des pratiques serait ouvert aux "
          "organisations non membres. Mme CASTAGNÉ-DUVERNOY a répondu que la consultation "
          "serait libre, mais que seuls les partenaires pourraient y déposer des fiches. "
          "Mme Ingrid HALVORSEN a suggéré de traduire les fiches en anglais et en espagnol ; "
          "le Secrétariat étudiera le coût de cette traduction."),
        P("{{D:adopted:5-3|Le rapport d'activités 2023 a été adopté}}."),
        H("Orientations du Comité scientifique et technique"),
        P("Le Dr Samuel OKONJO, Président du CST, a présenté les recommandations du Comité, "
          "élaborées à partir de l'étude comparative coordonnée par le Pr Tiago MARQUES sur "
          "douze deltas. Il a rappelé que les indicateurs retenus doivent permettre de "
          "suivre les {{N:t2|cibles 2030}} du {{N:t1|Plan stratégique 2050}}, en particulier "
          "la surface de zones humides restaurées et le revenu des ménages riverains :"),
        LI("harmoniser les protocoles de mesure de la salinité et de la sédimentation ;"),
        LI("constituer une base de données ouverte sur les sites pilotes ;"),
        LI("associer systématiquement les organisations de pêcheurs à la conception des "
           "projets de terrain ;"),
        LI("préparer, avec le Secrétariat, un troisième appel à projets.", after=2),
        P("M. Paul-Henri LACOMBE a salué la qualité du travail et a demandé que la base de "
          "données respecte les règles de confidentialité des communautés locales. "
          "Mme Inês CARVALHO-PINTO a proposé que le CST publie chaque année une note de "
          "synthèse destinée aux décideurs."),
        P("{{D:agreed|Il a été convenu que le CST présenterait une note méthodologique}} sur "
          "les indicateurs lors de la prochaine réunion du Conseil."),
        H("Budget 2023 et projet de budget 2024 (voir document CA 5-4)"),
        P("Le Secrétariat exécutif a présenté l'exécution du budget 2023 et le projet de "
          "budget 2024. Le budget voté pour 2023 s'élevait à {{N:s1|{{A|612 k€}}}} "
          "({{A|480 k€}} pour le fonctionnement courant + {{A|132 k€}} consacrés aux ateliers "
          "régionaux) ; au 31 octobre, les encaissements ne représentaient que "
          "{{A|418 250 €}} et les dépenses {{A|365 900 €}}, dont {{A|27 400 €}} de frais de "
          "gestion. Les contributions en nature, "
          "notamment la mise à disposition de locaux, ne sont pas comptabilisées."),
        P("Pour 2024, le Secrétariat propose un budget total de {{E:s2|{{A|900 k€}}}} "
          "({{E:s2|{{A|600 k€}}}} de fonctionnement + {{E:s2|{{A|250 k€}}}} pour le programme "
          "de terrain dans les deltas pilotes). La Fondation Océanide a par ailleurs confirmé "
          "une contribution pluriannuelle de {{A|1 250 000 €}} sur la période 2024-2026, dont "
          "le premier versement est attendu en février."),
        P("Mme Ingrid HALVORSEN a demandé comment le Secrétariat comptait sécuriser le "
          "financement du poste de chargé de communication. La Secrétaire exécutive a indiqué "
          "que deux demandes sont en cours d'instruction auprès de bailleurs bilatéraux et "
          "qu'un point d'étape serait présenté au Conseil en juin."),
        P("{{D:approved:5-4|Le Conseil a approuvé le budget 2024}} tel que présenté par le "
          "Secrétariat exécutif."),
        H("Calendrier 2024"),
        P("La 6e réunion du Conseil se tiendra en novembre 2024, en marge de la COP 29 ; le "
          "Secrétariat proposera une date après consultation des administrateurs. "
          "{{D:approved|Le Conseil a approuvé le calendrier des réunions statutaires pour "
          "2024}}, qui prévoit également deux réunions du CST en ligne."),
        H("Clôture"),
        P("L'ordre du jour étant épuisé, la séance a été levée à 17 h 15 par le Président, "
          "M. Gérald MONTFORT, qui a remercié les interprètes ainsi que l'équipe du "
          "Secrétariat exécutif pour la préparation de la réunion."),
    ],
)
