"""Report 28 of the look-alike set (corpus/build_lookalikes.py): relevé de conclusions of a
Comité de pilotage opened together by its two coprésidents, one of whom closes alone (a
chair look-alike)."""
from corpus.heldout.markup import h1, p, Report, title, when

org = "Contrat de rivière Loue-Lison"
blocks = [
    title(org.upper(), size=11),
    title("6e réunion du Comité de pilotage", size=13.5),
    title("Relevé de conclusions", size=12, after=1.6),
    title("jeudi 21 novembre 2024 – salle du conseil, mairie d'Ornans", size=10,
          bold=False, after=5),
    p("**Participants :** M. Arnaud JEANNIN (maire d'Ornans, coprésident), Mme Nadège "
      "COURVOISIER (Agence de l'eau, coprésidente), M. Thierry GUYON (Fédération de pêche "
      "du Doubs), Mme Élise MOUGIN (Chambre d'agriculture), M. Fabrice VERNEREY (syndicat "
      "mixte Loue-Lison), Mme Laure CUENOT (Direction départementale des territoires).",
      after=1.2),
    p("**Animation :** M. Yannick BOLE-RICHARD (chargé de mission du contrat). "
      "**Excusée :** Mme Pascale TISSOT (Région).", after=3),
    h1("1. Ouverture"),
    p("⟦N:chair|M. Arnaud JEANNIN⟧, maire d'Ornans, et ⟦N:chair|Mme Nadège COURVOISIER⟧, "
      "directrice de la délégation de l'Agence de l'eau, coprésidents du comité, ouvrent "
      "ensemble la séance à 9 h 30. ⟦D:adopted:|L'ordre du jour est adopté⟧ sans "
      "modification."),
    h1("2. Bilan des actions 2024"),
    p("M. Yannick BOLE-RICHARD présente l'avancement du contrat : onze des quatorze actions "
      "prévues en 2024 sont engagées, dont la restauration de la continuité au seuil de "
      "Montgesoye et la mise en défens de quatre kilomètres de berges. Les travaux sur la "
      "Brême sont décalés au printemps, faute d'étiage suffisant en septembre. M. Thierry "
      "GUYON souligne le retour de la truite sur le tronçon restauré en 2023."),
    p("⟦D:approved:|Le comité valide le bilan des actions 2024⟧ présenté par l'animateur."),
    h1("3. Programme d'actions 2025"),
    p("M. Fabrice VERNEREY présente le programme 2025, d'un montant de "
      "⟦A:412000:EUR|412 000 €⟧, dont ⟦A:246000:EUR|246 000 €⟧ d'aides de l'Agence de l'eau. "
      "Il comprend l'effacement du seuil de Cléron, un plan de gestion des ripisylves et "
      "l'animation agricole sur les pertes karstiques. Mme Élise MOUGIN demande que les "
      "exploitants concernés soient réunis avant le dépôt des dossiers d'aide ; Mme Laure "
      "CUENOT rappelle que l'effacement du seuil nécessite une déclaration au titre de la "
      "loi sur l'eau."),
    p("⟦D:adopted:|Le comité adopte le programme d'actions 2025⟧, l'effacement du seuil de "
      "Cléron restant subordonné à l'accord du propriétaire."),
    h1("4. Suivi de la qualité de l'eau"),
    p("M. Yannick BOLE-RICHARD présente les résultats du réseau de suivi : les "
      "concentrations en nitrates baissent légèrement à Chenecey-Buillon, mais deux "
      "épisodes de mortalité piscicole ont été relevés en juillet à l'aval d'Ornans. "
      "M. Thierry GUYON propose d'ajouter deux stations de mesure en continu de la "
      "température."),
    p("⟦D:postponed:|Le comité reporte la décision sur les deux stations supplémentaires⟧ "
      "à sa prochaine réunion, dans l'attente du chiffrage."),
    h1("5. Questions diverses"),
    p("La prochaine réunion du comité se tiendra en mai 2025 à Quingey. Mme Élise MOUGIN "
      "signale la journée technique sur les couverts végétaux du 4 décembre."),
    p("⟦N:chair|Mme Nadège COURVOISIER⟧ clôt la séance à 12 h 15."),
]

REPORT = Report(
    name="28_contrat_riviere_loue_copil6_fr",
    lang="fr",
    meeting={"body": "Comité de pilotage", "ordinal": 6, "date": "2024-11-21",
             "place": "Ornans"},
    date_as_written="jeudi 21 novembre 2024",
    head=(org, "COPIL n° 6 – Relevé de conclusions"),
    foot=lambda pg, n: ("Diffusion : membres du comité de pilotage", f"{pg}/{n}"),
    created=when(2024, 11, 29),
    blocks=blocks,
    people=[
        ("M. Arnaud JEANNIN", "JEANNIN", "S"),
        ("Mme Nadège COURVOISIER", "COURVOISIER", "S"),
        ("M. Thierry GUYON", "GUYON", "S"),
        ("Mme Élise MOUGIN", "MOUGIN", "S"),
        ("M. Fabrice VERNEREY", "VERNEREY", "S"),
        ("Mme Laure CUENOT", "CUENOT", "S"),
        ("M. Yannick BOLE-RICHARD", "BOLE-RICHARD", "S"),
        ("Mme Pascale TISSOT", "TISSOT", "M"),
    ],
    not_flags={
        "chair": "the two coprésidents opened the meeting together ('ouvrent ensemble la "
                 "séance'), so one of them closing it is no chair_mismatch",
    },
    weekdays=[("jeudi 21 novembre 2024", True)],
    stresses="Short relevé de conclusions of a river contract's steering committee "
             "(look-alike set): two coprésidents named with their functions open the "
             "meeting together ('ouvrent ensemble la séance'), the second closes it alone; "
             "a postponed decision",
)
