"""Report 30 of the look-alike set (corpus/build_lookalikes.py): minutes of an Audit and
Risk Committee opened by the Vice-Chair because the Chair sent apologies (a chair
look-alike), then closed by another member with no reason given (a real chair slip)."""
from corpus.heldout.markup import h1, p, Report, title, when

org = "Tollbridge Housing Association"
blocks = [
    title(org.upper(), size=11),
    title("Audit and Risk Committee – 17th meeting", size=13.5),
    title("Minutes", size=12, after=1.6),
    title("Tuesday 10 September 2024, 10.00 am – Board Room, Tollbridge House, Gloucester",
          size=10, bold=False, after=5),
    p("**Members present:** Mr Declan Farrow (Vice-Chair), Ms Rachel Lindqvist, "
      "Mr Anthony Osei-Bonsu, Mrs Gwen Pritchard.", after=1.2),
    p("**Apologies:** Dr Helen Okonjo (Chair). **In attendance:** Ms Sarah Whitcombe "
      "(Director of Finance), Mr Neil Catterall (internal auditor), Ms Amy Rudd "
      "(governance officer, minutes).", after=3),
    h1("1. Opening and apologies"),
    p("In the absence of the Chair, ⟦N:chair|Dr Helen Okonjo⟧, who had sent her apologies, "
      "the meeting was opened at 10.00 am by the Vice-Chair, ⟦N:chair|Mr Declan "
      "Farrow⟧. Four of the five members being present, the meeting was quorate."),
    h1("2. Minutes of the 16th meeting"),
    p("⟦D:approved:|The minutes of the 16th meeting were approved⟧ as a correct record. "
      "Ms Sarah Whitcombe confirmed that the action on the fire door inspections had been "
      "completed in July."),
    h1("3. Internal audit: rent arrears"),
    p("Mr Neil Catterall presented the internal audit of rent arrears management, which "
      "gave moderate assurance. Arrears stood at 3.9% of the rent roll, against a target "
      "of 3.5%; the report found that repayment plans were not always reviewed when a "
      "tenant's benefit changed. Mr Anthony Osei-Bonsu asked how many tenants were in "
      "that position; Ms Sarah Whitcombe said about sixty and that a monthly review had "
      "been introduced."),
    p("⟦D:agreed:|The Committee agreed that management would report progress on the five "
      "audit recommendations⟧ at its next meeting."),
    h1("4. Risk register"),
    p("Ms Sarah Whitcombe presented the updated risk register. The risk on damp and mould "
      "had been raised to high following the new regulatory standard; a survey of 1,240 "
      "older homes would cost ⟦A:96000:GBP|£96,000⟧ and be completed by March. "
      "Mrs Gwen Pritchard asked that tenants' complaints about damp be reported to each "
      "meeting."),
    p("⟦D:approved:|The Committee approved the updated risk register⟧ and the additional "
      "report on damp complaints."),
    h1("5. External audit plan"),
    p("Ms Sarah Whitcombe introduced the external auditors' plan for the year ending "
      "31 March 2025, with a fee of ⟦A:48500:GBP|£48,500⟧, an increase of 7%. "
      "Ms Rachel Lindqvist asked that the fee be compared with two other associations of "
      "similar size before it is accepted."),
    p("⟦D:postponed:|The Committee deferred its decision on the external audit fee⟧ until "
      "the comparison is available."),
    h1("6. Any other business"),
    p("There was no other business. The next meeting will be held on Tuesday "
      "3 December 2024."),
    p("⟦E:chair|Ms Rachel Lindqvist⟧ closed the meeting at 12.35 pm."),
]

REPORT = Report(
    name="30_tollbridge_housing_audit17_en",
    lang="en",
    meeting={"body": "Audit and Risk Committee", "ordinal": 17, "date": "2024-09-10",
             "place": "Gloucester"},
    date_as_written="Tuesday 10 September 2024",
    head=("Tollbridge Housing Association", "Audit and Risk Committee – 17th meeting"),
    foot=lambda pg, n: ("Confidential until approved", f"{pg} / {n}"),
    created=when(2024, 9, 18),
    blocks=blocks,
    people=[
        ("Mr Declan Farrow", "Farrow", "S"),
        ("Ms Rachel Lindqvist", "Lindqvist", "S"),
        ("Mr Anthony Osei-Bonsu", "Osei-Bonsu", "S"),
        ("Mrs Gwen Pritchard", "Pritchard", "S"),
        ("Ms Sarah Whitcombe", "Whitcombe", "S"),
        ("Mr Neil Catterall", "Catterall", "S"),
        ("Dr Helen Okonjo", "Okonjo", "M"),
        ("Ms Amy Rudd", "Rudd", "M"),
    ],
    flags={"chair": "chair_mismatch"},
    not_flags={
        "chair": "the Chair sent apologies ('In the absence of the Chair'), so the "
                 "Vice-Chair opening the meeting is no chair_mismatch",
    },
    weekdays=[("Tuesday 10 September 2024", True), ("Tuesday 3 December 2024", True)],
    stresses="Short committee minutes (look-alike set): the Chair is excused and the "
             "Vice-Chair opens the meeting ('In the absence of the Chair, …, the meeting "
             "was opened … by the Vice-Chair'); a deferred decision",
    slips="`chair_mismatch`: opened by the Vice-Chair, Mr Farrow, closed by Ms Lindqvist "
          "with no hand-over or reason recorded (the Chair's absence explains the opening, "
          "not the close)",
)
