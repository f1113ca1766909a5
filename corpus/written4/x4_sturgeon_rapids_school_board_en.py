"""Written held-out set 4, report 4: an Ontario district school board's regular meeting
(fpdf2, Letter, STIX, ragged right, a hanging column of resolution numbers 'R-25-043',
capitalised headings, no running header on page 1, a footer under a rule): 'Trustees
Present / Regrets / Staff' lists, motions as 'Moved by Trustee X' / 'Seconded by Trustee Y'
lines then 'THAT the Board …' and a bare 'CARRIED' / 'DEFEATED', recorded votes 'In favour
(5): … Opposed (2): …' with a student trustee's non-binding vote, an in-camera session, a
by-law 'read a first, second and third time and finally passed', a budget table ruled by
lines; planted slips: the capital program's years differ between its heading and its
resolution, and the meeting is opened by the Chair and closed by the Vice-Chair with no
word of a hand-over."""
from corpus.heldout.markup import when
from corpus.written.blocks import Style, h1, p, table, title
from corpus.written.render import WReport


def motion(label, mover, seconder, text, outcome, after=2.6):
    """A resolution as the board prints it: its number in the hanging column, the mover
    and seconder lines, the THAT clause (markup) and the bare outcome word."""
    return [p(f"Moved by Trustee {mover}\nSeconded by Trustee {seconder}", label=label,
              after=0.8),
            p(text, after=0.8),
            p(f"**{outcome}**", after=after)]


blocks = [
    title("STURGEON RAPIDS DISTRICT SCHOOL BOARD", size=13),
    title("Minutes of the Regular Meeting of the Board", size=11, bold=False, after=0.8),
    title("⟦N:wd|Tuesday, April 22, 2025⟧, 7:00 p.m.", size=10, bold=False, after=0.8),
    title("Board Room, Education Centre, 1150 Lakeshore Drive, Sturgeon Rapids, Ontario",
          size=9.5, bold=False, after=4),
    p("**Trustees Present:** Chair Margaret Fennimore, Vice-Chair Luc Beaulieu, Trustees "
      "Harjit Sandhu, Caroline Whitebird, Anders Holmgren, Teresa Caravaggio and Noah "
      "Petrakis; Student Trustee Amira Haddad", after=1.0),
    p("**Regrets:** Trustee Bernadette Kowalczyk", after=1.0),
    p("**Staff:** Dr. Simon Vandersluis, Director of Education; Priya Venkataraman, "
      "Superintendent of Business Services; Guy Thériault, Superintendent of Education; "
      "Leanne Moffatt, Recording Secretary"),
    h1("Call to Order and Land Acknowledgement", label="1."),
    p("Chair Margaret Fennimore called the meeting to order at 7:00 p.m. and "
      "read the land acknowledgement. No declarations of conflict of interest were made."),
    h1("Approval of the Agenda", label="2."),
    *motion("R-25-041", "Sandhu", "Whitebird",
            "THAT ⟦D:approved:|the Board approve the agenda as circulated⟧.", "CARRIED"),
    h1("Approval of Minutes", label="3."),
    *motion("R-25-042", "Caravaggio", "Petrakis",
            "THAT ⟦D:approved:|the minutes of the Regular Meeting of the Board held "
            "⟦N:wd2|Tuesday, March 25, 2025⟧ be approved⟧.", "CARRIED"),
    h1("Delegation", label="4."),
    p("Yolanda Prieto, chair of the Riverside Public School Council, asked the Board to "
      "keep the school's current attendance boundary and to fund a crossing guard at "
      "Mill Street, at about ⟦A:48500:CAD|$48,500⟧ a year."),
    h1("2025-2026 Operating Budget (Report BS-25-08)", label="5."),
    p("Superintendent Venkataraman presented the budget, balanced at "
      "⟦A:412600000:CAD|$412.6 million⟧, and the Director, Dr. Vandersluis, said that the "
      "transportation line includes ⟦A:1875000:CAD|$1,875,000⟧ for the new rural routes. "
      "Student Trustee Haddad asked that the mental health workers be kept; Ms. "
      "Venkataraman confirmed that they are."),
    table(["Envelope ($ millions)", "2025-2026 Budget", "2024-2025 Revised"],
          [["Instruction", "298.4", "289.7"],
           ["Administration", "14.9", "14.6"],
           ["Transportation", "21.7", "20.9"],
           ["Pupil accommodation", "52.3", "50.8"],
           ["Other", "25.3", "24.2"],
           ["Total", "412.6", "400.2"]],
          [83.9, 46.0, 46.0], "LRR", rules="lines", sum_cols=[1, 2], label=""),
    *motion("R-25-043", "Beaulieu", "Sandhu",
            "THAT ⟦D:adopted:BS-25-08|the Board adopt the 2025-2026 operating budget as "
            "presented in Report BS-25-08⟧.", "CARRIED", after=0.8),
    p("A recorded vote was requested by Trustee Holmgren.\n"
      "⟦N:vote|In favour (5): Trustees Fennimore, Beaulieu, Sandhu, Whitebird, "
      "Caravaggio\nOpposed (2): Trustees Holmgren, Petrakis⟧\n"
      "Student Trustee Haddad (non-binding): in favour"),
    h1("2025-2026 Capital Program (Report BS-25-09)", label="6."),
    p("Ms. Venkataraman said that the ⟦E:year|2025-2026 Capital Program⟧ is funded by "
      "the provincial School Condition Improvement grant. Trustee Holmgren asked about the "
      "roof at Northgate Secondary; it is first on the list."),
    *motion("R-25-044", "Whitebird", "Caravaggio",
            "THAT ⟦D:approved:BS-25-09|the Board approve the ⟦E:year|2024-2025 Capital "
            "Program⟧ in the amount of ⟦A:18750000:CAD|$18,750,000⟧⟧ as presented in Report "
            "BS-25-09.", "CARRIED"),
    h1("By-law 2025-03, Temporary Borrowing", label="7."),
    *motion("R-25-045", "Petrakis", "Holmgren",
            "THAT ⟦D:approved:2025-03|By-law No. 2025-03, a by-law to authorize temporary "
            "borrowing of up to ⟦A:25000000:CAD|$25,000,000⟧ to meet current expenditures, "
            "be read a first, second and third time and finally passed⟧.", "CARRIED"),
    h1("Riverside Public School Boundary Review (Report SE-25-04)", label="8."),
    p("Superintendent Thériault presented the staff recommendation to move the area north "
      "of Mill Street to Lakeview Public School. Trustee Whitebird spoke against it."),
    *motion("R-25-046", "Sandhu", "Beaulieu",
            "THAT ⟦D:rejected:SE-25-04|the Board approve the attendance boundary changes "
            "for Riverside Public School⟧ set out in Report SE-25-04, effective September "
            "2, 2025.", "DEFEATED", after=0.8),
    p("A recorded vote was requested by Trustee Whitebird.\n"
      "⟦N:vote2|In favour (3): Trustees Sandhu, Beaulieu, Petrakis\nOpposed (4): Trustees "
      "Fennimore, Whitebird, Holmgren, Caravaggio⟧"),
    h1("French Immersion Transportation Policy", label="9."),
    *motion("R-25-047", "Caravaggio", "Whitebird",
            "THAT ⟦D:postponed:|consideration of the French Immersion Transportation Policy "
            "be deferred to the Regular Meeting of ⟦N:wd3|Tuesday, May 27, 2025⟧⟧.",
            "CARRIED"),
    h1("In Camera Session", label="10."),
    *motion("R-25-048", "Beaulieu", "Petrakis",
            "THAT ⟦D:approved:|the Board move into Committee of the Whole, In Camera⟧, at "
            "8:55 p.m.", "CARRIED"),
    p("The Board reconvened in open session at 9:34 p.m."),
    *motion("R-25-049", "Holmgren", "Sandhu",
            "THAT ⟦D:approved:|the Board ratify the recommendations of the Committee of the "
            "Whole, In Camera⟧, of April 22, 2025.", "CARRIED"),
    h1("Adjournment", label="11."),
    p("Vice-Chair ⟦E:chair|Luc Beaulieu⟧ declared the meeting adjourned at 9:41 p.m."),
]

REPORT = WReport(
    name="x4_sturgeon_rapids_school_board_en",
    lang="en",
    meeting={"body": "District School Board", "ordinal": None,
             "date": "2025-04-22", "place": "Sturgeon Rapids"},
    date_as_written="Tuesday, April 22, 2025",
    head=("Sturgeon Rapids District School Board", "Regular Meeting – April 22, 2025"),
    foot=lambda pg, n: ("Minutes – Regular Meeting of the Board", f"Page {pg} of {n}"),
    created=when(2025, 4, 25),
    blocks=blocks,
    people=[
        ("Chair Margaret Fennimore", "Fennimore", "S"),
        ("Vice-Chair Luc Beaulieu", "Beaulieu", "S"),
        ("Harjit Sandhu", "Sandhu", "S"),
        ("Caroline Whitebird", "Whitebird", "S"),
        ("Anders Holmgren", "Holmgren", "S"),
        ("Teresa Caravaggio", "Caravaggio", "S"),
        ("Noah Petrakis", "Petrakis", "S"),
        ("Student Trustee Amira Haddad", "Haddad", "S"),
        ("Trustee Bernadette Kowalczyk", "Kowalczyk", "M"),
        ("Dr. Simon Vandersluis", "Vandersluis", "S"),
        ("Priya Venkataraman", "Venkataraman", "S"),
        ("Guy Thériault", "Thériault", "S"),
        ("Leanne Moffatt", "Moffatt", "M"),
        ("Yolanda Prieto", "Prieto", "S"),
    ],
    flags={"year": "year_mismatch", "chair": "chair_mismatch"},
    not_flags={
        "wd": "weekday is right (April 22, 2025 was a Tuesday)",
        "wd2": "weekday is right (March 25, 2025 was a Tuesday)",
        "wd3": "weekday is right (May 27, 2025 was a Tuesday)",
        "vote": "5 + 2 = 7 trustees voting, seven present (one regrets); the student "
                "trustee's vote is non-binding",
        "vote2": "3 + 4 = 7 trustees voting, seven present",
        "tot": ("the budget table sums to its Total row (412.6 and 400.2); the 2024-2025 "
                "Revised column is the prior year, not a year slip", ["412.6", "400.2"]),
    },
    weekdays=[("Tuesday, April 22, 2025", True), ("Tuesday, March 25, 2025", True),
              ("Tuesday, May 27, 2025", True)],
    sums=[(7, [5, 2], True), (7, [3, 4], True)],
    stresses="Ontario district school board regular meeting minutes: 'Trustees Present: "
             "Chair …, Vice-Chair …, Trustees …; Student Trustee …' / 'Regrets:' / 'Staff:' "
             "lists, resolution numbers 'R-25-043' in a hanging column, 'Moved by Trustee "
             "X' / 'Seconded by Trustee Y' lines (family only) before 'THAT the Board …' and "
             "a bare 'CARRIED' / 'DEFEATED' line, recorded votes 'In favour (5): Trustees "
             "… Opposed (2): …' beside a student trustee's non-binding vote, a delegation, "
             "an in-camera session moved and ratified, 'By-law No. 2025-03 … be read a "
             "first, second and third time and finally passed', staff reports 'BS-25-08' as "
             "refs, '$' in an Ontario report (CAD), a budget table ruled by lines with a "
             "prior-year column; Letter, STIX, ragged right, no running header on page 1, "
             "footer under a rule",
    slips="`year_mismatch`: item 6 is the '2025-2026 Capital Program' (heading and staff "
          "text) but resolution R-25-044 approves the '2024-2025 Capital Program'; "
          "`chair_mismatch`: Chair Margaret Fennimore opens the meeting and Vice-Chair Luc "
          "Beaulieu adjourns it, with no hand-over or absence recorded",
    style=Style(paper="letter", font="stix", body_size=10.2, leading=1.3, left=20.0,
                right=20.0, top=26.0, bottom=22.0, justify=False, label_w=24.0,
                heading="caps", head_first=False, foot_rule=True),
)
