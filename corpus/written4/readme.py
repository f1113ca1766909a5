"""The prose of corpus/heldout_written4/README.md (its table is built from the reports)."""

HEAD = """# Written held-out set 4 (heldout_written4): four English reports in unseen styles, two PDF writers

Built by `python corpus/build_heldout_written4.py`. Every body, person, figure and sentence
is invented. The reports were written, with their gold, **before the pipeline had read any
of them** (the gold and PDFs were committed on their own first), in styles no corpus set
had: a New England Annual Town Meeting (x1), a US state Senate committee hearing
transcript (x2), an Irish charity's AGM with members' questions (x3) and an Ontario
district school board's regular meeting (x4). A UN-style summary record was not written:
the tuned corpus already has two (reports 12 and 16).

**Two PDF writers.** x1 and x3 are HTML + CSS printed by headless Chromium
(`corpus/written4/html.py`: Skia text runs, @page margin-box running header and 'Page n
of N' footer, a bordered float beside the text, two flex columns, a CSS-bordered table);
x2 and x4 are drawn by the written set's fpdf2 renderer (`corpus/written/render.py`) with
page styles no set used (US Legal paper in DejaVu Sans Mono with wide leading; Letter STIX
with a hanging column of resolution numbers). Chromium stamps the print time: the
document info is rewritten with the report's fixed date and the streams recompressed
(pikepdf), so a rebuild is byte-identical on the same Chromium; the pages of the gold
strings are read back from the PDF (a span no single page holds is a build error). The
gold is drawn and verified by the held-out machinery (`corpus/heldout/gold.py`): every
decision, amount, table cell and flag evidence re-read with pdfplumber on its gold page,
names in the page bodies, weekdays and sums computed, table totals checked, every
currency-looking figure annotated. `tests/test_heldout_written4.py` re-derives the gold of
the Chromium reports from their markup and the committed PDFs (without Chromium) and
rebuilds the fpdf2 reports byte for byte.

Format: `../shared/gold-format.md`; conventions: those of `corpus/README.md` (held-out
sections included) and `corpus/heldout_written2/README.md`, plus the choices below. These
files are **not** in `corpus/` itself: the tuned corpus stays at 1.0 and its tests do not
read them.

## Scoring

```
PYTHONPATH=$PWD .venv/bin/minutes ingest corpus/heldout_written4 --out /tmp/hw4 --workers 1
PYTHONPATH=$PWD .venv/bin/minutes evaluate corpus/heldout_written4 --out /tmp/hw4 --verbose
```

## Reports
"""

TAIL = """
## Choices specific to these reports

- **Bodies.** 'Annual Town Meeting' (x1, of the Town of North Ashgrove), 'Senate
  Committee on Natural Resources and Water' (x2), 'Annual General Meeting' (x3, with
  ordinal 23: 'Minutes of the 23rd Annual General Meeting', as report 15's AGM), 'District
  School Board' (x4, 'STURGEON RAPIDS DISTRICT SCHOOL BOARD'; a prediction containing it
  is right). Places are the town of the meeting room: North Ashgrove, Juniper City (the
  State Capitol), Drumshanbeg, Sturgeon Rapids. x2's footer date '02/12/2026' is written
  month-first (12 February), as the US write it; the meeting date is the dateline's.
- **People.** Movers and seconders are speakers (x1 'Ms. Ramaswamy moved', x2 'SENATOR
  NAKAMURA: Second.', x3 'Proposed: … Seconded: …', x4 'Moved by Trustee Sandhu'). A role
  label stands for the person named once in that role: x2's 'COMMITTEE SECRETARY:' is
  Dana Whitlock (staff list), x3's 'A (Treasurer):' is Declan Moriarty and 'A (CEO):'
  Fergal Tuohy. x2's uppercase labels ('SENATOR VARGAS:', 'MR. ABERNATHY:') are the people
  of the front page. Excused or absent members, a person remembered in a moment of
  silence, apologies, a retiring trustee thanked in absence, a State Engineer who sent
  written testimony and a recording secretary who never acts are `mentioned`. Names in
  roll-call and recorded-vote lists are the members already listed.
- **Decisions.** `contains` comes from the motion, not from the outcome line ('VOTED:
  Motion carries …', 'The bill passes 4-2', 'CARRIED', 'DEFEATED'). x1: 'moved that the
  Town accept / raise and appropriate / appropriate …' → approved, 'that the Town adopt a
  new Section 23-4 …' → adopted, a two-thirds motion that 'fails' → rejected, 'to table
  Article 10 until …' → postponed; Finance Committee and Planning Board recommendations
  are not decisions; warrant article numbers are items, not refs. x2: 'approval of the
  minutes' and 'do pass' motions → approved, 'to adopt Amendment 1' → adopted, a do-pass
  motion that fails → rejected, 'be held over to' → postponed; refs are the bill numbers
  without their chamber tag ('SB 214' → `214`, 'SJR 6' → `6`, as w2's 'Bill 31' → `31`).
  x3: 'were approved', 'were re-appointed', 'were declared elected', 'was declared
  carried' → approved, 'were adopted' → adopted, 'was declared lost' → rejected, 'it was
  agreed to defer' → postponed, 'The meeting noted the Chairperson's report' → `agreed`
  (as report 16's 'took note'). x4: the THAT clause is the decision, its outcome the bare
  line under it; resolution numbers 'R-25-043' are the decisions' own numbers (not refs,
  as report 12's 'Decision EC-43/n'); refs are the staff reports cited in the clause or
  its heading ('BS-25-08', 'SE-25-04': the letters name a department, not the body) and
  the by-law number ('2025-03'); a by-law 'read a first, second and third time and
  finally passed' → approved (as the by-laws 'be read a third time' of `corpus/real/`;
  first written `adopted`, corrected after the first scoring, see below); moving into and ratifying the in-camera session
  are decisions (approved).
- **Amounts.** '$' is the US dollar in x1 and x2 and the Canadian dollar in x4 (an
  Ontario board: CAD); '€' in x3. Amounts written in words in x1's motion ('Eight Hundred
  Sixty-Five Thousand Dollars') repeat figures already in the gold and are not listed
  again. Table cells carry no currency mark and are tables, not amounts.
- **Tables.** x3's income table (CSS grid borders, total row in bold under a heavy rule)
  and x4's budget table (three horizontal rules, '$ millions' in the header) each have a
  prior-year column; the caption is not a row.
- **Flags.** Evidence is verbatim: x1's sum_mismatch quotes the four figures and its
  vote_count_mismatch the standing count; x2's vote_count_mismatch 'The bill passes 7-0',
  its weekday_mismatch the date; x3's table_total_mismatch the total cell '843,600', its
  vote_count_mismatch the poll; x4's year_mismatch the two programme names and its
  chair_mismatch the closing Vice-Chair's name (the opener is on page 1, the gold page of
  a flag is the later one).
"""

TAIL += """
## Gold corrections after the first scoring

Re-read against the conventions after the first scoring (only true gold errors fixed; the
PDFs did not change): x4's by-law 'By-law No. 2025-03 … be read a first, second and third
time and finally passed' had been written `adopted`; the real by-laws of `corpus/real/`
('By-law No. 130/2013 Be read a third time', 'By-laws No. 58/2014 to 60/2014 … be read a
second time') are `approved`, and 'passed' is an approval word of the corpus, so it is
`approved`.
"""

TAIL += """
## First scoring (main at bac9c9c, pipeline version 179c0d40e60f, 2026-12-02)

Gold as first written (80a3d96, before any pipeline run). With the correction above only
the decisions outcome changes (13/13). Misses, grouped by extractor with the sentence that
shows each and its likely general cause: `/work/snap/misses/writeren.md`.

| category | P | R | F1 | note |
| --- | --- | --- | --- | --- |
| meeting | 0.688 | 0.688 | 0.688 | body 2/4, ordinal 4/4, date 4/4, place 1/4 |
| speakers | 0.816 | 0.705 | 0.756 | |
| mentioned | 0.312 | 0.625 | 0.417 | |
| decisions | 0.867 | 0.433 | 0.578 | outcome 12/13 (13/13 corrected), refs 10/13; x1 0/7, x2 0/6 |
| amounts | 0.938 | 1.000 | 0.968 | 2 FPs are x1's amounts in words, values already in the gold |
| tables | 1.000 | 1.000 | 1.000 | cells 2/2 |
| flags | 1.000 | 0.125 | 0.222 | not_flags 23/23; only x2's weekday_mismatch found |
"""
