"""Report 27 of the look-alike set (corpus/build_lookalikes.py): short compte rendu of a
Conseil d'administration whose Président, taken ill, leaves before the close; the
Vice-Présidente closes and the report says why (a chair look-alike)."""
from corpus.heldout.markup import h1, p, Report, title, when

org = "Association Les Vergers du Pilat"
blocks = [
    title(org.upper(), size=11),
    title("Conseil d'administration – 12e réunion", size=13.5),
    title("Compte rendu", size=12, after=1.6),
    title("mardi 14 mai 2024, 14 h 30 – Maison du Parc, Pélussin (Loire)", size=10,
          bold=False, after=5),
    p("**Administrateurs présents :** M. Gérard CHAMBON (Président), Mme Odile FAYOLLE "
      "(Vice-Présidente), M. Rémi BESSON (Trésorier), Mme Hélène MARCOUX (Secrétaire), "
      "M. Julien ROCHETTE, Mme Carole VIALLON, M. Bastien TEYSSIER.", after=1.2),
    p("**Excusé :** M. Louis GRANGER. **Invitée :** Mme Inès BOURRAT, chargée de mission "
      "vergers au Parc naturel régional du Pilat.", after=3),
    h1("1. Ouverture de la séance"),
    p("Le Président, ⟦N:chair|M. Gérard CHAMBON⟧, a ouvert la séance à 14 h 30 et remercié "
      "le Parc pour son accueil. Sept administrateurs sur huit étant présents, le quorum "
      "est atteint. ⟦D:adopted:|L'ordre du jour a été adopté⟧ sans modification."),
    h1("2. Compte rendu de la 11e réunion"),
    p("Mme Hélène MARCOUX a rappelé les deux corrections demandées par courriel sur la "
      "liste des greffons commandés. ⟦D:approved:|Le compte rendu de la 11e réunion a été "
      "approuvé⟧ à l'unanimité, ainsi corrigé."),
    h1("3. Comptes de l'exercice 2023"),
    p("M. Rémi BESSON a présenté les comptes de l'exercice 2023 : les recettes s'élèvent "
      "à ⟦A:48200:EUR|48 200 €⟧, dont ⟦A:21500:EUR|21 500 €⟧ de ventes de jus et de "
      "plants, et les dépenses à ⟦A:45900:EUR|45 900 €⟧. Le pressoir mobile, loué "
      "quarante-deux jours à l'automne, a couvert ses frais d'entretien pour la première "
      "fois. Mme Carole VIALLON a demandé que la part des cotisations soit présentée à "
      "part l'an prochain ; le Trésorier s'y est engagé."),
    p("⟦D:approved:|Le Conseil a approuvé les comptes de l'exercice 2023⟧ à l'unanimité "
      "et proposera à l'assemblée générale d'affecter l'excédent au fonds de "
      "renouvellement du matériel."),
    h1("4. Verger conservatoire de Véranne"),
    p("Mme Inès BOURRAT a présenté le projet de verger conservatoire : quarante arbres de "
      "variétés locales (reinette du Pilat, poire de Grisail, pomme Tardive de Chavanay) "
      "sur une parcelle communale de 0,6 hectare, prêtée pour quinze ans. Le Parc prendrait "
      "en charge la moitié des plants ; le devis de la pépinière, clôture comprise, est de "
      "⟦A:6800:EUR|6 800 €⟧. M. Julien ROCHETTE a proposé que les écoles de Véranne et de "
      "Roisey soient associées à la plantation, prévue en novembre."),
    p("⟦D:approved:|Le Conseil a autorisé le Président à signer la convention de prêt de "
      "la parcelle et le devis de la pépinière⟧, sous réserve de l'accord écrit du Parc "
      "sur sa participation."),
    h1("5. Fête de la pomme 2024"),
    p("M. Bastien TEYSSIER a rendu compte de la réunion avec la commune de Pélussin : la "
      "fête se tiendra le samedi 12 octobre 2024 sur la place de l'église, avec un atelier "
      "de greffe, le pressage public et un marché de producteurs. Une vingtaine de "
      "bénévoles sont nécessaires ; Mme Odile FAYOLLE coordonnera le planning."),
    p("⟦D:agreed:|Il a été convenu que l'association tiendrait le stand de pressage et "
      "l'atelier de greffe⟧, la buvette étant confiée au comité des fêtes."),
    h1("6. Questions diverses et clôture"),
    p("Mme Hélène MARCOUX a signalé que le site internet de l'association sera migré chez "
      "un nouvel hébergeur en juin. La prochaine réunion du Conseil aura lieu en septembre, "
      "à une date fixée par sondage."),
    p("Le Président, souffrant, n'ayant pu assister à la fin des débats, la séance a été "
      "levée à 17 h 10 par la Vice-Présidente, ⟦N:chair|Mme Odile FAYOLLE⟧."),
]

REPORT = Report(
    name="27_vergers_pilat_ca12_fr",
    lang="fr",
    meeting={"body": "Conseil d'administration", "ordinal": 12, "date": "2024-05-14",
             "place": "Pélussin"},
    date_as_written="mardi 14 mai 2024",
    head=(org, "CA n° 12 – Compte rendu"),
    foot=lambda pg, n: ("Compte rendu approuvé lors de la 13e réunion", f"Page {pg} / {n}"),
    created=when(2024, 5, 22),
    blocks=blocks,
    people=[
        ("M. Gérard CHAMBON", "CHAMBON", "S"),
        ("Mme Odile FAYOLLE", "FAYOLLE", "S"),
        ("M. Rémi BESSON", "BESSON", "S"),
        ("Mme Hélène MARCOUX", "MARCOUX", "S"),
        ("M. Julien ROCHETTE", "ROCHETTE", "S"),
        ("Mme Carole VIALLON", "VIALLON", "S"),
        ("M. Bastien TEYSSIER", "TEYSSIER", "S"),
        ("Mme Inès BOURRAT", "BOURRAT", "S"),
        ("M. Louis GRANGER", "GRANGER", "M"),
    ],
    not_flags={
        "chair": "the Président, taken ill ('souffrant, n'ayant pu assister à la fin des "
                 "débats'), did not close: the Vice-Présidente did, and the report says why",
    },
    weekdays=[("mardi 14 mai 2024", True), ("samedi 12 octobre 2024", True)],
    stresses="Short compte rendu of an association's board (look-alike set): the Président "
             "opens, falls ill and leaves; the closing sentence gives the reason "
             "('souffrant, n'ayant pu assister à la fin des débats') before the "
             "Vice-Présidente closes",
)
