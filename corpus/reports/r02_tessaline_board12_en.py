"""Report 02 of the tuning corpus (corpus/build.py): Minutes of the 12th Meeting of the Board
of Trustees."""
from corpus.tuning.markup import C, footer_page_of, H, P, Report, T0

REPORT = Report(
    name="02_tessaline_board12_en",
    lang="en",
    title="Minutes of the 12th Meeting of the Board of Trustees",
    meeting={"body": "Board of Trustees", "ordinal": 12, "date": "2023-05-02",
             "place": "Geneva"},
    header_left="Tessaline Foundation for Rural Schools",
    header_right="BT/12/MIN – Approved text",
    footer=footer_page_of("Page {p} / {t}"),
    created=T0(2023, 5, 22),
    stresses="English foundation board: 'Tuesday, 2 May 2023' date, attendance list of "
             "trustees who never speak (gold: mentioned), a family-name-first trustee "
             "'KIM Jae-won' who does speak, $/USD/€ amounts in 'million'/'k' forms, "
             "'adopted unanimously', 'It was agreed that'",
    slips={},
    people=[
        ("Dr Helen ASHWORTH", "ASHWORTH", "S"),
        ("Mr Tomás REYNOLDS", "REYNOLDS", "S"),
        ("Ms Priya NAIR-COLLINS", "NAIR-COLLINS", "S"),
        ("KIM Jae-won", "KIM", "S"),
        ("Ms Olufunke ADEYEMI", "ADEYEMI", "S"),
        ("Mr Lars EKDAHL", "EKDAHL", "M"),
        ("Ms Beatriz SOUTO", "SOUTO", "M"),
        ("Ms Rachel OYELARAN", "OYELARAN", "M"),
        ("Prof. Daniel WEBER", "WEBER", "M"),
        ("Mr Graham PEEL", "PEEL", "M"),
    ],
    not_flags={"w1": "weekday is right (2 May 2023 was a Tuesday)",
               "w2": "weekday is right (12 October 2023 was a Thursday)",
               "s1": "stated surplus is right (2.14 - 1.96 = 0.18 million)",
               "t1": "target year of the strategy, not a reporting year"},
    weekday_checks=[("Tuesday, 2 May 2023", True), ("Thursday, 12 October 2023", True)],
    sum_checks=[(0.18, [2.14, -1.96], True)],
    blocks=[
        C("Tessaline Foundation for Rural Schools", size=16, bold=True, after=2),
        C("Minutes of the 12th Meeting of the Board of Trustees", size=13.5, bold=True,
          after=2),
        C("{{N:w1|Tuesday, 2 May 2023}}, 10:00 – 16:30", size=11, after=1),
        C("Foundation offices, Rue des Vignerons 14, Geneva", size=11, after=7),
        P("**Present:** Dr Helen ASHWORTH (Chair), Mr Tomás REYNOLDS (Treasurer), "
          "KIM Jae-won, Ms Olufunke ADEYEMI, Mr Lars EKDAHL, Ms Beatriz SOUTO."),
        P("**In attendance:** Ms Priya NAIR-COLLINS (Chief Executive), Ms Rachel OYELARAN "
          "(Board Secretary, minutes)."),
        P("**Apologies:** Prof. Daniel WEBER.", after=4),
        H("1. Welcome, apologies and declarations of interest"),
        P("The Chair welcomed trustees to the twelfth meeting of the Board and thanked the "
          "Geneva office for hosting it. Apologies were re~ceived from Prof. Daniel WEBER, who "
          "had sent written comments on the strategy paper. No new declarations of interest "
          "were made; the register of interests will be circulated again with the next "
          "papers."),
        P("{{D:adopted:12-0|The agenda (document 12-0) was adopted unanimously}}."),
        H("2. Minutes of the previous meeting and matters arising"),
        P("{{D:approved:12-1|The Board approved the minutes of the 11th meeting (document "
          "12-1)}} without amendment. On matters arising, the Chief Executive confirmed that "
          "the safeguarding policy had been translated into Portuguese and Swahili and "
          "distributed to all partner schools."),
        H("3. Report of the Chief Executive (document 12-2)"),
        P("Ms Priya NAIR-COLLINS presented her report. The reading programme now reaches 212 "
          "rural schools in four countries, against 168 a year ago, and the teacher mentoring "
          "scheme has been extended to two additional districts. A grant of "
          "{{A|USD 450,000}} from the Harrowgate Charitable Trust was received in March and "
          "will fund the second phase of the mobile library project over two years. She "
          "drew the Board's attention to rising transport costs, which had forced the "
          "programme team to re~sched~ule several field visits, and to the difficulty of "
          "re~cruit~ing qualified district co~or~di~na~tors."),
        P("KIM Jae-won asked whether the report could include data on teacher retention in "
          "the schools supported for more than three years. The Chief Executive replied that "
          "the data existed but had not yet been cleaned, and that a first analysis could be "
          "ready by the summer. Ms Olufunke ADEYEMI welcomed the growth of the programme but "
          "cautioned against expanding faster than the monitoring capacity of the country "
          "teams."),
        P("{{D:agreed|It was agreed that the Chief Executive would circulate the retention "
          "analysis}} to trustees by 30 June 2023."),
        H("4. Audited accounts 2022 (document 12-3)"),
        P("Mr Tomás REYNOLDS, Treasurer, presented the audited accounts for 2022. Total "
          "income was {{A|$2.14 million}} and total expenditure {{A|$1.96 million}}, giving "
          "a surplus of {{N:s1|{{A|$0.18 million}}}}, which has been added to the "
          "unrestricted reserves. The auditors, represented by Mr Graham PEEL, had issued an "
          "unqualified opinion and had made two minor recom~men~da~tions on the docu~men~ta~tion "
          "of petty cash in the country offices."),
        P("{{D:adopted:12-3|The audited accounts for 2022 were adopted unanimously}}."),
        H("5. Work plan and budget 2023-24 (document 12-4)"),
        P("The Chief Executive introduced the work plan, which is aligned with the "
          "Foundation's {{N:t1|Strategy 2030}} and concentrates new spending on teacher "
          "training and on the replacement of worn-out reading kits. The Treasurer noted that "
          "the autumn donors' event in Brussels would cost about {{A|€85k}}, to be covered "
          "entirely by corporate spon~sor~ship, and that the budget kept a con~tin~gency line "
          "of 4 per cent of programme costs."),
        P("In discussion, trustees asked for the contingency to be reported separately in "
          "the quarterly accounts. {{D:approved:12-4|The Board approved the 2023-24 work "
          "plan and a total budget of {{A|$1.2 million}}}}."),
        H("6. Risk register and safeguarding"),
        P("The Chief Executive presented the updated risk register. The two highest risks "
          "remain the de~pen~dence on a small number of large donors and the safety of staff "
          "travelling to remote schools during the rainy season. Trustees discussed the "
          "mit~i~ga~tion measures and asked that the register show, for each risk, the "
          "person re~spon~si~ble and the date of the last review. The safe~guard~ing lead "
          "reported two concerns raised since the last meeting, both handled in line with "
          "the policy and closed; no referral to the au~thor~i~ties had been necessary."),
        P("Ms Olufunke ADEYEMI asked whether partner schools received regular training on "
          "the reporting procedure. The Chief Executive confirmed that a refresher session "
          "is part of every mon~i~tor~ing visit and that a short illustrated guide for "
          "teachers is being printed in three languages."),
        H("7. Governance"),
        P("The Chair reported that the Nominations Committee had reviewed the com~po~si~tion of "
          "the Board's committees. {{D:agreed|It was agreed that Ms Olufunke ADEYEMI would "
          "chair the Programme Committee}} from 1 July 2023, succeeding the Chair, who had "
          "held the role on an interim basis."),
        H("8. Any other business and date of next meeting"),
        P("There was no other business. The next meeting will be held on "
          "{{N:w2|Thursday, 12 October 2023}} in Geneva, with the option of joining online. "
          "The Chair closed the meeting at 16:20 and thanked the staff for the quality of "
          "the papers."),
    ],
)
