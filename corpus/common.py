"""What every corpus builder shares: fonts, whitespace folding, date words, gold JSON, README
sections, and writing a build into a folder."""
from __future__ import annotations

import json
from pathlib import Path

import matplotlib

HERE = Path(__file__).resolve().parent
FONT_DIR = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
FONT_FILES = {
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
}
OUTCOMES = {"approved", "adopted", "rejected", "postponed", "agreed"}

WEEKDAYS = {
    "en": "monday tuesday wednesday thursday friday saturday sunday".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
}
MONTHS = {
    "en": "january february march april may june july august september october november "
          "december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre "
          "décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
          "diciembre".split(),
}


def font_paths(family: str = "sans") -> tuple[str, str]:
    """Regular and bold DejaVu TTF files of matplotlib's bundle."""
    regular, bold = FONT_FILES[family]
    return str(FONT_DIR / regular), str(FONT_DIR / bold)


def squash(s: str) -> str:
    """Whitespace (no-break spaces included) collapsed to single spaces."""
    return " ".join(s.split())


def gold_record(rep, decisions, amounts, tables, flags, not_flags) -> dict:
    """A gold file's dict, keys in the documented order; `rep.people` holds
    (name as written, family, "S"peaker | "M"entioned)."""
    return {
        "file": rep.name + ".pdf",
        "language": rep.lang,
        "meeting": rep.meeting,
        "speakers": [{"name": n, "family": f} for n, f, r in rep.people if r == "S"],
        "mentioned": [{"name": n, "family": f} for n, f, r in rep.people if r == "M"],
        "decisions": decisions,
        "amounts": amounts,
        "tables": tables,
        "flags": flags,
        "not_flags": not_flags,
    }


def dump_gold(gold: dict) -> str:
    """JSON with one list item per line (readable diffs), keys in the documented order."""
    out = ["{"]
    keys = list(gold)
    for i, k in enumerate(keys):
        v, comma = gold[k], "," if i < len(keys) - 1 else ""
        if isinstance(v, list) and v:
            out.append(f"  {json.dumps(k)}: [")
            out += ["    " + json.dumps(x, ensure_ascii=False) + ("," if j < len(v) - 1 else "")
                    for j, x in enumerate(v)]
            out.append("  ]" + comma)
        else:
            out.append(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}{comma}")
    text = "\n".join(out + ["}"]) + "\n"
    assert json.loads(text) == gold
    return text


def write_report(out: Path, name: str, data: bytes, gold: dict) -> None:
    """NAME.pdf and NAME.gold.json into the folder `out`."""
    (out / f"{name}.pdf").write_bytes(data)
    (out / f"{name}.gold.json").write_text(dump_gold(gold), encoding="utf-8")


def splice_readme(readme: Path, section: str, begin: str, end: str, after: str = "") -> None:
    """Put `section` (from marker `begin` to `end`) into README: in place of its previous
    version, else right after the marker `after` (the section above it), else at the end."""
    text = readme.read_text(encoding="utf-8")
    if begin in text:
        a = text.index(begin)
        b = text.index(end) + len(end)
        text = text[:a] + section.rstrip("\n") + text[b:]
    elif after and after in text:
        b = text.index(after) + len(after)
        text = text[:b] + "\n\n" + section.rstrip("\n") + text[b:]
    else:
        text = text.rstrip("\n") + "\n\n" + section
    readme.write_text(text, encoding="utf-8")
