"""Score published datasets against gold files (../shared/gold-format.md).

Matching follows the gold format: accents and case folded, whitespace collapsed;
speakers by family name per document; decisions on the same page (±1) whose text
contains the gold phrase; amounts by value (±0.5%) and currency; tables by cell
accuracy of the best predicted table on the page; flags by kind and evidence.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

import pandas as pd

from pipeline.publish import read_dataset
from pipeline.text import fold

SPEAKER_KINDS = ("chairs", "presents", "speaks")


@dataclass
class Score:
    """Counts for one category, with the misses and false alarms listed."""
    category: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    accuracy: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (right, total)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add_accuracy(self, name: str, right: bool) -> None:
        r, t = self.accuracy.get(name, (0, 0))
        self.accuracy[name] = (r + int(right), t + 1)


@dataclass(frozen=True)
class Published:
    """The published datasets an evaluation reads."""
    documents: pd.DataFrame
    meetings: pd.DataFrame
    interventions: pd.DataFrame
    decisions: pd.DataFrame
    amounts: pd.DataFrame
    table_cells: pd.DataFrame
    flags: pd.DataFrame

    @classmethod
    def read(cls, out_dir: Path) -> "Published":
        return cls(**{name: read_dataset(out_dir, name) for name in cls.__dataclass_fields__})


def load_gold(gold_dir: Path) -> list[dict]:
    """Every ``*.gold.json`` under ``gold_dir``."""
    return [json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(Path(gold_dir).rglob("*.gold.json"))]


def evaluate(gold_dir: Path, out_dir: Path) -> dict[str, Score]:
    """Scores per category over every gold file found under ``gold_dir``."""
    return score_all(load_gold(gold_dir), Published.read(out_dir))


def score_all(golds: Sequence[dict], pub: Published) -> dict[str, Score]:
    scores = {c: Score(c) for c in ("documents", "language", "meeting", "speakers",
                                    "mentioned", "decisions", "amounts", "tables", "flags")}
    for gold in golds:
        doc_id = _doc_id(pub.documents, gold["file"])
        if doc_id is None:
            scores["documents"].fn += 1
            scores["documents"].misses.append(f"{gold['file']}: not published")
            continue
        scores["documents"].tp += 1
        name = gold["file"]
        _score_language(scores["language"], gold, pub, doc_id)
        _score_meeting(scores["meeting"], gold, pub, doc_id)
        _score_people(scores["speakers"], scores["mentioned"], gold, pub, doc_id)
        _score_decisions(scores["decisions"], gold, _rows(pub.decisions, doc_id), name)
        _score_amounts(scores["amounts"], gold, _rows(pub.amounts, doc_id), name)
        _score_tables(scores["tables"], gold, _rows(pub.table_cells, doc_id), name)
        _score_flags(scores["flags"], gold, _rows(pub.flags, doc_id), name)
    return scores


def _doc_id(documents: pd.DataFrame, file_name: str) -> str | None:
    hit = documents[(documents["file_name"] == file_name) & (documents["status"] == "ok")]
    return None if hit.empty else str(hit.iloc[0]["doc_id"])


def _rows(df: pd.DataFrame, doc_id: str) -> pd.DataFrame:
    return df[df["doc_id"] == doc_id] if len(df) else df


def _score_language(score: Score, gold: dict, pub: Published, doc_id: str) -> None:
    if "language" not in gold:
        return
    got = pub.documents.loc[pub.documents["doc_id"] == doc_id, "language"].iloc[0]
    _tally(score, got == gold["language"], f"{gold['file']}: language {got} != {gold['language']}")


def _score_meeting(score: Score, gold: dict, pub: Published, doc_id: str) -> None:
    rows = _rows(pub.meetings, doc_id)
    row = rows.iloc[0].to_dict() if len(rows) else {}
    for key, want in (gold.get("meeting") or {}).items():
        got = row.get(key)
        if want is None:
            right = _str(got) == ""
        elif key == "ordinal":
            right = _str(got) != "" and int(got) == int(want)
        else:
            right = isinstance(got, str) and any(
                fold(g) == fold(str(want)) or (key in ("body", "place") and fold(str(want)) in fold(g))
                for g in ([got] + (abbreviations(got) if key == "body" else [])))
        score.add_accuracy(key, right)
        _tally(score, right, f"{gold['file']}: meeting.{key} = {got!r}, gold {want!r}")


def abbreviations(name: str) -> list[str]:
    """``name`` with one run of its capitalised words written as their initials, each way
    it can be ("Consejo de Radio Universidad Autónoma de Aguascalientes" -> "... Radio
    UAA"): a body named in full matches the gold that writes it by its acronym."""
    toks = name.split()
    caps = [k for k, t in enumerate(toks) if t[:1].isupper()]
    out = []
    for i in caps:
        for j in caps:
            run = [t for t in toks[i:j + 1] if t[:1].isupper()]
            if j > i and len(run) >= 2 and all(len(t) <= 3 for t in toks[i:j + 1] if not t[:1].isupper()):
                out.append(" ".join(toks[:i] + ["".join(t[0] for t in run)] + toks[j + 1:]))
    return out


def _tally(score: Score, right: bool, miss: str) -> None:
    if right:
        score.tp += 1
    else:
        score.fn += 1
        score.fp += 1
        score.misses.append(miss)


def _str(value) -> str:
    """A cell as text: None and NaN (missing values in pandas) are empty."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value)


def _family(item: dict) -> str:
    return fold(item.get("family") or item.get("given") or item.get("name") or "")


def _score_people(speakers: Score, mentioned: Score, gold: dict, pub: Published,
                  doc_id: str) -> None:
    rows = _rows(pub.interventions, doc_id)
    spoke, named = set(), set()
    for _, r in rows.iterrows():
        if not (_str(r["family_name"]) or _str(r["given_name"])):
            continue              # known only by a role ("Clerk:"): a role nobody names is no gold person
        key = fold(_str(r["family_name"]) or _str(r["given_name"]))
        (spoke if r["kind"] in SPEAKER_KINDS else named).add(key)
    only_named = named - spoke
    _score_sets(speakers, {_family(x) for x in gold.get("speakers", [])}, spoke, gold["file"])
    if "mentioned" in gold:
        _score_sets(mentioned, {_family(x) for x in gold["mentioned"]}, only_named, gold["file"])


def _score_sets(score: Score, want: set[str], got: set[str], file: str) -> None:
    score.tp += len(want & got)
    score.fn += len(want - got)
    score.fp += len(got - want)
    score.misses += [f"{file}: {x}" for x in sorted(want - got)]
    score.false_alarms += [f"{file}: {x}" for x in sorted(got - want)]


def _match(gold_items: Sequence[dict], predicted: pd.DataFrame,
           same: Callable[[dict, dict], bool]) -> tuple[list[tuple[dict, dict | None]], list[dict]]:
    """Greedy one-to-one matching of gold items to predicted rows."""
    free = [r for _, r in predicted.iterrows()] if len(predicted) else []
    free = [r.to_dict() for r in free]
    pairs = []
    for g in gold_items:
        hit = next((i for i, r in enumerate(free) if same(g, r)), None)
        pairs.append((g, free.pop(hit) if hit is not None else None))
    return pairs, free


def _count(score: Score, pairs: list[tuple[dict, dict | None]], left: list[dict],
           describe_gold: Callable[[dict], str], describe_pred: Callable[[dict], str]) -> None:
    """Tally matched pairs as hits, unmatched gold as misses, unmatched predictions as
    false alarms."""
    for g, r in pairs:
        if r is None:
            score.fn += 1
            score.misses.append(describe_gold(g))
        else:
            score.tp += 1
    score.fp += len(left)
    score.false_alarms += [describe_pred(r) for r in left]


def _score_decisions(score: Score, gold: dict, pred: pd.DataFrame, file: str) -> None:
    def same(g: dict, r: dict) -> bool:
        return abs(int(r["page"]) - int(g["page"])) <= 1 and fold(g["contains"]) in fold(_str(r["text"]))
    pairs, left = _match(gold.get("decisions", []), pred, same)
    for g, r in pairs:
        if r is None:
            score.fn += 1
            score.misses.append(f"{file} p{g['page']}: {g['contains']}")
            continue
        score.tp += 1
        if "outcome" in g:
            score.add_accuracy("outcome", r["outcome"] == g["outcome"])
        if "refs" in g:
            got = sorted(list(r["refs"]) if r["refs"] is not None else [])
            score.add_accuracy("refs", got == sorted(g["refs"]))
    score.fp += len(left)
    score.false_alarms += [f"{file} p{r['page']}: {r['text'][:90]}" for r in left]


def _score_amounts(score: Score, gold: dict, pred: pd.DataFrame, file: str) -> None:
    def same(g: dict, r: dict) -> bool:
        v = float(g["value"])
        return r["currency"] == g["currency"] and abs(float(r["value"]) - v) <= abs(v) * 0.005
    pairs, left = _match(gold.get("amounts", []), pred, same)
    _count(score, pairs, left, lambda g: f"{file} p{g.get('page')}: {g['as_written']}",
           lambda r: f"{file} p{r['page']}: {r['text']}")


def _grid(cells: pd.DataFrame) -> list[list[str]]:
    n_rows = int(cells["row"].max()) + 1
    n_cols = int(cells["col"].max()) + 1
    grid = [["" for _ in range(n_cols)] for _ in range(n_rows)]
    for _, c in cells.iterrows():
        grid[int(c["row"])][int(c["col"])] = str(c["value"] or "")
    return grid


def table_accuracy(gold_rows: Sequence[Sequence[str]], grid: Sequence[Sequence[str]]) -> float:
    """Share of gold cells equal (folded) to the predicted cell at the same position,
    after aligning the predicted rows to the gold rows by their first cell."""
    total = sum(len(r) for r in gold_rows)
    if not total:
        return 1.0
    right = 0
    used: set[int] = set()
    for gi, grow in enumerate(gold_rows):
        best, best_i = 0, None
        for pi, prow in enumerate(grid):
            if pi in used:
                continue
            s = sum(1 for j, v in enumerate(grow) if j < len(prow) and fold(v) == fold(prow[j]))
            if s > best:
                best, best_i = s, pi
        if best_i is not None:
            used.add(best_i)
            right += best
    return right / total


def _score_tables(score: Score, gold: dict, cells: pd.DataFrame, file: str) -> None:
    for t in gold.get("tables", []):
        want = [t.get("header", [])] + t.get("rows", [])
        page = int(t["page"])
        best = 0.0
        for _, group in cells.groupby("table_id") if len(cells) else []:
            here = group[group["page"] == page]
            if not len(here):
                continue
            # a table joined across a page break is scored on its header (row 0, printed
            # again on every page it spans) and the rows printed on this page
            here = pd.concat([group[group["row"] == 0], here[here["row"] > 0]])
            best = max(best, table_accuracy(want, _grid(here)))
        n = sum(len(r) for r in want)
        right = round(best * n)
        score.tp += right
        score.fn += n - right
        score.fp += n - right
        score.add_accuracy("cells", best >= 0.95)
        if best < 1.0:
            score.misses.append(f"{file} p{t['page']}: table cell accuracy {best:.2f}")


def _score_flags(score: Score, gold: dict, pred: pd.DataFrame, file: str) -> None:
    def text_of(r: dict) -> str:
        ev = r.get("evidence")
        quotes = list(ev) if ev is not None else []
        return fold(" ".join([str(r.get("message") or "")] + [str(q) for q in quotes]))

    def same(g: dict, r: dict) -> bool:
        return r["kind"] == g["kind"] and all(fold(e) in text_of(r) for e in g.get("evidence", []))
    pairs, left = _match(gold.get("flags", []), pred, same)
    _count(score, pairs, left, lambda g: f"{file} p{g.get('page')}: {g['kind']} {g.get('evidence')}",
           lambda r: f"{file} p{r['page']}: {r['kind']}: {r['message']}")
    for nf in gold.get("not_flags", []):
        quotes = [fold(e) for e in nf.get("evidence", [])]
        if any(all(q in text_of(r) for q in quotes) for r in left):
            score.add_accuracy("not_flags", False)
        else:
            score.add_accuracy("not_flags", True)


def format_scores(scores: dict[str, Score], verbose: bool = False) -> str:
    """A table of precision/recall/F1 per category (and the misses with --verbose)."""
    lines = [f"{'category':<11} {'P':>6} {'R':>6} {'F1':>6}   tp   fp   fn  accuracy"]
    for s in scores.values():
        acc = "  ".join(f"{k} {r}/{t}" for k, (r, t) in s.accuracy.items())
        lines.append(f"{s.category:<11} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
                     f"{s.tp:4d} {s.fp:4d} {s.fn:4d}  {acc}")
    if verbose:
        for s in scores.values():
            for m in s.misses:
                lines.append(f"  miss  {s.category}: {m}")
            for m in s.false_alarms:
                lines.append(f"  false {s.category}: {m}")
    return "\n".join(lines)
