"""Report 20 of held-out set 3 (corpus/build_heldout3.py): online Governing Council of a
research network, RESOLVED / ACTION lines."""
from corpus.heldout.markup import h1, p, Report, title, when

net = "North Atlantic Coastal Observatories Network (NACON)"
blocks = [
    title(net.upper(), size=10.5),
    title("Governing Council – 14th meeting", size=13.5),
    title("Minutes – April 2024", size=12, after=1.6),
    title("Date: ⟦N:date|10/04/2024⟧, 13:00–16:20 CET · held online via Microsoft Teams",
          size=10, bold=False, after=5),
    p("**Council members:** Prof. Anna-Lena Schmidt (Chair, Germany), Dr Saoirse Ní "
      "Bhriain (Vice-Chair, Ireland), Prof. Tomasz Wierzbicki (Poland), Dr Inês "
      "Carvalho-Matos (Portugal), Mr Hallvard Øvrebø (Norway), Dr Eilidh MacPhail "
      "(United Kingdom), Dr Marc-Antoine Lefebvre-Daudet (France).", after=1.2),
    p("**Secretariat:** Dr J.-P. Moreau (Executive Director), Ms Karin Vos (Finance "
      "Officer), Mr Tiago Brandão (minutes). **Observer:** Dr Yuki Tanabe (Japan "
      "Coastal Ocean Agency). **Apologies:** Prof. Ragnar Sigurðsson (Iceland).",
      after=3),
    h1("1. Opening, quorum and agenda"),
    p("The Chair, Prof. Anna-Lena Schmidt, opened the meeting at 13:02 CET and welcomed "
      "Dr Yuki Tanabe, attending as an observer for the first time. Seven of the eight "
      "voting members were connected and the meeting was quorate. Ms Karin Vos joined "
      "at 13:40 after a connection problem. The agenda was taken as circulated."),
    h1("2. Minutes of the 13th meeting (Paper GC 14-1)"),
    p("Dr Eilidh MacPhail asked that the minutes record her reservation about the "
      "glider procurement timetable; the Secretariat agreed to add it."),
    p("**RESOLVED:** ⟦D:approved:14-1|that the Council approves the minutes of its "
      "⟦N:prev|13th meeting⟧ held on 06/12/2023⟧ as a true record, as amended."),
    h1("3. Report of the Executive Director (Paper GC 14-2)"),
    p("Dr J.-P. Moreau reported on the first quarter. The network had been awarded "
      "⟦A:240000:EUR|€ 240 000⟧ for the coastal glider pilot, to run for two years from "
      "June; the United Kingdom partner had paid its ⟦A:12000:GBP|GBP 12,000⟧ annual "
      "subscription, so that all subscriptions for 2024 were now received. Two of the "
      "eleven shore stations had been out of service during the winter storms, and the "
      "data gap would be filled from the satellite product. Dr Eilidh MacPhail asked "
      "whether the glider pilot would publish its data in near real time; Dr Moreau "
      "replied that it would, from the third month onwards."),
    p("**ACTION:** J.-P. Moreau to circulate the glider pilot work plan to Council "
      "members by 30/04/2024."),
    p("Members thanked the Executive Director and his team for the report."),
    h1("4. Budget 2025 (Paper GC 14-3)"),
    p("Ms Karin Vos presented the draft budget for 2025, which totals "
      "⟦N:budget|⟦A:1850000:EUR|EUR 1.85m⟧⟧: ⟦N:budget|⟦A:1320000:EUR|EUR 1.32m⟧⟧ from "
      "member subscriptions and ⟦N:budget|⟦A:530000:EUR|EUR 530,000⟧⟧ from project "
      "overheads. Subscriptions would rise by 2 per cent, the first increase since 2021. "
      "Prof. Tomasz Wierzbicki said that his ministry could not commit to an increase "
      "before its own budget was voted in the autumn, and that Poland would therefore "
      "abstain. Dr Marc-Antoine Lefebvre-Daudet asked that the reserve be kept at no less "
      "than three months of running costs."),
    p("**RESOLVED:** ⟦D:approved:14-3|that the Council approves the 2025 budget as set "
      "out in Paper GC 14-3⟧, with one abstention (Poland)."),
    p("**ACTION:** K. Vos to send members their 2025 subscription notices by "
      "31/05/2024."),
    h1("5. Open Data Policy, version 3.1 (Paper GC 14-4)"),
    p("Dr Saoirse Ní Bhriain presented the revised Open Data Policy, which shortens the "
      "embargo on quality-controlled data from twelve to six months and adds a licence "
      "for derived products. Mr Hallvard Øvrebø welcomed the shorter embargo but asked "
      "how partners who sell data to the offshore wind industry would be treated. "
      "Dr Ní Bhriain replied that commercial re-use of raw data would remain subject to "
      "bilateral agreements."),
    p("**RESOLVED:** ⟦D:adopted:14-4|that the Council adopts the Open Data Policy, "
      "version 3.1⟧, with effect from 1 July 2024."),
    h1("6. Membership application of the Faroe Marine Research Institute"),
    p("Dr Marc-Antoine Lefebvre-Daudet, who chairs the membership panel, said that the "
      "application had arrived after the deadline and that the panel had not yet "
      "examined the letter of support from the national ministry."),
    p("**DEFERRED:** ⟦D:postponed:|the Council agreed to defer the membership application "
      "of the Faroe Marine Research Institute⟧ to its 15th meeting."),
    h1("7. Proposal to move the data centre to Bergen"),
    p("Mr Hallvard Øvrebø proposed that the network's data centre be moved from Brest "
      "to Bergen, where hosting would be cheaper, at a one-off cost of "
      "⟦A:95000:EUR|€ 95 000⟧. Dr J.-P. Moreau warned that the move would coincide with "
      "the start of the glider pilot. Several members said that the saving had not been "
      "shown to cover the cost within five years. The proposal was put to a vote: "
      "⟦D:rejected:|the proposal to move the data centre to Bergen was not carried⟧ "
      "(⟦N:vote|2 in favour, 5 against⟧)."),
    h1("8. Statement by the observer"),
    p("Dr Yuki Tanabe said that the board of her agency had approved, in March, a "
      "contribution of ⟦A:50000:USD|USD 50,000⟧ to a joint intercomparison of tide "
      "gauges with NACON, and that a memorandum of understanding would be proposed to "
      "the Council in due course. The Chair thanked Dr Tanabe and said that the Council "
      "would be asked to approve the memorandum at a later meeting."),
    h1("9. Any other business and next meeting"),
    p("**AGREED:** ⟦D:agreed:|that the June meeting will include a half-day strategy "
      "session on the period after 2027⟧. It was noted that the audited accounts for "
      "2023 will be presented to the 15th meeting for approval."),
    p("The ⟦N:next|15th meeting⟧ will be held in person in Brest on 26/06/2024 "
      "(⟦N:wd|Wednesday 26 June 2024⟧)."),
    p("**ACTION:** Secretariat to circulate the logistics note for Brest by 24/05/2024."),
    p("The Chair closed the meeting at 16:20 CET."),
]
REPORT = Report(
    name="20_nacon_governing_council14_en",
    lang="en",
    meeting={"body": "Governing Council", "ordinal": 14, "date": "2024-04-10",
             "place": None},
    date_as_written="10/04/2024",
    head=("NACON – Governing Council", "GC 14 – Minutes, April 2024"),
    foot=lambda pg, n: ("Approved at GC 15 – distribution: Council members and observers",
                        f"p. {pg}/{n}"),
    created=when(2024, 4, 19),
    blocks=blocks,
    people=[
        ("Prof. Anna-Lena Schmidt", "Schmidt", "S"),
        ("Dr J.-P. Moreau", "Moreau", "S"),
        ("Ms Karin Vos", "Vos", "S"),
        ("Dr Eilidh MacPhail", "MacPhail", "S"),
        ("Prof. Tomasz Wierzbicki", "Wierzbicki", "S"),
        ("Dr Marc-Antoine Lefebvre-Daudet", "Lefebvre-Daudet", "S"),
        ("Dr Saoirse Ní Bhriain", "Ní Bhriain", "S"),
        ("Mr Hallvard Øvrebø", "Øvrebø", "S"),
        ("Dr Yuki Tanabe", "Tanabe", "S"),
        ("Dr Inês Carvalho-Matos", "Carvalho-Matos", "M"),
        ("Mr Tiago Brandão", "Brandão", "M"),
        ("Prof. Ragnar Sigurðsson", "Sigurðsson", "M"),
    ],
    not_flags={
        "date": "10/04/2024 is 10 April 2024 (day first), as the header 'April 2024' "
                "says; not a date or month contradiction",
        "prev": "the 13th meeting is the previous meeting, not a meeting-number "
                "contradiction",
        "next": "the 15th meeting is the next meeting, not a meeting-number contradiction",
        "budget": "the budget adds up: EUR 1.32m + EUR 530,000 = EUR 1.85m",
        "vote": "2 + 5 = 7 voting members connected",
        "wd": "weekday is right (26 June 2024 was a Wednesday)",
    },
    weekdays=[("Wednesday 26 June 2024", True)],
    sums=[(1850000, [1320000, 530000], True), (7, [2, 5], True)],
    stresses="English minutes of an online Governing Council of a research network: "
             "'held online via Microsoft Teams' (place null), date '10/04/2024' written "
             "day-first with the month spelled only in the header ('April 2024'), other "
             "numeric dates in ACTION lines, 'RESOLVED: that the Council approves / "
             "adopts …', 'DEFERRED: …', 'AGREED: …' and 'ACTION: …' lines (actions are "
             "not decisions), 'EUR 1.85m' / '€ 240 000' / 'GBP 12,000' / 'USD 50,000', "
             "people with hyphenated given names and initials ('Dr J.-P. Moreau', "
             "'Prof. Anna-Lena Schmidt'), a particle family name ('Ní Bhriain'), 'Øvrebø'; "
             "look-alikes: an observer's agency approval, 'would be asked to approve … at "
             "a later meeting', accounts 'presented … for approval', meetings 13 and 15",
)
