"""pipeline/regexcache.py, every pattern of a process remembered: a second process is
served the patterns a first one compiled (none compiled again), with the same
behaviour as re; a damaged bundle or a bad pattern behave as plain re; stale patterns
cannot pile up past the cap."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT

PROBE = r'''
import json, re, sys
from pipeline import regexcache as rc
rc.BUNDLE_MAX = int(sys.argv[2])
started = rc.remember_patterns("probe")
patterns = [(r"(?P<day>\d{1,2})\s+(?P<month>[a-zé]+)\s+(?P<year>\d{4})", re.I),
            (r"(?m)^\s*(?:Le|La)\s+(?P<who>[A-Z][\w-]+)\s*:", 0),
            (rb"\x00(?P<b>[\x01-\x7f]+)", 0), (r"caf\u00e9s?|th[eé]", re.U)]
patterns += [(rf"(?:tag{sys.argv[1]}-{n})\b", 0) for n in range(3)]
texts = ["le 12 Mars 2024 à Dakar", "x\nLa Présidente : bonjour\nLe Maire: non", "Cafés, thé"]
out = []
for p, f in patterns:
    c = re.compile(p, f)
    subject = [t.encode() if isinstance(p, bytes) else t for t in texts + ["\x00abc"]]
    out.append([c.flags, c.groups, sorted(c.groupindex.items()),
                [repr([m.span() for m in c.finditer(t)]) for t in subject]])
try:
    re.compile("(unclosed")
    bad = None
except re.error as exc:
    bad = str(exc)
stored = rc.store_remembered()
print(json.dumps({"started": started, "stats": rc.BUNDLE_STATS, "out": out, "bad": bad, "stored": stored}))
'''


def run(tmp_path, tag: str, cap: int = 2000, **env) -> dict:
    proc = subprocess.run([sys.executable, "-c", PROBE, tag, str(cap)], capture_output=True, text=True,
                          cwd=ROOT, check=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
                                                     "MINUTES_REGEX_CACHE": str(tmp_path), **env})
    return json.loads(proc.stdout)


def plain(tmp_path, tag: str) -> dict:
    return run(tmp_path, tag, MINUTES_REGEX_CACHE="off")


def test_a_second_process_compiles_none_of_them_and_matches_as_re(tmp_path):
    first = run(tmp_path, "a")
    assert first["started"] and first["stored"] and first["stats"]["miss"] >= 7
    second = run(tmp_path, "a")
    assert second["stats"]["miss"] == 0 and second["stats"]["hit"] >= 7
    assert not second["stored"]                             # nothing new to write
    reference = plain(tmp_path, "a")
    assert not reference["started"]
    assert first["out"] == second["out"] == reference["out"]
    assert first["bad"] == second["bad"] == reference["bad"] and "missing )" in reference["bad"]


def test_a_damaged_bundle_is_an_ordinary_compile_and_is_repaired(tmp_path):
    run(tmp_path, "a")
    bundle = next(tmp_path.glob("bundle-probe-*.sre"))
    data = bundle.read_bytes()
    bundle.write_bytes(data[: len(data) // 2])             # truncated
    damaged = run(tmp_path, "a")
    assert damaged["stats"]["hit"] == 0 and damaged["out"] == plain(tmp_path, "a")["out"]
    assert run(tmp_path, "a")["stats"]["miss"] == 0  # written again whole


def test_patterns_of_other_processes_do_not_pile_up_past_the_cap(tmp_path):
    for tag in "abc":
        run(tmp_path, tag, cap=12)                          # 4 shared + 3 of each tag
    after = run(tmp_path, "d", cap=12)                      # c passed the cap: a and b dropped
    assert after["stats"]["hit"] >= 4
    for tag, misses in (("d", 0), ("a", 3)):
        assert run(tmp_path, tag, cap=12)["stats"]["miss"] == misses


def test_a_worker_stores_its_new_patterns_once_idle(tmp_path):
    code = ("import re, time\nfrom pipeline import regexcache as rc\n"
            "assert rc.remember_patterns('idle')\nrc.store_when_idle(0.2)\n"
            "re.compile(r'(?P<x>idle-[a-z]+)\\d')\ntime.sleep(1.0)\n"
            "print(sorted(p.name.split('-')[1] for p in rc.cache_folder().glob('bundle-*')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
                              "MINUTES_REGEX_CACHE": str(tmp_path)}).stdout
    assert out.strip() == "['idle']"
