"""Report 16 of held-out set 2 (corpus/build_heldout2.py): UN-style summary record of a
Standing Committee on Finance."""
from corpus.heldout.markup import h1, p, Report, title, when

org = "International Organization for Plant Genetic Heritage"
blocks = [
    title(org.upper(), size=11),
    title("Standing Committee on Finance", size=13.5),
    title("Summary record of the 5th meeting", size=12),
    title("Held at the Maison des Semences, Geneva, on "
          "⟦N:wd1|Wednesday, 12 June 2024⟧, at 10 a.m.", size=10, bold=False),
    title("Chair: Ms. Okafor (Nigeria)", size=10, bold=False, after=1.0),
    title("This record is subject to correction. Corrections should be submitted in one of "
          "the working languages within one week of the date of this document.", size=8,
          bold=False, after=5),
    p("The Chair (Ms. Okafor, Nigeria) declared the meeting open at 10.05 a.m. Twenty-two "
      "of the twenty-four members of the Committee were present. She paid tribute to "
      "Mr. Ferreira Lacerda (Brazil), her predecessor in the Chair, who had retired from "
      "his country's diplomatic service in April."),
    h1("Agenda item 1: Adoption of the agenda (SCF/5/1)"),
    p("The Chair drew attention to the provisional agenda and proposed that item 7 be "
      "taken before item 6 if time ran short. ⟦D:adopted:5/1|The agenda was adopted⟧."),
    h1("Agenda item 2: Report of the External Auditor on the financial statements for 2023"),
    p("Mr. Haddad (External Auditor) introduced his report, contained in document SCF/5/2. "
      "The financial statements for 2023 gave a true and fair view and his opinion was "
      "unqualified. The Organization had closed the year with a surplus of "
      "⟦N:surplus|⟦A:1350000:CHF|CHF 1.35 million⟧⟧, mainly because two regional "
      "workshops had been postponed. He recommended that the secretariat review the "
      "valuation of the seed collections held in its partner gene banks."),
    p("Mr. Lindqvist (Sweden) said that his delegation welcomed the unqualified opinion but "
      "was concerned that voluntary contributions pledged and not yet paid had reached "
      "⟦A:780000:USD|USD 780,000⟧ at the end of the year. He asked whether the secretariat "
      "had written to the donors concerned."),
    p("The representative of Brazil said that the postponed workshops were those of most "
      "value to developing countries and should be held before the end of 2024. She asked "
      "the secretariat to report on their new dates."),
    p("Ms. Van den Broeck (Controller) said that reminders had been sent to all donors in "
      "February and that the two workshops would be held in Nairobi and Lima in the autumn."),
    p("⟦D:agreed:5/2|The Committee took note of the report of the External Auditor contained "
      "in document SCF/5/2⟧."),
    h1("Agenda item 3: Proposed programme and budget for 2025 (SCF/5/3)"),
    p("Ms. Van den Broeck (Controller) presented the proposed budget for 2025. Expenditure "
      "at headquarters was estimated at ⟦A:4200000:CHF|CHF 4.2 million⟧ and expenditure "
      "in the field offices at ⟦A:2650000:USD|USD 2.65 million⟧, the latter financed "
      "almost entirely from voluntary contributions. The proposal represented nominal "
      "growth of 1.8 per cent over 2024, which was below the rate of inflation in Geneva."),
    p("Mr. Tshabalala (South Africa) said that his delegation could support the proposal, "
      "provided that the training programme for gene-bank technicians was protected. "
      "Ms. Kowalczyk (Poland) asked why the cost of the new database licence had not been "
      "shown separately. The representative of Brazil said that her delegation would "
      "request a recorded vote, as it could not accept any growth at all."),
    p("The Chair invited the Committee to take action on the draft decision in annex I to "
      "document SCF/5/3. A recorded vote was taken. ⟦D:adopted:5/3|The draft decision was "
      "adopted⟧ by ⟦N:vote|17 votes to 2, with 3 abstentions⟧."),
    h1("Agenda item 4: Scale of assessed contributions for 2026-2027"),
    p("Mr. Al-Sayegh (Qatar) recalled that the General Conference had approved the present "
      "scale in 2021 on the understanding that it would be reviewed once the new "
      "membership figures were known. The Committee would be invited to approve a revised "
      "scale at its sixth meeting. Mr. Lindqvist (Sweden) said that any new scale should "
      "include a floor and a ceiling."),
    p("⟦D:agreed:|The Committee agreed to request the secretariat to prepare two options "
      "for a revised scale⟧, one with and one without a ceiling, for its next meeting."),
    h1("Agenda item 5: Level of the Working Capital Fund (SCF/5/5)"),
    p("Ms. Van den Broeck (Controller) said that the Working Capital Fund stood at "
      "⟦A:600000:CHF|CHF 600,000⟧, which covered less than five weeks of expenditure. "
      "The secretariat proposed to raise it to ⟦A:900000:CHF|CHF 900,000⟧. The 2023 "
      "surplus would be used as follows: "
      "⟦N:surplus|⟦A:300000:CHF|CHF 300,000⟧⟧ would be transferred to the Fund and "
      "⟦N:surplus|⟦A:1050000:CHF|CHF 1.05 million⟧⟧ would be returned to Member States as credits "
      "against their 2025 contributions."),
    p("Mr. Al-Sayegh (Qatar) proposed that the word \"shall\" in paragraph 2 of the draft "
      "decision be replaced by \"may\", so that the transfer could be reconsidered if the "
      "2024 accounts showed a deficit. Mr. Tshabalala (South Africa) supported the "
      "amendment. ⟦D:adopted:5/5|The draft decision, as orally amended, was adopted⟧."),
    h1("Agenda item 6: Revised investment policy (SCF/5/6)"),
    p("The Chair said that the revised investment policy had reached the secretariat from "
      "the Investment Advisory Group, chaired by Dr. Ishikawa, only the previous evening, "
      "and had not been translated. The representative of Brazil and Ms. Kowalczyk "
      "(Poland) said that their delegations could not take a position on an untranslated "
      "text. ⟦D:postponed:5/6|The Committee decided to defer consideration of item 6 to its "
      "next meeting⟧."),
    h1("Agenda item 7: Other matters"),
    p("Ms. Kowalczyk (Poland) suggested that the secretariat evaluate the travel fund for "
      "delegates from least developed countries, whose annual cost was "
      "⟦A:95000:USD|USD 95,000⟧. The Chair said that the suggestion would be reflected "
      "in the work plan. She announced that the ⟦N:next|sixth meeting of the Committee⟧ would be "
      "held on ⟦N:wd2|Thursday, 14 November 2024⟧."),
    p("The meeting rose at 1.10 p.m."),
]
REPORT = Report(
    name="16_iopgh_standing_committee_finance5_en",
    lang="en",
    meeting={"body": "Standing Committee on Finance", "ordinal": 5, "date": "2024-06-12",
             "place": "Geneva"},
    date_as_written="12 June 2024",
    head=(org, "SCF/5/SR.5"),
    foot=lambda pg, n: ("GE.24-10457 (E) – Distr.: General – 19 June 2024",
                        f"Page {pg} of {n}"),
    created=when(2024, 6, 19),
    blocks=blocks,
    people=[
        ("Ms. Okafor", "Okafor", "S"),
        ("Mr. Haddad", "Haddad", "S"),
        ("Mr. Lindqvist", "Lindqvist", "S"),
        ("Ms. Van den Broeck", "Van den Broeck", "S"),
        ("Mr. Tshabalala", "Tshabalala", "S"),
        ("Ms. Kowalczyk", "Kowalczyk", "S"),
        ("Mr. Al-Sayegh", "Al-Sayegh", "S"),
        ("Mr. Ferreira Lacerda", "Ferreira Lacerda", "M"),
        ("Dr. Ishikawa", "Ishikawa", "M"),
    ],
    not_flags={
        "wd1": "weekday is right (12 June 2024 was a Wednesday)",
        "wd2": "weekday is right (14 November 2024 was a Thursday)",
        "next": "the sixth meeting is the next meeting, not a meeting-number contradiction",
        "vote": "17 + 2 + 3 = 22 members present",
        "surplus": "the surplus adds up: CHF 300,000 + CHF 1.05 million = CHF 1.35 million",
    },
    weekdays=[("Wednesday, 12 June 2024", True), ("Thursday, 14 November 2024", True)],
    sums=[(22, [17, 2, 3], True), (1350000, [300000, 1050000], True),
          (900000, [600000, 300000], True)],
    stresses="English UN-style summary record: 'Summary record of the 5th meeting', "
             "'Chair: Ms. Okafor (Nigeria)', speakers named by honorific and family only "
             "with their country ('Mr. Lindqvist (Sweden) said that…'), unnamed speakers "
             "('The representative of Brazil said…'), 'The Committee took note of…', "
             "'The draft decision was adopted' / '…, as orally amended, was adopted', a "
             "deferral of 'item 6', document symbols SCF/5/n, 'CHF 4.2 million' / "
             "'USD 780,000'; look-alikes: the General Conference's approval, 'would be "
             "invited to approve … at its sixth meeting', a job number 'GE.24-10457' in "
             "the footer",
)
