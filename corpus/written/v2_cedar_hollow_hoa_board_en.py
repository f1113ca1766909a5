"""Written held-out set 4, report 2: an informal homeowners' association board meeting held
on Zoom (Letter, STIX, ragged right, underlined headings, no running header on page 1):
people by first name only after their first mention, 'M/S/C Dana/Luis', label-first
outcome lines 'APPROVED – …' / 'REJECTED – …' / 'TABLED – …', a quorum line, a director
'by proxy', a resident open forum with a first-name-only homeowner, '$ 48,317.62'-style
figures, a reserve-fund table whose cells wrap onto two lines; planted slip: the table's
fund-balance total row says 1,214,930, the components add up to 1,184,930."""
from corpus.heldout.markup import when
from corpus.written.blocks import Style, gap, h1, p, table, title
from corpus.written.render import WReport

blocks = [
    title("Cedar Hollow Homeowners Association, Inc.", size=13.5),
    title("Board of Directors Meeting – Minutes", size=11.5, after=0.8),
    title("⟦N:wd|Wednesday, July 23, 2025⟧, 7:00 PM – held online via Zoom", size=10,
          bold=False, after=4),
    p("**Directors present:** Dana Whitlock (President), Luis Carmona (Vice President), "
      "Priya Natarajan (Treasurer), Greg Halvorsen (Secretary).", after=1.0),
    p("**Director absent:** Ellen Marchetti (Member at Large), by proxy to Greg for "
      "quorum purposes only.", after=1.0),
    p("**Management:** Kendra Osei, CMCA, Summit Ridge Community Management.", after=1.0),
    p("**Owners attending:** 9 households on Zoom.", after=1.0),
    p("**Quorum:** ⟦N:q|4 of 5 directors present⟧ – quorum established (3 required)."),
    h1("1. Call to order"),
    p("Dana called the meeting to order at 7:03 PM and reminded everyone that the meeting "
      "is recorded for the minutes only and that the recording is deleted once the "
      "minutes are approved."),
    h1("2. Approval of minutes"),
    p("⟦D:approved:|Minutes of the June 18, 2025 board meeting approved as "
      "distributed⟧. M/S/C Luis/Priya, 4-0."),
    h1("3. Treasurer's report"),
    p("Priya reported the balances at June 30: operating account "
      "⟦A:48317.62:USD|$ 48,317.62⟧, reserve account ⟦A:1184930:USD|$ 1,184,930.00⟧. "
      "Operating expenses are 3% under budget year to date; landscaping is over budget "
      "because of the storm cleanup in May (⟦A:6480:USD|$ 6,480⟧, not budgeted). Kendra "
      "reported 7 accounts more than 60 days past due, totaling "
      "⟦A:9842.55:USD|$ 9,842.55⟧; two owners are on payment plans."),
    h1("4. Reserve study and 2026 reserve budget"),
    p("Priya presented the updated reserve study by Keystone Reserve Advisors. The table "
      "below shows the components funded in 2026 and the balance allocated to each."),
    table(["Component", "Remaining\nlife (yrs)", "2026 planned ($)", "Fund balance ($)"],
          [["Pool resurfacing and\ncoping replacement", "2", "38,500", "112,400"],
           ["Clubhouse roof\n(architectural shingles)", "6", "0", "186,250"],
           ["Private streets: mill and\noverlay, phase 2", "1", "142,000", "604,800"],
           ["Perimeter fence and\nentry gates", "9", "0", "97,300"],
           ["Irrigation mainline\nand controllers", "4", "12,600", "88,150"],
           ["Contingency", "–", "6,900", "96,030"],
           ["Total", "", "200,000", "1,214,930"]],
          [64.0, 30.0, 38.0, 39.9], "LCRR", rules="grid",
          caption="Reserve fund – components, 2026 plan and balances at June 30, 2025",
          bad_cols=[3]),
    p("Luis asked why the street overlay moved up a year. Kendra said the engineer had "
      "found base failures at the Larch Court cul-de-sac. ⟦N:yr|The 2025 reserve "
      "contribution of ⟦A:96000:USD|$96,000⟧ had been approved last July⟧; the revised "
      "plan raises the 2026 contribution so that the fund stays above 70% funded."),
    p("**APPROVED – ⟦D:approved:|Revised 2026 reserve budget of "
      "⟦A:200000:USD|$200,000⟧⟧** as presented. M/S/C Priya/Greg, 4-0.", after=1.2),
    p("**APPROVED – ⟦D:approved:|Street overlay phase 2 contract with Brightline Paving "
      "for ⟦A:138750:USD|$138,750⟧⟧**, work to start after Labor Day. M/S/C Luis/Dana, "
      "4-0."),
    h1("5. Amenities"),
    p("Greg presented the proposal from the tennis committee to convert half of court 2 "
      "into two pickleball courts (⟦A:21400:USD|$21,400⟧). Dana and Luis were worried "
      "about noise for the Birchwood Lane homes, which back onto the courts."),
    p("**REJECTED – ⟦D:rejected:|proposal for pickleball courts on tennis court 2⟧.** "
      "M/S Greg/Priya; ⟦N:v13|1 in favor, 3 opposed⟧.", after=1.2),
    p("**TABLED – ⟦D:postponed:|replacement of the pool furniture⟧** until the August "
      "meeting, when the second quote is in. M/S/C Dana/Greg, 4-0."),
    h1("6. Architectural review"),
    p("Two applications were approved by the committee under its delegated authority "
      "(a fence at lot 27 and solar panels at lot 41). Greg noted that the guidelines do "
      "not cover battery storage. M/S/C Greg/Luis ⟦D:approved:|to ask the association's "
      "attorney to draft a battery-storage guideline⟧, cost not to exceed "
      "⟦A:850:USD|$850⟧, 4-0."),
    h1("7. Owner open forum"),
    p("Owen Palmquist (lot 12) said that cars are speeding on Cedar Hollow Drive near the "
      "mailboxes and asked for speed humps. Dana said the board would ask the engineer "
      "for a price. Martha (lot 33, last name not given) asked when the clubhouse Wi-Fi "
      "would be fixed; Kendra said the new router is installed next week. Owen also "
      "thanked the board for the quick storm cleanup."),
    h1("8. Next meeting and adjournment"),
    p("Next board meeting: ⟦N:wd2|Wednesday, August 27, 2025⟧, 7:00 PM, on Zoom. The "
      "budget town hall for owners will be held on October 8, 2025. Dana adjourned the "
      "meeting at 8:41 PM."),
    gap(4),
    p("Minutes taken by Greg Halvorsen, Secretary.", italic=True, after=0),
]

REPORT = WReport(
    name="v2_cedar_hollow_hoa_board_en",
    lang="en",
    meeting={"body": "Board of Directors", "ordinal": None, "date": "2025-07-23",
             "place": None},
    date_as_written="Wednesday, July 23, 2025",
    head=("Cedar Hollow HOA", "Board minutes – July 23, 2025"),
    foot=lambda pg, n: ("Draft until approved by the Board", f"{pg}/{n}"),
    created=when(2025, 7, 28),
    blocks=blocks,
    people=[
        ("Dana Whitlock", "Whitlock", "S"),
        ("Luis Carmona", "Carmona", "S"),
        ("Priya Natarajan", "Natarajan", "S"),
        ("Greg Halvorsen", "Halvorsen", "S"),
        ("Ellen Marchetti", "Marchetti", "M"),
        ("Kendra Osei", "Osei", "S"),
        ("Owen Palmquist", "Palmquist", "S"),
        ("Martha", "Martha", "S"),
    ],
    flags={"total": ("table_total_mismatch", ["1,214,930"])},
    not_flags={
        "wd": "weekday is right (July 23, 2025 was a Wednesday)",
        "wd2": "weekday is right (August 27, 2025 was a Wednesday)",
        "q": "4 directors present of 5 (one by proxy, for quorum only); votes of 4",
        "v13": "1 + 3 = 4 directors voting, four present",
        "yr": "the 2025 contribution recalled ('had been approved last July') in the 2026 "
              "reserve budget's section: not a year slip",
    },
    weekdays=[("Wednesday, July 23, 2025", True), ("Wednesday, August 27, 2025", True)],
    sums=[(4, [1, 3], True), (200000, [38500, 0, 142000, 0, 12600, 6900], True),
          (1184930, [112400, 186250, 604800, 97300, 88150, 96030], True)],
    stresses="informal homeowners' association board minutes held on Zoom (place null): "
             "people named in full once then by first name ('Dana called the meeting to "
             "order'), 'M/S/C Dana/Luis, 4-0' and 'M/S Greg/Priya', label-first outcome "
             "lines ('APPROVED – Revised 2026 reserve budget …', 'REJECTED – proposal for "
             "…', 'TABLED – …'), a quorum line, a director absent 'by proxy to Greg for "
             "quorum purposes only', an owner open forum with a first-name-only homeowner "
             "('Martha (lot 33, last name not given)'), '$ 48,317.62' with a space after "
             "the sign, a ruled reserve-fund table whose label and header cells wrap onto "
             "two lines, a past year's contribution recalled in the 2026 section; Letter, "
             "STIX, ragged right, underlined headings, no running header on page 1",
    slips="`table_total_mismatch`: the reserve table's fund-balance Total row says "
          "1,214,930; the components add up to 1,184,930 (the balance the Treasurer "
          "reports); the '2026 planned' column is right",
    style=Style(paper="letter", font="stix", body_size=10.8, leading=1.3, left=22.0,
                right=22.0, top=26.0, bottom=24.0, justify=False, heading="underline",
                head_first=False),
)
