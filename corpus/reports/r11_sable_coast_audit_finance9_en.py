"""Report 11 of the tuning corpus (corpus/build.py): Minutes of the 9th Meeting of the Audit
and Finance Committee."""
from corpus.tuning.markup import C, H, P, Report, T0, TABLE

REPORT = Report(
    name="11_sable_coast_audit_finance9_en",
    lang="en",
    title="Minutes of the 9th Meeting of the Audit and Finance Committee",
    meeting={"body": "Audit and Finance Committee", "ordinal": 9, "date": "2025-01-23",
             "place": "Cape Town"},
    header_left="Sable Coast Heritage Trust",
    header_right="AFC 9 – Minutes",
    footer=lambda p, t: {"left": "Audit and Finance Committee – 9th meeting",
                         "right": f"Page {p} of {t}"},
    created=T0(2025, 2, 3),
    stresses="Short, consistent English committee minutes: ZAR amounts, ruled income "
             "table with a correct 'Total income 2024' row, correct surplus arithmetic, a "
             "particle family name ('van der BERG'), a deferred item",
    slips={},
    people=[
        ("Ms Naledi MOKOENA", "MOKOENA", "S"),
        ("Mr Pieter van der BERG", "van der BERG", "S"),
        ("Dr Eleanor FINCH-HATTON", "FINCH-HATTON", "S"),
        ("Ms Farah ISMAIL", "ISMAIL", "S"),
        ("Mr Sipho DLAMINI", "DLAMINI", "S"),
        ("Mr Johan KRIEL", "KRIEL", "M"),
    ],
    auto_hyphen=False,
    min_soft_splits=0,
    not_flags={"w1": "weekday is right (23 January 2025 was a Thursday)",
               "b1": "income table sums to its total row; the total year matches the text",
               "s1": "3,960,000 - 3,712,400 = 247,600",
               "t1": "target year of the long-term plan, not a reporting year"},
    weekday_checks=[("Thursday, 23 January 2025", True)],
    sum_checks=[(247600, [3960000, -3712400], True)],
    blocks=[
        C("Sable Coast Heritage Trust", size=16, bold=True, after=2),
        C("Minutes of the 9th Meeting of the Audit and Finance Committee", size=13,
          bold=True, after=2),
        C("{{N:w1|Thursday, 23 January 2025}}, 14:00 – Trust offices, Cape Town", size=11,
          after=7),
        P("**Present:** Ms Naledi MOKOENA (Chair), Mr Pieter van der BERG (Treasurer), "
          "Dr Eleanor FINCH-HATTON. **In attendance:** Ms Farah ISMAIL (Finance Manager), "
          "Mr Sipho DLAMINI (Kloof & Partners, external auditors).", after=4),
        H("1. Opening, agenda and minutes"),
        P("The Chair opened the meeting at 14:05. {{D:adopted|The agenda was adopted}} as "
          "circulated. {{D:approved|The minutes of the 8th meeting were approved}} and "
          "signed by the Chair. The Committee recorded its thanks to Mr Johan KRIEL, "
          "former Treasurer, for his years of service."),
        H("2. Draft annual financial statements 2024"),
        P("Ms Farah ISMAIL presented the draft annual financial statements for 2024. Total "
          "income for 2024 was {{A|ZAR 3,960,000}}, 6 per cent above budget, and total "
          "expenditure {{A|ZAR 3,712,400}}, leaving a surplus of {{N:s1|{{A|ZAR 247,600}}}}. "
          "The table below summarises income by source."),
        TABLE(["Source", "2024 (ZAR)"],
              [["Grants from foundations", "2,310,000"],
               ["Individual donations", "845,000"],
               ["Events and venue hire", "412,500"],
               ["Investment income", "392,500"],
               ["{{N:b1|Total income 2024}}", "3,960,000"]],
              [120, 50], "LR", total_check={"cols": [1], "ok": True},
              caption="Income by source, 2024"),
        P("Mr Sipho DLAMINI reported that the audit fieldwork was complete and that he "
          "expected to issue an unqualified opinion. Dr Eleanor FINCH-HATTON asked whether "
          "the growth in venue hire was sustainable; the Finance Manager replied that "
          "bookings for the first half of 2025 were already at last year's level. "
          "{{D:approved|The Committee approved the 2024 annual financial statements}} for "
          "submission to the Board of Trustees."),
        H("3. External auditors"),
        P("{{D:agreed|It was agreed to reappoint Kloof & Partners as external auditors}} for "
          "the 2025 financial year, with an audit fee of {{A|ZAR 96,000}}."),
        H("4. Investment of reserves"),
        P("Mr Pieter van der BERG presented options for the investment of the Trust's "
          "reserves, in line with the long-term plan to {{N:t1|Vision 2035}}. Members asked "
          "for independent advice on the risks of the proposed money-market fund. "
          "{{D:postponed|The proposal to move reserves into a money-market fund was "
          "deferred}} to the April meeting."),
        P("The Chair closed the meeting at 16:10."),
    ],
)
