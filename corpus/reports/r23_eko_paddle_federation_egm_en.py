"""Report 23 of held-out set 3 (corpus/build_heldout3.py): EGM of a Nigerian sports federation,
reported speech, planted year slip."""
from corpus.heldout.markup import gap, h1, p, Report, title, when

fed = "Eko Lagoon Paddle Sports Federation"
blocks = [
    title(fed.upper(), size=11),
    title("Minutes of the Extraordinary General Meeting", size=13.5),
    title("held at Federation House, Yaba, Lagos, on ⟦N:wd1|Saturday 14 September 2024⟧ "
          "at 11.00 a.m.", size=10.5, bold=False, after=5),
    p("**Present:** Chief (Mrs) Adaeze Nwachukwu, President, in the Chair; Mr Emeka "
      "Okoye, Secretary-General; Alhaji Sani Danladi, Treasurer; Barr. Folake "
      "Adebayo-Williams, Legal Adviser; Engr. Tunde Bakare (Ikoyi Paddle Club); Coach "
      "Ibinabo Harry (Bonny Canoe Club); Dr (Mrs) Ngozi Eze (Athletes' Commission); "
      "representatives of 27 affiliated clubs, as recorded in the attendance register.",
      after=1.2),
    p("**In attendance:** Mr Olumide Coker, of the federation's external auditors.",
      after=3),
    h1("1. Opening and quorum"),
    p("The President called the meeting to order at 11.14 a.m. after the Secretary-"
      "General confirmed that ⟦N:vote|27 of the 31 affiliated clubs⟧ were represented, "
      "which was above the quorum of sixteen required by Article 19 of the Constitution. "
      "A minute's silence was observed in memory of the late Pa Josiah Ekanem, founding "
      "coach of the Badagry club. The President thanked the clubs that had travelled "
      "from Port Harcourt and Calabar at short notice."),
    h1("2. Purpose of the meeting"),
    p("Mr Okoye stated that the meeting had been convened at the request of the Board "
      "under Article 22 to consider amendments to the Constitution, the audited "
      "accounts and a proposed development levy. He stated that the federation would "
      "seek approval of the National Sports Commission for the amended Constitution once "
      "it had been adopted by members, and reminded the meeting that the Commission had "
      "already approved the revised athlete-welfare guidelines in June. He further "
      "reported that the Board had resolved at its July meeting to recommend the "
      "amendments to members, and that the International Paddle Sports Union had "
      "confirmed a development grant of ⟦A:25000:USD|USD 25,000⟧ conditional on the "
      "new safeguarding provisions being in force before the end of the year."),
    h1("3. Special Resolution 1: amended Constitution"),
    p("Barr. Folake Adebayo-Williams explained the principal changes: the creation of an "
      "Athletes' Commission with a seat on the Board, a two-term limit for elected "
      "officers, and a new chapter on safeguarding. Engr. Tunde Bakare said that his club "
      "supported the changes in principle but considered that the term limit should not "
      "apply to officers already serving, since they had been elected under the old "
      "rules. Coach Ibinabo Harry said that the smaller clubs in the Niger Delta had long "
      "asked for a stronger voice and welcomed the Athletes' Commission. Dr (Mrs) Ngozi "
      "Eze said that athletes had been consulted at two meetings in Lagos and one in "
      "Port Harcourt, and that they expected the Commission to be consulted on selection "
      "policy. It was suggested from the floor that the term limit be reduced to one "
      "term, but the suggestion was not seconded."),
    p("Upon a poll, ⟦D:adopted:|Special Resolution 1, to adopt the amended Constitution, "
      "was carried⟧ by ⟦N:vote|23 votes to 4⟧, being more than the two-thirds majority "
      "required."),
    h1("4. Audited financial statements for the ⟦E:year|year ended 31 December 2023⟧"),
    p("Alhaji Sani Danladi presented the audited financial statements. Income for the "
      "year was ⟦N:exp|⟦A:148600000:NGN|₦148.6 million⟧⟧ "
      "(⟦N:cmp|2022: ⟦A:121300000:NGN|₦121.3 million⟧⟧), the increase coming mainly from "
      "sponsorship of the Lagos Lagoon Regatta. Expenditure was "
      "⟦N:exp|⟦A:161100000:NGN|₦161.1 million⟧⟧, leaving a deficit of "
      "⟦N:exp|⟦A:12500000:NGN|N12.5 million⟧⟧, which the Treasurer attributed to the cost "
      "of replacing the federation's ageing fleet of racing canoes. Mr Olumide Coker "
      "confirmed that the auditors had issued an unqualified opinion. Engr. Tunde Bakare "
      "asked why the cost of hosting this meeting, estimated at "
      "⟦A:3200000:NGN|NGN 3,200,000⟧, had not been shared with the clubs in advance; the "
      "Treasurer replied that a breakdown would be published on the federation's "
      "website."),
    p("⟦D:adopted:|Ordinary Resolution 2, that the audited financial statements for the "
      "⟦E:year|year ended 31 December 2022⟧ be received and adopted, was carried "
      "unanimously⟧."),
    h1("5. Ordinary Resolution 3: development levy"),
    p("Mr Okoye presented the Board's proposal that each affiliated club pay an annual "
      "development levy of ⟦A:250000:NGN|₦250,000⟧ from January 2025, to fund coaching "
      "courses in the riverine states. Coach Ibinabo Harry stated that most of the "
      "smaller clubs could not afford the levy and would be forced to disaffiliate. "
      "Alhaji Sani Danladi said that the Board would look for sponsors instead, and that "
      "the question would be put to members again at the Annual General Meeting. The "
      "President thanked members for a frank discussion."),
    p("On a show of hands, ⟦D:rejected:|Ordinary Resolution 3, to introduce a development "
      "levy, was defeated⟧, ⟦N:vote|9 votes being cast in favour and 18 against⟧."),
    h1("6. Venue of the 2025 National Regatta"),
    p("Mr Okoye reported that Calabar and Badagry had both offered to host the 2025 "
      "National Regatta, and that the Board would be asked to approve a budget for it "
      "once the venue was known. Members said that they could not choose before the "
      "two bids had been costed. ⟦D:postponed:|The meeting resolved to defer the choice of "
      "venue for the 2025 National Regatta⟧ to the Annual General Meeting."),
    h1("7. Close"),
    p("The President announced that the Annual General Meeting would be held on "
      "⟦N:wd2|Saturday 7 December 2024⟧, when members would be asked to approve the 2025 "
      "budget, and closed the meeting at 2.40 p.m."),
    gap(4),
    p("Confirmed as a correct record: ........................................ President"),
]
REPORT = Report(
    name="23_eko_paddle_federation_egm_en",
    lang="en",
    meeting={"body": "Extraordinary General Meeting", "ordinal": None,
             "date": "2024-09-14", "place": "Lagos"},
    date_as_written="Saturday 14 September 2024",
    head=(fed, "EGM – 14 September 2024"),
    foot=lambda pg, n: ("Draft minutes – subject to confirmation at the next Annual "
                        "General Meeting", f"Page {pg} of {n}"),
    created=when(2024, 9, 23),
    blocks=blocks,
    people=[
        ("Chief (Mrs) Adaeze Nwachukwu", "Nwachukwu", "S"),
        ("Mr Emeka Okoye", "Okoye", "S"),
        ("Alhaji Sani Danladi", "Danladi", "S"),
        ("Barr. Folake Adebayo-Williams", "Adebayo-Williams", "S"),
        ("Engr. Tunde Bakare", "Bakare", "S"),
        ("Coach Ibinabo Harry", "Harry", "S"),
        ("Dr (Mrs) Ngozi Eze", "Eze", "S"),
        ("Mr Olumide Coker", "Coker", "S"),
        ("Pa Josiah Ekanem", "Ekanem", "M"),
    ],
    flags={"year": "year_mismatch"},
    not_flags={
        "wd1": "weekday is right (14 September 2024 was a Saturday)",
        "wd2": "weekday is right (7 December 2024 was a Saturday)",
        "vote": "23 + 4 = 27 and 9 + 18 = 27 clubs represented",
        "exp": "the deficit adds up: ₦161.1 million - ₦148.6 million = N12.5 million",
        "cmp": "a prior-year comparative, not a year mismatch",
    },
    weekdays=[("Saturday 14 September 2024", True), ("Saturday 7 December 2024", True)],
    sums=[(27, [23, 4], True), (27, [9, 18], True),
          (161100000, [148600000, 12500000], True)],
    stresses="English EGM minutes of a Nigerian sports federation (ordinal null): long "
             "paragraphs of reported speech ('Mr Okoye stated that the federation would "
             "seek approval …', the Commission 'had already approved …', the Board 'had "
             "resolved … to recommend', 'would be asked to approve', a suggestion not "
             "seconded, thanks), Nigerian honorifics ('Chief (Mrs)', 'Alhaji', 'Barr.', "
             "'Engr.', 'Coach', 'Dr (Mrs)', 'Pa'), four real decisions ('Special "
             "Resolution 1, to adopt …, was carried', 'Ordinary Resolution 2 … was carried "
             "unanimously', '… was defeated', 'The meeting resolved to defer …'), naira "
             "written '₦148.6 million', 'N12.5 million' and 'NGN 3,200,000' beside "
             "'USD 25,000'",
    slips="`year_mismatch` p.2: the item is headed 'Audited financial statements for the "
          "year ended 31 December 2023' but Ordinary Resolution 2 adopts the statements "
          "for the 'year ended 31 December 2022'",
)
