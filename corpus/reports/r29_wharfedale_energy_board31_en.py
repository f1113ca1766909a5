"""Report 29 of the look-alike set (corpus/build_lookalikes.py): minutes of a community
energy cooperative's board whose Chair leaves for a train; the Vice-Chair closes and the
report says why (a chair look-alike)."""
from corpus.heldout.markup import h1, p, Report, title, when

org = "Wharfedale Community Energy Cooperative"
blocks = [
    title(org.upper(), size=11),
    title("Board of Directors – 31st meeting", size=13.5),
    title("Minutes", size=12, after=1.6),
    title("Thursday 6 March 2025, 6.30 pm – Otley Courthouse, Otley", size=10,
          bold=False, after=5),
    p("**Directors present:** Mr Owen Thackeray (Chair), Ms Priya Raman (Vice-Chair), "
      "Mr Gareth Pilling (Treasurer), Ms Joanne Ackroyd (Secretary), Dr Femi Adebayo, "
      "Ms Ruth Halliwell.", after=1.2),
    p("**In attendance:** Mr Callum Birtwhistle (Operations Manager). **Apologies:** "
      "Mr Stuart Illingworth.", after=3),
    h1("1. Welcome and declarations of interest"),
    p("The Chair, ⟦N:chair|Mr Owen Thackeray⟧, opened the meeting at 6.30 pm and welcomed "
      "the directors. Dr Femi Adebayo declared an interest in item 4 as a shareholder of "
      "the roofing contractor and took no part in that item."),
    h1("2. Minutes of the 30th meeting"),
    p("Ms Joanne Ackroyd noted one correction to the attendance list. ⟦D:approved:|The "
      "minutes of the 30th meeting were approved⟧ as corrected and signed by the Chair."),
    h1("3. Generation and finance report"),
    p("Mr Callum Birtwhistle reported that the four school roofs had generated 312 MWh "
      "since April, 6% above forecast, helped by a dry autumn. The inverter at Prince "
      "Henry's Grammar School had been replaced under warranty. Mr Gareth Pilling "
      "presented the management accounts: income to the end of January stood at "
      "⟦A:41350:GBP|£41,350⟧, and the cooperative holds ⟦A:18900:GBP|£18,900⟧ in its "
      "maintenance reserve. Ms Ruth Halliwell asked whether the interest paid to members "
      "could be held at 3%; the Treasurer said the forecast allowed it."),
    p("⟦D:agreed:|It was agreed that members' interest for the year would be proposed at 3%⟧ "
      "at the annual general meeting."),
    h1("4. Burley Village Hall solar array"),
    p("Ms Priya Raman presented the offer for a 40 kW array on Burley Village Hall, with "
      "battery storage, at a cost of ⟦A:58600:GBP|£58,600⟧ to be raised by a community "
      "share offer. The hall committee would buy the electricity at a fixed price for "
      "twenty years. Directors discussed the structural survey, which found the roof "
      "sound, and the grid connection, for which the network operator had quoted an "
      "eight-month wait."),
    p("⟦D:approved:|The Board approved the Burley Village Hall project and the launch of a "
      "community share offer⟧ in May, subject to the signed power purchase agreement."),
    h1("5. Membership and communications"),
    p("Ms Joanne Ackroyd reported 412 members, 27 more than a year ago. The spring "
      "newsletter will go out by email in April, with printed copies for members without "
      "an email address. Dr Femi Adebayo offered to run a stall at the Otley Show."),
    h1("6. Any other business and close"),
    p("The next meeting will be held on Thursday 5 June 2025 at the same venue."),
    p("As the Chair had a train to catch for London, the Vice-Chair, ⟦N:chair|Ms Priya "
      "Raman⟧, closed the meeting at 8.40 pm."),
]

REPORT = Report(
    name="29_wharfedale_energy_board31_en",
    lang="en",
    meeting={"body": "Board of Directors", "ordinal": 31, "date": "2025-03-06",
             "place": "Otley"},
    date_as_written="Thursday 6 March 2025",
    head=("Wharfedale Community Energy – Board", "Minutes of the 31st meeting"),
    foot=lambda pg, n: ("Draft until approved at the next meeting", f"Page {pg} of {n}"),
    created=when(2025, 3, 12),
    blocks=blocks,
    people=[
        ("Mr Owen Thackeray", "Thackeray", "S"),
        ("Ms Priya Raman", "Raman", "S"),
        ("Mr Gareth Pilling", "Pilling", "S"),
        ("Ms Joanne Ackroyd", "Ackroyd", "S"),
        ("Dr Femi Adebayo", "Adebayo", "S"),
        ("Ms Ruth Halliwell", "Halliwell", "S"),
        ("Mr Callum Birtwhistle", "Birtwhistle", "S"),
        ("Mr Stuart Illingworth", "Illingworth", "M"),
    ],
    not_flags={
        "chair": "the Chair left to catch a train ('had a train to catch'), so the "
                 "Vice-Chair closed the meeting and the report says why",
    },
    weekdays=[("Thursday 6 March 2025", True), ("Thursday 5 June 2025", True)],
    stresses="Short board minutes of a community energy cooperative (look-alike set): "
             "the Chair opens, then 'had a train to catch', and the Vice-Chair closes",
)
