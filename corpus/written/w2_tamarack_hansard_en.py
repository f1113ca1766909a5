"""Written held-out report 2: a Canadian-style provincial hansard, speaker labels ('The
Speaker:', 'Hon. NAME (Portfolio):', 'Mr. NAME:'), recorded divisions 'Yeas 14, Nays 9',
'Motion agreed to' / 'Amendment negatived'. No slip."""
from corpus.heldout.markup import when
from corpus.written.blocks import Style, gap, h1, p, title
from corpus.written.render import WReport

I = 5.0      # first-line indent of every turn
blocks = [
    title("LEGISLATIVE ASSEMBLY OF TAMARACK", size=13.5),
    title("DEBATES AND PROCEEDINGS", size=12, after=0.8),
    title("Official Report (Hansard)", size=11, bold=False, italic=True, after=2.5),
    title("Published under the authority of the Hon. Marguerite Delorme, Speaker", size=9.5,
          bold=False, after=0.8),
    title("Clerk of the Assembly: Mr. Julian Fairweather", size=9.5, bold=False, after=4),
    title("⟦N:wd|Wednesday, April 9, 2025⟧", size=11.5, after=3),
    p("The House met at 1:30 p.m.", italic=True, first=I),
    title("Prayers", size=10.5, bold=False, italic=True, after=3),
    h1("ROUTINE PROCEEDINGS"),
    h1("Introduction of Bills", before=1.0),
    p("**Bill 31–The Rural Broadband Access Act**", first=I),
    p("**Hon. Rosalind Achterberg (Minister of Infrastructure):** Madam Speaker, I move, "
      "seconded by the Minister of Finance, ⟦D:approved:31|that Bill 31, The Rural "
      "Broadband Access Act, be now read a first time⟧ and be ordered for second reading "
      "at the next sitting of the House.", first=I),
    p("This bill requires every municipal district to publish a broadband coverage map and "
      "lets the Province share the cost of last-mile connections with the federal "
      "Universal Broadband Fund of Canada.", first=I),
    p("**The Speaker:** Is it the pleasure of the House to adopt the motion?", first=I),
    p("**Some Honourable Members:** Agreed.", first=I),
    p("**The Speaker:** Agreed and so ordered.", first=I),
    p("Motion agreed to.", italic=True, first=I),
    h1("Presenting Reports by Standing and Special Committees", before=1.0),
    p("**Ms. Helen Oduya (Chairperson of the Standing Committee on Public Accounts):** "
      "Madam Speaker, I have the honour to present the Second Report of the Standing "
      "Committee on Public Accounts, on the audit of the regional health authorities. I "
      "move, seconded by the honourable Member for Red Willow, ⟦D:adopted:|that the "
      "report be received and concurred in⟧.", first=I),
    p("Motion agreed to.", italic=True, first=I),
    h1("ORAL QUESTIONS"),
    h1("Northern Health Authority Deficit", before=1.0),
    p("**Mr. Bertrand Lachapelle (Leader of the Official Opposition):** Madam Speaker, the "
      "Northern Health Authority ended the year with a deficit of "
      "⟦A:48600000:CAD|$48.6 million⟧, twice what the minister forecast in the fall. Will "
      "the Minister of Finance tell the House who approved the overspending?", first=I),
    p("**Hon. Daniel Kwan-Hollis (Minister of Finance):** Madam Speaker, the Province "
      "transferred an additional ⟦A:12500000:CAD|$12.5 million⟧ to the authority in "
      "January to keep the Ridgeway surgical wing open, and the Auditor General approved "
      "the authority's recovery plan last week. I would remind the member that the former "
      "deputy minister, Ms. Corinne Babineau, reported on this in November.", first=I),
    p("**Mr. Lachapelle:** Madam Speaker, the recovery plan closes eleven rural beds. Will "
      "the minister table it today?", first=I),
    p("**An Honourable Member:** Table it!", first=I),
    p("**Hon. Mr. Kwan-Hollis:** The plan will be tabled with the estimates, Madam "
      "Speaker, as the Act requires.", first=I),
    h1("Rural Broadband–Fort Ellis", before=1.0),
    p("**Ms. Priya Nandakumar (Fort Ellis):** Madam Speaker, the town of Fort Ellis was "
      "promised fibre in 2023. The municipal district has already spent "
      "⟦A:220000:CAD|$220,000⟧ on conduit that is still empty. When will the minister "
      "deliver?", first=I),
    p("**Hon. Ms. Achterberg:** Madam Speaker, Bill 31 is the answer to that question. The "
      "contract for the Fort Ellis segment, worth ⟦A:3100000:CAD|$3.1 million⟧, will be "
      "awarded this summer.", first=I),
    h1("ORDERS OF THE DAY"),
    h1("GOVERNMENT BUSINESS", before=0.5),
    h1("Second Readings", before=0.5),
    p("**Bill 27–The Municipal Audit Amendment Act**", first=I),
    p("**Hon. Mr. Kwan-Hollis:** Madam Speaker, I move, seconded by the Minister of "
      "Infrastructure, ⟦D:approved:27|that Bill 27, The Municipal Audit Amendment Act, be "
      "now read a second time⟧ and be referred to a committee of this House.", first=I),
    p("The bill gives the Auditor General the power to audit any municipal district that "
      "receives more than half of its revenue from provincial grants, and requires the "
      "districts to publish their audited statements within six months of year end.",
      first=I),
    p("**Mr. Gareth Ewart-Sloane (Red Willow):** Madam Speaker, municipalities already pay "
      "for their own audits. This bill adds a second layer of audit without a cent of new "
      "money. I therefore move, seconded by the Member for Fort Ellis, "
      "⟦D:rejected:27|that the motion be amended by deleting all the words after \"That\" "
      "and substituting \"Bill 27 be not now read a second time but be read this day six "
      "months hence\"⟧.", first=I),
    p("**The Speaker:** The question before the House is the amendment moved by the "
      "honourable Member for Red Willow. Call in the members.", first=I),
    p("A recorded division was taken, the result being as follows: "
      "⟦N:div1|Yeas 9, Nays 14⟧.", italic=True, first=I),
    p("**The Speaker:** I declare the amendment lost.", first=I),
    p("Amendment negatived.", italic=True, first=I),
    p("**The Speaker:** The question before the House is the main motion.", first=I),
    p("A recorded division was taken, the result being as follows: "
      "⟦N:div2|Yeas 14, Nays 9⟧.", italic=True, first=I),
    p("**The Speaker:** I declare the motion carried.", first=I),
    p("Motion agreed to; Bill 27 read a second time and referred to the Committee of the "
      "Whole.", italic=True, first=I),
    gap(2),
    p("**The Speaker:** The hour being 5 p.m., this House is adjourned and stands "
      "adjourned until 1:30 p.m. tomorrow.", first=I),
    p("The House adjourned at 5:02 p.m.", italic=True, first=I),
]
REPORT = WReport(
    name="w2_tamarack_hansard_en",
    lang="en",
    meeting={"body": "Legislative Assembly", "ordinal": None, "date": "2025-04-09",
             "place": None},
    date_as_written="Wednesday, April 9, 2025",
    head=("Legislative Assembly of Tamarack", "April 9, 2025"),
    foot=lambda pg, n: ("", f"– {pg} –"),
    created=when(2025, 4, 10),
    blocks=blocks,
    people=[
        ("Hon. Marguerite Delorme", "Delorme", "S"),
        ("Hon. Rosalind Achterberg", "Achterberg", "S"),
        ("Ms. Helen Oduya", "Oduya", "S"),
        ("Mr. Bertrand Lachapelle", "Lachapelle", "S"),
        ("Hon. Daniel Kwan-Hollis", "Kwan-Hollis", "S"),
        ("Ms. Priya Nandakumar", "Nandakumar", "S"),
        ("Mr. Gareth Ewart-Sloane", "Ewart-Sloane", "S"),
        ("Mr. Julian Fairweather", "Fairweather", "M"),
        ("Ms. Corinne Babineau", "Babineau", "M"),
    ],
    not_flags={
        "wd": "weekday is right (April 9, 2025 was a Wednesday)",
        "div1": "9 + 14 = 23 members voting on the amendment, as on the main motion",
        "div2": "14 + 9 = 23 members voting; the divisions are not amounts",
    },
    weekdays=[("Wednesday, April 9, 2025", True)],
    sums=[(23, [9, 14], True)],
    style=Style(paper="letter", font="serif", body_size=9.8, leading=1.32, left=24.0,
                right=24.0, top=27.0, bottom=24.0, justify=True, heading="center"),
    stresses="Canadian-style provincial hansard: 'Official Report (Hansard)' with the "
             "Speaker and the Clerk named only in the masthead, speaker labels in bold at "
             "the start of indented turns ('The Speaker:', 'Hon. Rosalind Achterberg "
             "(Minister of Infrastructure):', 'Mr. Lachapelle:', 'Hon. Ms. Achterberg:'), "
             "collective labels ('Some Honourable Members:', 'An Honourable Member:') that "
             "are nobody, italic procedural lines ('Motion agreed to.', 'Amendment "
             "negatived.'), recorded divisions 'Yeas 9, Nays 14', a bill's first and second "
             "readings, a committee report concurred in, '$' as Canadian dollars ('$48.6 "
             "million'), US-style date; look-alikes: the Auditor General's approval, a "
             "deficit 'approved' in a question, 'I declare the motion carried'; Letter "
             "paper, DejaVu Serif, justified text, centred headings",
)
