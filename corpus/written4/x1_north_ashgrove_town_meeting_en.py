"""Written held-out set 4, report 1: a New England Annual Town Meeting (HTML printed by
Chromium, Letter, DejaVu Serif): a Moderator who presides, warrant articles as shaded
<h2> bands ('ARTICLE 5. To see if the Town will vote to …'), motions in an indented italic
block, 'VOTED:' paragraphs with a hanging label, Finance Committee recommendations in a
bordered float beside the article text (a recommendation, not a decision), standing
counts with tellers, a two-thirds vote that fails, a Deputy Moderator who presides over
one article while the Moderator speaks as a resident; planted slips: a standing count
that does not add up, and a borrowing whose stated parts miss its total."""
from corpus.chromium import div, h1, h2, p
from corpus.heldout.markup import when
from corpus.written4.html import HReport

CSS = """
@page { margin: 22mm 20mm 20mm 22mm; }
@page { @top-left { font: italic 8pt 'DejaVu Serif'; } @top-right { font: italic 8pt 'DejaVu Serif'; }
        @bottom-left { font: 8pt 'DejaVu Serif'; } @bottom-right { font: 8pt 'DejaVu Serif'; } }
body { font-family: 'DejaVu Serif'; font-size: 9.8pt; line-height: 1.35; }
h1 { font-size: 13pt; text-align: center; margin: 0 0 2pt 0; letter-spacing: 1pt; }
.sub { text-align: center; margin: 0 0 2pt 0; }
h2 { font-size: 10pt; background: #e4e4e4; padding: 2pt 4pt; margin: 10pt 0 4pt 0;
     border-left: 3pt solid #555; break-after: avoid; }
p { margin: 0 0 5pt 0; text-align: justify; break-inside: avoid; }
.motion { margin-left: 12mm; font-style: italic; }
.voted { padding-left: 19mm; text-indent: -19mm; }
.fincom { float: right; width: 52mm; border: 0.8pt solid #333; padding: 3pt 5pt;
          margin: 0 0 4pt 6pt; font-size: 8.3pt; }
"""

blocks = [
    h1("TOWN OF NORTH ASHGROVE"),
    div("ANNUAL TOWN MEETING", "sub"),
    div("⟦N:wd|Saturday, May 3, 2025⟧ – Ashgrove Regional High School Gymnasium, "
        "North Ashgrove, Massachusetts", "sub"),
    p("Pursuant to the Warrant, the Moderator, Eleanor Whitcomb, called the meeting to "
      "order at 10:04 a.m. The Town Clerk, Janet Szymanski, reported that the Warrant had "
      "been duly posted and that ⟦N:quorum|412 registered voters had checked in, the "
      "quorum of 150 being present⟧. A moment of silence was observed in memory of former "
      "Town Clerk Beatrice Lowell. Select Board member Gerald Hutchins was absent."),
    p("The Moderator appointed tellers and reminded the meeting that speakers must come to "
      "a microphone and state their name and address."),
    h2("ARTICLE 1. To hear the reports of the Town officers and committees."),
    p("Select Board Chair Robert Faulkner-Hayes moved ⟦D:approved:|that the Town accept "
      "the reports of the Town officers and committees as printed in the 2024 Annual Town "
      "Report⟧.", "motion"),
    p("**VOTED:** Unanimous by voice vote.", "voted"),
    h2("ARTICLE 4. To see if the Town will vote to raise and appropriate a sum of money "
       "for the operating budget of the Town for Fiscal Year 2026."),
    div("**Finance Committee** recommends approval, 7-0.", "fincom"),
    p("Finance Committee Chair Douglas Pettibone presented the budget. He noted that "
      "the ⟦N:fy|Fiscal Year 2025 budget⟧ had been ⟦A:37106300:USD|$37,106,300⟧ and that "
      "the increase was driven mainly by health insurance and the regional school "
      "assessment. Town Administrator Miriam Castellane answered a question on the new "
      "library position."),
    p("Select Board member Anita Ramaswamy moved ⟦D:approved:|that the Town raise and "
      "appropriate ⟦A:38412650:USD|$38,412,650⟧ for the operating budget for Fiscal Year "
      "2026⟧, as printed in the Finance Committee report.", "motion"),
    p("**VOTED:** Motion carries by majority vote.", "voted"),
    h2("ARTICLE 5. To see if the Town will vote to appropriate a sum of money to purchase "
       "a pumper fire engine, and to determine how the money shall be raised."),
    div("**Finance Committee** recommends approval, 6-1.", "fincom"),
    p("Fire Chief Kevin Drummond said the engine it would replace was 27 years old. Mr. "
      "Pettibone explained that the ⟦E:sum|⟦A:865000:USD|$865,000⟧⟧ would be met by "
      "⟦E:sum|⟦A:600000:USD|$600,000⟧⟧ in borrowing, ⟦E:sum|⟦A:190000:USD|$190,000⟧⟧ from "
      "free cash and ⟦E:sum|⟦A:65000:USD|$65,000⟧⟧ from the Ambulance Receipts Reserved "
      "for Appropriation. Walter "
      "Brisbane, 14 Quarry Road, asked whether a used engine had been considered; the Chief "
      "replied that none met the current safety standard."),
    p("Ms. Ramaswamy moved ⟦D:approved:|that the Town appropriate the sum of Eight Hundred "
      "Sixty-Five Thousand Dollars to purchase a pumper fire engine⟧, and that to meet this "
      "appropriation the Treasurer, with the approval of the Select Board, is authorized "
      "to borrow Six Hundred Thousand Dollars.", "motion"),
    p("**VOTED:** Two-thirds vote required. Standing count by the tellers: "
      "⟦E:count|Yes 248, No 61 (319 voting)⟧. The Moderator declared the motion carried "
      "by the required two-thirds.", "voted"),
    h2("ARTICLE 7. To see if the Town will vote to amend the Zoning Bylaw, Section 6.4, "
       "Accessory Dwelling Units, as printed in the Warrant."),
    p("⟦N:chair|The Moderator⟧ stepped down to speak on the article as a resident, and "
      "⟦N:chair|Deputy Moderator Paul Okonkwo⟧ presided for this article. Planning Board "
      "Chair Lorraine Ouellette presented the amendment, which the Planning Board "
      "recommended 4-1. Sunita Kaur-Bellamy, 3 Millbrook Lane, spoke in favor; Ms. "
      "Whitcomb and Mr. Brisbane spoke against the parking provisions."),
    p("Ms. Ouellette moved ⟦D:rejected:|that the Town amend the Zoning Bylaw, Section 6.4, "
      "Accessory Dwelling Units⟧, as printed in the Warrant.", "motion"),
    p("**VOTED:** Two-thirds vote required. Standing count: ⟦N:count7|Yes 190, No 131 "
      "(321 voting)⟧. The motion fails. Ms. Whitcomb resumed the chair.", "voted"),
    h2("ARTICLE 8. To see if the Town will vote to appropriate from the Community "
       "Preservation Fund a sum of money for the repair of the Old Mill Pond dam."),
    p("Mr. Faulkner-Hayes moved ⟦D:approved:|that the Town appropriate "
      "⟦A:120000:USD|$120,000⟧ from the Community Preservation Fund historic resources "
      "reserve for the repair of the Old Mill Pond dam⟧.", "motion"),
    p("**VOTED:** Unanimous by voice vote.", "voted"),
    h2("ARTICLE 9. To see if the Town will vote to amend the General Bylaws by adding a "
       "new Section 23-4, Dogs in Town Parks."),
    p("Town Clerk Szymanski read the proposed section. Ms. Ramaswamy moved "
      "⟦D:adopted:|that the Town adopt a new Section 23-4 of the General Bylaws, "
      "Dogs in Town Parks⟧, with a fine of ⟦A:50:USD|$50⟧ for a second offence.", "motion"),
    p("**VOTED:** Motion carries by majority vote.", "voted"),
    h2("ARTICLE 10. To see if the Town will vote to adopt a bylaw regulating single-use "
       "plastic checkout bags."),
    p("Ms. Kaur-Bellamy said that the merchants had not yet been consulted. Mr. Pettibone "
      "moved ⟦D:postponed:|to table Article 10 until the Fall Special Town Meeting⟧, to be "
      "held on ⟦N:wd2|Tuesday, October 21, 2025⟧.", "motion"),
    p("**VOTED:** Motion to table carries by majority vote.", "voted"),
    h2("DISSOLUTION"),
    p("All articles of the Warrant having been acted upon, the Moderator declared the "
      "meeting dissolved at 1:47 p.m."),
    p("A true record. Attest: Janet Szymanski, Town Clerk"),
]

REPORT = HReport(
    name="x1_north_ashgrove_town_meeting_en",
    lang="en",
    meeting={"body": "Annual Town Meeting", "ordinal": None, "date": "2025-05-03",
             "place": "North Ashgrove"},
    date_as_written="Saturday, May 3, 2025",
    head=("Town of North Ashgrove", "Annual Town Meeting – May 3, 2025"),
    foot=lambda pg, n: ("Minutes of the Annual Town Meeting", f"Page {pg} of {n}"),
    created=when(2025, 5, 9),
    blocks=blocks,
    people=[
        ("Eleanor Whitcomb", "Whitcomb", "S"),
        ("Janet Szymanski", "Szymanski", "S"),
        ("Robert Faulkner-Hayes", "Faulkner-Hayes", "S"),
        ("Anita Ramaswamy", "Ramaswamy", "S"),
        ("Douglas Pettibone", "Pettibone", "S"),
        ("Miriam Castellane", "Castellane", "S"),
        ("Kevin Drummond", "Drummond", "S"),
        ("Walter Brisbane", "Brisbane", "S"),
        ("Deputy Moderator Paul Okonkwo", "Okonkwo", "S"),
        ("Lorraine Ouellette", "Ouellette", "S"),
        ("Sunita Kaur-Bellamy", "Kaur-Bellamy", "S"),
        ("Beatrice Lowell", "Lowell", "M"),
        ("Gerald Hutchins", "Hutchins", "M"),
    ],
    flags={"sum": "sum_mismatch", "count": "vote_count_mismatch"},
    not_flags={
        "wd": "weekday is right (May 3, 2025 was a Saturday)",
        "wd2": "weekday is right (October 21, 2025 was a Tuesday)",
        "quorum": "412 voters checked in, quorum 150: attendance, not a tally",
        "count7": "190 + 131 = 321 voting: the count adds up (the motion fails for want "
                  "of two-thirds)",
        "fy": "the Fiscal Year 2025 budget recalled in the Fiscal Year 2026 article: not a "
              "year slip",
        "chair": "the Moderator stepped down for one article (the minutes say so), the "
                 "Deputy Moderator presided, the Moderator resumed the chair and dissolved "
                 "the meeting: no chair_mismatch",
    },
    weekdays=[("Saturday, May 3, 2025", True), ("Tuesday, October 21, 2025", True)],
    sums=[(865000, [600000, 190000, 65000], False), (319, [248, 61], False),
          (321, [190, 131], True)],
    stresses="New England Annual Town Meeting minutes: a Moderator presiding, warrant "
             "articles as shaded headings ('ARTICLE 5. To see if the Town will vote to …'), "
             "motions in an indented italic block ('Ms. Ramaswamy moved that the Town "
             "appropriate …'), 'VOTED:' paragraphs with a hanging label ('Motion carries by "
             "majority vote', 'Unanimous by voice vote', 'The motion fails'), Finance "
             "Committee recommendations in a bordered float beside the article text (not "
             "decisions), standing counts 'Yes 190, No 131 (321 voting)' with a two-thirds "
             "rule, a motion 'to table Article 10', a Deputy Moderator presiding over one "
             "article, a person remembered in a moment of silence; HTML printed by headless "
             "Chromium (Letter, DejaVu Serif, @page margin-box running header and 'Page n "
             "of N' footer)",
    slips="`sum_mismatch`: the fire engine's '$865,000' stated as $600,000 + $190,000 + "
          "$65,000, which add up to $855,000; `vote_count_mismatch`: the standing count "
          "'Yes 248, No 61 (319 voting)' (248 + 61 = 309)",
    css=CSS,
    paper="Letter",
)
