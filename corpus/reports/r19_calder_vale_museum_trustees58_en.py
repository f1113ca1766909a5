"""Report 19 of held-out set 2 (corpus/build_heldout2.py): museum Board of Trustees, table
across a page break, planted sum slip."""
from corpus.heldout.markup import gap, h1, p, Report, table, title, when

museum = "Calder Vale Museum of Art and Industry"
acq = [
    ["A24/01", "Jacquard loom pattern cards (set of 212), c. 1870", "Gift", "1,200"],
    ["A24/02", "Mill owner's pocket watch, silver, 1888", "Purchase", "3,450"],
    ["A24/03", "Oil painting, 'Spinning Room at Dusk', 1921", "Purchase", "28,000"],
    ["A24/04", "Trade union banner, painted silk, 1911", "Gift", "9,500"],
    ["A24/05", "Weaver's shuttle collection (41 items)", "Bequest", "2,100"],
    ["A24/06", "Photograph album, Calder Vale dye works", "Purchase", "850"],
    ["A24/07", "Watercolour, canal basin, 1902", "Purchase", "6,700"],
    ["A24/08", "Enamel advertising sign, Hartley's Soap", "Gift", "1,450"],
    ["A24/09", "Sampler by Ellen Crabtree, aged 11, 1839", "Purchase", "12,800"],
    ["A24/10", "Cotton mill ledger, 1846-1852", "Purchase", "4,300"],
    ["A24/11", "Bronze maquette for the war memorial", "Purchase", "14,500"],
    ["A24/12", "Oral history recordings (36 hours)", "Gift", "0"],
    ["A24/13", "Clog-maker's bench and tools", "Bequest", "1,900"],
    ["A24/14", "Stoneware bottles (box of 24)", "Gift", "1,700"],
    ["Total", "", "", "88,450"],
]
blocks = [
    title(museum, size=11.5, bold=False),
    title("Board of Trustees – Minutes of Meeting No. 58", size=13.5),
    title("Held in the Weavers' Room at the Museum, Halifax, on ⟦N:wd|Thursday 21 March 2024⟧ at "
          "10.30 am", size=10.5, bold=False, after=5),
    p("**Present:** Prof. Dame Imogen Thackeray (Chair), Sir Marcus Everingham "
      "(Treasurer), Cllr Priya Varghese, Dr Samuel Oyelowo-Grant, Mrs Bronwen Tregarthen, "
      "Mr Ashok Venkataraman, Mrs Harriet Ibbotson, Mr Kwame Asante.", after=1.2),
    p("**In attendance:** Dr Owain Pritchard (Director), Ms Fenella Quarrie (Head of "
      "Collections), Mr Declan Moriarty (Finance Manager), Ms Lucy Fairbairn (Clerk to the "
      "Board).", after=1.2),
    p("**Apologies:** Mr Julian Stroud, Cllr Tom Haworth.", after=3),
    h1("58/1 Welcome"),
    p("Dame Imogen welcomed trustees, in particular Mr Kwame Asante, attending his first "
      "meeting since his appointment by the Secretary of State in January. The meeting "
      "was quorate."),
    h1("58/2 Declarations of interest"),
    p("Cllr Priya Varghese declared an interest in item 58/7 as a member of the Cabinet of "
      "Calder Vale Council and said that she would leave the room for that item."),
    h1("58/3 Minutes of the previous meeting (Paper TB 58-1)"),
    p("⟦D:approved:58-1|The minutes of ⟦N:prev|Meeting No. 57⟧ held on "
      "⟦N:wd_prev|Thursday 7 December 2023⟧ were approved⟧ as a correct record and signed "
      "by the Chair. There were no matters arising not covered elsewhere on the agenda."),
    h1("58/4 Director's report"),
    p("Dr Owain Pritchard reported that visits in the year to date had reached 187,400, "
      "ahead of target, and that the schools programme was fully booked until July. The "
      "roof repairs to the north gallery had been completed on time. Sir Marcus "
      "Everingham asked whether the rise in visits had been matched by a rise in retail "
      "spending; the Director replied that spending per visitor had been flat."),
    h1("58/5 Acquisitions (Paper TB 58-2)"),
    p("Ms Fenella Quarrie presented the schedule of fourteen acquisitions recommended by "
      "the Collections Committee at its meeting in February. Values are as assessed by "
      "the Museum's valuer; the oral history recordings have no market value. Mr Ashok "
      "Venkataraman asked that the watercolour be conserved before display."),
    table(["Ref.", "Object", "Source", "Value (£)"], acq,
          widths=[20, 94, 24, 28], aligns="LLLR",
          caption="Schedule of proposed acquisitions", sum_cols=[3], split=True),
    p("Dr Samuel Oyelowo-Grant asked how the purchases would be funded; the Director "
      "explained that they would be met from the restricted acquisitions fund, which "
      "stood at ⟦A:96400:GBP|£96,400⟧. ⟦D:approved:58-2|The Board approved the fourteen "
      "acquisitions listed in the schedule⟧."),
    h1("58/6 Management accounts to 29 February 2024 (Paper TB 58-3)"),
    p("Mr Declan Moriarty presented the management accounts. Income for the eleven months "
      "was ⟦N:income|⟦A:2184500:GBP|£2,184,500⟧⟧, comprising grant-in-aid of "
      "⟦A:1420000:GBP|£1,420,000⟧, admissions and events of ⟦A:512300:GBP|£512,300⟧ and "
      "retail and catering of ⟦A:252200:GBP|£252,200⟧. The year-end forecast showed a small "
      "deficit of ⟦A:46000:GBP|£46,000⟧, to be met from the general reserve."),
    p("Sir Marcus Everingham reported on the capital appeal for the textile gallery. The "
      "appeal had raised ⟦E:sum|⟦A:1265000:GBP|£1,265,000⟧⟧ to date: "
      "⟦E:sum|⟦A:740000:GBP|£740,000⟧⟧ from the Heritage Fund, "
      "⟦E:sum|⟦A:315000:GBP|£315,000⟧⟧ from trusts and foundations and "
      "⟦E:sum|⟦A:190000:GBP|£190,000⟧⟧ from individual donors. Mrs Bronwen Tregarthen "
      "asked whether the Heritage Fund grant was conditional on the match funding being "
      "in place by the autumn; Sir Marcus confirmed that it was."),
    p("⟦D:approved:58-3|The Board approved the management accounts and the year-end "
      "forecast⟧."),
    h1("58/7 Lease of the Old Dye House"),
    p("Cllr Priya Varghese left the room. Dr Owain Pritchard reported that Calder Vale "
      "Council wished to lease the Old Dye House for a community archive at a peppercorn "
      "rent. Mrs Harriet Ibbotson said that the building's maintenance liability should "
      "pass to the Council. ⟦D:agreed:|It was agreed that the Director would negotiate "
      "heads of terms with the Council⟧ and report back to the Board. Cllr Priya "
      "Varghese returned to the meeting."),
    h1("58/8 Admission charge for special exhibitions"),
    p("Mr Ashok Venkataraman proposed that an admission charge of ⟦A:8:GBP|£8⟧ be "
      "introduced for adult visitors to special exhibitions. Several trustees said that "
      "free admission was central to the Museum's charitable purpose. On a vote, "
      "⟦D:rejected:|the proposal to introduce an admission charge for special exhibitions "
      "was not carried⟧, ⟦N:vote|3 trustees voting in favour and 5 against⟧."),
    h1("58/9 Textile gallery redevelopment: design stage 3 (Paper TB 58-5)"),
    p("The Director reported that the architects' cost plan had arrived too late for the "
      "Finance Committee to review it. ⟦D:postponed:58-5|Consideration of the design stage "
      "3 report was deferred⟧ to the next meeting."),
    h1("58/10 Date of next meeting"),
    p("⟦N:next|Meeting No. 59⟧ will be held on ⟦N:wd_next|Thursday 20 June 2024⟧ at "
      "10.30 am. The Chair closed the meeting at 12.55 pm."),
    gap(4),
    p("Signed: ........................................ (Chair)       Date: ................"),
]
REPORT = Report(
    name="19_calder_vale_museum_trustees58_en",
    lang="en",
    meeting={"body": "Board of Trustees", "ordinal": 58, "date": "2024-03-21",
             "place": "Halifax"},
    date_as_written="Thursday 21 March 2024",
    head=(museum, "Board of Trustees – Meeting No. 58"),
    foot=lambda pg, n: ("Unconfirmed minutes – Registered charity no. 1098234",
                        f"Page {pg} of {n}"),
    created=when(2024, 3, 28),
    blocks=blocks,
    people=[
        ("Prof. Dame Imogen Thackeray", "Thackeray", "S"),
        ("Sir Marcus Everingham", "Everingham", "S"),
        ("Cllr Priya Varghese", "Varghese", "S"),
        ("Dr Samuel Oyelowo-Grant", "Oyelowo-Grant", "S"),
        ("Mrs Bronwen Tregarthen", "Tregarthen", "S"),
        ("Mr Ashok Venkataraman", "Venkataraman", "S"),
        ("Mrs Harriet Ibbotson", "Ibbotson", "S"),
        ("Dr Owain Pritchard", "Pritchard", "S"),
        ("Ms Fenella Quarrie", "Quarrie", "S"),
        ("Mr Declan Moriarty", "Moriarty", "S"),
        ("Mr Kwame Asante", "Asante", "M"),
        ("Ms Lucy Fairbairn", "Fairbairn", "M"),
        ("Mr Julian Stroud", "Stroud", "M"),
        ("Cllr Tom Haworth", "Haworth", "M"),
        ("Ellen Crabtree", "Crabtree", "M"),
    ],
    flags={"sum": "sum_mismatch"},
    not_flags={
        "wd": "weekday is right (21 March 2024 was a Thursday)",
        "wd_prev": "weekday is right (7 December 2023 was a Thursday)",
        "wd_next": "weekday is right (20 June 2024 was a Thursday)",
        "prev": "Meeting No. 57 is the previous meeting, not a meeting-number contradiction",
        "next": "Meeting No. 59 is the next meeting, not a meeting-number contradiction",
        "income": "income adds up: 1,420,000 + 512,300 + 252,200 = 2,184,500",
        "vote": "3 + 5 = 8 trustees present",
        "table": ("the acquisitions schedule (continued across the page break) sums to its "
                  "Total row", ["88,450"]),
    },
    weekdays=[("Thursday 21 March 2024", True), ("Thursday 7 December 2023", True),
              ("Thursday 20 June 2024", True)],
    sums=[(2184500, [1420000, 512300, 252200], True),
          (1265000, [740000, 315000, 190000], False), (8, [3, 5], True)],
    split_tables=1,
    stresses="English museum Board of Trustees: 'Minutes of Meeting No. 58', date "
             "'Thursday 21 March 2024' without a comma, minute numbers '58/n' as "
             "headings, papers 'TB 58-n', 'Prof. Dame …' / 'Sir …' / 'Cllr …' people "
             "later called 'Dame Imogen' and 'Sir Marcus' (given names after a title), "
             "'In attendance' staff who present, a trustee who leaves the room for one "
             "item, a proposal 'not carried' on a vote, a deferral; a ruled schedule of 14 "
             "acquisitions continued across a page break with its header row repeated "
             "(two gold table entries) and a correct total row; look-alikes: meetings "
             "No. 57 and No. 59, a correct income breakdown, visitor numbers, a charity "
             "number",
    slips="`sum_mismatch` p.2: the appeal's '£1,265,000' stated as £740,000 + £315,000 + "
          "£190,000, which add up to £1,245,000",
)
