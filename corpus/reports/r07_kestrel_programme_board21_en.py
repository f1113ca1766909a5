"""Report 07 of the tuning corpus (corpus/build.py): Minutes of the 21st Meeting of the
Programme Board."""
from corpus.tuning.markup import C, H, P, Report, T0

REPORT = Report(
    name="07_kestrel_programme_board21_en",
    lang="en",
    font="serif",
    title="Minutes of the 21st Meeting of the Programme Board",
    meeting={"body": "Programme Board", "ordinal": 21, "date": "2024-03-12",
             "place": "Carlisle"},
    header_left="Kestrel Valley Rivers Partnership",
    header_right="PB 21 – Minutes",
    footer=lambda p, t: {"left": "KVRP Programme Board", "right": f"Page {p} of {t}"},
    created=T0(2024, 3, 20),
    stresses="English decisions vs look-alikes: a proposal ('It is proposed that the Board "
             "approve …'), reported speech about another committee's approval, 'will be "
             "asked to approve … at its next meeting', thanks, questions; real decisions "
             "incl. one sentence split across a page break, a deferred item (postponed) "
             "and a rejected motion; 'Ms Siobhan McCARTHY', 'Cllr' honorific",
    slips={"meeting_number_mismatch": "title '21st Meeting' vs body 'twenty-second meeting'; "
                                      "codes PB 21-x and 'minutes of the 20th meeting' "
                                      "confirm 21",
           "weekday_mismatch": "'Monday, 12 March 2024' (12 March 2024 was a Tuesday)"},
    people=[
        ("Mr Owen PRITCHARD", "PRITCHARD", "S"),
        ("Ms Grace ODUYA", "ODUYA", "S"),
        ("Ms Siobhan McCARTHY", "McCARTHY", "S"),
        ("Mr Rajiv MENON", "MENON", "S"),
        ("Cllr Janet HOLLOWAY", "HOLLOWAY", "S"),
        ("Dr Felix HARTMANN", "HARTMANN", "S"),
        ("Mr Tobias GRANT", "GRANT", "M"),
        ("Ms Anita ROWE", "ROWE", "M"),
        ("Ms Laura BRIGGS", "BRIGGS", "M"),
        ("Mr Andrew FELLOWES", "FELLOWES", "M"),
    ],
    flags={"mn": "meeting_number_mismatch", "wd": "weekday_mismatch"},
    not_flags={"w1": "weekday is right (11 June 2024 was a Tuesday)",
               "v1": "2 + 4 = 6 voting members present"},
    weekday_checks=[("Monday, 12 March 2024", False), ("Tuesday, 11 June 2024", True)],
    sum_checks=[(6, [2, 4], True)],
    blocks=[
        C("Kestrel Valley Rivers Partnership", size=16, bold=True, after=2),
        C("Minutes of the {{E:mn|21st Meeting}} of the Programme Board", size=13.5,
          bold=True, after=2),
        C("{{E:wd|Monday, 12 March 2024}} – Civic Centre, Carlisle", size=11, after=7),
        P("**Present:** Mr Owen PRITCHARD (Chair), Ms Grace ODUYA, Ms Siobhan McCARTHY, "
          "Mr Rajiv MENON, Cllr Janet HOLLOWAY, Mr Tobias GRANT."),
        P("**In attendance:** Dr Felix HARTMANN (Programme Director), Ms Anita ROWE "
          "(Secretariat).", after=4),
        H("1. Welcome and agenda"),
        P("The Chair opened the {{E:mn|twenty-second meeting}} of the Programme Board at "
          "10:00 and welcomed members. {{D:approved:21-0|The agenda (document PB 21-0) was "
          "approved}}, with item 9 taken before item 8 at the request of Cllr Janet "
          "HOLLOWAY."),
        H("2. Minutes of the previous meeting and matters arising"),
        P("{{D:approved:21-1|The minutes of the 20th meeting (document PB 21-1) were "
          "approved as a correct record}}. On matters arising, Ms Grace ODUYA said the "
          "Finance Committee had approved the internal audit plan at its January meeting "
          "and would report on the first audit in June."),
        H("3. Report of the Programme Director (document PB 21-2)"),
        P("Dr Felix HARTMANN reported that the national restoration fund had confirmed a "
          "capital allocation of {{A|£2.4 million}} for the next two years, the largest "
          "single award in the Partnership's history. The 2023-24 accounts will show an "
          "underspend of about {{A|£310,000}}, mainly because two permits for bank works "
          "were issued months later than expected. Monitoring of salmon redds in the upper "
          "catch~ment showed the best results since records began."),
        P("Mr Rajiv MENON asked whether the Board would approve ad~di~tional funding for "
          "fish-pass monitoring this year. The Chair replied that a costed paper would be "
          "brought to the June meeting. Ms Siobhan McCARTHY asked how many volunteers had "
          "been trained in the river-fly scheme; the Programme Director undertook to "
          "circulate the figures."),
        H("4. Weir removal at Ashby Mill (document PB 21-4)"),
        P("The Programme Director sum~ma~rised the tender eval~u~a~tion. Three bids had been "
          "received; the preferred bidder scored highest on both quality and price and has "
          "completed two similar projects in the region. The evaluation panel included an "
          "in~de~pen~dent engineer nominated by the Environment Agency, whose report "
          "confirmed that the proposed method of removing the weir in two phases would "
          "limit the release of silt downstream and protect the spawning gravels during "
          "the autumn run. Cllr Janet HOLLOWAY asked for "
          "assurance that the footpath would remain open during the works; "
          "the Programme Director confirmed that a diversion would be needed for two weeks "
          "at most."),
        P("{{X:pb|{{D:approved:21-4|The Board approved the award of the weir-removal "
          "contract}} for the Ashby Mill site to the preferred bidder, Fellside Civil "
          "Engineering, at a cost of {{A|GBP 1,185,000}}, subject to the Environment Agency "
          "permit being issued before the end of May.}}", orphans=1, before=0.0),
        H("5. Risk register (document PB 21-5)"),
        P("Dr HARTMANN in~tro~duced the revised risk register. The cover note read: \"It is "
          "proposed that the Board approve the revised risk register (document PB 21-5) and "
          "review it every six months.\" Ms Siobhan McCARTHY asked why flood risk to the "
          "partners' own sites was rated as low after the winter storms; the Programme "
          "Director agreed to review the rating with the insurers."),
        P("Following discussion, {{D:approved:21-5|the Board approved the revised risk "
          "register}}, with the addition of a risk on the avail~abil~ity of con~trac~tors."),
        H("6. Communications strategy (document PB 21-6)"),
        P("Ms Grace ODUYA presented the draft three-year strategy prepared by the com~mu~ni~ca~tions working "
          "group, which puts the emphasis on schools and anglers' as~so~ci~a~tions. "
          "{{D:adopted:21-6|The communications strategy 2024-2026 (document PB 21-6) was "
          "adopted}}."),
        H("7. Budget 2025"),
        P("The Board will be asked to approve the 2025 budget at its next meeting. The "
          "Programme Director outlined the main as~sump~tions, including a contribution of "
          "{{A|GBP 75,000}} from the regional water company, which is still under "
          "ne~go~ti~a~tion."),
        H("9. Regional flood forum"),
        P("Cllr Janet HOLLOWAY moved that the Partnership withdraw from the regional flood "
          "forum, arguing that its meetings du~pli~cate the work of the catchment group. "
          "Mr Rajiv MENON spoke against the motion. After discussion the motion was put to "
          "the vote. {{D:rejected|The motion was rejected}}, "
          "{{N:v1|with 2 votes in favour and 4 against}}."),
        H("8. Membership fees (document PB 21-7)"),
        P("The proposed change to the membership fee structure was introduced briefly. "
          "{{D:postponed:21-7|The item was deferred to the next meeting}} to allow further "
          "consultation with the member councils."),
        H("10. Any other business"),
        P("The Board thanked Ms Laura BRIGGS, former Programme Director, for six years of "
          "service to the Partnership. {{D:agreed|It was agreed that the Chair would write "
          "to the Minister}}, Mr Andrew FELLOWES, to ask for a multi-year funding "
          "commitment."),
        P("The next meeting will be held on {{N:w1|Tuesday, 11 June 2024}}. The meeting "
          "closed at 13:05."),
    ],
)
