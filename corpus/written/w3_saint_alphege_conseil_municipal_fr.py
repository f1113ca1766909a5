"""Written held-out report 3: a Québec municipal procès-verbal, resolution numbers
'2024-03-0nn' in the left margin column, 'IL EST PROPOSÉ PAR … APPUYÉ PAR … ET RÉSOLU',
'$' as Canadian dollars after the figure, an avis de motion, a 'Période de questions';
planted sum slip in the contract awarded."""
from corpus.heldout.markup import when
from corpus.written.blocks import Style, gap, h1, p, table, title
from corpus.written.render import WReport

blocks = [
    p("PROVINCE DE QUÉBEC\nMRC DU VAL-SAINT-OURS\nMUNICIPALITÉ DE SAINT-ALPHÈGE-DES-ÉRABLES",
      after=4, bold=True),
    title("PROCÈS-VERBAL", size=13),
    p("Procès-verbal de la séance ordinaire du conseil municipal de la Municipalité de "
      "Saint-Alphège-des-Érables, tenue le ⟦N:wd|lundi 11 mars 2024⟧ à 19 h 30, à la salle "
      "du conseil, 412, rang Saint-Joseph, sous la présidence de M. le maire Réjean "
      "Lapointe.", after=2),
    p("Sont présents : Mmes les conseillères Nathalie Bérubé et Sylvie Gagnon-Lessard, "
      "MM. les conseillers Michel Thériault, Étienne Poulin et Kevin Lajoie.", after=1),
    p("Est absente : Mme la conseillère Chantal Desjardins.", after=1),
    p("Formant quorum sous la présidence du maire. Assiste également à la séance : "
      "Mme Josée Carrier, directrice générale et greffière-trésorière.", after=2),
    h1("1. Ouverture de la séance"),
    p("Le maire, M. Réjean Lapointe, constate le quorum et ouvre la séance à 19 h 30."),
    h1("2. Adoption de l'ordre du jour"),
    p("IL EST PROPOSÉ PAR Mme la conseillère Nathalie Bérubé, APPUYÉ PAR M. le conseiller "
      "Michel Thériault ET RÉSOLU À L'UNANIMITÉ des conseillers présents "
      "⟦D:adopted:|d'adopter l'ordre du jour tel que présenté⟧.", label="2024-03-051"),
    h1("3. Adoption du procès-verbal de la séance ordinaire du 12 février 2024"),
    p("IL EST PROPOSÉ PAR M. le conseiller Étienne Poulin, APPUYÉ PAR Mme la conseillère "
      "Sylvie Gagnon-Lessard ET RÉSOLU À L'UNANIMITÉ ⟦D:adopted:|d'adopter le procès-verbal "
      "de la séance ordinaire du 12 février 2024⟧ tel que rédigé.", label="2024-03-052"),
    h1("4. Comptes à payer"),
    p("CONSIDÉRANT que la directrice générale a déposé la liste des comptes à payer au "
      "29 février 2024;", label="2024-03-053"),
    p("IL EST PROPOSÉ PAR M. le conseiller Kevin Lajoie, APPUYÉ PAR Mme la conseillère "
      "Nathalie Bérubé ET RÉSOLU À L'UNANIMITÉ ⟦D:approved:|d'approuver la liste des "
      "comptes à payer au montant de ⟦A:87412.36:CAD|87 412,36 $⟧⟧ et d'en autoriser le "
      "paiement."),
    h1("5. Dépôt de l'état comparatif des revenus et dépenses"),
    p("La directrice générale dépose l'état comparatif au 29 février 2024, dont voici le "
      "sommaire :"),
    table(["Poste", "Budget 2024", "Réalisé au 29 février"],
          [["Taxes foncières", "1 284 500", "1 190 230"],
           ["Compensations tenant lieu de taxes", "46 200", "0"],
           ["Transferts", "312 800", "41 650"],
           ["Services rendus et autres revenus", "98 400", "17 915"],
           ["Total des revenus", "1 741 900", "1 249 795"]],
          [70.0, 52.0, 53.9], "LRR", rules="lines", sum_cols=[1, 2]),
    h1("6. Octroi du contrat de rechargement du rang Saint-Joseph"),
    p("CONSIDÉRANT l'appel d'offres public lancé pour le rechargement du rang Saint-Joseph;",
      label="2024-03-054"),
    p("CONSIDÉRANT que trois soumissions conformes ont été reçues et ouvertes le 4 mars "
      "2024;"),
    p("IL EST PROPOSÉ PAR M. le conseiller Michel Thériault, APPUYÉ PAR M. le conseiller "
      "Étienne Poulin ET RÉSOLU À LA MAJORITÉ ⟦D:approved:|d'octroyer le contrat de "
      "rechargement du rang Saint-Joseph à Excavation Gingras inc.⟧, plus bas "
      "soumissionnaire conforme, au montant de ⟦E:sum|⟦A:48750:CAD|48 750,00 $⟧⟧, taxes "
      "incluses, soit ⟦A:42400:CAD|42 400,00 $⟧ pour le rechargement et "
      "⟦A:6530:CAD|6 530,00 $⟧ pour le creusage des fossés."),
    p("M. le conseiller Kevin Lajoie vote contre; il estime que les fossés auraient dû faire "
      "l'objet d'un appel d'offres distinct."),
    h1("7. Avis de motion – Règlement numéro 412-2024"),
    p("Avis de motion est donné par M. le conseiller Étienne Poulin qu'à une séance "
      "ultérieure sera présenté pour adoption le Règlement numéro 412-2024 modifiant le "
      "règlement de zonage afin d'autoriser les gîtes touristiques dans la zone A-3. Le "
      "projet de règlement est déposé séance tenante.", label="AM-2024-03"),
    h1("8. Adoption du Règlement numéro 409-2024"),
    p("IL EST PROPOSÉ PAR Mme la conseillère Sylvie Gagnon-Lessard, APPUYÉ PAR M. le "
      "conseiller Kevin Lajoie ET RÉSOLU À L'UNANIMITÉ ⟦D:adopted:409-2024|d'adopter le "
      "Règlement numéro 409-2024 décrétant les taux de taxes et les tarifs pour l'exercice "
      "financier 2024⟧.", label="2024-03-055"),
    h1("9. Programme d'aide à la voirie locale – demande d'aide financière"),
    p("IL EST PROPOSÉ PAR M. le conseiller Michel Thériault, APPUYÉ PAR Mme la conseillère "
      "Nathalie Bérubé ET RÉSOLU À L'UNANIMITÉ ⟦D:approved:|d'autoriser la directrice "
      "générale à déposer une demande d'aide financière de ⟦A:125000:CAD|125 000 $⟧⟧ dans "
      "le cadre du volet Redressement du Programme d'aide à la voirie locale.",
      label="2024-03-056"),
    h1("10. Représentant au conseil d'administration de l'Office municipal d'habitation"),
    p("IL EST PROPOSÉ PAR Mme la conseillère Nathalie Bérubé, APPUYÉ PAR M. le conseiller "
      "Étienne Poulin ET RÉSOLU À L'UNANIMITÉ ⟦D:postponed:|de reporter la nomination d'un "
      "représentant au conseil d'administration de l'Office municipal d'habitation⟧ à la "
      "séance du 8 avril 2024.", label="2024-03-057"),
    h1("11. Période de questions"),
    p("Mme Lucie Vaillancourt, résidente du rang Sainte-Anne, demande quand le pont du "
      "ruisseau Lacasse sera rouvert aux camions. M. le maire répond que le ministère "
      "des Transports prévoit les travaux pour l'été et que la Municipalité en sera "
      "informée dès que l'échéancier sera connu."),
    h1("12. Levée de la séance"),
    p("L'ordre du jour étant épuisé, le maire lève la séance à 20 h 47."),
    gap(3),
    p("Je, Réjean Lapointe, maire, atteste que la signature du présent procès-verbal "
      "équivaut à la signature par moi de toutes les résolutions qu'il contient au sens de "
      "l'article 142 (2) du Code municipal.", italic=True),
    p("CERTIFICAT DE DISPONIBILITÉ DE CRÉDITS – Je, soussignée, certifie que la "
      "Municipalité dispose des crédits suffisants pour les dépenses autorisées par les "
      "résolutions 2024-03-053 et 2024-03-054.", italic=True),
    gap(6),
    p("_________________________        _________________________\n"
      "Réjean Lapointe, maire                 Josée Carrier, directrice générale et "
      "greffière-trésorière", after=0),
]
REPORT = WReport(
    name="w3_saint_alphege_conseil_municipal_fr",
    lang="fr",
    meeting={"body": "Conseil municipal", "ordinal": None, "date": "2024-03-11",
             "place": "Saint-Alphège-des-Érables"},
    date_as_written="lundi 11 mars 2024",
    head=("Municipalité de Saint-Alphège-des-Érables", "Séance ordinaire du 11 mars 2024"),
    foot=lambda pg, n: ("Initiales du maire ______   Initiales de la DG ______",
                        f"Page {pg} de {n}"),
    created=when(2024, 3, 14),
    blocks=blocks,
    people=[
        ("M. le maire Réjean Lapointe", "Lapointe", "S"),
        ("Mme la conseillère Nathalie Bérubé", "Bérubé", "S"),
        ("Mme la conseillère Sylvie Gagnon-Lessard", "Gagnon-Lessard", "S"),
        ("M. le conseiller Michel Thériault", "Thériault", "S"),
        ("M. le conseiller Étienne Poulin", "Poulin", "S"),
        ("M. le conseiller Kevin Lajoie", "Lajoie", "S"),
        ("Mme Josée Carrier", "Carrier", "S"),
        ("Mme Lucie Vaillancourt", "Vaillancourt", "S"),
        ("Mme la conseillère Chantal Desjardins", "Desjardins", "M"),
    ],
    flags={"sum": "sum_mismatch"},
    not_flags={
        "wd": "weekday is right (11 March 2024 was a Monday)",
        "table": ("both columns of the comparative statement sum to the Total row",
                  ["1 741 900", "1 249 795"]),
        "avis": ("an avis de motion announces a by-law to be adopted at a later sitting: not "
                 "a decision, and its number is not an amount", ["Règlement numéro 412-2024"]),
        "art": ("'article 142 (2)' of the Code municipal is a legal reference, not an amount",
                ["article 142 (2)"]),
    },
    weekdays=[("lundi 11 mars 2024", True)],
    sums=[(48750, [42400, 6530], False)],
    style=Style(paper="letter", font="sans", body_size=9.6, leading=1.35, left=20.0,
                right=20.0, top=26.0, bottom=22.0, justify=True, label_w=28.0,
                heading="caps"),
    stresses="Québec municipal procès-verbal: 'PROVINCE DE QUÉBEC / MRC … / MUNICIPALITÉ …' "
             "block, attendance as 'Sont présents : Mmes les conseillères … MM. les "
             "conseillers …' (honorific plural, given name first, mixed case), resolution "
             "numbers '2024-03-051' in the left margin column (the resolution's own "
             "number, not a ref), 'IL EST PROPOSÉ PAR … APPUYÉ PAR … ET RÉSOLU À "
             "L'UNANIMITÉ d'adopter / d'approuver / d'octroyer / d'autoriser / de reporter', "
             "'CONSIDÉRANT' clauses, amounts written '87 412,36 $' (CAD, the sign after the "
             "figure), an avis de motion (not a decision), a 'Période de questions' with a "
             "resident who speaks, a comparative statement ruled only by three horizontal "
             "lines, signature and certificate boilerplate; Letter paper, DejaVu Sans, "
             "justified text, headings in capitals",
    slips="`sum_mismatch`: the contract of '48 750,00 $' is stated as 42 400,00 $ + "
          "6 530,00 $, which add up to 48 930,00 $",
)
