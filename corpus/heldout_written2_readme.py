"""The prose of corpus/heldout_written2/README.md (its table is built from the reports)."""

HEAD = """# Written held-out set 4: four new English reports in unseen styles (issues 14 and 12)

Built by `python corpus/build_heldout_written2.py` (fpdf2, fonts of matplotlib's bundle,
fixed creation dates: rebuilding gives byte-identical PDFs; `tests/test_heldout_written2.py`
checks it). Every body, person, figure and sentence is invented. The reports were written,
with their gold, **before the pipeline had read any of them** (the gold was committed on
its own first), in styles no corpus set had: a US city commission's regular meeting, a
homeowners' association board on Zoom, an Australian shire council's ordinary meeting and a
UK university Senate. They are drawn by the written set's renderer
(`corpus/written/render.py`) with layouts unlike set 3's: a three-part running header, a
footer under a rule ('Page n of N'), roman-numbered headings in shaded bands, narrow
margins with decimal-numbered headings, minute numbers inside capitalised headings under
a rule, and table cells wrapped over two lines. The gold is drawn and verified by the
held-out machinery (`corpus/heldout/gold.py`): every decision, amount, table cell (each
line of a wrapped cell) and flag evidence re-read with pdfplumber on its gold page, names
in the page bodies, weekdays and sums computed, every currency-looking figure annotated.
Format: `../shared/gold-format.md`; conventions: those of `corpus/README.md` (held-out
sections included), `corpus/real/README*.md` and `corpus/heldout_written/README.md`, plus
the choices below.

These files are **not** in `corpus/` itself: the tuned corpus stays at 1.0 and its tests
do not read them.

## Scoring

```
PYTHONPATH=$PWD .venv/bin/minutes ingest corpus/heldout_written2 --out /tmp/hw2_out
PYTHONPATH=$PWD .venv/bin/minutes evaluate corpus/heldout_written2 --out /tmp/hw2_out --verbose
```

The misses of the first scoring, by category with the sentence that shows each, are in
`/work/snap/misses/writeren.md` of the session that wrote the set.
"""

TAIL = """
## Choices specific to these reports

- **Bodies** are the name the report gives the meeting's body: 'City Commission' (v1,
  under 'CITY OF LARKSPUR BEND'), 'Board of Directors' (v2), 'Wirraburra Shire Council'
  (v3), 'Senate' (v4); the evaluator accepts a prediction that contains it. No report has
  an ordinal. v2 was held on Zoom and names no city: place null. v1's place is the city,
  v3's the town of the Council Chambers ('Coorabin'), v4's the city in the dateline.
- **People.** Movers and seconders are speakers ('Motion by Commissioner X, seconded by
  …', 'M/S/C Dana/Luis', 'Moved Cr X / Seconded Cr Y', 'Ms Orchard proposed, seconded by
  Dr Farrelly'). A role-only turn ('Mayor:', 'City Clerk:', 'City Attorney:') is the person
  named in that role in the roll call or staff list. v2 names people in full once and by
  first name after ('Dana', 'Luis', 'Kendra'): they are keyed by the family written once; a
  homeowner written 'Martha (lot 33, last name not given)' has family 'Martha'. A director
  absent 'by proxy', apologies and a minute-taker who never acts are `mentioned`. Names in
  'Ayes: …' / 'For: Crs …' vote lists are the councillors already listed.
- **Decisions.** `contains` comes from the motion, not from the outcome line ('Motion
  carried 5-0', 'CARRIED 7/0', 'LOST 2/4'). v1: 'to approve …' / 'to award …' → approved,
  'to adopt Ordinance No. 2025-17' → adopted (ref `2025-17`), a motion that 'failed' →
  rejected (ref `2025-032`, the resolution it would have approved), 'to table … to the April
  8 meeting' → postponed; the consent agenda is one decision. v2: label-first lines
  'APPROVED – …' → approved, 'REJECTED – …' → rejected, 'TABLED – …' → postponed; 'Minutes …
  approved as distributed' → approved. v3: only the 'Council Resolution' is a decision, not
  the 'Officer Recommendation' above it (one resolution awards $52,000 where the
  recommendation said $48,500); the officer recommendation moved and 'LOST' is a decision
  (rejected); 'That Council adopt …' → adopted, 'receive … and approve …' → approved, 'defer
  consideration' → postponed; the planning permit number is not a ref (as w1's planning
  application numbers). v4: 'RESOLVED that … be approved' → approved, '… be deferred' →
  postponed, 'Senate NOTED …' → `agreed` (as report 16's 'took note'), 'the motion … was not
  carried' → rejected; refs are the papers 'S/25/26/0n' of the item's heading, body tag
  dropped (`25/26/0n`); 'The Chair reported that Council … had approved …' and the
  Committee's approval under delegated authority are reported speech, not decisions of
  this meeting; 'Senate noted the remaining dates of meetings' is `agreed` like the other
  notings.
- **Amounts.** '$' is the US dollar in v1 and v2 and the Australian dollar in v3 (AUD);
  '$ 54,522.10' (a space after the sign) is an amount. Table cells carry no currency mark
  ('$' and '£m' are in the headers) and are tables, not amounts.
- **Tables.** A cell wrapped over two lines is one cell, its lines joined with a space
  (v2's reserve table: 'Pool resurfacing and coping replacement', header 'Remaining life
  (yrs)'). v1's bid tabulation and v4's KPI table are ruled by three horizontal lines only.
- **Flags.** v1's vote_count_mismatch quotes 'Motion carried 6-0' (five members present);
  v2's table_total_mismatch quotes the Total cell '1,214,930'; v3's year_mismatch quotes
  the heading's 'Plan 2026' and the resolution's 'Road Asset Management Plan 2025'; v4's
  sum_mismatch quotes the four figures, its weekday_mismatch the date 'Thursday 18
  February 2026'. The legal citation 'Local Government Act of 9 November 1989' (v3) and the
  footer date 'Senate 15.10.25' (v4) are not the meeting's date.

## Gold corrections after the first scoring

Re-read against the conventions after the first scoring (only true gold errors fixed; the
PDFs did not change): v4's 'Senate noted the remaining dates of meetings for the session'
is a noting like the three 'Senate NOTED …' (`agreed`, as report 16's 'took note'); it had
been left out while the README said the dates 'noted' were no decision. Left as written,
though doubtful: v4's ordinal stays null although 'the first meeting of the session' could
be read as ordinal 1 (as the PPSS minutes' 'This was our first meeting'); the session's
first meeting is not the body's own number.

## First scoring (main at a483923, pipeline version 15deed1fe7fd, 2026-12-02)

Gold as first written (before any pipeline run; the correction above adds one decision,
which the pipeline missed, so decisions R would read 16/26 = 0.615 with it).

| category | P | R | F1 | note |
| --- | --- | --- | --- | --- |
| meeting | 0.750 | 0.750 | 0.750 | body 3/4, ordinal 3/4, date 3/4, place 3/4 |
| speakers | 0.862 | 0.610 | 0.714 | |
| mentioned | 0.235 | 0.800 | 0.364 | |
| decisions | 0.696 | 0.640 | 0.667 | outcome 13/16, refs 14/16 |
| amounts | 0.760 | 0.760 | 0.760 | |
| tables | 1.000 | 1.000 | 1.000 | cells 4/4 |
| flags | 1.000 | 0.400 | 0.571 | not_flags 24/24 |

## After phase 2 (h-writeren: amounts 0.4.1, pdf 1.5) — now tuning data for these two

The set **became tuning data** for what was fixed from its misses: the dollar of an
Australian report ('$' is AUD where a report names an Australian state or territory or is
a 'Shire Council', `[amounts.dollar_countries]` in en/fr/es) and section detection of a
table's column header (a bold line whose words stand in three or more columns is never a
heading: v1's bid tabulation and v4's KPI table header rows had become sections). Both
fixes carry unit tests on invented sentences (fr/en/es) that fail before them. Its
amounts and sections no longer measure generalisation; its speakers, mentioned,
decisions, meeting fields and flags still do (nothing was tuned on them here).

| category | P | R | F1 | note |
| --- | --- | --- | --- | --- |
| meeting | 0.750 | 0.750 | 0.750 | unchanged |
| speakers | 0.862 | 0.610 | 0.714 | unchanged |
| mentioned | 0.235 | 0.800 | 0.364 | unchanged |
| decisions | 0.696 | 0.615 | 0.653 | corrected gold (26); outcome 13/16, refs 14/16, unchanged |
| amounts | 1.000 | 1.000 | 1.000 | was 0.760: v3's six '$' amounts now AUD |
| tables | 1.000 | 1.000 | 1.000 | cells 4/4, unchanged |
| flags | 1.000 | 0.400 | 0.571 | unchanged; not_flags 24/24 |

Tried and not kept: making recurring unnumbered labels ('Officer Recommendation',
'Council Resolution', 3+ times) and bare outcome lines ('CARRIED 7/0') never headings.
The sections came out right and the dev set did not move, but v3's decisions fell from 16
to 14 found: the decisions extractor scopes each motion by those pseudo-sections.
"""
