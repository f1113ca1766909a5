"""Written held-out set 4, report 4: a UK university Senate (A4, STIX, justified, minute
numbers 'S.25/26.0nn' in capitalised headings under a rule, three-part running header):
'Present' / 'Apologies' / 'In attendance', 'The Chair reported that …' reported speech
(another body's approval recalled), 'RESOLVED that …' beside 'Senate NOTED …', an item
deferred, a motion not carried on a show of hands, a KPI table; planted slips: a research
income total that its parts do not make, and a meeting date with the wrong weekday in the
calendar item."""
from corpus.heldout.markup import when
from corpus.written.blocks import Style, gap, h1, p, table, title
from corpus.written.render import WReport

blocks = [
    title("UNIVERSITY OF WEXMOOR", size=13.5),
    title("SENATE", size=12, after=0.8),
    title("Unreserved minutes of the meeting held on ⟦N:wd|Wednesday 15 October 2025⟧ at "
          "2.00pm in the Council Chamber, Founders' Building, Wexmoor", size=10,
          bold=False, after=4),
    p("**Present:** Professor Helen Marwood (Vice-Chancellor, Chair), Professor Daniel "
      "Okwuosa (Deputy Vice-Chancellor), Professor Ruth Anstey (Pro-Vice-Chancellor "
      "Education), Professor Mei-Ling Hargreave (Pro-Vice-Chancellor Research), Dr Simon "
      "Kettering, Dr Aisling Farrelly, Ms Tamsin Orchard (President, Students' Union) and "
      "seventeen other elected and ex officio members.", after=1.0),
    p("**Apologies:** Professor Gareth Pennick, Dr Ifeoma Ugwu.", after=1.0),
    p("**In attendance:** Mr Julian Brereton (Academic Registrar), Ms Nadia Sorensen "
      "(Secretary to Senate)."),
    h1("S.25/26.010 Welcome, apologies and quorum"),
    p("The Chair welcomed members to the first meeting of the session. The Secretary "
      "confirmed that ⟦N:q|24 members were present⟧ and that the meeting was quorate."),
    h1("S.25/26.011 Minutes of the previous meeting"),
    p("**RESOLVED** ⟦D:approved:|that the unreserved minutes of the meeting held on "
      "⟦N:wd2|Wednesday 11 June 2025⟧ be approved⟧ as a correct record."),
    h1("S.25/26.012 Matters arising"),
    p("The Chair reported that Council, at its meeting on 9 July 2025, had approved the "
      "revised Ordinance on student discipline recommended by Senate in June, and that "
      "the Office of the Independent Adjudicator had been told of the change. She said "
      "that she would write to the Students' Union about the timetable for the review of "
      "the appeals procedure."),
    h1("S.25/26.013 Report of the Vice-Chancellor (paper S/25/26/02)"),
    p("The Chair reported on the sector's financial position, the outcome of the autumn "
      "recruitment round and the visa changes announced in September. Professor Okwuosa "
      "added that international postgraduate acceptances were 11% below target. Senate "
      "⟦D:agreed:25/26/02|NOTED the report of the Vice-Chancellor⟧."),
    h1("S.25/26.014 Academic key performance indicators 2024/25 (paper S/25/26/04)"),
    p("Professor Anstey presented the indicators, reported against the targets of the "
      "Strategy 2030. Continuation has improved for the third year; the fall in "
      "graduate outcomes reflects the national picture."),
    table(["Indicator", "2023/24", "2024/25", "Target 2025/26"],
          [["Continuation rate (%)", "90.4", "91.6", "92.5"],
           ["Good honours (%)", "78.1", "77.4", "79.0"],
           ["NSS overall satisfaction (%)", "81.0", "83.2", "84.0"],
           ["Graduate outcomes (%)", "74.6", "72.9", "76.0"],
           ["Student headcount", "18,420", "19,105", "19,500"],
           ["Research income (£m)", "13.8", "14.6", "15.5"]],
          [72.0, 30.0, 30.0, 30.0], "LRRR", rules="lines",
          caption="Table 1. Academic KPIs (paper S/25/26/04)"),
    p("Senate ⟦D:agreed:25/26/04|NOTED the academic key performance indicators for "
      "2024/25⟧."),
    h1("S.25/26.015 Academic Regulations 2025/26 (paper S/25/26/05)"),
    p("The Academic Registrar introduced the changes, chiefly the new rules on the use of "
      "generative AI in assessment. ⟦N:yr|The Regulations for 2024/25 had been amended in "
      "March 2025⟧ to allow a second resit for placement modules, and that change is "
      "carried forward. Dr Kettering asked that the guidance for external examiners be "
      "published at the same time."),
    p("**RESOLVED** ⟦D:approved:25/26/05|that the Academic Regulations for 2025/26 be "
      "approved⟧, with the guidance for external examiners to be published with them."),
    h1("S.25/26.016 Common academic calendar (paper S/25/26/06)"),
    p("Dr Farrelly said that the faculties had not yet been consulted on the proposed "
      "three-term calendar. **RESOLVED** ⟦D:postponed:25/26/06|that consideration of the "
      "common academic calendar be deferred⟧ to the next meeting, after consultation with "
      "the faculty boards."),
    h1("S.25/26.017 Report of the Research and Innovation Committee (paper S/25/26/07)"),
    p("Professor Hargreave reported that research income for 2024/25 had reached "
      "⟦E:sum|⟦A:14600000:GBP|£14.6 million⟧⟧ (⟦E:sum|⟦A:9100000:GBP|£9.1 million⟧⟧ from UK "
      "Research and Innovation, ⟦E:sum|⟦A:3200000:GBP|£3.2 million⟧⟧ from charities and "
      "⟦E:sum|⟦A:2100000:GBP|£2.1 million⟧⟧ from industry), and that the Committee had "
      "approved the institutional open access policy under its delegated authority. "
      "Senate ⟦D:agreed:25/26/07|NOTED the report of the Research and Innovation "
      "Committee⟧."),
    h1("S.25/26.018 Motion from the Students' Union"),
    p("Ms Orchard proposed, seconded by Dr Farrelly, that a reading week be introduced in "
      "the second term of every undergraduate programme from 2026/27. The Academic "
      "Registrar said that it would shorten the teaching term to ten weeks. On a show of "
      "hands ⟦N:vote|8 members voted in favour, 15 against and 1 abstained⟧; "
      "⟦D:rejected:|the motion for a second-term reading week was not carried⟧."),
    h1("S.25/26.019 Dates of meetings 2025/26"),
    p("Senate ⟦D:agreed:|noted the remaining dates of meetings⟧ for the session: "
      "⟦N:wd3|Wednesday 10 December 2025⟧, ⟦E:wd|Thursday 18 February 2026⟧ and ⟦N:wd4|Wednesday 6 May "
      "2026⟧, each at 2.00pm."),
    h1("S.25/26.020 Close"),
    p("⟦N:chair|The Chair having had to leave at 4.05pm⟧ for a meeting of Council, the "
      "meeting was closed by ⟦N:chair|the Deputy Vice-Chancellor⟧, Professor Okwuosa, at "
      "4.30pm."),
    gap(6),
    p("Nadia Sorensen, Secretary to Senate, 20 October 2025", italic=True, after=0),
]

REPORT = WReport(
    name="v4_wexmoor_university_senate_en",
    lang="en",
    meeting={"body": "Senate", "ordinal": None, "date": "2025-10-15", "place": "Wexmoor"},
    date_as_written="Wednesday 15 October 2025",
    head=("University of Wexmoor", "Senate – unreserved minutes", "15 October 2025"),
    foot=lambda pg, n: ("Senate 15.10.25 – Minutes (unreserved)", f"{pg}"),
    created=when(2025, 10, 20),
    blocks=blocks,
    people=[
        ("Professor Helen Marwood", "Marwood", "S"),
        ("Professor Daniel Okwuosa", "Okwuosa", "S"),
        ("Professor Ruth Anstey", "Anstey", "S"),
        ("Professor Mei-Ling Hargreave", "Hargreave", "S"),
        ("Dr Simon Kettering", "Kettering", "S"),
        ("Dr Aisling Farrelly", "Farrelly", "S"),
        ("Ms Tamsin Orchard", "Orchard", "S"),
        ("Professor Gareth Pennick", "Pennick", "M"),
        ("Dr Ifeoma Ugwu", "Ugwu", "M"),
        ("Mr Julian Brereton", "Brereton", "S"),
        ("Ms Nadia Sorensen", "Sorensen", "S"),
    ],
    flags={"sum": "sum_mismatch", "wd": "weekday_mismatch"},
    not_flags={
        "wd": "weekday is right (15 October 2025 was a Wednesday)",
        "wd2": "weekday is right (11 June 2025 was a Wednesday)",
        "wd3": "weekday is right (10 December 2025 was a Wednesday)",
        "wd4": "weekday is right (6 May 2026 was a Wednesday)",
        "q": "24 members present: 8 + 15 + 1 = 24 votes",
        "vote": "8 + 15 + 1 = 24 members voting, as many as present",
        "yr": "the 2024/25 Regulations recalled ('had been amended in March 2025') in the "
              "2025/26 Regulations' section: not a year slip",
        "chair": "the Chair left (the minutes say why) and the Deputy Vice-Chancellor "
                 "closed the meeting: no chair_mismatch",
    },
    weekdays=[("Wednesday 15 October 2025", True), ("Wednesday 11 June 2025", True),
              ("Wednesday 10 December 2025", True), ("Thursday 18 February 2026", False),
              ("Wednesday 6 May 2026", True)],
    sums=[(14.6, [9.1, 3.2, 2.1], False), (24, [8, 15, 1], True)],
    stresses="UK university Senate minutes: 'Present' / 'Apologies' / 'In attendance' "
             "(the Academic Registrar and the Secretary act), minute numbers "
             "'S.25/26.0nn' at the head of capitalised headings, papers 'S/25/26/0n', 'The "
             "Chair reported that Council … had approved …' (reported speech, not a "
             "decision), 'RESOLVED that …' beside 'Senate NOTED …', a deferral, a "
             "Students' Union motion 'not carried' on a show of hands, a committee's own "
             "approval under delegated authority, a KPI table ruled by three lines (no "
             "total), a chair who leaves before the close, a numeric date in the footer; "
             "A4, STIX, justified, headings in capitals under a rule, three-part header",
    slips="`sum_mismatch`: research income '£14.6 million' stated as £9.1 million + "
          "£3.2 million + £2.1 million, which add up to £14.4 million; "
          "`weekday_mismatch`: 'Thursday 18 February 2026' (18 February 2026 is a "
          "Wednesday, like every other Senate date)",
    style=Style(paper="a4", font="stix", body_size=10.6, leading=1.3, left=24.0,
                right=24.0, top=27.0, bottom=24.0, justify=True, heading="rule"),
)
