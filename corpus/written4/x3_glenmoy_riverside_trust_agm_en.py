"""Written held-out set 4, report 3: an Irish charity's Annual General Meeting (HTML printed by
Chromium, A4, DejaVu Sans): numbered agenda headings under a rule, members' questions as
'Q (Hannah Lutz, member):' / 'A (Treasurer):' pairs (the answer given by a role named once),
'Proposed: … Seconded: …' printed in two CSS columns side by side, special resolutions
passed or lost on a two-thirds majority with their counts, a statement of financial
activities with a bordered grid and a total row, euro amounts, Irish names ('Ní Fhloinn',
'Ó Riada'); planted slips: the table's 2024 total row does not sum its lines, and a
resolution's counts do not add up to the votes it says were cast."""
from corpus.chromium import cols, div, h1, h2, p, table
from corpus.heldout.markup import when
from corpus.written4.html import HReport

CSS = """
@page { margin: 20mm 18mm 18mm 18mm; }
@page { @top-left { font: 7.5pt 'DejaVu Sans'; color: #444; }
        @top-right { font: 7.5pt 'DejaVu Sans'; color: #444; }
        @bottom-left { font: 7pt 'DejaVu Sans'; } @bottom-right { font: 7.5pt 'DejaVu Sans'; } }
body { font-family: 'DejaVu Sans'; font-size: 9.2pt; line-height: 1.4; }
h1 { font-size: 14pt; margin: 0; color: #1d4d2b; }
.sub { font-size: 10pt; margin: 1pt 0 8pt 0; border-bottom: 1.2pt solid #1d4d2b; padding-bottom: 4pt; }
h2 { font-size: 10pt; margin: 9pt 0 3pt 0; border-bottom: 0.5pt solid #999; break-after: avoid; }
p { margin: 0 0 4pt 0; break-inside: avoid; }
.qa { margin-left: 8mm; }
.two { display: flex; gap: 10mm; margin: 0 0 5pt 8mm; break-inside: avoid; }
.two > div { width: 60mm; }
table { border-collapse: collapse; margin: 4pt 0 6pt 0; break-inside: avoid; font-size: 8.6pt; }
caption { caption-side: top; text-align: left; font-style: italic; padding-bottom: 2pt; }
th, td { border: 0.6pt solid #333; padding: 2pt 6pt; }
th { background: #dfe9e1; }
td + td, th + th { text-align: right; width: 24mm; }
td:first-child { width: 86mm; }
tr.total td { font-weight: bold; border-top: 1.4pt solid #333; }
"""

blocks = [
    h1("Glenmoy Riverside Trust CLG"),
    div("Minutes of the 23rd Annual General Meeting, held at the Community Hall, "
        "Drumshanbeg, Co. Leitrim, on ⟦N:wd|Saturday, 14 June 2025⟧ at 11.00 a.m.", "sub"),
    h2("1. Welcome, quorum and apologies"),
    p("The Chairperson, Aoife Brennan-Keogh, welcomed the members. The Company Secretary, "
      "Siobhán Ní Fhloinn, confirmed that notice had been given on 16 May and that "
      "⟦N:present|86 members were present in person and 9 by proxy⟧, well above the "
      "quorum of 20. Apologies were received from Dr. Maeve Corrigan."),
    h2("2. Minutes of the 22nd AGM"),
    p("⟦D:approved:|The minutes of the ⟦N:prev|22nd Annual General Meeting⟧, held on "
      "⟦N:wd2|Saturday, 8 June 2024⟧, were approved⟧ as a correct record."),
    cols("**Proposed:** Pádraig Colgan", "**Seconded:** Niamh Garvey"),
    h2("3. Chairperson's report"),
    p("Ms. Brennan-Keogh reported on the year: 3,400 pupils had taken part in the schools "
      "programme and the Lough Allen bank restoration had been finished in October. She "
      "paid tribute to Eamon Fitzmaurice, who retires from the board after nine years. "
      "⟦D:agreed:|The meeting noted the Chairperson's report⟧."),
    h2("4. Financial statements for the year ended 31 December 2024"),
    p("The Treasurer, Declan Moriarty, presented the financial statements. Total income for "
      "2024 was ⟦A:834600:EUR|€834,600⟧, up from ⟦A:789765:EUR|€789,765⟧ in 2023. "
      "⟦N:surplus|Expenditure of ⟦A:801920:EUR|€801,920⟧ left a surplus of "
      "⟦A:32680:EUR|€32,680⟧⟧, which the board proposes to add to the unrestricted reserve "
      "of ⟦A:310000:EUR|€310,000⟧."),
    table(["Income", "2024", "2023"],
          [["Donations and legacies", "412,560", "389,100"],
           ["Grants (local authority and national schemes)", "268,000", "251,400"],
           ["Charitable activities (river walks, schools)", "96,740", "88,215"],
           ["Fundraising events", "57,300", "61,050"],
           ["Total income", "843,600", "789,765"]],
          caption="Statement of financial activities – income (€)",
          sum_cols=[2], bad_cols=[1]),
    p("The auditor, Rachel Dunne of Dunne Kavanagh & Co., said that the audit opinion was "
      "unqualified."),
    p("**Q (Hannah Lutz, member):** Why did fundraising events bring in less than in 2023?",
      "qa"),
    p("**A (Treasurer):** The autumn river run was cancelled because of flooding; the "
      "insurer has since paid ⟦A:4800:EUR|€4,800⟧ towards the lost entry fees.", "qa"),
    p("**Q (Pádraig Colgan, member):** How much of the grant income is committed to "
      "next year?", "qa"),
    p("**A (CEO):** Fergal Tuohy said that all but about ⟦A:20000:EUR|€20,000⟧ is tied to "
      "the Lough Allen and schools projects.", "qa"),
    p("⟦D:adopted:|The financial statements for the year ended 31 December 2024 were "
      "adopted⟧."),
    cols("**Proposed:** Hannah Lutz", "**Seconded:** Colm Ó Riada"),
    h2("5. Appointment of auditors"),
    p("⟦D:approved:|Dunne Kavanagh & Co. were re-appointed as auditors⟧ for 2025, at a fee "
      "not to exceed ⟦A:9500:EUR|€9,500⟧ plus VAT."),
    cols("**Proposed:** Niamh Garvey", "**Seconded:** Pádraig Colgan"),
    h2("6. Election of trustees"),
    p("Two nominations had been received for the two vacancies. ⟦D:approved:|Colm Ó Riada "
      "and Bríd Hanratty were declared elected as trustees⟧. Ms. Hanratty thanked the "
      "members for their support."),
    h2("7. Special resolutions (two-thirds majority of votes cast required)"),
    p("**Special Resolution 1** – to amend Clause 4 of the Constitution so that general "
      "meetings may be held online or in hybrid form. Ms. Ní Fhloinn read the resolution. "
      "Poll: ⟦E:count|For 61, Against 18, Abstentions 3; 84 votes cast⟧. "
      "⟦D:approved:|Special Resolution 1 was declared carried⟧."),
    p("**Special Resolution 2** – to change the name of the company to Glenmoy Rivers "
      "Trust CLG. Mr. Colgan spoke against the change, citing the cost of new signage. "
      "Poll: ⟦N:count2|For 44, Against 30, Abstentions 2; 76 votes cast⟧. "
      "⟦D:rejected:|Special Resolution 2, not having the required two-thirds majority, was "
      "declared lost⟧."),
    h2("8. Any other business"),
    p("Mr. Moriarty proposed raising the annual membership fee from ⟦A:25:EUR|€25⟧ to "
      "⟦A:40:EUR|€40⟧. Following discussion, ⟦D:postponed:|it was agreed to defer the "
      "membership fee increase to the next AGM⟧, so that a concession rate can be "
      "considered."),
    p("There being no further business, the Chairperson closed the meeting at 12.55 p.m."),
    p("Signed: Aoife Brennan-Keogh, Chairperson        Date: ________________"),
]

REPORT = HReport(
    name="x3_glenmoy_riverside_trust_agm_en",
    lang="en",
    meeting={"body": "Annual General Meeting", "ordinal": 23, "date": "2025-06-14",
             "place": "Drumshanbeg"},
    date_as_written="Saturday, 14 June 2025",
    head=("Glenmoy Riverside Trust CLG", "AGM 2025 – Minutes"),
    foot=lambda pg, n: ("Registered charity number 20071234 · CRO 412345",
                        f"Page {pg} of {n}"),
    created=when(2025, 6, 20),
    blocks=blocks,
    people=[
        ("Aoife Brennan-Keogh", "Brennan-Keogh", "S"),
        ("Siobhán Ní Fhloinn", "Ní Fhloinn", "S"),
        ("Declan Moriarty", "Moriarty", "S"),
        ("Rachel Dunne", "Dunne", "S"),
        ("Fergal Tuohy", "Tuohy", "S"),
        ("Pádraig Colgan", "Colgan", "S"),
        ("Hannah Lutz", "Lutz", "S"),
        ("Niamh Garvey", "Garvey", "S"),
        ("Colm Ó Riada", "Ó Riada", "S"),
        ("Bríd Hanratty", "Hanratty", "S"),
        ("Dr. Maeve Corrigan", "Corrigan", "M"),
        ("Eamon Fitzmaurice", "Fitzmaurice", "M"),
    ],
    flags={"total": ("table_total_mismatch", ["843,600"]), "count": "vote_count_mismatch"},
    not_flags={
        "wd": "weekday is right (14 June 2025 was a Saturday)",
        "wd2": "weekday is right (8 June 2024 was a Saturday)",
        "prev": "the 22nd AGM is the previous meeting, not a meeting-number contradiction",
        "present": "86 members present and 9 proxies (95 possible votes): every poll is "
                   "within it",
        "surplus": "the surplus adds up: €834,600 - €801,920 = €32,680",
        "count2": "44 + 30 + 2 = 76 votes cast: the poll adds up (lost for want of "
                  "two-thirds)",
        "col2023": ("the 2023 column sums to its total row (789,765)", ["789,765"]),
    },
    weekdays=[("Saturday, 14 June 2025", True), ("Saturday, 8 June 2024", True)],
    sums=[(32680, [834600, -801920], True), (84, [61, 18, 3], False),
          (76, [44, 30, 2], True)],
    stresses="Irish charity AGM minutes: 'Minutes of the 23rd Annual General Meeting' in a "
             "sub-title line, numbered agenda headings under a rule, members' questions as "
             "'Q (Hannah Lutz, member):' / 'A (Treasurer):' / 'A (CEO):' pairs (answers by a "
             "role, the person named once), 'Proposed: … Seconded: …' printed side by side "
             "in two CSS flex columns, outcomes in the passive ('were approved', 'were "
             "re-appointed', 'were declared elected', 'was declared lost'), special "
             "resolutions on a two-thirds majority with their poll, 'it was agreed to "
             "defer', Irish names with particles ('Ní Fhloinn', 'Ó Riada') and accents, "
             "euro amounts '€834,600', a bordered income table with a total row beside a "
             "prior-year column; HTML printed by headless Chromium (A4, DejaVu Sans, @page "
             "margin-box header and footer)",
    slips="`table_total_mismatch`: the income table's 2024 'Total income' says 843,600, its "
          "lines add up to 834,600 (the figure the Treasurer gives); `vote_count_mismatch`: "
          "Special Resolution 1 'For 61, Against 18, Abstentions 3; 84 votes cast' (61 + "
          "18 + 3 = 82)",
    css=CSS,
)
