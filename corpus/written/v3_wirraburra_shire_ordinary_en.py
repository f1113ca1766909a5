"""Written held-out set 4, report 3: an Australian shire council's ordinary meeting (A4,
DejaVu Serif, narrow margins, decimal-numbered headings, ragged right): 'Officer
Recommendation' beside 'Council Resolution' (only the resolution is a decision), 'Moved Cr X
/ Seconded Cr Y', 'CARRIED 5/2' with 'For: Crs … Against: Crs …', a motion 'LOST', a
'Declaration of Conflict of Interest' item and a councillor who leaves the chamber, an Act
cited with its full date near the top, a capital-works table with '$' in its header only
and '1,200,000' separators; planted year slip: item 'Road Asset Management Plan 2026' is
adopted as the 'Road Asset Management Plan 2025'."""
from corpus.heldout.markup import when
from corpus.written.blocks import Style, gap, h1, p, table, title
from corpus.written.render import WReport

REC = dict(indent=6, italic=True, after=1.2)

blocks = [
    title("WIRRABURRA SHIRE COUNCIL", size=14),
    title("MINUTES OF THE ORDINARY MEETING OF COUNCIL", size=11, after=0.8),
    title("held in the Council Chambers, 14 Main Street, Coorabin, on ⟦N:wd|Tuesday "
          "21 October 2025⟧ commencing at 9.30am", size=10, bold=False, after=4),
    h1("1. Opening"),
    p("The Mayor, Cr Ian Dunmore, declared the meeting open at 9.31am and read the "
      "acknowledgement of the traditional custodians of the land. The meeting is held "
      "under section 59 of the Local Government Act of 9 November 1989 and the Council's "
      "Governance Rules."),
    h1("2. Present"),
    p("**Councillors:** Cr Ian Dunmore (Mayor), Cr Leanne Ah-Kee (Deputy Mayor), Cr Tom "
      "Fairweather, Cr Rosa Benedetti, Cr Michael Oyelaran, Cr Karen Pilkington, Cr Doug "
      "McIntyre.", after=1.0),
    p("**Officers:** Ms Rachel Venn (Chief Executive Officer), Mr Stuart Ngata (Director "
      "Infrastructure), Ms Jodie Ferris (Director Corporate Services), Ms Amy Lowe "
      "(Governance Officer, minutes).", after=1.0),
    p("**Apologies:** Nil."),
    h1("3. Declaration of Conflict of Interest"),
    p("Cr Benedetti declared a material conflict of interest in Item 9.3, as the applicant "
      "is a member of her family, and said she would leave the chamber for that item. No "
      "other conflicts were declared."),
    h1("4. Confirmation of Minutes"),
    p("Moved Cr Fairweather / Seconded Cr Pilkington", after=1.0),
    p("⟦D:approved:|That the minutes of the Ordinary Meeting of Council held on "
      "⟦N:wd2|Tuesday 16 September 2025⟧ be confirmed⟧ as a true and correct record.",
      after=1.0),
    p("**CARRIED 7/0**"),
    h1("5. Public Question Time"),
    p("Mr Peter Grealy of Gumleaf Road asked when the Coorabin–Yallam road would be "
      "resheeted. The Director Infrastructure said it is in the program for March 2026."),
    h1("9.1 Road Asset Management ⟦E:yr|Plan 2026⟧"),
    p("Mr Ngata presented the draft plan, which was on public exhibition for 28 days and "
      "drew eleven submissions, most asking for more gravel resheeting on the northern "
      "roads."),
    p("**Officer Recommendation**", after=0.6),
    p("That Council adopt the draft Road Asset Management Plan 2026 as exhibited.", **REC),
    p("**Council Resolution**", after=0.6),
    p("Moved Cr McIntyre / Seconded Cr Oyelaran", after=1.0),
    p("⟦D:adopted:|That Council adopt the ⟦E:yr|Road Asset Management Plan 2025⟧, with the "
      "gravel resheeting program increased to 38 km a year⟧, funded from the roads "
      "reserve.", after=1.0),
    p("**CARRIED 5/2**", after=0.6),
    p("For: Crs Dunmore, Ah-Kee, Fairweather, McIntyre, Oyelaran", after=0.4),
    p("Against: Crs Benedetti, Pilkington"),
    h1("9.2 Quarterly Budget Review – September 2025"),
    p("Ms Ferris presented the review. ⟦N:yr0|The 2024/25 capital program had been "
      "approved at ⟦A:3875000:AUD|$3,875,000⟧⟧, of which ⟦A:3604200:AUD|$3,604,200⟧ was "
      "delivered; the carried-forward works are included in the 2025/26 figures below. "
      "Operating income is on budget; the Financial Assistance Grant advance of "
      "⟦A:1420500:AUD|$1,420,500⟧ was received in June."),
    table(["Capital works program 2025/26", "Budget ($)", "Spent to 30 Sept ($)"],
          [["Sealed road renewals", "1,460,000", "412,350"],
           ["Gravel resheeting", "1,180,000", "298,600"],
           ["Bridges and major culverts", "845,000", "61,200"],
           ["Footpaths and kerb", "215,000", "48,900"],
           ["Plant replacement", "620,000", "233,450"],
           ["Total", "4,320,000", "1,054,500"]],
          [86.0, 44.0, 48.0], "LRR", rules="grid", sum_cols=[1, 2]),
    p("**Officer Recommendation**", after=0.6),
    p("That Council receive the Quarterly Budget Review for September 2025.", **REC),
    p("**Council Resolution**", after=0.6),
    p("Moved Cr Ah-Kee / Seconded Cr Fairweather", after=1.0),
    p("That Council ⟦D:approved:|receive the Quarterly Budget Review for September 2025 "
      "and approve the budget variations in Attachment 9.2.1⟧.", after=1.0),
    p("**CARRIED 7/0**"),
    h1("9.3 Planning Permit Application PA 2025/114 – Two-Lot Subdivision, 88 Gumleaf "
       "Road, Coorabin"),
    p("Cr Benedetti left the chamber at 10.14am. Mr Grealy, the applicant's consultant, "
      "addressed Council for five minutes in support of the application."),
    p("**Officer Recommendation**", after=0.6),
    p("That Council issue a Notice of Decision to Grant a Permit for PA 2025/114, subject "
      "to the conditions in the report.", **REC),
    p("Moved Cr Oyelaran / Seconded Cr Fairweather", after=1.0),
    p("⟦D:rejected:|That Council issue a Notice of Decision to Grant a Permit for "
      "PA 2025/114⟧, subject to the conditions in the report.", after=1.0),
    p("The motion was put and **LOST** ⟦N:v24|2/4⟧.", after=0.6),
    p("For: Crs Oyelaran, Fairweather", after=0.4),
    p("Against: Crs Dunmore, Ah-Kee, Pilkington, McIntyre"),
    p("**Council Resolution**", after=0.6),
    p("Moved Cr Pilkington / Seconded Cr McIntyre", after=1.0),
    p("⟦D:postponed:|That Council defer consideration of PA 2025/114 to the November "
      "Ordinary Meeting⟧ so that the applicant can address the drainage concerns of the "
      "neighbours.", after=1.0),
    p("**CARRIED 4/2**", after=0.6),
    p("For: Crs Dunmore, Ah-Kee, Pilkington, McIntyre", after=0.4),
    p("Against: Crs Oyelaran, Fairweather", after=1.2),
    p("Cr Benedetti returned to the chamber at 10.31am."),
    h1("9.4 Community Grants Program – Round 2"),
    p("Ms Venn presented the panel's assessment of fourteen applications."),
    p("**Officer Recommendation**", after=0.6),
    p("That Council award Round 2 community grants totalling ⟦A:48500:AUD|$48,500⟧ as "
      "listed in Attachment 9.4.1.", **REC),
    p("**Council Resolution**", after=0.6),
    p("Moved Cr Benedetti / Seconded Cr Ah-Kee", after=1.0),
    p("⟦D:approved:|That Council award Round 2 community grants totalling "
      "⟦A:52000:AUD|$52,000⟧⟧, being the grants in Attachment 9.4.1 and a further "
      "⟦A:3500:AUD|$3,500⟧ to the Coorabin Men's Shed for its tool store.", after=1.0),
    p("**CARRIED 7/0**"),
    h1("10. Notice of Motion"),
    p("Cr Pilkington had given notice of a motion that Council write to the Minister for "
      "Roads about the condition of the Yallam bridge. She withdrew the motion, as the "
      "Minister had announced funding the previous week."),
    h1("11. Close"),
    p("The next Ordinary Meeting will be held on ⟦N:wd3|Tuesday 18 November 2025⟧. There "
      "being no further business, the Mayor declared the meeting closed at 11.47am."),
    gap(6),
    p("Confirmed this eighteenth day of November 2025.", after=5),
    p("..........................................  Mayor", after=0),
]

REPORT = WReport(
    name="v3_wirraburra_shire_ordinary_en",
    lang="en",
    meeting={"body": "Wirraburra Shire Council", "ordinal": None, "date": "2025-10-21",
             "place": "Coorabin"},
    date_as_written="Tuesday 21 October 2025",
    head=("Wirraburra Shire Council – Ordinary Meeting", "21 October 2025"),
    foot=lambda pg, n: ("Minutes – Ordinary Meeting of Council", f"Page {pg}"),
    created=when(2025, 10, 24),
    blocks=blocks,
    people=[
        ("Cr Ian Dunmore", "Dunmore", "S"),
        ("Cr Leanne Ah-Kee", "Ah-Kee", "S"),
        ("Cr Tom Fairweather", "Fairweather", "S"),
        ("Cr Rosa Benedetti", "Benedetti", "S"),
        ("Cr Michael Oyelaran", "Oyelaran", "S"),
        ("Cr Karen Pilkington", "Pilkington", "S"),
        ("Cr Doug McIntyre", "McIntyre", "S"),
        ("Ms Rachel Venn", "Venn", "S"),
        ("Mr Stuart Ngata", "Ngata", "S"),
        ("Ms Jodie Ferris", "Ferris", "S"),
        ("Ms Amy Lowe", "Lowe", "M"),
        ("Mr Peter Grealy", "Grealy", "S"),
    ],
    flags={"yr": "year_mismatch"},
    not_flags={
        "wd": "weekday is right (21 October 2025 was a Tuesday)",
        "wd2": "weekday is right (16 September 2025 was a Tuesday)",
        "wd3": "weekday is right (18 November 2025 was a Tuesday)",
        "v24": "2 + 4 = 6 councillors voting: seven present, Cr Benedetti out of the "
               "chamber (conflict of interest)",
        "yr0": "the 2024/25 program recalled ('had been approved') in the 2025/26 budget "
              "review: not a year slip",
        "tot": ("the capital works table sums to its Total row (4,320,000 and 1,054,500)",
                ["4,320,000"]),
    },
    weekdays=[("Tuesday 21 October 2025", True), ("Tuesday 16 September 2025", True),
              ("Tuesday 18 November 2025", True)],
    sums=[(7, [5, 2], True), (6, [2, 4], True), (6, [4, 2], True),
          (52000, [48500, 3500], True)],
    stresses="Australian shire council ordinary meeting minutes: 'Officer Recommendation' "
             "beside 'Council Resolution' (only the resolution is a decision; one "
             "resolution changes the recommended sum), 'Moved Cr X / Seconded Cr Y' on its "
             "own line, 'CARRIED 5/2' with 'For: Crs … / Against: Crs …', an officer's "
             "recommendation moved and 'LOST 2/4' then a deferral carried, a 'Declaration "
             "of Conflict of Interest' and a councillor leaving the chamber for the item, "
             "'the Local Government Act of 9 November 1989' cited in the opening (not the "
             "meeting date), a public question time, a ruled capital-works table with '$' "
             "in its header only and '1,200,000' separators, a withdrawn notice of motion; "
             "A4, DejaVu Serif, narrow margins, decimal-numbered headings",
    slips="`year_mismatch`: item 9.1 is the 'Road Asset Management Plan 2026' (heading and "
          "officer recommendation) but the Council Resolution adopts the 'Road Asset "
          "Management Plan 2025'",
    style=Style(paper="a4", font="serif", body_size=9.3, leading=1.33, left=16.0,
                right=16.0, top=25.0, bottom=22.0, justify=False, heading="plain"),
)
