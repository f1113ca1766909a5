"""Report 12 of held-out set 1 (corpus/build_heldout.py): intergovernmental Executive Council,
US dates, two-level headings."""
from corpus.heldout.markup import h1, h2, p, Report, title, when

org = "Intergovernmental Organization for Drylands Water Cooperation"
blocks = [
    title(org.upper(), size=11.5),
    title("EXECUTIVE COUNCIL", size=13.5),
    title("Forty-third session", size=11, bold=False),
    title("Windhoek, ⟦N:wd1|Wednesday, May 3, 2023⟧", size=11, bold=False),
    title("SUMMARY RECORD", size=11.5, after=1.0),
    title("Distribution: General – Original: English – Issued on May 19, 2023", size=8.5,
          bold=False, after=5),
    p("The Forty-third session of the Executive Council was held at the Auas Conference "
      "Centre in Windhoek on ⟦N:wd1|Wednesday, May 3, 2023⟧. Twenty-four of the twenty-six "
      "members of the Council were represented. The session was chaired by H.E. Mr. Rafael "
      "Quintero Lleras (Colombia), Chair of the Executive Council, with H.E. Ms. Thandiwe "
      "MOKOENA (South Africa), Vice-Chair, at the podium. Observers from eleven Member "
      "States and four partner organizations attended the public meetings."),
    h1("Item 1: Opening of the session and adoption of the agenda"),
    p("The Chair opened the session at 9.35 a.m. and welcomed the delegations, in "
      "particular the delegation of Mongolia, which attended the Council as a member for the "
      "first time. He paid tribute to the memory of Dr. Walter KÜNZLI, Director-General of "
      "the Organization from 2004 to 2011, and the Council observed a minute of silence."),
    p("**Decision EC-43/1:** ⟦D:adopted:43/1|The Executive Council adopted the provisional "
      "agenda contained in document EC-43/1⟧ without amendment."),
    h1("Item 2: Report of the Director-General on the work of the Organization"),
    p("Dr. Ingrid Halvorsen, Director-General, introduced her report (document EC-43/2). "
      "The number of river-basin agreements supported by the Organization had risen from 31 "
      "to 37 since the previous session, and the emergency water-trucking facility for the "
      "Sahel had been extended to the end of 2023 thanks to a contribution of "
      "⟦A:1250000:USD|USD 1,250,000⟧ from one Member State. She informed the Council that the "
      "Finance Committee had approved, at its meeting of April 12, 2023, a revised travel "
      "policy, which was now in force across the secretariat."),
    p("Mr. Oleksandr PETRENKO (Ukraine) welcomed the report and asked how the Organization "
      "intended to sustain the trucking facility once the contribution was spent. "
      "Dr. Farid El-Amrani (Morocco) commended the new basin agreements but regretted that "
      "the report gave no figures on the gender balance of technical staff. The "
      "Director-General replied that a staffing annex would be issued before the next "
      "session. No decision was required under this item."),
    h1("Item 3: Financial matters"),
    h2("3.1 Audited financial statements for 2022"),
    p("Ms. Mariama Touré, Director of Budget and Finance, presented the audited financial "
      "statements for the year ended December 31, 2022, together with the report of the "
      "External Auditor, Mr. Henrik SØRENSEN, who was unable to attend. Assessed "
      "contributions received during the year reached ⟦A:19800000:USD|US$ 19.8 million⟧, "
      "the highest collection rate in a decade, and arrears had fallen to "
      "⟦A:640000:USD|USD 640,000⟧. The External Auditor had issued an unqualified opinion."),
    p("**Decision EC-43/2:** ⟦D:approved:43/3|The Executive Council approved the audited "
      "financial statements for the year ended December 31, 2022 (document EC-43/3)⟧ and "
      "thanked the External Auditor for his work."),
    h2("3.2 Working Capital Fund"),
    p("Ms. Touré recalled that the Working Capital Fund stood at "
      "⟦A:2500000:USD|US$ 2.5 million⟧, equivalent to less than six weeks of expenditure. "
      "The Director-General invited the Council to consider an increase of the Fund to "
      "⟦A:3000000:USD|US$ 3 million⟧, on which the Council will be asked to decide at its "
      "Forty-fourth session. Several members asked for a paper setting out the options."),
    h1("Item 4: Programme budget 2024-2025 (document EC-43/4)"),
    h2("4.1 Regular budget"),
    p("The Director-General presented the proposed Programme budget for the biennium "
      "2024-2025, amounting to ⟦A:48600000:USD|US$ 48.6 million⟧, which represented zero "
      "nominal growth over 2022-2023. Savings from the relocation of the data centre, "
      "estimated at ⟦A:275000:USD|$275k⟧ per year, had been redeployed to the groundwater "
      "monitoring programme. Mr. Jean-Baptiste NDAYISHIMIYE (Burundi), speaking on behalf "
      "of the African Group, supported the proposal and asked that regional training be "
      "protected from any future cuts. Mr. Oleksandr PETRENKO (Ukraine) supported the "
      "proposal as well."),
    h2("4.2 Extrabudgetary resources"),
    p("Ms. Mariama Touré reported that pledges of extrabudgetary resources for 2024-2025 "
      "already covered two thirds of the target, including a voluntary contribution of "
      "⟦A:410000:EUR|EUR 410,000⟧ from Norway to the groundwater mapping programme. "
      "Dr. Farid El-Amrani (Morocco) asked that the programme budget show extrabudgetary "
      "resources by region."),
    p("**Decision EC-43/3:** ⟦D:approved:43/4|The Executive Council approved the Programme "
      "budget for 2024-2025⟧ at the level proposed by the Director-General and requested "
      "her to report on extrabudgetary resources by region at each session."),
    h1("Item 5: Amendment to the Financial Rules (document EC-43/5)"),
    p("Ms. Claire O'Donnell, Legal Adviser, introduced the document, which proposes to "
      "amend Financial Rule 7.3 so that contributions in kind above a threshold are "
      "reported to the Council. Several delegations said that they had received the "
      "document too late to consult their capitals."),
    p("**Decision EC-43/4:** ⟦D:postponed:43/5|The Executive Council decided to defer "
      "consideration of the proposed amendment to Financial Rule 7.3⟧ to its Forty-fourth "
      "session."),
    h1("Item 6: Proposal to establish a liaison office in Lisbon (document EC-43/6)"),
    p("Ms. Inês Carvalho Mota (Portugal) introduced the proposal to open a liaison office "
      "in Lisbon, at an estimated annual cost of ⟦A:340000:USD|$340k⟧, to be met from the "
      "regular budget. Dr. Farid El-Amrani (Morocco) and Mr. Jean-Baptiste NDAYISHIMIYE "
      "(Burundi) opposed the proposal at a time of zero nominal growth. At the request of "
      "Portugal, the proposal was put to a vote. ⟦D:rejected:43/6|The proposal to establish "
      "a liaison office in Lisbon was rejected⟧, with ⟦N:vote|7 votes in favour, 14 against "
      "and 3 abstentions⟧."),
    h1("Item 7: Date and place of the Forty-fourth session"),
    p("**Decision EC-43/5:** ⟦D:agreed:|The Executive Council agreed that its Forty-fourth "
      "session would be held in Windhoek⟧ on ⟦N:wd2|Tuesday, November 14, 2023⟧, "
      "preceded by a meeting of the Finance Committee."),
    h1("Item 8: Closure of the session"),
    p("The Rapporteur, Ms. Priyanka Raghavan (India), read out the decisions adopted "
      "during the session, which were confirmed by the Council. After the customary "
      "exchange of courtesies, the Chair closed the Forty-third session at 5.40 p.m."),
]
REPORT = Report(
    name="12_iodwc_executive_council43_en",
    lang="en",
    meeting={"body": "Executive Council", "ordinal": 43, "date": "2023-05-03",
             "place": "Windhoek"},
    date_as_written="Wednesday, May 3, 2023",
    head=(org, "EC-43/REP"),
    foot=lambda pg, n: ("Executive Council – Forty-third session – Summary record",
                        f"Page {pg} of {n}"),
    created=when(2023, 5, 19),
    blocks=blocks,
    people=[
        ("H.E. Mr. Rafael Quintero Lleras", "Quintero Lleras", "S"),
        ("Dr. Ingrid Halvorsen", "Halvorsen", "S"),
        ("Mr. Oleksandr PETRENKO", "PETRENKO", "S"),
        ("Dr. Farid El-Amrani", "El-Amrani", "S"),
        ("Ms. Mariama Touré", "Touré", "S"),
        ("Mr. Jean-Baptiste NDAYISHIMIYE", "NDAYISHIMIYE", "S"),
        ("Ms. Claire O'Donnell", "O'Donnell", "S"),
        ("Ms. Inês Carvalho Mota", "Carvalho Mota", "S"),
        ("Ms. Priyanka Raghavan", "Raghavan", "S"),
        ("H.E. Ms. Thandiwe MOKOENA", "MOKOENA", "M"),
        ("Dr. Walter KÜNZLI", "KÜNZLI", "M"),
        ("Mr. Henrik SØRENSEN", "SØRENSEN", "M"),
    ],
    not_flags={
        "wd1": "weekday is right (May 3, 2023 was a Wednesday)",
        "wd2": "weekday is right (November 14, 2023 was a Tuesday)",
        "vote": "7 + 14 + 3 = 24 members represented",
    },
    weekdays=[("Wednesday, May 3, 2023", True), ("Tuesday, November 14, 2023", True)],
    sums=[(24, [7, 14, 3], True)],
    stresses="English intergovernmental summary record: US-style dates ('May 3, 2023', "
             "'Wednesday, May 3, 2023'), agenda items as headings ('Item 4: …') with "
             "numbered sub-headings (two levels), decisions labelled 'Decision EC-43/n:' "
             "(the label is not a ref; refs are the EC-43/n documents cited), a rejected "
             "proposal and a deferral, 'US$ 2.5 million' / 'USD 1,250,000' / '$340k' / "
             "'EUR 410,000'; 'H.E. Mr.' / 'Ms.' / 'Dr.' with mixed-case family names "
             "('Quintero Lleras', 'El-Amrani', \"O'Donnell\") beside UPPER ones; "
             "look-alikes: another committee's approval, 'will be asked to decide'",
)
