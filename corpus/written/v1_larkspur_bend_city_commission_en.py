"""Written held-out set 4, report 1: a US city commission's regular meeting minutes (Letter,
DejaVu Sans, three-part running header, 'Page n of N' footer under a rule, roman-numbered
headings in shaded bands): roll call 'Present: … Absent: …', role-only turns 'Mayor:' /
'City Clerk:', 'Motion by Commissioner X, seconded by Commissioner Y, to …', 'Motion carried
4-1 (Ayes: …; Nays: …)', a consent agenda in one motion, public comment, an ordinance on
second reading, a $1,250,000 contract; planted vote slip: 'Motion carried 6-0' with five
members present."""
from corpus.heldout.markup import when
from corpus.written.blocks import Style, gap, h1, p, table, title
from corpus.written.render import WReport

blocks = [
    title("CITY OF LARKSPUR BEND", size=14),
    title("CITY COMMISSION", size=11.5, after=0.8),
    title("REGULAR MEETING MINUTES", size=11.5, after=0.8),
    title("⟦N:wd|Tuesday, March 11, 2025⟧ – 6:00 p.m.", size=10, bold=False, after=0.6),
    title("City Hall Commission Chambers, 200 North Orange Avenue, Larkspur Bend", size=9.5,
          bold=False, after=4),
    h1("I. CALL TO ORDER"),
    p("Mayor Gloria Vandermeer called the meeting to order at 6:02 p.m. The invocation was "
      "given by Commissioner Yvonne Tuttle, followed by the Pledge of Allegiance."),
    h1("II. ROLL CALL"),
    p("**Present:** Mayor Gloria Vandermeer, Vice Mayor Terrence Aldana, Commissioners Brooke "
      "Hallisey, Marcus Delacroix-Webb and Yvonne Tuttle.", after=1.0),
    p("**Absent:** Commissioner Raymond Szabo (excused).", after=1.0),
    p("**Staff present:** City Manager Harold Benning, City Attorney Lucinda Marsh, City "
      "Clerk Deborah Quaile, Planning Director Naomi Castellanos and Utilities Director "
      "Sameer Qureshi."),
    h1("III. APPROVAL OF THE AGENDA"),
    p("**Mayor:** Before we begin, item IX.D, the solid waste franchise renewal, has been "
      "withdrawn by staff and will come back on April 8."),
    p("**City Clerk:** That is correct, Madam Mayor. The revised agenda was posted on the "
      "City's website at 3:00 p.m. today."),
    p("Motion by Commissioner Hallisey, seconded by Commissioner Tuttle, ⟦D:approved:|to "
      "approve the agenda as amended⟧. Motion carried 5-0."),
    h1("IV. PUBLIC COMMENT"),
    p("Members of the public may address the Commission for up to three minutes on items "
      "not scheduled for a public hearing.", italic=True),
    p("Harriet Mbeki, 412 Sandpiper Lane, spoke against the proposed rezoning of the "
      "Bayview Road parcels, citing traffic on Sandpiper Lane at school times."),
    p("Carlos Ibarra-Stone, 88 Windward Court, asked the Commission to restore the summer "
      "youth employment program, which had received ⟦A:54522.10:USD|$ 54,522.10⟧ in 2024 "
      "and was not included in the current budget."),
    p("Denise Fairholm, 9 Heron Street, thanked the Public Works crews for the sidewalk "
      "repairs on Elm Street."),
    p("**Mayor:** Thank you all. Staff will follow up with Mr. Ibarra-Stone on the youth "
      "program."),
    h1("V. CONSENT AGENDA"),
    p("All items on the consent agenda are considered routine and are enacted by one "
      "motion, unless a Commissioner asks that an item be removed.", italic=True),
    p("A. Minutes of the regular meeting of ⟦N:cm|February 25, 2025⟧, at which the "
      "Commission set the public hearing on Ordinance No. 2025-17 for ⟦N:cm|March 11, "
      "2025⟧.", indent=5, after=1.0),
    p("B. Resolution No. 2025-031 accepting a Florida Recreational Trails grant of "
      "⟦A:186400:USD|$186,400⟧ for the Harbor Trail extension.", indent=5, after=1.0),
    p("C. Purchase of two police patrol vehicles from Gulf Coast Fleet Sales in the amount "
      "of ⟦A:118762:USD|$118,762.00⟧ under the state contract.", indent=5),
    p("Motion by Vice Mayor Aldana, seconded by Commissioner Delacroix-Webb, "
      "⟦D:approved:|to approve consent agenda items A through C⟧. Motion carried 5-0."),
    h1("VI. PUBLIC HEARING – ORDINANCE No. 2025-17, SECOND READING"),
    p("An Ordinance of the City of Larkspur Bend amending Chapter 14 of the Code of "
      "Ordinances (Vacation Rentals) to require an annual registration and a local "
      "contact person; providing for severability and an effective date.", italic=True),
    p("Planning Director Castellanos presented the ordinance. The registration fee would "
      "be ⟦A:275:USD|$275⟧ a year per unit, and the first-reading changes requested by the "
      "Commission on February 25 had been made. The Mayor opened the public hearing at "
      "6:41 p.m."),
    p("Trevor Lindgren, who owns two rental units on Gulf Drive, asked whether the local "
      "contact could be a management company. Ms. Castellanos said that it could. Harriet "
      "Mbeki spoke in favor of the ordinance."),
    p("**Mayor:** Seeing no one else who wishes to speak, I will close the public hearing. "
      "Commissioners?"),
    p("**City Attorney:** For the record, the ordinance was advertised on February 28, as "
      "the Code requires ten days before the second reading."),
    p("Motion by Commissioner Delacroix-Webb, seconded by Commissioner Hallisey, "
      "⟦D:adopted:2025-17|to adopt Ordinance No. 2025-17 on second reading⟧. "
      "⟦N:vote|Motion carried 4-1⟧ (Ayes: Vandermeer, Aldana, Hallisey, Delacroix-Webb; "
      "Nays: Tuttle)."),
    h1("VII. NEW BUSINESS"),
    p("**A. Award of contract – Water Treatment Plant filter rehabilitation (Bid "
      "No. 25-004).** Utilities Director Qureshi reported that three bids had been "
      "received and that the lowest responsive bidder was Brackwater Constructors, Inc. "
      "City Manager Benning said the project is funded from the utility capital fund and "
      "carries a ten percent contingency."),
    table(["Bidder", "Base bid ($)", "Calendar days"],
          [["Brackwater Constructors, Inc.", "1,250,000", "210"],
           ["Ridgeline Water Services", "1,318,450", "180"],
           ["Pelham & Stroud LLC", "1,402,990", "240"]],
          [100.0, 40.0, 37.9], "LRR", rules="lines", caption="Bid tabulation, Bid No. 25-004"),
    p("Commissioner Tuttle asked whether the contingency was included in the bid. Mr. "
      "Qureshi replied that it was not. Motion by Commissioner Tuttle, seconded by Vice "
      "Mayor Aldana, ⟦D:approved:|to award the filter rehabilitation contract to "
      "Brackwater Constructors, Inc. in the amount of ⟦A:1250000:USD|$1,250,000⟧⟧ and to "
      "authorize the City Manager to execute the contract. ⟦E:vote6|Motion carried "
      "6-0⟧."),
    p("**B. Resolution No. 2025-032 – Parks and Recreation fee schedule.** The resolution "
      "would raise the pavilion rental fee to ⟦A:95:USD|$95⟧ a day. Commissioner Tuttle "
      "and the Mayor said the increase was too steep for local families. Motion by Vice "
      "Mayor Aldana, seconded by Commissioner Hallisey, ⟦D:rejected:2025-032|to approve "
      "Resolution No. 2025-032⟧. Motion failed 2-3 (Ayes: Aldana, Hallisey; Nays: "
      "Vandermeer, Delacroix-Webb, Tuttle)."),
    p("**C. Downtown parking study.** Staff asked for more time to finish the occupancy "
      "counts. Motion by Commissioner Hallisey, seconded by Commissioner Tuttle, "
      "⟦D:postponed:|to table the downtown parking study to the April 8, 2025 meeting⟧. "
      "Motion carried 5-0."),
    h1("VIII. REPORTS"),
    p("**City Manager:** Mr. Benning reported that the Harbor Trail bid would be "
      "advertised in May and that the budget workshop is scheduled for ⟦N:wd2|Tuesday, "
      "June 10, 2025⟧."),
    p("**City Attorney:** Ms. Marsh had nothing to report."),
    p("**Commissioners:** Commissioner Delacroix-Webb reminded residents of the Spring "
      "Festival on March 22. Vice Mayor Aldana congratulated the Larkspur Bend High School "
      "robotics team."),
    h1("IX. ADJOURNMENT"),
    p("⟦N:chair|Mayor Vandermeer⟧ having had to leave at 8:40 p.m. for a family matter, "
      "⟦N:chair|Vice Mayor Aldana⟧ presided for the rest of the meeting. There being no "
      "further business, the Vice Mayor adjourned the meeting at 8:52 p.m."),
    gap(6),
    p("ATTEST:                                              APPROVED:", after=5),
    p("Deborah Quaile, City Clerk                       Gloria Vandermeer, Mayor", after=0),
]

REPORT = WReport(
    name="v1_larkspur_bend_city_commission_en",
    lang="en",
    meeting={"body": "City Commission", "ordinal": None, "date": "2025-03-11",
             "place": "Larkspur Bend"},
    date_as_written="Tuesday, March 11, 2025",
    head=("City of Larkspur Bend", "City Commission – Regular Meeting", "March 11, 2025"),
    foot=lambda pg, n: ("Minutes of the Regular Meeting of the City Commission",
                        f"Page {pg} of {n}"),
    created=when(2025, 3, 14),
    blocks=blocks,
    people=[
        ("Mayor Gloria Vandermeer", "Vandermeer", "S"),
        ("Vice Mayor Terrence Aldana", "Aldana", "S"),
        ("Brooke Hallisey", "Hallisey", "S"),
        ("Marcus Delacroix-Webb", "Delacroix-Webb", "S"),
        ("Commissioner Yvonne Tuttle", "Tuttle", "S"),
        ("Commissioner Raymond Szabo", "Szabo", "M"),
        ("City Manager Harold Benning", "Benning", "S"),
        ("City Attorney Lucinda Marsh", "Marsh", "S"),
        ("City Clerk Deborah Quaile", "Quaile", "S"),
        ("Planning Director Naomi Castellanos", "Castellanos", "S"),
        ("Utilities Director Sameer Qureshi", "Qureshi", "S"),
        ("Harriet Mbeki", "Mbeki", "S"),
        ("Carlos Ibarra-Stone", "Ibarra-Stone", "S"),
        ("Denise Fairholm", "Fairholm", "S"),
        ("Trevor Lindgren", "Lindgren", "S"),
    ],
    flags={"vote6": "vote_count_mismatch"},
    not_flags={
        "wd": "weekday is right (March 11, 2025 was a Tuesday)",
        "wd2": "weekday is right (June 10, 2025 was a Tuesday)",
        "vote": "4 + 1 = 5 members voting, five present (Commissioner Szabo absent)",
        "chair": "the Mayor left (the minutes say why) and the Vice Mayor presided and "
                 "adjourned: no chair_mismatch",
        "cm": "'March 11, 2025' is the date set for the public hearing (this meeting), in "
              "the same sentence as the February 25 meeting: not that meeting's date",
    },
    weekdays=[("Tuesday, March 11, 2025", True), ("Tuesday, June 10, 2025", True)],
    sums=[(5, [4, 1], True), (5, [2, 3], True), (5, [6], False)],
    stresses="US city commission regular meeting minutes: 'CALL TO ORDER' / 'ROLL CALL' "
             "with 'Present: Mayor …, Vice Mayor …, Commissioners … Absent: …' and 'Staff "
             "present:', role-only turns ('Mayor:', 'City Clerk:', 'City Attorney:'), "
             "'Motion by Commissioner X, seconded by Commissioner Y, to …' / 'Motion carried "
             "4-1 (Ayes: …; Nays: …)' / 'Motion failed 2-3', a consent agenda enacted in one "
             "motion, residents' public comment, 'Ordinance No. 2025-17' adopted on second "
             "reading, a '$1,250,000' contract with a bid tabulation ruled by three lines, "
             "'$ 54,522.10' with a space after the sign, a Mayor who leaves before the end; "
             "Letter, DejaVu Sans, three-part running header, 'Page n of N' footer under a "
             "rule, roman-numbered headings in shaded bands",
    slips="`vote_count_mismatch`: the contract is awarded 'Motion carried 6-0' though only "
          "five members are present (Commissioner Szabo absent)",
    style=Style(paper="letter", font="sans", body_size=9.4, leading=1.34, left=19.0,
                right=19.0, top=27.0, bottom=22.0, justify=True, heading="box",
                foot_rule=True),
)
