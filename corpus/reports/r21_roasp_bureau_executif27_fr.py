"""Report 21 of held-out set 3 (corpus/build_heldout3.py): French relevé de décisions of a
Bureau exécutif, planted wrong total row."""
from corpus.heldout.markup import gap, h1, p, Report, table, title, when

org = "Réseau ouest-africain des semences paysannes (ROASP)"
blocks = [
    title(org.upper(), size=10.5),
    title("Bureau exécutif – Relevé de décisions", size=13.5),
    title("27e réunion du Bureau exécutif", size=12, after=1.6),
    title("Réunion du ⟦N:wd1|mardi 5 mars 2024⟧ (visioconférence), 10 h – 13 h 15 (heure "
          "de Dakar)", size=10, bold=False, after=5),
    p("**Participants :** Mme Aminata DIOP (présidente), M. Jean-Baptiste KABORÉ "
      "(vice-président), M. Ousmane SECK (trésorier), Mme Fatou NDIAYE-SARR (secrétaire "
      "générale), M. Moussa dit Baba TRAORÉ, Dr Mariame OUÉDRAOGO.", after=1.2),
    p("**Excusé :** M. Kofi ADJEI-MENSAH. **Secrétariat exécutif :** M. Idrissa FALL "
      "(secrétaire exécutif), Mme Rokhaya GUÈYE (chargée de programmes).", after=3),
    p("La présidente, Mme Aminata DIOP, ouvre la réunion et constate que six des sept "
      "membres du Bureau sont connectés ; le quorum est atteint. Le présent relevé ne "
      "reprend que les décisions prises et les éléments utiles à leur compréhension ; "
      "les échanges détaillés figurent dans l'enregistrement conservé au secrétariat "
      "de Thiès."),
    h1("Point 1 – Relevé de la 26e réunion (document BE 27-1)"),
    p("Mme Fatou NDIAYE-SARR signale une coquille dans la liste des participants de la "
      "⟦N:prev|26e réunion⟧, qui sera corrigée."),
    p("**Décision 1 :** ⟦D:approved:27-1|Le Bureau valide le relevé de décisions de la "
      "26e réunion⟧, sous réserve de la correction signalée."),
    h1("Point 2 – Programme « Semences et résilience » 2024-2027 (document BE 27-2)"),
    p("M. Idrissa FALL présente la note conceptuelle du programme, d'un coût total de "
      "⟦N:sum|⟦A:3000000:EUR|3 millions d'euros⟧⟧ sur quatre ans : "
      "⟦N:sum|⟦A:2750000:EUR|2,75 millions d'euros⟧⟧ seraient demandés à l'Agence "
      "partenaire et ⟦N:sum|⟦A:250000:EUR|250 000 €⟧⟧ apportés en cofinancement par le "
      "Réseau. Le programme s'appuierait au Sénégal sur le fonds national semencier, "
      "doté de ⟦A:1200000000:XOF|1,2 milliard de francs CFA⟧. Dr Mariame OUÉDRAOGO "
      "demande que le Burkina Faso et le Niger figurent parmi les pays pilotes ; "
      "M. Jean-Baptiste KABORÉ appuie cette demande."),
    p("**Décision 2 :** ⟦D:adopted:27-2|Le Bureau adopte la note conceptuelle du "
      "programme « Semences et résilience »⟧, complétée par l'ajout du Burkina Faso et "
      "du Niger, et mandate le secrétaire exécutif pour la déposer avant le 30 avril "
      "2024."),
    h1("Point 3 – Appuis directs aux groupements en 2024 (document BE 27-3)"),
    p("M. Ousmane SECK, trésorier, présente la répartition par pays des appuis directs "
      "aux groupements membres, d'un montant total de ⟦A:275000:EUR|275 000 €⟧. Les "
      "montants du tableau sont en euros."),
    table(["Pays", "Groupements", "Montant (€)"],
          [["Sénégal", "14", "84 500"],
           ["Mali", "11", "66 000"],
           ["Burkina Faso", "9", "58 250"],
           ["Niger", "6", "37 750"],
           ["Guinée", "5", "28 500"],
           ["Total", "47", "275 000"]],
          widths=[86, 40, 40], aligns="LRR",
          caption="Tableau – Appuis directs 2024 par pays", sum_cols=[2], bad_cols=[1]),
    p("M. Moussa dit Baba TRAORÉ relève que la part du Mali a baissé par rapport à 2023 ; "
      "le trésorier explique que deux groupements maliens n'ont pas encore remis leur "
      "rapport financier."),
    p("**Décision 3 :** ⟦D:approved:27-3|Le Bureau approuve la répartition des appuis "
      "directs 2024 par pays⟧ telle que présentée dans le document BE 27-3."),
    p("**Décision 4 :** ⟦D:approved:|La cotisation annuelle des groupements membres est "
      "maintenue à ⟦A:12500:XOF|12 500 francs CFA⟧⟧ pour 2024."),
    h1("Point 4 – Demande d'adhésion de l'Union des productrices de Bafatá"),
    p("Mme Rokhaya GUÈYE indique que le dossier de l'Union, déposé en février, ne "
      "comporte pas encore ses statuts enregistrés."),
    p("**Décision 5 :** ⟦D:postponed:|Le Bureau reporte à sa prochaine réunion l'examen "
      "de la demande d'adhésion de l'Union des productrices de Bafatá⟧."),
    h1("Point 5 – Lieu de l'Assemblée générale 2024"),
    p("M. Moussa dit Baba TRAORÉ propose de tenir l'Assemblée générale à Bamako. La "
      "présidente rappelle que l'Assemblée générale de 2023 a approuvé le principe d'une "
      "rotation entre les pays, et que le conseil d'orientation de la Fondation "
      "partenaire a déjà validé un budget de déplacement calculé pour Thiès."),
    p("**Décision 6 :** ⟦D:rejected:|Le Bureau ne retient pas la proposition de tenir "
      "l'Assemblée générale 2024 à Bamako⟧ ; elle se tiendra à Thiès en novembre."),
    h1("Point 6 – Divers"),
    p("Le Bureau sera invité à valider le rapport d'activité 2023 lors de sa prochaine "
      "réunion. Dr Mariame OUÉDRAOGO remercie le secrétariat pour la qualité des "
      "documents. Prochaine réunion : ⟦N:wd2|jeudi 16 mai 2024⟧, en visioconférence."),
    gap(4),
    p("Pour le Bureau exécutif, la présidente, Mme Aminata DIOP"),
]
REPORT = Report(
    name="21_roasp_bureau_executif27_fr",
    lang="fr",
    meeting={"body": "Bureau exécutif", "ordinal": 27, "date": "2024-03-05",
             "place": None},
    date_as_written="mardi 5 mars 2024",
    head=("ROASP – Secrétariat exécutif, Thiès (Sénégal)", "BE 27 – Relevé de décisions"),
    foot=lambda pg, n: ("Relevé validé par la présidente le 12 mars 2024",
                        f"Page {pg} / {n}"),
    created=when(2024, 3, 12),
    blocks=blocks,
    people=[
        ("Mme Aminata DIOP", "DIOP", "S"),
        ("Mme Fatou NDIAYE-SARR", "NDIAYE-SARR", "S"),
        ("M. Idrissa FALL", "FALL", "S"),
        ("Dr Mariame OUÉDRAOGO", "OUÉDRAOGO", "S"),
        ("M. Jean-Baptiste KABORÉ", "KABORÉ", "S"),
        ("M. Ousmane SECK", "SECK", "S"),
        ("M. Moussa dit Baba TRAORÉ", "TRAORÉ", "S"),
        ("Mme Rokhaya GUÈYE", "GUÈYE", "S"),
        ("M. Kofi ADJEI-MENSAH", "ADJEI-MENSAH", "M"),
    ],
    # The amount column (275 000) is right, but it is not listed as a look-alike: the true
    # flag naturally quotes the whole Total row "Total 47 275 000", so a not_flag quoting
    # "275 000" would count a correct flag as a false alarm.  A wrong flag about the
    # amount column still counts against precision as an unmatched flag.
    flags={"total": ("table_total_mismatch", ["47"])},
    not_flags={
        "wd1": "weekday is right (5 March 2024 was a Tuesday)",
        "wd2": "weekday is right (16 May 2024 was a Thursday)",
        "prev": "the 26th meeting is the previous meeting, not a meeting-number "
                "contradiction",
        "sum": "3 millions d'euros = 2,75 millions d'euros + 250 000 € (stated sum is right)",
    },
    weekdays=[("mardi 5 mars 2024", True), ("jeudi 16 mai 2024", True)],
    sums=[(3000000, [2750000, 250000], True), (275000, [84500, 66000, 58250, 37750, 28500],
                                              True)],
    stresses="French 'Relevé de décisions' of a Bureau exécutif: '27e réunion', "
             "'Réunion du mardi 5 mars 2024 (visioconférence)' (place null), decisions as "
             "numbered bold labels 'Décision n :' ('Le Bureau valide / adopte / approuve "
             "…', 'La cotisation … est maintenue', 'Le Bureau reporte …', 'Le Bureau ne "
             "retient pas …'), '3 millions d'euros' / '2,75 millions d'euros' / "
             "'250 000 €' / '12 500 francs CFA' / '1,2 milliard de francs CFA' in a "
             "report naming Sénégal (XOF), West African names ('M. Moussa dit Baba "
             "TRAORÉ', 'NDIAYE-SARR', 'OUÉDRAOGO'); ruled table whose amount column is "
             "right; look-alikes: the 2023 General Assembly's and a foundation's "
             "approvals, 'sera invité à valider … lors de sa prochaine réunion'",
    slips="`table_total_mismatch` p.1: the table's Total row says 47 groupements; the "
          "countries add up to 45 (the amount column, 275 000, is right)",
)
