"""pipeline/regexcache.py: very large patterns served from an on-disk cache while a
spaCy model loads. A cached pattern must behave exactly as a fresh compile; any damage
to the cache falls back to an ordinary compile (and repairs the file); the hook exists
only inside the context; a second cold process reads what the first one stored."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import regexcache as rc
from tests.conftest import ROOT

_compiler = re._compiler


def big_pattern(words: int = 1000, tag: str = "w") -> str:
    """A made-up pattern over MIN_CHARS: named groups, classes, repeats, an inline flag."""
    alternatives = "|".join(f"{tag}{n}[a-zé]{{0,3}}(?:-\\d+)?" for n in range(words))
    return rf"(?u)(?P<head>{alternatives})\b(?P<tail>\s+[\w']+)?"


def samples(words: int = 1000, tag: str = "w") -> list[str]:
    out = []
    for n in range(0, words, 7):
        out += [f"{tag}{n}", f"{tag}{n}abc-12 suite", f"x {tag}{n}é l'autre", f"{tag}{n}abcd", f"{tag.upper()}{n}",
                f"{tag}{n}-", f"…{tag}{n}"]
    return out + ["", " ", "w", "ww1", "w1\n", "w99999", "w12-3-4 fin"]


def behaviour(pattern: re.Pattern, strings: list[str]) -> list[object]:
    """What a pattern says about each string (match, search, fullmatch, findall)."""
    out: list[object] = [pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex)]
    for s in strings:
        m, f = pattern.match(s), pattern.search(s)
        out.append((m and (m.span(), m.groups()), f and (f.span(), f.groupdict()),
                    bool(pattern.fullmatch(s)), pattern.findall(s)))
    return out


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch) -> Path:
    """A temporary HOME (the cache lives under it), no other cache setting, re's own
    cache emptied so every compile reaches the hook."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv(rc.ENV_DIR, raising=False)
    re.purge()
    yield home
    re.purge()


def folder_of(home: Path) -> Path:
    return home / ".cache" / "minutes" / "regex"


def counts() -> dict[str, int]:
    return dict(rc.STATS)


def delta(before: dict[str, int]) -> dict[str, int]:
    return {k: v - before[k] for k, v in rc.STATS.items() if v != before[k]}


def cached_compile(pattern: str, flags: int = 0) -> re.Pattern:
    re.purge()
    with rc.large_patterns_cached():
        return re.compile(pattern, flags)


def test_a_cached_pattern_behaves_as_a_fresh_compile(home):
    text, strings = big_pattern(), samples()
    fresh = _compiler.compile(text, 0)
    before = counts()
    first = cached_compile(text)
    assert delta(before) == {"miss": 1, "stored": 1}
    assert [p.parent for p in folder_of(home).iterdir()] == [folder_of(home)]
    before = counts()
    second = cached_compile(text)
    assert delta(before) == {"hit": 1}
    assert behaviour(first, strings) == behaviour(fresh, strings) == behaviour(second, strings)
    assert sum(1 for s in strings if second.match(s)) > 300          # the samples do exercise it


def test_bytes_and_flags_are_kept(home):
    text = big_pattern(tag="b").replace("(?u)", "").replace("é", "").encode()
    fresh = _compiler.compile(text, re.IGNORECASE)
    cached_compile(text, re.IGNORECASE)
    got = cached_compile(text, re.IGNORECASE)
    strings = [s.encode() for s in samples(tag="b")]
    assert behaviour(got, strings) == behaviour(fresh, strings)
    assert got.match(b"B12-4") and got.flags == fresh.flags


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "other_pattern", "invalid_code"])
def test_a_damaged_entry_falls_back_and_is_rewritten(home, damage):
    text, strings = big_pattern(), samples()
    cached_compile(text)
    path = next(folder_of(home).iterdir())
    name, good = path.name, path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"\x00not a cache entry" * 50)
    elif damage == "truncated":
        path.write_bytes(good[: len(good) // 2])
    elif damage == "empty":
        path.write_bytes(b"")
    else:                  # a well-formed file (right digest) holding the wrong thing
        import hashlib
        stored = marshal.loads(good[len(rc._MAGIC) + 32:])
        args = list(stored[1])
        if damage == "other_pattern":
            stored = ("0" * 64 + ".sre", tuple(args))
        else:              # SRE code CPython's validator refuses
            args[1] = [999999] * 8
            stored = (name, tuple(args))
        payload = marshal.dumps(stored)
        path.write_bytes(rc._MAGIC + hashlib.sha256(payload).digest() + payload)
    before = counts()
    got = cached_compile(text)
    assert delta(before) == {"miss": 1, "stored": 1}
    assert behaviour(got, strings) == behaviour(_compiler.compile(text, 0), strings)
    assert path.read_bytes() == good                                  # repaired
    before = counts()
    cached_compile(text)
    assert delta(before) == {"hit": 1}


def test_another_key_is_a_miss(home, monkeypatch):
    text = big_pattern().replace("(?u)", "").replace("é", "")      # valid as bytes too
    cached_compile(text)
    for other in (lambda: cached_compile(text, re.IGNORECASE),     # other flags
                  lambda: cached_compile(text + "|zz"),            # other text
                  lambda: cached_compile(text.encode())):          # other type
        before = counts()
        other()
        assert delta(before) == {"miss": 1, "stored": 1}
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    before = counts()
    cached_compile(text)
    assert delta(before) == {"miss": 1, "stored": 1}
    assert len(list(folder_of(home).iterdir())) == 5


def test_the_hook_exists_only_inside_the_context(home):
    original = _compiler.compile
    with rc.large_patterns_cached():
        assert _compiler.compile is not original
        with rc.large_patterns_cached():
            pass
        assert _compiler.compile is not original                        # nested: still on
    assert _compiler.compile is original
    with pytest.raises(KeyError):
        with rc.large_patterns_cached():
            raise KeyError("boom")
    assert _compiler.compile is original
    before = counts()
    re.compile(big_pattern(tag="outside"))
    assert delta(before) == {} and not (home / ".cache").exists()


def test_a_wrap_made_inside_the_context_is_kept_and_ours_goes_quiet(home):
    original = _compiler.compile
    with rc.large_patterns_cached():
        ours = _compiler.compile
        _compiler.compile = lambda p, flags=0: ours(p, flags)        # another tool wraps re
        theirs = _compiler.compile
    try:
        assert _compiler.compile is theirs                            # not undone under it
        before = counts()
        re.compile(big_pattern(tag="later"))
        assert delta(before) == {} and not (home / ".cache").exists()
    finally:
        _compiler.compile = original


def test_small_and_bad_patterns_are_left_to_re(home):
    before = counts()
    with rc.large_patterns_cached():
        assert re.compile(r"(?P<a>x+)y").match("xxy").group("a") == "xx"
        with pytest.raises(re.error):
            re.compile(big_pattern() + "(unclosed")
    assert delta(before) == {"fallback": 1} and not (home / ".cache").exists()


def test_an_unwritable_or_disabled_cache_still_compiles(home, monkeypatch, tmp_path):
    text, strings = big_pattern(), samples()
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(rc.ENV_DIR, str(blocker / "regex"))
    before = counts()
    got = cached_compile(text)
    assert delta(before) == {"miss": 1}
    assert behaviour(got, strings) == behaviour(_compiler.compile(text, 0), strings)
    monkeypatch.setenv(rc.ENV_DIR, "off")
    before = counts()
    cached_compile(text)
    assert delta(before) == {} and not (home / ".cache").exists()


def test_no_home_directory_still_compiles(home, monkeypatch):
    def nowhere() -> Path:
        raise RuntimeError("Could not determine home directory")
    monkeypatch.setattr(Path, "home", staticmethod(nowhere))
    text, strings = big_pattern(), samples()
    before = counts()
    got = cached_compile(text)
    assert delta(before) == {}
    assert behaviour(got, strings) == behaviour(_compiler.compile(text, 0), strings)


# ------------------------------------------------------------ spaCy's French pattern

PROBE = """
import json, re, sys
from pipeline import regexcache
with regexcache.large_patterns_cached():
    import spacy.lang.fr.tokenizer_exceptions as te
print(json.dumps({"stats": regexcache.STATS, "pattern": len(te.TOKEN_MATCH.__self__.pattern),
                  "hooked": hasattr(re._compiler.compile, "wrapped")}))
"""


def cold_import(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("XDG_CACHE_HOME", rc.ENV_DIR)}
    env.update(HOME=str(home), PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.splitlines()[-1])


@pytest.fixture(scope="module")
def french_home(tmp_path_factory) -> tuple[Path, dict]:
    """A HOME whose cache a first cold process filled by importing spacy.lang.fr."""
    pytest.importorskip("spacy")
    home = tmp_path_factory.mktemp("french_home")
    return home, cold_import(home)


def test_a_second_cold_process_reads_what_the_first_stored(french_home):
    home, first = french_home
    assert first["stats"]["miss"] >= 1 and first["stats"]["stored"] == first["stats"]["miss"]
    assert first["stats"]["hit"] == 0 and first["pattern"] > 1_000_000 and not first["hooked"]
    files = {p: p.stat().st_mtime_ns for p in folder_of(home).iterdir()}
    second = cold_import(home)
    assert second["stats"]["hit"] == first["stats"]["miss"] and second["stats"]["miss"] == 0
    assert {p: p.stat().st_mtime_ns for p in folder_of(home).iterdir()} == files


def test_the_french_token_match_from_the_cache_behaves_as_compiled(french_home, monkeypatch):
    home, _ = french_home
    monkeypatch.setenv("HOME", str(home))
    from spacy.lang.fr import _tokenizer_exceptions_list as listed
    from spacy.lang.fr import tokenizer_exceptions as te
    text = te.TOKEN_MATCH.__self__.pattern
    before = counts()
    cached = rc.compile_cached(text, 0, folder_of(home))
    assert delta(before) == {"hit": 1}
    fresh = _compiler.compile(text, 0)
    words = list(listed.FR_BASE_EXCEPTIONS[::9])                     # mostly not matched
    prefixes = [p for p in te._hyphen_prefix if p.isalpha()]          # "anti", "archi", ...
    made = [f"{p}{sep}{tail}" for p in prefixes for sep, tail in (
        ("-", "vampire"), ("‐", "Truc"), ("-", "l'eau"), ("-", ""), ("", "-chose"), ("'", "abat"))]
    strings = words + made + [w.upper() for w in made[::3]] + [w.replace("-", " ") for w in words[::7]] + [
        "saut-de-ski", "pet-en-l'air", "entr'abat", "burn-out", "états-unis", "Porte-Saint-Denis",
        "aujourd'hui", "porte-parole", "rendez-vous", "Saint-Étienne-du-Rouvray", "prud'homale",
        "l'entre-deux-guerres", "c'est-à-dire", "zig-zags", "", "-", "'", "1er-mars"]
    assert behaviour(cached, strings) == behaviour(fresh, strings)
    matched = sum(1 for s in strings if cached.match(s))
    assert 500 < matched < len(strings) - 1000                          # both kinds are tried
