"""Report 05 of the tuning corpus (corpus/build.py): Report of the 7th Meeting of the
Scientific Committee."""
from corpus.tuning.markup import C, footer_page_of, H, IMAGE_PAGE, P, Report, T0, TABLE

grants = [
    ("G23-01", "Bothnia Institute of Wetland Ecology", "Sweden", 72500),
    ("G23-02", "Northmoor University", "United Kingdom", 64000),
    ("G23-03", "Peipsi Mire Research Centre", "Estonia", 88250),
    ("G23-04", "Lakeland Boreal College", "Canada", 45900),
    ("G23-05", "Hudson Lowlands Carbon Lab", "Canada", 91000),
    ("G23-06", "Inari Field Station", "Finland", 58300),
    ("G23-07", "Kenai Wetlands Institute", "United States", 77750),
    ("G23-08", "Vesterålen Mire Group", "Norway", 39800),
    ("G23-09", "Baltic Peat Consortium", "Latvia", 83400),
    ("G23-10", "Tundra Hydrology Unit", "Iceland", 66100),
    ("G23-11", "Yukon Permafrost Network", "Canada", 52600),
    ("G23-12", "Sápmi Land-Use Observatory", "Norway", 70000),
    ("G23-13", "Carpathian Bog Laboratory", "Poland", 48250),
    ("G23-14", "Fenland Carbon Trust", "United Kingdom", 95500),
    ("G23-15", "Karelia Water Institute", "Finland", 61150),
    ("G23-16", "Aleutian Soil Project", "United States", 44000),
]
total = sum(g[3] for g in grants)
tot_s = f"{total:,}"
grant_rows = [[a, b, c, f"{d:,}"] for a, b, c, d in grants]
grant_rows.append(["Total", "16 grants", "", "{{N:g1|" + tot_s + "}}"])
REPORT = Report(
    name="05_cmo_scientific_committee7_en",
    lang="en",
    font="serif",
    title="Report of the 7th Meeting of the Scientific Committee",
    meeting={"body": "Scientific Committee", "ordinal": 7, "date": "2023-10-11",
             "place": "Tromsø"},
    header_left="Circumpolar Mire Observatory",
    header_right="SC-7 / Report",
    footer=footer_page_of("Page {p} / {t}"),
    created=T0(2023, 10, 30),
    stresses="English scientific committee: two ruled tables, the second (16 grants) "
             "continues across a page break with its header row repeated (gold: one table "
             "entry per page fragment); last page is image-only (scanned annex, no text "
             "layer) carrying one decision and one amount",
    slips={"table_total_mismatch": "Table 1 'Total' row says 448 active sites; the regions "
                                   "add up to 438 (the 'New in 2023' column is right)"},
    people=[
        ("Prof. Ingrid VASSBERG", "VASSBERG", "S"),
        ("Ms Chloe BRANNIGAN", "BRANNIGAN", "S"),
        ("Dr Mateo ALBERTI", "ALBERTI", "S"),
        ("Dr Aiko NAKAMURA", "NAKAMURA", "S"),
        ("Dr Sven-Erik LUNDQVIST", "LUNDQVIST", "S"),
        ("Dr Amara DIALLO", "DIALLO", "S"),
        ("Dr Nils HAUGEN", "HAUGEN", "M"),
        ("Ms Tuuli KORHONEN", "KORHONEN", "M"),
    ],
    flags={"tt": "table_total_mismatch"},
    not_flags={"g1": "Table 2 amounts sum to the total row and to the envelope in the text",
               "w1": "weekday is right (11 October 2023 was a Wednesday)"},
    weekday_checks=[("Wednesday, 11 October 2023", True)],
    blocks=[
        C("Circumpolar Mire Observatory", size=16, bold=True, after=2),
        C("Report of the 7th Meeting of the Scientific Committee", size=13.5, bold=True,
          after=2),
        C("{{N:w1|Wednesday, 11 October 2023}} – Tromsø, Norway", size=11, after=8),
        H("1. Opening of the meeting and adoption of the agenda"),
        P("The Chair, Prof. Ingrid VASSBERG, opened the meeting at 09:00 and welcomed "
          "Dr Amara DIALLO, who joins the Committee for a first three-year term. She paid "
          "tribute to Dr Nils HAUGEN, whose term ended in June, for his work on the "
          "har~mon~i~sa~tion of water-table mea~sure~ments. {{D:adopted:7-0|The Committee "
          "adopted the agenda (document SC 7-0)}}. {{D:approved:7-1|The report of the 6th "
          "meeting (document SC 7-1) was approved}} with one correction to the list of "
          "participants."),
        H("2. Status of the monitoring network (document SC 7-2)"),
        P("Ms Chloe BRANNIGAN, Science Officer, presented the status of the network at the "
          "end of the 2023 field season. Table 1 gives the number of active sites by region "
          "and the sites added during the year. Most new sites are in the Hudson Bay "
          "Lowlands, where a partnership with two First Nations communities has allowed "
          "year-round access to pre~vi~ously un~mon~i~tored fens."),
        TABLE(["Region", "Active sites", "New in 2023"],
              [["Fennoscandia", "128", "9"],
               ["Western Siberia", "96", "4"],
               ["Hudson Bay Lowlands", "143", "11"],
               ["Alaska and Yukon", "71", "5"],
               ["Total", "{{E:tt|448}}", "29"]],
              [90, 40, 40], "LCC", total_check={"cols": [1, 2], "ok": False},
              caption="Table 1 – Active monitoring sites by region, October 2023"),
        P("Dr Mateo ALBERTI noted that several Siberian sites had not transmitted data "
          "since March and asked how long a silent site should be counted as active. The "
          "Science Officer explained that logger memory allows up to eighteen months of "
          "au~ton~o~mous recording, so that data may still be recovered at the next visit. "
          "Dr Aiko NAKAMURA proposed a clearer distinction between sites that are "
          "tem~po~rar~ily silent and sites that have been abandoned."),
        P("{{D:agreed|It was agreed that sites without data for more than twelve months}} "
          "would be reported as dormant rather than active from the next report onwards."),
        H("3. Data quality and field methods (document SC 7-4)"),
        P("Dr Sven-Erik LUNDQVIST presented the revised field protocol, which introduces a "
          "common cal~i~bra~tion procedure for pressure trans~duc~ers and a minimum of two "
          "manual dip readings per visit. The inter-calibration dataset compiled by "
          "Ms Tuuli KORHONEN shows that the off~sets between national teams have been halved "
          "since 2021, but remain sig~nif~i~cant for sites visited only in summer. Dr Amara "
          "DIALLO asked whether the protocol had been tested on tropical peatlands, which "
          "the Observatory may cover in future; Dr LUNDQVIST replied that it had not, and "
          "that an adaptation would be needed."),
        P("{{D:adopted:7-4|The Committee adopted the revised field protocol}}, which will "
          "apply from the 2024 season."),
        H("4. Data policy and open access (document SC 7-5)"),
        P("The Science Officer recalled that the Observatory's data policy, adopted in 2020, "
          "provides for the release of validated data two years after collection. Several "
          "funders now require release within twelve months, and two national teams have "
          "asked whether they may publish their own series before the common release. "
          "The draft revision cir~cu~lated before the meeting proposes a twelve-month "
          "embargo for validated data, an exception for series that are the subject of a "
          "doctoral thesis, and a ci~ta~tion rule that names the site teams as well as the "
          "Observatory."),
        P("Dr Mateo ALBERTI supported the shorter embargo but warned that val~i~da~tion is "
          "often the bottleneck, and that a shorter embargo could simply lead to the "
          "release of unvalidated data. Dr Sven-Erik LUNDQVIST suggested dis~tin~guish~ing "
          "between raw logger data, which could be released quickly with a quality flag, "
          "and derived products such as annual water-table summaries. Dr Aiko NAKAMURA "
          "asked that indigenous data-sov~er~eignty prin~ci~ples be taken into account for "
          "sites on community land, as requested by the partners in the Hudson Bay "
          "Lowlands."),
        P("The Chair concluded that the draft needed further work and invited members to "
          "send written comments to the Science Officer within a month. A revised draft "
          "will be prepared together with the community partners and discussed at the "
          "next meeting."),
        H("5. Research grants 2023 (document SC 7-3)"),
        P("Following the call launched in March, 41 proposals were received and 16 were "
          "retained by the evaluation panel, for a total envelope of "
          "{{N:g1|{{A|EUR " + tot_s + "}}}}. Table 2 lists the grants. The panel gave "
          "priority to proposals that share field in~fra~struc~ture with existing sites and "
          "to teams led by early-career researchers; eleven of the sixteen principal "
          "investigators obtained their doctorate less than ten years ago."),
        P("Dr Aiko NAKAMURA, who had declared an interest in one proposal, did not take part "
          "in the discussion of grant G23-07. Dr Mateo ALBERTI asked that the final reports "
          "of funded projects be shared with all Committee members."),
        TABLE(["Grant", "Lead institution", "Country", "Amount (EUR)"],
              grant_rows, [22, 82, 36, 30], "LLLR", must_split=True,
              total_check={"cols": [3], "ok": True},
              caption="Table 2 – Research grants awarded in 2023"),
        P("{{D:approved:7-3|The Committee approved the list of research grants for 2023}} "
          "and asked the Secretariat to notify the applicants before the end of October."),
        H("6. Date of the next meeting and closure"),
        P("The 8th meeting will be held online in April 2024, followed by an in-person "
          "meeting in Winnipeg in September. The Chair thanked the host institution and "
          "closed the meeting at 17:30. The Chair's statement on the 2024 field season, "
          "signed after the meeting, is reproduced in Annex 1."),
        IMAGE_PAGE([
            ("ANNEX 1 – STATEMENT OF THE CHAIR (scanned copy)", "BC"), 6,
            ("Circumpolar Mire Observatory – Scientific Committee, 7th meeting", "C"), 8,
            ("Statement on the 2024 field season", "B"),
            "During the spring thaw, instruments were lost at two Alaska sites when the "
            "river banks collapsed. After consulting the members of the Committee by "
            "e-mail, {{D:approved|the Committee approves an emergency allocation of "
            "{{A|EUR 18,400}} for replacement sensors}}, to be drawn from the contingency "
            "reserve of the 2023 grant budget.",
            "The Science Officer will report on the reinstallation at the 8th meeting.", 14,
            "Signed: Prof. Ingrid VASSBERG, Chair of the Scientific Committee",
            "Tromsø, 16 October 2023",
        ]),
    ],
)
