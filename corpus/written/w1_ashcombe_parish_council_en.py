"""Written held-out report 1: English parish council minutes, minute numbers '24/0nn' in a
hanging column, 'RESOLVED:' lines with 'Proposed by Cllr X, seconded by Cllr Y', a
payments schedule whose total row is planted wrong (digits transposed)."""
from corpus.heldout.markup import when
from corpus.written.blocks import Style, gap, h1, p, table, title
from corpus.written.render import WReport

M = "Ashcombe Magna Parish Council"
blocks = [
    title("ASHCOMBE MAGNA PARISH COUNCIL", size=14),
    title("Minutes of the Meeting of the Parish Council held on ⟦N:wd|Tuesday 14 May "
          "2024⟧ at 7.30pm in the Reading Room, Church Lane, Ashcombe Magna", size=10.5,
          bold=False, after=5),
    p("**Present:** Cllr Rosalind Haverford (Chairman), Cllr Derek Pryce (Vice-Chairman), "
      "Cllr Amrit Sandhu, Cllr Joanna Whitcombe, Cllr Neil Farrant-Lowe and Cllr Bethan "
      "Morgan.", after=1.2),
    p("**In attendance:** Mrs Fiona Catchpole (Clerk and RFO), District Cllr Graham Oakes "
      "(for item 24/063) and four members of the public.", after=1.2),
    p("**Apologies:** Cllr Peter Lyddon (work commitment) and County Cllr Sally Brigstock.",
      after=3),
    h1("Apologies for absence", label="24/061"),
    p("⟦D:approved:|The apologies of Cllr Lyddon and of County Cllr Brigstock were received "
      "and accepted⟧. The Chairman welcomed members and noted that the meeting was quorate."),
    h1("Declarations of interest", label="24/062"),
    p("Cllr Pryce declared a non-pecuniary interest in item 24/067 as secretary of the "
      "Ashcombe Allotment Society and said that he would leave the room for that item. "
      "No other interests were declared and no requests for dispensations had been "
      "received."),
    h1("Public participation", label="24/063"),
    p("A resident of Mill Lane reported that the footpath to the recreation ground was "
      "again flooded after heavy rain; the Clerk will report it to the highway authority. "
      "District Cllr Oakes reported that the District Council had approved its local plan "
      "consultation timetable and that the garden waste charge would rise to "
      "⟦A:58:GBP|£58⟧ per bin from 1 June."),
    h1("Minutes of the previous meeting", label="24/064"),
    p("**RESOLVED:** ⟦D:approved:|that the minutes of the meeting held on 9 April 2024 be "
      "approved as a correct record⟧ and signed by the Chairman. Proposed by Cllr "
      "Whitcombe, seconded by Cllr Sandhu; all in favour."),
    h1("Clerk's report and matters arising", label="24/065"),
    p("The Clerk reported that the replacement bench on the green had been installed, that "
      "the defibrillator pads had been renewed and that the insurer had confirmed the "
      "renewal terms. The noticeboard at Hill Cross remains outstanding."),
    h1("Planning", label="24/066"),
    p("Application 24/00398/HOU, porch at 2 Wellow Cottages: members had no comments to "
      "make. Application 24/00412/FUL, two dwellings at Hill Farm: the amended plans had "
      "not reached the Clerk in time for members to see them. **RESOLVED:** "
      "⟦D:postponed:|to defer consideration of the application for two dwellings at Hill "
      "Farm⟧ to the June meeting and to ask the planning officer for an extension. "
      "Proposed by Cllr Farrant-Lowe, seconded by Cllr Morgan; all in favour."),
    h1("Allotments", label="24/067"),
    p("Cllr Pryce left the room. The Chairman reported that the water bill for the "
      "allotments had doubled since 2022. **RESOLVED:** ⟦D:approved:|that the allotment "
      "rents for the year from 1 October 2024 be increased to ⟦A:42:GBP|£42⟧ per full plot "
      "and ⟦A:21:GBP|£21⟧ per half plot⟧. Proposed by Cllr Haverford, seconded by Cllr "
      "Morgan; ⟦N:vote|4 in favour, 1 against⟧. Cllr Pryce returned to the meeting."),
    h1("Finance", label="24/068"),
    p("a) **Payments.** The Clerk presented the schedule of payments below, with the "
      "invoices. **RESOLVED:** ⟦D:approved:|that the payments listed in the schedule, "
      "totalling ⟦A:2891.67:GBP|£2,891.67⟧, be approved⟧. Proposed by Cllr Sandhu, "
      "seconded by Cllr Pryce; all in favour."),
    table(["Payee", "Details", "Amount (£)"],
          [["F. Catchpole", "Clerk's salary, May", "612.40"],
           ["HMRC", "PAYE and NI, May", "153.10"],
           ["Vale Grounds Ltd", "Grass cutting, invoice 2217", "486.00"],
           ["Ashcombe Reading Room", "Hall hire, January to April", "96.00"],
           ["Wessex Play Inspections", "Annual play area inspection", "210.00"],
           ["Zurich Municipal", "Insurance renewal 2024/25", "1,187.35"],
           ["SSE", "Street lighting energy", "74.82"],
           ["Total", "", "2,891.67"]],
          [52.0, 76.0, 38.0], "LLR", rules="grid",
          caption="Schedule of payments, May 2024", bad_cols=[2]),
    p("b) **Bank reconciliation.** The Clerk reported that the balance at 30 April 2024 was "
      "⟦N:bank|⟦A:18406.21:GBP|£18,406.21⟧⟧ (current account "
      "⟦N:bank|⟦A:6406.21:GBP|£6,406.21⟧⟧ and deposit account "
      "⟦N:bank|⟦A:12000:GBP|£12,000.00⟧⟧), reconciled to the bank statements and checked "
      "by Cllr Morgan."),
    p("c) **Annual return.** The internal auditor's report on the year ⟦N:fy|2023/24⟧ had "
      "been circulated and raised no matters. **RESOLVED:** ⟦D:approved:|that the Annual "
      "Governance Statement 2023/24 be approved⟧ and signed by the Chairman and the "
      "Clerk. **RESOLVED:** ⟦D:approved:|that the Accounting Statements 2023/24 be "
      "approved⟧, showing total receipts of ⟦A:21940:GBP|£21,940⟧ and total payments of "
      "⟦A:19377:GBP|£19,377⟧. Both proposed by Cllr Haverford, seconded by Cllr Whitcombe; "
      "all in favour."),
    h1("Motion: speed indicator device", label="24/069"),
    p("Cllr Farrant-Lowe proposed, seconded by Cllr Whitcombe, that the Council buy a "
      "solar speed indicator device for the A3078 at a cost of up to "
      "⟦A:2650:GBP|£2,650⟧. Cllr Sandhu said that the police would not use its data and "
      "that the County Council's own device could be borrowed twice a year free of "
      "charge. The motion was put to the vote: 2 in favour, 4 against. "
      "⟦D:rejected:|The motion to buy a speed indicator device was lost⟧."),
    h1("Date of next meeting", label="24/070"),
    p("The next meeting will be held on ⟦N:wd2|Tuesday 11 June 2024⟧ at 7.30pm in the "
      "Reading Room. There being no further business, the Chairman closed the meeting at "
      "9.12pm."),
    gap(8),
    p("Signed ................................ (Chairman)   Date ..................",
      after=0),
]
REPORT = WReport(
    name="w1_ashcombe_parish_council_en",
    lang="en",
    meeting={"body": "Parish Council", "ordinal": None, "date": "2024-05-14",
             "place": "Ashcombe Magna"},
    date_as_written="Tuesday 14 May 2024",
    head=("Ashcombe Magna Parish Council", "Minutes – 14 May 2024"),
    foot=lambda pg, n: ("Chairman's initials ........", f"{pg}"),
    created=when(2024, 5, 17),
    blocks=blocks,
    people=[
        ("Cllr Rosalind Haverford", "Haverford", "S"),
        ("Cllr Derek Pryce", "Pryce", "S"),
        ("Cllr Amrit Sandhu", "Sandhu", "S"),
        ("Cllr Joanna Whitcombe", "Whitcombe", "S"),
        ("Cllr Neil Farrant-Lowe", "Farrant-Lowe", "S"),
        ("Cllr Bethan Morgan", "Morgan", "S"),
        ("Mrs Fiona Catchpole", "Catchpole", "S"),
        ("District Cllr Graham Oakes", "Oakes", "S"),
        ("Cllr Peter Lyddon", "Lyddon", "M"),
        ("County Cllr Sally Brigstock", "Brigstock", "M"),
    ],
    flags={"total": ("table_total_mismatch", ["2,891.67"])},
    not_flags={
        "wd": "weekday is right (14 May 2024 was a Tuesday)",
        "wd2": "weekday is right (11 June 2024 was a Tuesday)",
        "bank": "the balance adds up: £6,406.21 + £12,000.00 = £18,406.21",
        "fy": "2023/24 is the financial year just closed, reported in May 2024: not a year "
              "slip",
        "vote": "4 + 1 = 5 councillors voting: six present, Cllr Pryce out of the room",
    },
    weekdays=[("Tuesday 14 May 2024", True), ("Tuesday 11 June 2024", True)],
    sums=[(18406.21, [6406.21, 12000.00], True), (5, [4, 1], True)],
    style=Style(paper="a4", font="stix", body_size=10.5, leading=1.28, left=22.0,
                right=22.0, top=26.0, bottom=24.0, justify=False, label_w=17.0,
                heading="plain"),
    stresses="English parish council minutes: minute numbers '24/061' … '24/070' in a "
             "hanging left column beside bold item titles, 'Present:' / 'In attendance:' / "
             "'Apologies:' with 'Cllr', 'District Cllr', 'County Cllr', a 'Declarations of "
             "interest' item, 'RESOLVED:' lines each followed by 'Proposed by Cllr X, "
             "seconded by Cllr Y; all in favour', a motion lost on a vote, a deferral, "
             "planning application numbers ('24/00412/FUL'), a ruled payments schedule with "
             "a total row and '£' only in the column header, financial year '2023/24'; "
             "A4, STIX (Times-like) font, ragged right",
    slips="`table_total_mismatch`: the payments schedule's Total row says 2,891.67; the "
          "payments add up to 2,819.67 (digits transposed), and the RESOLVED line repeats "
          "the wrong total",
)
