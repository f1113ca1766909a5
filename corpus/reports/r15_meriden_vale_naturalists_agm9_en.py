"""Report 15 of held-out set 1 (corpus/build_heldout.py): English AGM of a society, planted
weekday and sum slips."""
from corpus.heldout.markup import gap, h1, p, Report, title, when

soc = "Meriden Vale Naturalists' Society"
blocks = [
    title(soc, size=12),
    title("Minutes of the 9th Annual General Meeting", size=13.5),
    title("held at the Assembly Rooms, Mill Street, Ludlow, on "
          "⟦E:wd|Friday, 14 October 2023⟧ at 2.00 pm", size=10.5, bold=False, after=5),
    p("**Present:** Dr Rosalind Pemberton (President, in the chair), Mr Alistair "
      "Fenwick-Hale (Hon. Secretary), Mrs Deborah O'Sullivan (Hon. Treasurer) and 41 "
      "members of the Society.", after=1.2),
    p("**Apologies:** Mr Colin Dewhurst, Mrs Janet Ormerod and Dr Tobias Wainwright.",
      after=3),
    h1("1. Welcome"),
    p("The President welcomed members to the Society's ninth AGM and thanked the Ludlow "
      "Assembly Rooms for the use of the hall free of charge. She asked members to stand "
      "in memory of Mr Frank Idris Boulton, a founder member, who died in March."),
    h1("2. Minutes of the previous AGM"),
    p("The minutes of the meeting held on ⟦N:wd_prev|Saturday, 15 October 2022⟧ had been "
      "circulated with the notice of meeting. ⟦D:approved:9-1|The minutes of the "
      "⟦N:prev|8th Annual General Meeting⟧ (paper AGM 9-1) were approved⟧ as a correct "
      "record and signed by the President. There were no matters arising."),
    h1("3. President's report"),
    p("Dr Rosalind Pemberton reported a busy year: twenty-two field meetings, the new "
      "moth-trapping group at Whitcliffe and the completion of the county dragonfly "
      "atlas. Membership ⟦N:members|rose from 212 to 231, an increase of 19⟧, the largest "
      "rise since the Society was founded. Mr Rajesh Chandrasekhar asked whether the "
      "atlas records would be shared with the county records centre; the President "
      "confirmed that they had been. Ms Bethan Llewellyn thanked the field-meeting "
      "leaders on behalf of the members."),
    h1("4. Treasurer's report and accounts 2022-23 (paper AGM 9-2)"),
    p("Mrs Deborah O'Sullivan presented the accounts for the year ended 31 July 2023. Total income for "
      "the year was ⟦E:sum|⟦A:18740:GBP|£18,740⟧⟧, made up of subscriptions of "
      "⟦E:sum|⟦A:9860:GBP|£9,860⟧⟧, donations and legacies of ⟦E:sum|⟦A:4215:GBP|£4,215⟧⟧ "
      "and the summer fair of ⟦E:sum|⟦A:4365:GBP|£4,365⟧⟧. Expenditure came to "
      "⟦N:exp|⟦A:16920:GBP|£16,920⟧⟧ (hall hire ⟦A:3480:GBP|£3,480⟧, publications "
      "⟦A:7150:GBP|£7,150⟧, insurance ⟦A:1290:GBP|£1,290⟧ and field trips "
      "⟦A:5000:GBP|£5,000⟧). The balance carried forward at 31 July 2023 was "
      "⟦A:12305:GBP|£12,305⟧ ⟦N:cmp|(2022: ⟦A:11780:GBP|£11,780⟧)⟧."),
    p("The Independent Examiner, Mr Peter Hargreaves, had reported no matters of concern. "
      "Mr Rajesh Chandrasekhar asked why publications had cost more than in the previous "
      "year; the Treasurer explained that the atlas had been printed in colour. "
      "⟦D:adopted:9-2|The accounts for the year ended 31 July 2023 were adopted⟧ on a show "
      "of hands."),
    h1("5. Subscriptions"),
    p("The Committee proposed that the ordinary subscription rise from "
      "⟦A:20:GBP|£20⟧ to ⟦A:24:GBP|£24⟧ and the family subscription to "
      "⟦A:36:GBP|£36⟧, the first increase since 2017. ⟦D:agreed:|It was agreed that the "
      "new subscription rates would apply⟧ from 1 January 2024."),
    h1("6. Election of officers and committee"),
    p("The Hon. Secretary reported that one nomination had been received for each officer "
      "post and one for the single vacancy on the Committee. ⟦D:approved:|The meeting "
      "approved the re-election of the three officers⟧ and the election of Ms Harriet "
      "MacLeod to the Committee."),
    h1("7. Appointment of the Independent Examiner"),
    p("⟦D:approved:|The meeting approved the reappointment of Mr Peter Hargreaves as "
      "Independent Examiner⟧ for 2023-24, at an honorarium of ⟦A:150:GBP|£150⟧."),
    h1("8. Motion on the format of general meetings"),
    p("Ms Bethan Llewellyn moved, seconded by Mr Rajesh Chandrasekhar, that future general "
      "meetings be held online to save hall costs. Several members said that the AGM was "
      "one of the few occasions to meet in person. ⟦D:rejected:|The motion that future "
      "general meetings be held online was defeated⟧ by ⟦N:vote|12 votes to 27, with 5 "
      "abstentions⟧."),
    h1("9. Revised constitution"),
    p("Mr Alistair Fenwick-Hale explained that the Charity Commission had asked for changes "
      "to the dissolution clause after the draft had been circulated. "
      "⟦D:postponed:9-3|Consideration of the revised constitution (paper AGM 9-3) was "
      "deferred⟧ to a Special General Meeting in the spring."),
    h1("10. Date of the next AGM"),
    p("⟦N:next|The 10th Annual General Meeting⟧ will be held on "
      "⟦N:wd_next|Saturday, 12 October 2024⟧. The President closed the meeting at "
      "4.15 pm and invited members to tea."),
    gap(6),
    p("Signed ............................................ (President)      "
      "Date ....................."),
]
REPORT = Report(
    name="15_meriden_vale_naturalists_agm9_en",
    lang="en",
    meeting={"body": "Annual General Meeting", "ordinal": 9, "date": "2023-10-14",
             "place": "Ludlow"},
    date_as_written="Friday, 14 October 2023",
    head=(soc, "AGM 2023 – Minutes"),
    foot=lambda pg, n: ("Minutes of the 9th AGM – to be approved at the 10th AGM",
                        f"Page {pg} of {n}"),
    created=when(2023, 11, 2),
    blocks=blocks,
    people=[
        ("Dr Rosalind Pemberton", "Pemberton", "S"),
        ("Mr Alistair Fenwick-Hale", "Fenwick-Hale", "S"),
        ("Mrs Deborah O'Sullivan", "O'Sullivan", "S"),
        ("Mr Rajesh Chandrasekhar", "Chandrasekhar", "S"),
        ("Ms Bethan Llewellyn", "Llewellyn", "S"),
        ("Mr Colin Dewhurst", "Dewhurst", "M"),
        ("Mrs Janet Ormerod", "Ormerod", "M"),
        ("Dr Tobias Wainwright", "Wainwright", "M"),
        ("Mr Frank Idris Boulton", "Boulton", "M"),
        ("Mr Peter Hargreaves", "Hargreaves", "M"),
        ("Ms Harriet MacLeod", "MacLeod", "M"),
    ],
    flags={"wd": "weekday_mismatch", "sum": "sum_mismatch"},
    not_flags={
        "wd_prev": "weekday is right (15 October 2022 was a Saturday)",
        "wd_next": "weekday is right (12 October 2024 was a Saturday)",
        "prev": "the 8th AGM is the previous meeting, not a meeting-number contradiction",
        "next": "the 10th AGM is the next meeting, not a meeting-number contradiction",
        "members": "212 + 19 = 231",
        "exp": "expenditure adds up: 3,480 + 7,150 + 1,290 + 5,000 = 16,920",
        "cmp": "a prior-year comparative, not a year mismatch",
        "vote": "12 + 27 + 5 = 44 present (41 members and 3 officers)",
    },
    weekdays=[("Friday, 14 October 2023", False), ("Saturday, 15 October 2022", True),
              ("Saturday, 12 October 2024", True)],
    sums=[(18740, [9860, 4215, 4365], False), (16920, [3480, 7150, 1290, 5000], True),
          (231, [212, 19], True), (44, [12, 27, 5], True), (44, [41, 3], True)],
    stresses="English AGM minutes of a society: 'Present:' / 'Apologies:' lists, "
             "mixed-case names only ('Fenwick-Hale', \"O'Sullivan\", 'MacLeod'), an agenda "
             "of numbered items, '£' amounts with thousands commas, a motion defeated on a "
             "vote, a deferral; look-alikes: previous (8th) and next (10th) AGM, a correct "
             "expenditure breakdown, a prior-year comparative '(2022: £11,780)', a "
             "membership increase, two right weekdays",
    slips="`weekday_mismatch` p.1: 'Friday, 14 October 2023' (14 October 2023 was a "
          "Saturday); `sum_mismatch` p.1: income '£18,740' stated as £9,860 + £4,215 + "
          "£4,365, which add up to £18,440",
)
