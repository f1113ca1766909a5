"""Report 25 of the look-alike set (corpus/build_lookalikes.py): minutes of the 15th meeting of
the Governing Council of report 20, with the false-alarm look-alikes of issue 12 beside real
slips of the same kinds."""
from corpus.heldout.markup import h1, p, Report, title, when

net = "North Atlantic Coastal Observatories Network (NACON)"
blocks = [
    title(net.upper(), size=10.5),
    title("Governing Council – 15th meeting", size=13.5),
    title("Minutes", size=12, after=1.6),
    title("⟦N:wd|Wednesday 26 June 2024⟧, 9.00 AM – 5.05 PM · Maison de la Mer, Brest "
          "(France)", size=10, bold=False, after=5),
    p("**Council members:** Prof. Anna-Lena Schmidt (Chair, Germany), Dr Saoirse Ní "
      "Bhriain (Vice-Chair, Ireland), Prof. Tomasz Wierzbicki (Poland), Dr Inês "
      "Carvalho-Matos (Portugal), Mr Hallvard Øvrebø (Norway), Dr Eilidh MacPhail "
      "(United Kingdom), Dr Marc-Antoine Lefebvre-Daudet (France), Prof. Ragnar "
      "Sigurðsson (Iceland).", after=1.2),
    p("**Secretariat:** Dr J.-P. Moreau (Executive Director), Ms Karin Vos (Finance "
      "Officer), Mr Tiago Brandão (minutes). **Guest:** Ms Morwenna Quéré, ⟦N:acr1|Member of "
      "Parliament⟧ (MP) for the Iroise coast (item 8).", after=3),
    h1("1. Opening, quorum and agenda"),
    p("The Chair, Prof. Anna-Lena Schmidt, opened the meeting at 9.00 AM. All "
      "eight voting members were present and the meeting was quorate. ⟦D:adopted:|The agenda was "
      "adopted⟧ as circulated."),
    h1("2. Minutes of the 14th meeting (Paper GC 15-1)"),
    p("**RESOLVED:** ⟦D:approved:15-1|that the Council approves the minutes of its 14th "
      "meeting, held online on ⟦E:cd|17 April 2024⟧, as a true record⟧."),
    h1("3. Matters arising"),
    p("Dr J.-P. Moreau reported that the Open Data Policy adopted at the 14th meeting, "
      "effective from ⟦N:x1|1 July 2024⟧, had been published on the network's website. "
      "The glider pilot work plan requested by the 14th meeting by ⟦N:x2|30 April 2024⟧ "
      "had been circulated a week late, and the subscription notices announced at the "
      "14th meeting, sent on ⟦N:x3|31 May 2024⟧, had all been acknowledged."),
    h1("4. Audited Accounts 2023 (Paper GC 15-2)"),
    p("Ms Karin Vos presented the audited accounts for 2023, which close with a surplus of "
      "⟦A:38400:EUR|EUR 38,400⟧. The auditors' report is unqualified. Dr Inês "
      "Carvalho-Matos asked that the surplus be added to the reserve."),
    p("**RESOLVED:** ⟦D:approved:15-2|that the Council approves the ⟦E:yr|audited "
      "accounts for 2022⟧⟧ and adds the surplus to the reserve."),
    h1("5. Budget 2024: mid-year review (Paper GC 15-3)"),
    p("Ms Karin Vos reported that income was in line with forecasts. ⟦N:y1|Whereas the "
      "2023 budget had been approved with a reserve of two months of running costs⟧, the "
      "reserve now stands at 3.4 months. Spending on the glider pilot had reached "
      "⟦A:61500:EUR|€ 61 500⟧ by the end of May."),
    p("**RESOLVED:** ⟦D:approved:15-3|that the Council approves the mid-year review of the "
      "2024 budget⟧."),
    h1("6. Work Plan 2025: first reading (Paper GC 15-4)"),
    p("Dr J.-P. Moreau introduced the draft 2025 work plan. ⟦N:y2|The 2024 work plan, "
      "approved in December 2023, had underestimated the cost of glider maintenance⟧, "
      "and the draft provides ⟦A:45000:EUR|EUR 45,000⟧ for it. The ⟦N:acr2|Coastal Technology "
      "Unit⟧ (CTU) will cost the maintenance visits; all glider data are "
      "time-stamped in ⟦N:acr2|UTC⟧. The Technical Advisory Group (⟦E:acr|TAG⟧) will "
      "review the draft before the second reading."),
    p("**AGREED:** ⟦D:agreed:|that the Secretariat will revise the draft 2025 work plan in "
      "the light of the discussion⟧ for adoption at the 16th meeting."),
    h1("7. Annual Report 2023 (Paper GC 15-5)"),
    p("Dr Eilidh MacPhail presented the annual report. ⟦N:y3|As in the 2022 annual report "
      "adopted last June, station statistics are given per country⟧. Mr Hallvard Øvrebø "
      "asked that the report also list the partners' training courses; the ⟦N:acr3|Capacity "
      "Building and Training⟧ (CBT) programme will provide them, dates "
      "⟦N:acr3|TBC⟧."),
    p("**RESOLVED:** ⟦D:approved:15-5|that the Council approves the Annual Report 2023 for "
      "publication⟧."),
    h1("8. Coastal monitoring in the Iroise Sea"),
    p("Ms Morwenna Quéré, MP, described the regional plan for coastal erosion and "
      "asked whether NACON stations could share their wave data with the regional "
      "observatory. Dr Marc-Antoine Lefebvre-Daudet said that the French partner would "
      "prepare an agreement; the ⟦E:acr|GTA⟧ would check the data licence. The Council broke for lunch at "
      "⟦N:acr1|12.40 PM⟧."),
    h1("9. Faroe Marine Research Institute"),
    p("Prof. Ragnar Sigurðsson reported that the membership panel had examined the "
      "application and recommended it. **RESOLVED:** ⟦D:approved:|that the Council "
      "approves the membership of the Faroe Marine Research Institute⟧, with effect from "
      "1 January 2025."),
    h1("10. Any other business and next meeting"),
    p("Prof. Tomasz Wierzbicki thanked the hosts. The 16th meeting will be held online on "
      "⟦N:wd2|Wednesday 11 December 2024⟧."),
    p("⟦E:chair|Dr Saoirse Ní Bhriain⟧ closed the meeting at 5.05 PM."),
]

REPORT = Report(
    name="25_nacon_governing_council15_en",
    lang="en",
    meeting={"body": "Governing Council", "ordinal": 15, "date": "2024-06-26",
             "place": "Brest"},
    date_as_written="Wednesday 26 June 2024",
    head=("NACON – Governing Council", "GC 15 – Minutes, June 2024"),
    foot=lambda pg, n: ("Approved at GC 16 – distribution: Council members and observers",
                        f"p. {pg}/{n}"),
    created=when(2024, 7, 5),
    blocks=blocks,
    people=[
        ("Prof. Anna-Lena Schmidt", "Schmidt", "S"),
        ("Dr Saoirse Ní Bhriain", "Ní Bhriain", "S"),
        ("Dr J.-P. Moreau", "Moreau", "S"),
        ("Ms Karin Vos", "Vos", "S"),
        ("Dr Inês Carvalho-Matos", "Carvalho-Matos", "S"),
        ("Dr Eilidh MacPhail", "MacPhail", "S"),
        ("Mr Hallvard Øvrebø", "Øvrebø", "S"),
        ("Ms Morwenna Quéré", "Quéré", "S"),
        ("Dr Marc-Antoine Lefebvre-Daudet", "Lefebvre-Daudet", "S"),
        ("Prof. Ragnar Sigurðsson", "Sigurðsson", "S"),
        ("Prof. Tomasz Wierzbicki", "Wierzbicki", "S"),
        ("Mr Tiago Brandão", "Brandão", "M"),
    ],
    flags={"cd": "cross_meeting_date_mismatch", "yr": "year_mismatch",
           "acr": "acronym_mismatch", "chair": "chair_mismatch"},
    not_flags={
        "wd": "weekday is right (26 June 2024 was a Wednesday)",
        "wd2": "weekday is right (11 December 2024 was a Wednesday)",
        "x1": "'1 July 2024' is when the policy adopted at the 14th meeting took effect, not "
              "the 14th meeting's date",
        "x2": "'30 April 2024' is the deadline the 14th meeting set, not its date",
        "x3": "'31 May 2024' is when the notices were sent, not the 14th meeting's date",
        "y1": "the 2023 budget recalled ('had been approved') in the 2024 budget's section: "
              "not a year slip",
        "y2": "the 2024 work plan recalled ('approved in December 2023') in the 2025 work "
              "plan's section: not a year slip",
        "y3": "the 2022 annual report recalled ('adopted last June') in the 2023 report's "
              "section: not a year slip",
        "acr1": "'12.40 PM' is a time, not an acronym of the Member of Parliament (MP)",
        "acr2": "'UTC' is the time standard, not the Coastal Technology Unit (CTU)",
        "acr3": "'TBC' (to be confirmed) is not the Capacity Building and Training (CBT) "
                "programme",
    },
    weekdays=[("Wednesday 26 June 2024", True), ("Wednesday 11 December 2024", True)],
    stresses="Second meeting of the body of report 20 (look-alike set), in person in Brest: "
             "the 14th meeting quoted beside the dates of what it decided ('effective from "
             "1 July 2024', 'by 30 April 2024', 'sent on 31 May 2024'), past years' "
             "budget, work plan and annual report recalled in the next year's sections, "
             "12-hour times ('9.00 AM', '12.40 PM') beside a Member of Parliament (MP), "
             "'UTC' beside the CTU, 'dates TBC' beside the CBT programme",
    slips="`cross_meeting_date_mismatch` p.1: the 14th meeting 'held online on 17 April "
          "2024' (report 20: 10/04/2024); `year_mismatch`: 'audited accounts for 2022' "
          "approved under 'Audited Accounts 2023'; `acronym_mismatch`: the Technical "
          "Advisory Group is 'TAG' and 'GTA'; `chair_mismatch`: opened by the Chair, Prof. "
          "Schmidt, closed by Dr Ní Bhriain with no hand-over or reason recorded",
)
