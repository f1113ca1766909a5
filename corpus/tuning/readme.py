"""corpus/README.md as build.py writes it: the table of reports 01-11 and the gold
conventions (the held-out builders then add their own sections)."""
from __future__ import annotations

README_NOTES = """
## Gold conventions (choices a consumer should know)

- **speakers / mentioned.** `speakers` are people who chair, present or speak, including
  someone who acts only through a role: in report 08 "Le Secrétaire exécutif a présenté…" is
  M. Hervé LE GALL, named once in the attendance list. Attendees who never act, excused or
  absent members, and people only referred to are `mentioned` (e.g. the "Present:" trustees of
  report 02 who never speak). `name` is the fullest form as written, honorific included.
- **family** is the family name as written (case kept): hyphenated families whole
  ("CASTAGNÉ-DUVERNOY"), particles kept ("LE GALL", "LE ROUX", "de VILLENEUVE",
  "van der BERG"), both Spanish surnames ("Ferrández Olmo", "Pereira da Costa"), "McCARTHY".
  A family-name-first name "KIM Jae-won" has family "KIM". A person written with a given name
  only, "Mme Carla (nom non indiqué)" (report 08), has name "Mme Carla" and family "Carla":
  the given name is the only key the text offers.
- **decisions.** `contains` is a distinctive substring of the decision sentence; `page` is
  the page holding that substring. In report 07 one decision sentence runs across the page
  break; its `contains` is the part on page 1. Outcomes: approuvé / validé / autorise /
  maintenus / attribuées / approved / se aprobó → `approved`; adopté / adopted / se adoptó →
  `adopted`; "Il a été convenu", "It was agreed" → `agreed`; deferred / reporter / aplazar →
  `postponed`; "The motion was rejected" → `rejected`. `refs` are the document codes cited in
  the decision sentence or in the heading of the agenda item it closes, without the body tag
  ("CA 5-0" → "5-0"). Proposals ("It is proposed that the Board approve…"), reported speech
  about another body's approval, "will be asked to approve … at its next meeting", thanks and
  questions are not decisions (report 07 is built around them).
- **amounts.** Every monetary figure in running text, including the parts of stated sums
  and the one on the scanned page; `value` in units of the currency (k / million / mil /
  millions expanded, decimals kept), FCFA → `XOF`. Numbers in table cells carry no currency
  mark and are listed under `tables`, not `amounts`. Not amounts: "COP 29" (report 01, a
  conference, not Colombian pesos), percentages, years. No (value, currency) pair repeats
  within a document.
- **tables.** One entry per table per page. Report 05's Table 2 continues across a page break
  with its header row repeated, so it has two entries (pages 2 and 3). Captions are not
  table rows; the total row is the last row. Report 04's table has no ruling at all.
- **flags.** `page` is where the slip shows (the later of its evidence pages); evidence
  strings are verbatim and short. The chair_mismatch of report 06 has evidence on two pages.
  Cross-meeting flags sit in the later report (10) and quote only that report; report 09
  holds the true values (mardi 19 septembre 2023; 1 480 000 €).
- **meeting.** `date` is the meeting date (not the "Version" or creation date in the
  footer); report 07 keeps the written date 2024-03-12 despite the wrong weekday. Report 06 is
  the 8th Bureau meeting even though its cover code is "Document Bureau 9-1" (the number it
  was tabled under at the 9th). Report 04 (a municipal council) has `ordinal` null. `place`
  is the city.
- **scanned page.** Page 4 of report 05 is an image with no text layer (rendered with
  Pillow). Its decision and amount are in the gold because a careful reader sees them, but
  only OCR can find them; the build checks that the page really has no text, not the strings.

## What the build asserts

Every decision `contains`, amount, table cell and flag evidence is found with pdfplumber on
its gold page (whitespace collapsed); every name is found in the page bodies; planted layout
effects really happen (the decision across the page break, "Mme Marie-Claude" / "TREMBLAY"
across pages, "FERRAND-" / "AUBRY" at a line end, each end-of-line hyphenation); weekdays and
sums are computed with Python (right ones must be right, planted ones wrong); every
currency-looking figure in the text is annotated; rendering twice gives identical bytes.
"""


def write_readme(reports, results, golds):
    lines = [
        "# Sample corpus: invented meeting reports with gold annotations",
        "",
        "Built by `python corpus/build.py` (fpdf2, DejaVu fonts from matplotlib's bundle, fixed",
        "creation dates: rebuilding gives byte-identical PDFs). Every body, person, number and",
        "sentence is invented. Each `NAME.pdf` has a `NAME.gold.json` beside it, in the format of",
        "`/work/shared/gold-format.md`. Text and gold come from one Python data structure per",
        "report, `reports/rNN_*.py` (inline markup marks decisions, amounts and evidence), and the",
        "build re-reads every PDF with pdfplumber and fails if a gold string is not on its gold",
        "page. `python corpus/build_all.py` runs `build.py` then the held-out builders below;",
        "with `--check` it rebuilds everything in a temporary folder and lists any file whose",
        "bytes differ from the committed one.",
        "",
        f"{sum(1 for g in golds.values() if not g['flags'])} of the {len(golds)} reports are free "
        "of slips; the others carry one or two each, and",
        "every flag kind in `/work/shared/datasets.md` is planted at least once.",
        "",
        "| file | lang | pages | what it stresses | planted slips (gold `flags`) |",
        "| --- | --- | --- | --- | --- |",
    ]
    for rep in reports:
        gold = golds[rep.name]
        slips = "; ".join(f"`{f['kind']}` p.{f['page']}: {rep.slips.get(f['kind'], '')}"
                          for f in gold["flags"]) or "none"
        look = "; ".join(nf["about"] for nf in gold["not_flags"])
        lines.append(f"| `{rep.name}.pdf` | {rep.lang} | {results[rep.name]} | {rep.stresses}."
                     f" Look-alikes (`not_flags`): {look}. | {slips} |")
    lines += README_NOTES.splitlines()
    return lines
