"""Report 08 of the tuning corpus (corpus/build.py): Compte rendu de la 6e réunion du Comité
technique."""
from corpus.tuning.markup import C, H, P, Report, T0

REPORT = Report(
    name="08_rfjb_comite_technique6_fr",
    lang="fr",
    title="Compte rendu de la 6e réunion du Comité technique",
    meeting={"body": "Comité technique", "ordinal": 6, "date": "2024-05-15",
             "place": "Liège"},
    header_left="Réseau francophone des Jardins botaniques",
    header_right="CT-6 / Compte rendu",
    footer=lambda p, t: {"right": f"Compte rendu CT-6 – page {p} sur {t}"},
    created=T0(2024, 5, 31),
    stresses="French names stress: names broken across lines, one name broken across a "
             "page break ('Mme Marie-Claude' / 'TREMBLAY'), a hyphenated family name broken "
             "at a line end exactly on its hyphen ('FERRAND-' / 'AUBRY'), the Secrétaire "
             "exécutif acting only through his role (named once in the attendance list), a "
             "first-name-only speaker 'Mme Carla (nom non indiqué)', particles ('LE GALL', "
             "'de VILLENEUVE'), an apostrophe name (N'GUESSAN)",
    slips={},
    people=[
        ("Mme Anne-Laure VERHAEGEN", "VERHAEGEN", "S"),
        ("M. Kouassi N'GUESSAN", "N'GUESSAN", "S"),
        ("M. Hervé LE GALL", "LE GALL", "S"),
        ("M. Jean-Loup FERRAND-AUBRY", "FERRAND-AUBRY", "S"),
        ("Mme Marie-Claude TREMBLAY", "TREMBLAY", "S"),
        ("Dr Ousmane SY", "SY", "S"),
        ("Mme Carla", "Carla", "S"),
        ("Mme Ingeborg DAHL", "DAHL", "M"),
        ("M. Tiago FONSECA", "FONSECA", "M"),
        ("Mme Sophie LAMBERT", "LAMBERT", "M"),
        ("M. Philippe de VILLENEUVE", "de VILLENEUVE", "M"),
    ],
    not_flags={"w1": "weekday is right (15 May 2024 was a Wednesday)",
               "s1": "48 000 € = 33 000 € + 15 000 €"},
    weekday_checks=[("mercredi 15 mai 2024", True)],
    sum_checks=[(48000, [33000, 15000], True)],
    blocks=[
        C("Réseau francophone des Jardins botaniques", size=16, bold=True, after=2),
        C("Compte rendu de la 6e réunion du Comité technique", size=13.5, bold=True,
          after=2),
        C("{{N:w1|mercredi 15 mai 2024}} – Jardin botanique de Liège (Belgique)", size=11,
          after=7),
        P("**Présents :** Mme Anne-Laure VERHAEGEN (Présidente), M. Kouassi N'GUESSAN "
          "(Vice-Président), M. Hervé LE GALL (Secrétaire exécutif), M. Jean-Loup "
          "FERRAND-AUBRY, Mme Marie-Claude TREMBLAY, Dr Ousmane SY, Mme Ingeborg DAHL, "
          "M. Tiago FONSECA."),
        P("**Excusée :** Mme Sophie LAMBERT.", after=4),
        H("1. Ouverture de la réunion"),
        P("La Présidente a ouvert la séance à 9 h 30 et remercié le Jardin botanique de "
          "Liège pour son accueil. {{D:approved:6-0|L'ordre du jour (document CT 6-0) a été "
          "approuvé}}. {{D:approved:6-1|Le compte rendu de la 5e réunion (document CT 6-1) "
          "a été approuvé}}, sous réserve d'une correction dans la liste des jardins "
          "représentés."),
        H("2. Inventaire commun des collections vivantes (document CT 6-2)"),
        P("Le Secrétaire exécutif a présenté l'état d'avancement de l'inventaire commun des "
          "collections vivantes, réalisé selon la méthode mise au point par M. Philippe de "
          "VILLENEUVE lors de la phase pilote. Vingt-trois jardins ont transmis leurs "
          "données ; six autres ont demandé un délai supplémentaire en raison du départ de "
          "leur conservateur. Les premiers résultats montrent que près d'un tiers des "
          "espèces menacées cultivées dans le réseau ne sont présentes que dans un seul "
          "jardin, ce qui pose la question de la sécurité de ces collections."),
        P("M. Jean-Loup FERRAND-AUBRY a proposé que les jardins qui détiennent ces "
          "espèces uniques s'engagent à partager des boutures avec au moins un autre "
          "membre du réseau. Le Vice-Président, M. Kouassi N'GUESSAN, a soutenu cette "
          "proposition en rappelant les pertes subies par le jardin d'Abidjan lors des "
          "inondations de 2022. Le Secrétaire exécutif a indiqué que le principe de "
          "sauvegarde croisée des collections proposé par {{X:lb|M. FERRAND-^AUBRY}} "
          "serait intégré au plan d'action."),
        P("{{D:agreed|Il a été convenu que chaque jardin détenteur d'une espèce unique "
          "désignerait un jardin partenaire}} avant la prochaine réunion."),
        H("3. Programme d'échanges de jardiniers"),
        P("Le Vice-Président, M. Kouassi N'GUESSAN, a présenté le bilan de la première "
          "année du programme d'échanges de jardiniers, qui a permis à onze agents de passer "
          "entre deux et six semaines dans un autre jardin du réseau. Les jardins d'accueil "
          "ont apprécié l'apport de compétences nouvelles, notamment en matière de "
          "multiplication des espèces tropicales et de conduite des serres. Les principales "
          "difficultés tiennent à l'obtention des visas et au coût du logement, que "
          "certains jardins d'accueil ne peuvent pas prendre en charge."),
        P("La Présidente a souligné que le programme répondait à une attente forte des "
          "jardins du Sud, dont les équipes ont rarement accès à la formation continue. Le "
          "Dr Ousmane SY a proposé que chaque séjour donne lieu à une fiche de retour "
          "d'expérience, mise en ligne sur l'espace collaboratif du réseau et résumée dans "
          "le rapport annuel. {{X:pb|Mme Marie-Claude TREMBLAY}} a indiqué que son jardin pourrait accueillir deux agents "
          "en 2025, à condition que les séjours aient lieu entre mai et septembre."),
        P("{{D:agreed|Il a été convenu de reconduire le programme d'échanges de jardiniers "
          "en 2025}}, avec un objectif de quinze séjours."),
        H("4. Communication et site internet"),
        P("Le Secrétaire exécutif a présenté la nouvelle maquette du site internet du "
          "réseau, qui comportera une carte interactive des jardins membres, un agenda "
          "commun et une rubrique consacrée aux espèces menacées. La mise en ligne est "
          "prévue pour septembre. Il a rappelé que la lettre d'information trimestrielle "
          "compte désormais plus de deux mille abonnés, dont une majorité d'enseignants et "
          "d'animateurs nature."),
        P("M. Jean-Loup FERRAND-AUBRY a regretté que la lettre ne soit diffusée qu'en "
          "français et a suggéré une version bilingue, au moins pour les éditoriaux. Le "
          "Vice-Président a rappelé que plusieurs jardins d'Afrique de l'Ouest travaillent "
          "aussi en anglais avec leurs partenaires ghanéens et nigérians."),
        H("5. Charte d'échange de semences (document CT 6-3)"),
        P("Le Dr Ousmane SY a présenté le projet de charte d'échange de semences, qui "
          "précise les conditions de transfert du matériel végétal entre les membres et "
          "avec les jardins extérieurs au réseau. Il a insisté sur le respect des règles "
          "d'accès et de partage des avantages et sur la traçabilité des lots."),
        P("Plusieurs membres ont souligné la lourdeur des procédures phytosanitaires. "
          "Mme Marie-Claude TREMBLAY a décrit le système de registre électronique "
          "utilisé au Québec, qui pourrait servir de modèle. Mme Carla (nom non indiqué), "
          "du jardin botanique de Cotonou, qui participait en ligne, a demandé que la charte "
          "prévoie un accompagnement des petits jardins qui ne disposent pas de personnel "
          "spécialisé. Le Dr SY a répondu que des fiches pratiques seraient rédigées."),
        P("{{D:adopted:6-3|Le Comité a adopté la Charte d'échange de semences}}, qui sera "
          "transmise aux directeurs des jardins membres."),
        H("6. Budget et financements"),
        P("Le Secrétaire exécutif a indiqué que le budget du programme d'inventaire s'élève "
          "à {{N:s1|{{A|48 000 €}}}} pour 2024, dont {{A|33 000 €}} de cotisations et une "
          "subvention de {{A|15 000 €}} obtenue auprès d'une fondation privée. Le Vice-"
          "Président a souhaité que le réseau recherche des financements pluriannuels."),
        H("7. Clôture"),
        P("La prochaine réunion du Comité se tiendra à Dakar en novembre 2024. La Présidente, "
          "Mme Anne-Laure VERHAEGEN, a levé la séance à 16 h 30."),
    ],
)
