"""Written held-out report y2: the 'compte rendu analytique' of a meeting of an invented
intergovernmental river-basin authority's Council of Ministers, in the style of
international bodies' summary records: numbered paragraphs in a hanging column, everything
in reported speech ('M. Diallo (Sénégal) dit que …', 'Mme Ngono (Cameroun) souhaiterait
savoir …'), delegates named by family name and country only, decisions taken 'en l'absence
d'objection' ('Il en est ainsi décidé.'), by consensus or put to the vote, figures in
francs CFA written out in full; planted slips: a wrong weekday for the closing meeting and
a chair who closes the meeting without any hand-over recorded."""
from corpus.heldout.markup import when
from corpus.written.blocks import h1, p, title
from corpus.written.render import WReport
from corpus.written3.render3 import Style3

N = iter(range(1, 100))


def para(text):
    return p(text, label=f"{next(N)}.", after=2.0)


blocks = [
    title("AUTORITÉ DU BASSIN DU KOULOUNGOU", size=11.0, after=0.8),
    title("Conseil des ministres — Quatorzième session", size=10.5, bold=False, after=3.0),
    title("COMPTE RENDU ANALYTIQUE DE LA 1re SÉANCE", size=12.0, after=1.0),
    title("tenue au siège de l'Autorité, à Lomé, le jeudi 13 novembre 2025, à 10 heures",
          size=10.0, bold=False, after=1.0),
    title("Président : M. Kaboré (Burkina Faso)", size=10.0, bold=False, after=1.0),
    title("Secrétaire exécutif : M. Issoufou Garba", size=10.0, bold=False, after=4.0),
    p("La séance est ouverte à 10 h 10 sous la présidence de M. Kaboré (Burkina Faso).",
      italic=True),
    h1("Adoption du compte rendu de la treizième session (CM-14/1)"),
    para("Le Président dit qu'en l'absence d'objection, il considérera que le Conseil "
         "souhaite ⟦D:adopted:CM-14/1|adopter le compte rendu de sa treizième session⟧, "
         "tenue à Niamey le ⟦N:prev|jeudi 14 novembre 2024⟧."),
    para("Il en est ainsi décidé."),
    h1("Rapport d'activité du Secrétariat exécutif (CM-14/3)"),
    para("M. Garba (Secrétaire exécutif) présente le rapport. Il rappelle que le Comité "
         "technique, réuni le ⟦N:cte|lundi 10 novembre 2025⟧ sous la présidence de Mme Fatou "
         "Sarr, a examiné les données hydrologiques de la campagne ; le rapport d'évaluation "
         "établi par M. Jean-Baptiste Kouadio, consultant, est joint en annexe."),
    para("M. Diallo (Sénégal) dit que son pays salue la remise en service de six stations de "
         "mesure mais s'inquiète de l'envasement du barrage de Téliko, qui menace "
         "l'irrigation en aval."),
    para("Mme Ngono (Cameroun) souhaiterait savoir si l'étude de l'envasement pourra être "
         "financée sur les ressources propres de l'Autorité."),
    para("M. Garba (Secrétaire exécutif) répond que l'étude est estimée à "
         "⟦A:185000000:XOF|185 millions de francs CFA⟧ et qu'un partenaire technique s'est "
         "déclaré prêt à en couvrir la moitié."),
    para("Le Président dit qu'en l'absence d'objection, il considérera que le Conseil "
         "souhaite ⟦D:agreed:CM-14/3|prendre note avec satisfaction du rapport d'activité du "
         "Secrétariat exécutif⟧."),
    para("Il en est ainsi décidé."),
    h1("Budget-programme pour l'exercice 2026 (CM-14/4)"),
    para("M. Garba (Secrétaire exécutif) présente le projet de budget-programme, arrêté en "
         "recettes et en dépenses à ⟦A:12480000000:XOF|12 480 000 000 francs CFA⟧. "
         "⟦N:contrib|La contribution statutaire de chacun des huit États membres reste fixée "
         "à ⟦A:1560000000:XOF|1 560 000 000 francs CFA⟧⟧."),
    para("M. Traoré (Mali) propose de ramener la dotation du fonds de fonctionnement à "
         "⟦A:900000000:XOF|900 millions de francs CFA⟧. M. Ould Cheikh (Mauritanie) appuie "
         "la proposition ; Mme Adjovi (Bénin) s'y oppose, le fonds ayant déjà été réduit en "
         "2024."),
    para("La proposition de M. Traoré n'étant pas retenue, ⟦D:adopted:CM-14/4|le projet de "
         "décision CM-14/D.4 sur le budget-programme pour l'exercice 2026 est adopté par "
         "consensus⟧."),
    h1("Siège du centre régional de prévision des crues (CM-14/5)"),
    para("Mme Adjovi (Bénin) présente la candidature de Cotonou ; M. Mensah (Togo) celle de "
         "Lomé. Mme Tchamba (Gabon) estime que le Conseil ne peut se prononcer avant l'étude "
         "comparative des deux sites."),
    para("Le Président propose ⟦D:postponed:CM-14/5|de reporter la décision sur le siège du "
         "centre à la quinzième session⟧. Il en est ainsi décidé."),
    h1("Demande de statut d'observateur (CM-14/6)"),
    para("M. Diallo (Sénégal) demande un vote sur le projet de décision CM-14/D.6, qui "
         "accorderait le statut d'observateur à la Fédération des pêcheurs du Kouloungou."),
    para("⟦D:rejected:CM-14/6|Le projet de décision CM-14/D.6 est rejeté ⟦N:obs|par 3 voix "
         "contre 4, avec 1 abstention⟧⟧."),
    h1("Arriérés de contributions (CM-14/7)"),
    para("M. Garba (Secrétaire exécutif) indique que ⟦N:arr|les arriérés s'élèvent à "
         "⟦A:2340000000:XOF|2 340 000 000 francs CFA⟧, dont "
         "⟦A:1210000000:XOF|1 210 000 000 francs CFA⟧ dus au titre de 2023 et "
         "⟦A:1130000000:XOF|1 130 000 000 francs CFA⟧ au titre de 2024⟧."),
    para("En l'absence d'objection, ⟦D:approved:CM-14/7|le Conseil approuve le plan "
         "d'apurement des arriérés sur trois exercices⟧ proposé par le Secrétariat."),
    h1("Questions diverses"),
    para("Le Président annonce que la séance de clôture se tiendra le ⟦E:wd|mardi 19 "
         "novembre 2025⟧, à 15 heures."),
    p("⟦E:chair|Mme Tchamba⟧ (Gabon), Présidente, prononce la clôture de la séance à "
      "12 h 50.", italic=True),
]
REPORT = WReport(
    name="y2_kouloungou_compte_rendu_analytique_fr",
    lang="fr",
    meeting={"body": "Conseil des ministres", "ordinal": 14, "date": "2025-11-13",
             "place": "Lomé"},
    date_as_written="jeudi 13 novembre 2025",
    head=("ABK/CM-14/SR.1", "Compte rendu analytique"),
    foot=lambda pg, n: ("Distr. générale — Original : français", f"{pg}/{n}"),
    created=when(2025, 11, 20),
    blocks=blocks,
    people=[
        ("M. Kaboré", "Kaboré", "S"),
        ("M. Issoufou Garba", "Garba", "S"),
        ("M. Diallo", "Diallo", "S"),
        ("Mme Ngono", "Ngono", "S"),
        ("M. Traoré", "Traoré", "S"),
        ("M. Ould Cheikh", "Ould Cheikh", "S"),
        ("Mme Adjovi", "Adjovi", "S"),
        ("M. Mensah", "Mensah", "S"),
        ("Mme Tchamba", "Tchamba", "S"),
        ("Mme Fatou Sarr", "Sarr", "M"),
        ("M. Jean-Baptiste Kouadio", "Kouadio", "M"),
    ],
    flags={"wd": "weekday_mismatch", "chair": "chair_mismatch"},
    not_flags={
        "prev": "the previous session's date and weekday are right (14 November 2024 was a "
                "Thursday)",
        "cte": "the technical committee's date and weekday are right",
        "contrib": "eight equal contributions make the budget: a product, not a stated sum",
        "obs": "3 + 4 + 1 = 8 member States",
        "arr": "1 210 000 000 + 1 130 000 000 = 2 340 000 000",
    },
    weekdays=[("jeudi 13 novembre 2025", True), ("jeudi 14 novembre 2024", True),
              ("lundi 10 novembre 2025", True), ("mardi 19 novembre 2025", False)],
    sums=[(2340000000, [1210000000, 1130000000], True), (12480000000, [1560000000] * 8,
                                                           True), (8, [3, 4, 1], True)],
    style=Style3(paper="a4", font="serif-bi", body_size=10.0, leading=1.4, left=30.0,
                 right=30.0, top=30.0, bottom=24.0, justify=True, heading="center",
                 label_w=9.0, foot_rule=True),
    stresses="an intergovernmental body's 'compte rendu analytique' (summary record): "
             "symbol 'ABK/CM-14/SR.1' as running header, 'Président : M. Kaboré (Burkina "
             "Faso)' on the cover, paragraphs numbered in a hanging column, everything in "
             "reported speech ('M. Diallo (Sénégal) dit que …', 'Mme Ngono (Cameroun) "
             "souhaiterait savoir …'), delegates named by title, family name and country "
             "only, the Executive Secretary by his office in brackets, decisions taken 'en "
             "l'absence d'objection' and confirmed by a separate paragraph 'Il en est ainsi "
             "décidé.', by consensus or by vote, figures in francs CFA ('185 millions de "
             "francs CFA', '12 480 000 000 francs CFA'), document symbols as refs "
             "('CM-14/4'); DejaVu Serif 10 pt justified, centred bold-italic headings",
    slips="`weekday_mismatch`: the closing meeting 'le mardi 19 novembre 2025' (a "
          "Wednesday); `chair_mismatch`: opened 'sous la présidence de M. Kaboré (Burkina "
          "Faso)', closed by 'Mme Tchamba (Gabon), Présidente' with no hand-over recorded",
)
