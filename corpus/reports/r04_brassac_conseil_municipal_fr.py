"""Report 04 of the tuning corpus (corpus/build.py): Procès-verbal de la séance du Conseil
municipal du 7 avril 2023."""
from corpus.tuning.markup import C, H, P, Report, T0, TABLE

ws_budget = TABLE(
    ["Chapitre", "Libellé", "BP 2022", "BP 2023"],
    [["011", "Charges à caractère général", "398 200", "412 600"],
     ["012", "Charges de personnel", "571 900", "598 300"],
     ["65", "Autres charges de gestion courante", "139 450", "143 900"],
     ["66", "Charges financières", "24 300", "21 700"],
     ["023", "Virement à la section d'investissement", "88 150", "96 500"],
     ["", "Total dépenses de fonctionnement", "{{N:b1|1 222 000}}", "{{N:b1|1 273 000}}"]],
    [22, 88, 30, 30], "LLRR", ruled=False, total_check={"cols": [2, 3], "ok": True},
    caption="Section de fonctionnement – dépenses par chapitre (en euros)")
REPORT = Report(
    name="04_brassac_conseil_municipal_fr",
    lang="fr",
    title="Procès-verbal de la séance du Conseil municipal du 7 avril 2023",
    meeting={"body": "Conseil municipal", "ordinal": None, "date": "2023-04-07",
             "place": "Brassac-les-Tilleuls"},
    header_left="Commune de Brassac-les-Tilleuls",
    header_right="Procès-verbal CM 2023-03",
    footer=lambda p, t: {"left": "Conseil municipal – séance du 7 avril 2023",
                         "right": f"{p}/{t}"},
    created=T0(2023, 4, 14),
    stresses="French municipal minutes: numbered agenda items each closed by a vote "
             "tally ('14 votes pour', '12 votes pour / 2 abstentions'), long attendance "
             "list, whitespace-only budget table (no rules) with a correct total row, "
             "decimal euros, a lawful change of chair for one item (not a slip)",
    slips={},
    people=[
        ("M. Didier FOURCADE", "FOURCADE", "S"),
        ("Mme Chantal LEBRETON", "LEBRETON", "S"),
        ("M. Yannick PERRAUDIN", "PERRAUDIN", "S"),
        ("Mme Sylvie MARCHAND-GIRAUD", "MARCHAND-GIRAUD", "S"),
        ("M. Alain COSTES", "COSTES", "S"),
        ("Mme Nathalie ROUQUETTE", "ROUQUETTE", "M"),
        ("M. Bruno TESSIER", "TESSIER", "M"),
        ("Mme Élodie VIGUIER", "VIGUIER", "M"),
        ("M. Marc-Antoine BLANCHET", "BLANCHET", "S"),
        ("Mme Josiane FABRE", "FABRE", "M"),
        ("M. Hugo LESTRADE", "LESTRADE", "M"),
        ("Mme Karine DELPECH", "DELPECH", "M"),
        ("M. Patrick SOULIÉ", "SOULIÉ", "M"),
        ("M. Jérôme CAZALS", "CAZALS", "M"),
        ("Mme Laure BESSIÈRE", "BESSIÈRE", "M"),
    ],
    not_flags={"w1": "weekday is right (7 April 2023 was a Friday)",
               "b1": "both budget columns sum to their total row",
               "s1": "subsidies add up: 3 200 + 2 500 + 1 150 + 1 500 = 8 350 €",
               "c1": "the mayor lawfully hands the chair to the eldest member for the "
                     "administrative-account vote; not a chair mismatch",
               "p1": "30 % of 162 000 € is 48 600 €"},
    weekday_checks=[("vendredi 7 avril 2023", True)],
    sum_checks=[(8350, [3200, 2500, 1150, 1500], True), (48600, [162000 * 0.3], True)],
    blocks=[
        C("Commune de Brassac-les-Tilleuls", size=15, bold=True, after=2),
        C("PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL", size=13, bold=True, after=2),
        C("Séance du {{N:w1|vendredi 7 avril 2023}} à 20 h 00 – salle du conseil, mairie",
          size=11, after=7),
        P("Date de convocation : 31 mars 2023. Conseillers en exercice : 15. Présents : 13. "
          "Représentés : 1. Votants : 14."),
        P("**Présents :** M. Didier FOURCADE, Maire ; Mme Chantal LEBRETON, M. Yannick "
          "PERRAUDIN, Mme Sylvie MARCHAND-GIRAUD, M. Alain COSTES, Mme Nathalie ROUQUETTE, "
          "M. Bruno TESSIER, Mme Élodie VIGUIER, M. Marc-Antoine BLANCHET, Mme Josiane FABRE, "
          "M. Hugo LESTRADE, Mme Karine DELPECH, M. Patrick SOULIÉ."),
        P("**Absent représenté :** M. Jérôme CAZALS (pouvoir à M. Didier FOURCADE). "
          "**Absente excusée :** Mme Laure BESSIÈRE."),
        P("**Secrétaire de séance :** Mme Chantal LEBRETON.", after=4),
        P("Le Maire, M. Didier FOURCADE, ouvre la séance à 20 h 05, constate que le quorum "
          "est atteint et rappelle l'ordre du jour adressé avec la convocation."),
        H("1. Approbation du procès-verbal de la séance du 10 mars 2023"),
        P("Aucune observation n'étant formulée, {{D:approved|le procès-verbal de la séance "
          "du 10 mars 2023 est approuvé}}."),
        P("**Vote : 14 votes pour**"),
        H("2. Vote du compte administratif 2022"),
        P("Le Maire ayant quitté la salle, {{N:c1|M. Alain COSTES}}, doyen de l'assemblée, "
          "préside la séance pour ce point. Mme Chantal LEBRETON, adjointe chargée des "
          "finances, présente le compte administratif 2022, conforme au compte de gestion "
          "du comptable public. La section de fonctionnement dégage un excédent de "
          "{{A|186 420,55 €}} et la section d'investissement un déficit de {{A|41 318,20 €}}. "
          "{{D:adopted|Le compte administratif 2022 est adopté}}."),
        P("**Vote : 12 votes pour** (le Maire et son mandant ne prennent pas part au vote)"),
        H("3. Affectation du résultat 2022"),
        P("Le Maire reprend la présidence. Sur proposition de l'adjointe aux finances, "
          "{{D:approved|le Conseil municipal décide d'affecter l'excédent de "
          "fonctionnement}} à la couverture du déficit d'investissement, le solde étant "
          "reporté en section de fonctionnement."),
        P("**Vote : 14 votes pour**"),
        H("4. Vote du budget primitif 2023"),
        P("Mme Chantal LEBRETON présente le budget primitif 2023, préparé en commission des "
          "finances le 21 mars. Le budget s'équilibre en section de fonctionnement à "
          "{{A|1 273 000 €}} et en section d'investissement à {{A|642 800 €}}. L'évolution des "
          "charges de personnel s'explique par la revalorisation du point d'indice et par le "
          "recrutement d'un agent technique à mi-temps ; le virement à la section "
          "d'investissement, soit {{A|96 500 €}}, permet d'autofinancer une partie des "
          "travaux de l'école."),
        ws_budget,
        P("M. Yannick PERRAUDIN demande si la baisse des charges financières est durable. "
          "Mme LEBRETON précise qu'un emprunt arrive à échéance en 2024 et que la commune "
          "n'envisage pas de nouvel emprunt cette année. Après en avoir délibéré, "
          "{{D:adopted|le Conseil municipal adopte le budget primitif 2023}}."),
        P("**Vote du budget primitif 2023 : 14 votes pour**"),
        H("5. Vote des taux d'imposition 2023"),
        P("Le Maire propose de maintenir les taux de 2022 : taxe foncière sur les propriétés "
          "bâties 38,47 % et taxe foncière sur les propriétés non bâties 61,20 %. "
          "M. Marc-Antoine BLANCHET regrette que la commune ne profite pas de l'occasion pour "
          "alléger la fiscalité des ménages. {{D:approved|Les taux d'imposition 2023 sont "
          "maintenus}} à leur niveau de 2022."),
        P("**Vote : 12 votes pour / 2 abstentions**"),
        H("6. Subventions aux associations"),
        P("Mme Sylvie MARCHAND-GIRAUD, adjointe à la vie associative, présente les "
          "propositions de la commission : Football club de Brassac {{A|3 200 €}}, comité des "
          "fêtes {{A|2 500 €}}, association des parents d'élèves {{A|1 150 €}}, club des aînés "
          "{{A|1 500 €}}, soit un total de {{N:s1|{{A|8 350 €}}}}. {{D:approved|Les "
          "subventions aux associations sont attribuées}} selon la répartition proposée."),
        P("**Vote : 14 votes pour**"),
        H("7. Rénovation de l'école : demande de subvention DETR"),
        P("Le Maire rappelle que le coût estimatif des travaux d'isolation de l'école s'élève "
          "à {{N:p1|{{A|162 000 €}}}} HT. {{D:approved|Le Conseil municipal autorise le Maire "
          "à solliciter une subvention}} au titre de la DETR, au taux de 30 %, soit "
          "{{N:p1|{{A|48 600 €}}}}, et à signer toutes les pièces afférentes."),
        P("**Vote : 14 votes pour**"),
        H("8. Questions diverses"),
        P("M. Yannick PERRAUDIN signale la dégradation de la chaussée du chemin des Tilleuls "
          "après les intempéries de mars. Le Maire indique qu'un devis a été demandé et que "
          "les travaux seront inscrits au prochain budget supplémentaire. M. Alain COSTES "
          "rappelle la cérémonie du 8 mai."),
        P("L'ordre du jour étant épuisé, M. le Maire lève la séance à 22 h 10."),
    ],
)
