"""The prose of corpus/heldout_written5/README.md (its table is built from the reports)."""

HEAD = """# Written held-out set 5: two French and two Spanish reports, two printed by Chromium

Built by `python corpus/build_heldout_written5.py`. Every body, person, figure and sentence
is invented. The reports were written, with their gold, **before the pipeline had read any
of them** (the gold was committed on its own first), in styles no corpus set had: a French
communauté de communes' conseil communautaire (procès-verbal with numbered délibérations
'DEL-2025-042', rapporteurs and 'DÉCIDE :'), an intergovernmental body's compte rendu
analytique (numbered paragraphs in reported speech, delegates by family name and
country), an Argentine Concejo Deliberante's versión taquigráfica ('Sr. PRESIDENTE
(Gómez).-', '—Se vota y resulta afirmativa.') and a Chilean concejo municipal's acta
('ACUERDO N° 202/2025', 'Secretario Municipal (S)').

Two PDF writers: y1 and y3 are written as HTML + CSS and printed by **headless Chromium**
(`corpus/written5/html.py`; Skia/PDF, CSS @page margin boxes for the running header and
footer, bordered tables, a CSS two-column list, shaded <h2> headings), the only reports of
the corpus not drawn by fpdf2; Chromium lays the text out, so each gold string is placed
on the page where pdfplumber reads it. Their bytes are made deterministic with pikepdf
(fixed dates, no XMP, /ID from the content); a rebuild gives identical bytes with the same
Chromium (156), and `tests/test_heldout_written5.py` skips that comparison when Chromium
is absent but always re-reads every gold string on the committed PDFs. y2 and y4 are drawn
by fpdf2 (`corpus/written3/render3.py`): hanging paragraph numbers under centred
bold-italic headings, Legal paper with underlined headings. The gold is drawn and verified
by the held-out machinery (`corpus/heldout/gold.py`). Format: `../shared/gold-format.md`;
conventions: those of `corpus/README.md`, `corpus/real/README*.md` and
`corpus/heldout_written/README.md` ("Choices"), plus the choices below.

These files are **not** in `corpus/` itself: the tuned corpus stays at 1.0 and its tests
do not read them.

## Scoring

```
PYTHONPATH=$PWD .venv/bin/minutes ingest corpus/heldout_written5 --out /tmp/hw5 --workers 1
PYTHONPATH=$PWD .venv/bin/minutes evaluate corpus/heldout_written5 --out /tmp/hw5 --verbose
```

First scoring (main at bac9c9c, before any fix made for this set; gold as first
committed, then one evidence fix of the gold, be2bf5b, which changes only the flags line:
flags P 0.500 R 0.286 F1 0.364 with the first gold):

| category   | P     | R     | F1    | tp | fp | fn | accuracy |
| --- | --- | --- | --- | --- | --- | --- | --- |
| meeting    | 0.812 | 0.812 | 0.812 | 13 | 3  | 3  | body 3/4, ordinal 3/4, date 4/4, place 3/4 |
| speakers   | 0.960 | 0.686 | 0.800 | 24 | 1  | 11 | |
| mentioned  | 0.600 | 1.000 | 0.750 | 18 | 12 | 0  | |
| decisions  | 0.929 | 0.520 | 0.667 | 13 | 1  | 12 | outcome 12/13, refs 9/13 |
| amounts    | 1.000 | 0.435 | 0.606 | 10 | 0  | 13 | |
| tables     | 1.000 | 1.000 | 1.000 | 36 | 0  | 0  | cells 2/2 |
| flags      | 0.750 | 0.429 | 0.545 | 3  | 1  | 4  | not_flags 22/22 |

The misses of the first scoring, by category with the sentence that shows each, are in
`/work/snap/misses/writerfres.md` of the session that wrote the set.
"""

TAIL = """
## Choices specific to these reports

- **Bodies** are the generic name of the meeting ('Conseil communautaire', 'Conseil des
  ministres', 'Concejo Deliberante', 'Concejo Municipal'). Ordinals: y2 'Quatorzième
  session' → 14 (the séance is the 1st of that session), y3 '7ª SESIÓN ORDINARIA' → 7, y4
  'SESIÓN ORDINARIA N° 118' → 118; y1 has none.
- **People.** Rapporteurs, people who 'interviennent', 'relèvent', 'demandent', the
  directrice générale who announces the calendar, the Secretary who reads, and the
  delegates of the summary record are speakers; people only listed (attendance, proxies,
  the secrétaire de séance who never acts), excused or absent, and people cited (a
  consultant, a chair of another committee, the intendente) are mentioned. y2's delegates
  are written 'M. Diallo (Sénégal)': name 'M. Diallo', family 'Diallo'. Chilean and
  Mexican double family names are one family ('Sepúlveda Araya').
- **Decisions.** y1: each 'DÉCIDE : - d'approuver …' → approved, 'd'adopter' → adopted,
  'de reporter' → postponed, 'L'amendement … est rejeté' → rejected; the délibération's
  number 'DEL-2025-042' is its own number, not a ref (as w3's '2024-03-051'). y2: 'en
  l'absence d'objection … souhaite adopter …' followed by 'Il en est ainsi décidé.' →
  the decision is the sentence naming what is decided; 'prendre note du rapport' →
  agreed; document symbols 'CM-14/4' are refs. y3: the chair's 'Queda sancionada la
  Ordenanza N° 5.214.' → adopted, 'Queda aprobada la Resolución' → approved, 'El
  expediente vuelve a la Comisión' → postponed, 'Queda rechazado' → rejected; the
  'Expte. 1187-D-2025' of the heading is the ref. y4: each 'ACUERDO N° 20x/2025: Se
  aprueba …' → approved, 'Se acuerda por asentimiento otorgar' → approved (the acuerdo
  line 'Se aprueba según lo señalado.' after it is the same decision, not another), 'Se
  rechaza' → rejected, 'dejar pendiente' → postponed; the acuerdo number is not a ref.
- **Amounts.** '€' (y1), 'francs CFA' → XOF (y2; '185 millions de francs CFA' →
  185000000), '$' → ARS in y3 (Argentina; the ordinance writes 'PESOS …' before the
  figure) and CLP in y4 ('REPÚBLICA DE CHILE'). Table cells are tables, not amounts.
- **Flags.** y1's vote_count_mismatch quotes the voters ('Votants : 37') and the tally
  ('Pour : 31 — Contre : 4 — Abstentions : 3') as two strings, its acronym_mismatch 'PLH'
  (spelt out) and 'PHL'; y2's chair_mismatch quotes the closer's name 'Mme Tchamba'; y3's
  sum_mismatch quotes the total and both parts; y4's table_total_mismatch the TOTAL cell.
"""
