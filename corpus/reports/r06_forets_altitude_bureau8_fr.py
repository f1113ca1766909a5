"""Report 06 of the tuning corpus (corpus/build.py): Document Bureau 9-1 – Rapport de la 8ème
réunion du Bureau."""
from corpus.tuning.markup import C, H, LI, P, Report, T0

REPORT = Report(
    name="06_forets_altitude_bureau8_fr",
    lang="fr",
    title="Document Bureau 9-1 – Rapport de la 8ème réunion du Bureau",
    meeting={"body": "Bureau", "ordinal": 8, "date": "2023-09-28", "place": "Montpellier"},
    header_left="Partenariat international « Forêts d’Altitude »",
    header_right="Document Bureau 9-1",
    footer=lambda p, t: {"left": "Version : 3 novembre 2023", "right": f"{p} | P a g e"},
    created=T0(2023, 11, 3),
    stresses="French report tabled at the next meeting: the cover code is 'Document Bureau "
             "9-1' while the meeting reported on is the 8th (documents 8-x in the body); "
             "typographic apostrophes (’); 'Vice-Présidente' kept whole; CHF amount",
    slips={"year_mismatch": "'La Feuille de route 2023 a été adoptée' closes the section "
                            "'Feuille de route 2024'",
           "chair_mismatch": "opened by the Président M. Bertrand CHAUVEL, closed by 'le "
                             "Président, M. Luc ROCHEFORT' (the treasurer); evidence on two "
                             "pages"},
    people=[
        ("M. Bertrand CHAUVEL", "CHAUVEL", "S"),
        ("Mme Nadia BELKACEM", "BELKACEM", "S"),
        ("M. Luc ROCHEFORT", "ROCHEFORT", "S"),
        ("Mme Clémence ARNAULT-VIDAL", "ARNAULT-VIDAL", "S"),
        ("M. Tenzin DORJEE", "DORJEE", "S"),
        ("Mme Paola GUERRERO-VALDÉS", "GUERRERO-VALDÉS", "M"),
    ],
    flags={"yr": "year_mismatch", "ch": ("chair_mismatch", "span-pages")},
    not_flags={"w1": "weekday is right (12 December 2023 was a Tuesday)",
               "t1": "horizon year of a strategy, not a reporting year",
               "d1": "the cover code 9-1 is the document number at the next meeting, "
                     "not a contradiction of the 8th meeting"},
    weekday_checks=[("jeudi 28 septembre 2023", True), ("mardi 12 décembre 2023", True)],
    blocks=[
        C("Partenariat international « Forêts d’Altitude »", size=16, bold=True, after=6),
        C("{{N:d1|Document Bureau 9-1}} – Rapport de la 8ème réunion du Bureau", size=13,
          bold=True, after=6),
        C("8ème réunion du Bureau", size=12, bold=True, after=1.5),
        C("jeudi 28 septembre 2023", size=11, after=1),
        C("Montpellier (France) et par visioconférence", size=11, after=8),
        H("Ouverture"),
        P("La réunion a été ouverte à 14 h 00 par le Président du Bureau, "
          "{{E:ch|M. Bertrand CHAUVEL}}, qui a souhaité la bienvenue aux membres présents à "
          "Montpellier et à ceux connectés à distance. Étaient présents : Mme Nadia BELKACEM "
          "(Vice-Présidente), M. Luc ROCHEFORT (Trésorier), Mme Clémence ARNAULT-VIDAL "
          "(Secrétaire générale), M. Tenzin DORJEE (collège des organisations de montagne) "
          "et Mme Paola GUERRERO-VALDÉS (collège de la recherche)."),
        P("{{D:approved:8-0|L’ordre du jour (document Bureau 8-0) a été approuvé}}."),
        P("Le rapport de la 7ème réunion du Bureau (document Bureau 8-1), tenue en ligne le "
          "6 juin 2023, {{D:approved:8-1|a été approuvé sans modification}}."),
        H("Demandes d’adhésion (document Bureau 8-2)"),
        P("La Secrétaire générale a présenté les quatorze demandes d’adhésion reçues depuis "
          "juin : six organisations de montagne, quatre instituts de recherche, deux "
          "collectivités et deux entreprises de la filière bois. Deux dossiers restent "
          "incomplets, faute de statuts traduits. {{D:approved:8-2|Le Bureau a validé les "
          "douze demandes d’adhésion complètes}}, qui seront présentées pour information à "
          "l’Assemblée annuelle."),
        H("Préparation de l’Assemblée annuelle (document Bureau 8-3)"),
        P("Mme Nadia BELKACEM, Vice-Présidente, a présenté le projet de programme de "
          "l’Assemblée annuelle, qui se tiendra à Katmandou du 20 au 22 mars 2024 : une "
          "journée statutaire, une journée de terrain consacrée à la gestion communautaire "
          "des forêts et une journée d’ateliers thématiques. M. Tenzin DORJEE a signalé que "
          "les délais d’obtention des visas peuvent dépasser six semaines et a proposé que "
          "les lettres d’invitation soient envoyées dès décembre."),
        P("{{D:agreed|Il a été convenu que les lettres d’invitation seraient envoyées}} au "
          "plus tard le 15 décembre 2023."),
        H("Point d’étape sur les projets pilotes (pour information)"),
        P("La Secrétaire générale a rendu compte de l’avancement des quatre projets pilotes "
          "lancés en 2022. Dans les Andes boliviennes, la mise en défens de 140 hectares de "
          "boisements de polylepis a permis une régénération naturelle spectaculaire, "
          "mesurée par les équipes communautaires formées par le projet. Au Népal, la "
          "cartographie participative des forêts villageoises est achevée dans deux "
          "districts ; les comités forestiers disposent désormais d’un plan de gestion "
          "simplifié, validé par les autorités locales. Dans les Carpates, la "
          "contractualisation avec les éleveurs a pris du retard en raison d’un changement "
          "de réglementation sur les aides agricoles. Au Maroc, enfin, les pépinières "
          "villageoises de cèdre ont produit leurs premiers plants."),
        P("M. Tenzin DORJEE a salué ces résultats et a insisté sur la nécessité de "
          "documenter les savoirs locaux mobilisés dans chaque projet, afin qu’ils ne "
          "restent pas la propriété exclusive des équipes techniques. Mme Nadia BELKACEM a "
          "suggéré qu’une session de l’Assemblée annuelle soit consacrée à la présentation "
          "croisée des quatre projets par les communautés elles-mêmes. Le Président a "
          "remercié la Secrétaire générale et les coordinateurs de terrain pour la qualité "
          "des rapports d’avancement, transmis dans les délais."),
        H("{{E:yr|Feuille de route 2024}} (document Bureau 8-4)"),
        P("La Secrétaire générale a présenté le projet de feuille de route pour l’année à "
          "venir, construit autour de trois axes qui déclinent la stratégie à "
          "l’{{N:t1|horizon 2035}} :"),
        LI("renforcer les observatoires locaux de la régénération forestière ;"),
        LI("accompagner trois projets pilotes de restauration des pâturages boisés ;"),
        LI("publier un guide des bonnes pratiques de prévention des incendies en altitude.",
           after=2),
        P("M. Luc ROCHEFORT a rappelé que le troisième axe dépend d’un financement qui n’est "
          "pas encore acquis et a souhaité que la feuille de route distingue les activités "
          "financées de celles qui restent à financer. La Secrétaire générale a accepté "
          "d’ajouter cette distinction."),
        P("{{E:yr|{{D:adopted:8-4|La Feuille de route 2023 a été adoptée}}}}."),
        H("Budget prévisionnel 2024 (document Bureau 8-5)"),
        P("Le Trésorier a présenté l’exécution du budget 2023, dont {{A|518 300 €}} étaient "
          "engagés au 31 août, et le budget prévisionnel 2024, qui s’élève à "
          "{{A|742 000 €}}. Il a signalé la contribution de {{A|95 000 CHF}} annoncée par un "
          "partenaire suisse pour le programme de prévention des incendies, qui permettrait "
          "de financer en grande partie le troisième axe de la feuille de route. "
          "{{D:approved:8-5|Le Bureau a approuvé le projet de budget 2024}}, qui sera soumis "
          "à l’Assemblée annuelle."),
        H("Questions diverses"),
        P("La 9ème réunion du Bureau se tiendra en ligne le {{N:w1|mardi 12 décembre "
          "2023}} ; le présent rapport lui sera soumis pour approbation. Mme Clémence "
          "ARNAULT-VIDAL a informé le Bureau qu’elle serait en congé du 20 novembre au "
          "1er décembre."),
        H("Clôture"),
        P("L’ordre du jour étant épuisé, la séance est levée à 17 h 45 par le Président, "
          "{{E:ch|M. Luc ROCHEFORT}}."),
    ],
)
