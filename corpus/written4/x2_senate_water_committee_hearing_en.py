"""Written held-out set 4, report 2: a US state Senate committee hearing TRANSCRIPT (fpdf2,
US Legal paper, DejaVu Sans Mono, wide leading, ragged right, centred headings): all-caps
speaker labels ('CHAIRMAN HOLLOWAY:', 'SENATOR VARGAS:', 'MR. ABERNATHY:', 'COMMITTEE
SECRETARY:'), 'Second.' turns, roll-call votes printed as bare blocks ('AYES: … NOES: …
ABSTAIN: … ABSENT: …'), 'The bill passes 4-2', bills 'SB 214' / 'SJR 6', a fiscal note in
dollars, a footer date written month-first ('02/12/2026'); planted slips: 'The bill passes
7-0' with six members present, and a hearing date whose weekday is wrong."""
from corpus.heldout.markup import when
from corpus.written.blocks import Style, h1, p, title
from corpus.written.render import WReport


def say(text, after=1.6):
    """One turn of the transcript: its speaker label in bold, a first-line indent."""
    return p(text, first=8.0, after=after)


def roll(text):
    """A line of a roll-call block, indented, as the stenographer prints it."""
    return p(text, indent=16.0, after=0.4)


blocks = [
    title("STATE OF MONTARA", size=11),
    title("SENATE COMMITTEE ON NATURAL RESOURCES AND WATER", size=11, after=2),
    title("TRANSCRIPT OF PROCEEDINGS", size=10.5, bold=False, after=2),
    title("⟦N:wd0|Thursday, February 12, 2026⟧, 1:30 p.m.", size=9.5, bold=False, after=0.8),
    title("State Capitol, Room 214, Juniper City, Montara", size=9.5, bold=False, after=4),
    p("COMMITTEE MEMBERS PRESENT: Senator Warren Holloway, Chairman; Senator Lucia Vargas, "
      "Vice Chair; Senator Dale Pruitt-Lane; Senator Grace Nakamura; Senator Tomasz "
      "Ostrowski; Senator Cliff Brandt.", after=1.0),
    p("COMMITTEE MEMBERS EXCUSED: Senator Ada Kessel.", after=1.0),
    p("STAFF: Jorge Benavides, Committee Counsel; Dana Whitlock, Committee Secretary.",
      after=1.0),
    p("ALSO PRESENT: Senator Marcus Feld, sponsor of SB 214; Lyle Abernathy, General "
      "Manager, Dry Creek Irrigation District; Renée Tsosie, Director, Upper Basin Tribal "
      "Water Office.", after=4),
    h1("P R O C E E D I N G S"),
    say("**CHAIRMAN HOLLOWAY:** Good afternoon. I will call the Senate Committee on Natural "
        "Resources and Water to order. Will the secretary please call the roll?"),
    say("**COMMITTEE SECRETARY:** Chairman Holloway, present. Vice Chair Vargas, present. "
        "Senator Pruitt-Lane, present. Senator Nakamura, present. Senator Ostrowski, "
        "present. Senator Brandt, present. Senator Kessel is excused. Mr. Chairman, you have "
        "a quorum."),
    say("**CHAIRMAN HOLLOWAY:** Thank you. First, the minutes of our last hearing."),
    say("**SENATOR VARGAS:** Mr. Chairman, I move ⟦D:approved:|approval of the minutes of "
        "the February 5 hearing⟧."),
    say("**SENATOR NAKAMURA:** Second."),
    say("**CHAIRMAN HOLLOWAY:** Without objection, the minutes are approved. We will open "
        "the hearing on Senate Bill 214, which concerns temporary transfers of "
        "agricultural water rights during a declared drought. Senator Feld, welcome."),
    say("**SENATOR FELD:** Thank you, Mr. Chairman, members of the committee. SB 214 lets "
        "an irrigation district lease water to a municipal supplier for up to three years "
        "without losing the underlying right. The fiscal note shows a cost to the State "
        "Engineer's office of ⟦N:sum|⟦A:2400000:USD|$2.4 million⟧ over the biennium: "
        "⟦A:1150000:USD|$1.15 million⟧ in fiscal year 2027 and ⟦A:1250000:USD|$1.25 "
        "million⟧ in fiscal year 2028⟧, mostly for two hydrologists and the new transfer "
        "database. State Engineer Howard Quist has submitted written testimony in support."),
    say("**CHAIRMAN HOLLOWAY:** Questions from the committee? Senator Brandt."),
    say("**SENATOR BRANDT:** Senator, what stops a district from leasing water it has not "
        "actually used in ten years?"),
    say("**SENATOR FELD:** Nothing in the bill as introduced, which is why I have asked "
        "counsel to prepare Amendment 1."),
    say("**MR. BENAVIDES:** Thank you, Mr. Chairman. For the record, Jorge Benavides, "
        "committee counsel. Amendment 1 limits a lease to the average consumptive use of "
        "the five years before the drought declaration, and sets the application fee at "
        "⟦A:38:USD|$38⟧ per acre-foot leased."),
    say("**CHAIRMAN HOLLOWAY:** We will take testimony. Mr. Abernathy."),
    say("**MR. ABERNATHY:** Mr. Chairman, Lyle Abernathy, Dry Creek Irrigation District. "
        "Our board supports the bill with the amendment. Last summer we had willing "
        "farmers and a town that was trucking water, and no legal way to connect the two. "
        "The town was paying about ⟦A:415000:USD|$415,000⟧ a season for hauling."),
    say("**CHAIRMAN HOLLOWAY:** Ms. Tsosie."),
    say("**MS. TSOSIE:** Thank you. Renée Tsosie, Upper Basin Tribal Water Office. We are "
        "neutral on the bill. We ask that any lease in the upper basin be noticed to the "
        "tribes thirty days before it takes effect, and we have given the committee "
        "language to that effect."),
    say("**SENATOR PRUITT-LANE:** Mr. Chairman, I move ⟦D:adopted:214|to adopt Amendment 1 "
        "to SB 214⟧, with the thirty-day notice Ms. Tsosie proposed added to it."),
    say("**SENATOR OSTROWSKI:** Second."),
    say("**CHAIRMAN HOLLOWAY:** Any objection? Seeing none, Amendment 1 as modified is "
        "adopted. Is there a motion on the bill?"),
    say("**SENATOR VARGAS:** I move that ⟦D:approved:214|SB 214 do pass as amended⟧."),
    say("**SENATOR NAKAMURA:** Second."),
    say("**CHAIRMAN HOLLOWAY:** The secretary will call the roll.", after=1.0),
    roll("AYES: Holloway, Vargas, Pruitt-Lane, Nakamura."),
    roll("NOES: Ostrowski, Brandt."),
    roll("ABSTAIN: None."),
    roll("ABSENT: Kessel."),
    say("**CHAIRMAN HOLLOWAY:** ⟦N:vote|The bill passes 4-2⟧ and goes to the floor. "
        "Senate Bill 231, Senator Ostrowski, on groundwater metering.", after=1.6),
    say("**SENATOR OSTROWSKI:** Thank you. SB 231 requires a meter on every well that "
        "pumps more than fifty acre-feet a year, with a state cost share of "
        "⟦A:1200:USD|$1,200⟧ per meter. I move that ⟦D:rejected:231|SB 231 do pass⟧."),
    say("**SENATOR BRANDT:** Second, for the purpose of discussion. I will be voting no; "
        "the cost share runs out long before the meters do."),
    say("**COMMITTEE SECRETARY:** On the motion to do pass SB 231.", after=1.0),
    roll("AYES: Ostrowski, Brandt."),
    roll("NOES: Holloway, Vargas, Pruitt-Lane, Nakamura."),
    roll("ABSTAIN: None."),
    roll("ABSENT: Kessel."),
    say("**CHAIRMAN HOLLOWAY:** ⟦N:vote2|The motion fails 2-4⟧. Senate Bill 240, the "
        "reauthorization of the Water Development Fund, is on the consent list."),
    say("**SENATOR NAKAMURA:** Mr. Chairman, I move that ⟦D:approved:240|SB 240 do pass and "
        "be placed on the consent calendar⟧. It carries the same "
        "⟦A:6500000:USD|$6,500,000⟧ a year as the current fund."),
    say("**SENATOR VARGAS:** Second."),
    say("**COMMITTEE SECRETARY:** On SB 240.", after=1.0),
    roll("AYES: Holloway, Vargas, Pruitt-Lane, Nakamura, Ostrowski, Brandt."),
    roll("NOES: None."),
    roll("ABSTAIN: None."),
    roll("ABSENT: Kessel."),
    say("**CHAIRMAN HOLLOWAY:** ⟦E:vote7|The bill passes 7-0⟧. Finally, Senate Joint "
        "Resolution 6, on the interstate compact commission. The sponsor has asked for "
        "more time to work with the other states."),
    say("**SENATOR BRANDT:** Mr. Chairman, I move that ⟦D:postponed:6|SJR 6 be held over to "
        "our hearing of ⟦E:wd|Wednesday, February 19, 2026⟧⟧."),
    say("**SENATOR PRUITT-LANE:** Second."),
    say("**CHAIRMAN HOLLOWAY:** Without objection, so ordered. Is there any further "
        "business to come before the committee? Hearing none, we are adjourned at 3:12 "
        "p.m."),
    p("(Whereupon, at 3:12 p.m., the hearing was adjourned.)", after=3),
    p("I, Dana Whitlock, Committee Secretary, certify that the foregoing is a true "
      "transcript of the proceedings."),
]

REPORT = WReport(
    name="x2_senate_water_committee_hearing_en",
    lang="en",
    meeting={"body": "Senate Committee on Natural Resources and Water", "ordinal": None,
             "date": "2026-02-12", "place": "Juniper City"},
    date_as_written="Thursday, February 12, 2026",
    head=("SENATE COMMITTEE ON NATURAL RESOURCES AND WATER", "FEBRUARY 12, 2026"),
    foot=lambda pg, n: ("Hearing of 02/12/2026 – transcript", f"Page {pg} of {n}"),
    created=when(2026, 2, 16),
    blocks=blocks,
    people=[
        ("Senator Warren Holloway", "Holloway", "S"),
        ("Senator Lucia Vargas", "Vargas", "S"),
        ("Senator Dale Pruitt-Lane", "Pruitt-Lane", "S"),
        ("Senator Grace Nakamura", "Nakamura", "S"),
        ("Senator Tomasz Ostrowski", "Ostrowski", "S"),
        ("Senator Cliff Brandt", "Brandt", "S"),
        ("Senator Ada Kessel", "Kessel", "M"),
        ("Jorge Benavides", "Benavides", "S"),
        ("Dana Whitlock", "Whitlock", "S"),
        ("Senator Marcus Feld", "Feld", "S"),
        ("Lyle Abernathy", "Abernathy", "S"),
        ("Renée Tsosie", "Tsosie", "S"),
        ("State Engineer Howard Quist", "Quist", "M"),
    ],
    flags={"vote7": "vote_count_mismatch", "wd": "weekday_mismatch"},
    not_flags={
        "wd0": "weekday is right (February 12, 2026 was a Thursday)",
        "vote": "4 + 2 = 6 members voting, six present (Senator Kessel excused)",
        "vote2": "2 + 4 = 6 members voting, six present",
        "sum": "the fiscal note adds up: $1.15 million + $1.25 million = $2.4 million",
    },
    weekdays=[("Thursday, February 12, 2026", True), ("Wednesday, February 19, 2026", False)],
    sums=[(2.4, [1.15, 1.25], True), (6, [4, 2], True), (6, [2, 4], True), (6, [7], False)],
    stresses="US state Senate committee hearing transcript: a 'COMMITTEE MEMBERS PRESENT / "
             "EXCUSED / STAFF / ALSO PRESENT' front page, all-caps speaker labels "
             "('CHAIRMAN HOLLOWAY:', 'SENATOR VARGAS:', 'MR. BENAVIDES:', 'COMMITTEE "
             "SECRETARY:' for a person named once in the staff list), one-word turns "
             "('Second.'), motions spoken in the first person ('I move that SB 214 do pass "
             "as amended'), outcomes in the chair's next turn ('Without objection, so "
             "ordered', 'The motion fails 2-4'), roll calls printed as bare 'AYES: … NOES: "
             "… ABSTAIN: … ABSENT: …' blocks, bills 'SB 214' / 'Senate Joint Resolution 6', "
             "a footer date written month-first '02/12/2026'; US Legal paper, DejaVu Sans "
             "Mono, wide leading, letter-spaced centred heading",
    slips="`vote_count_mismatch`: 'The bill passes 7-0' (SB 240) though six members are "
          "present and the roll lists six ayes; `weekday_mismatch`: 'Wednesday, February "
          "19, 2026' (February 19, 2026 is a Thursday, like this hearing a week before)",
    style=Style(paper="legal", font="mono", body_size=9.0, leading=1.85, left=28.0,
                right=22.0, top=30.0, bottom=26.0, justify=False, heading="center",
                head_first=True, foot_rule=False),
)
