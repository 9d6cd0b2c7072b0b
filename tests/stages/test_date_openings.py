"""The dates grammar tried only where a match can begin finds exactly what a full scan finds."""
from __future__ import annotations

from functools import lru_cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.temporal.grammar import Grammar
from pipeline.temporal.lexicon import TemporalLexicon, fold
from pipeline.temporal.starts import Openings, finditer_at, rule_openings


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    return Grammar(TemporalLexicon.load())


def full_scan(text: str) -> list[tuple[str, int, int, dict]]:
    return [(rule.name, m.start(), m.end(), m.groupdict())
            for rule in grammar().rules for m in rule.pattern.finditer(text) if m.end() > m.start()]


def indexed_scan(text: str) -> list[tuple[str, int, int, dict]]:
    openings = Openings.of(text)
    found = []
    for rule in grammar().rules:
        hits = (finditer_at(rule.pattern, text, openings.candidates(rule.openings))
                if rule.openings is not None else rule.pattern.finditer(text))
        found += [(rule.name, m.start(), m.end(), m.groupdict()) for m in hits if m.end() > m.start()]
    return found


def test_openings_of_simple_patterns():
    assert rule_openings(r"(?<!\w)(?:mardi|mars)(?!\w)") == {"mard", "mars"}
    assert rule_openings(r"(?<!\w)(?:mai|mars)(?!\w)") == {"mai", "mars"}  # "mai" is a whole match
    assert rule_openings(r"(?<!\w)(?:\d{4})") == {"0000"}  # every digit is "0"
    assert rule_openings(r"(?<!\w)(?:le\s+(?P<d>\d+))") == {"le 0", "le  "}  # every space is " "
    assert rule_openings(r"(?<!\w)(?:\d(?:h\d\d)?)") == {"0"}  # "5" alone covers "5h30"
    assert rule_openings(r"(?<!\w)(?:ab.c)") == {"ab"}  # any character: the opening stops there


@pytest.mark.parametrize("pattern", [r"(?<!\w)(?:a?)", r"(?<!\w)(?:.b)", r"(?<!\w)(?:[^x]y)", r"(?<!\w)(?:\w+)",
                                     r"(?<!\w)(?:[[:alpha:]]b)", r"(?<!\w)(?:\p{L}b)"])
def test_patterns_without_known_openings_scan_everything(pattern):
    assert rule_openings(pattern) is None  # may match empty, or begins with any character


def test_every_rule_has_openings():
    assert all(rule.openings is not None for rule in grammar().rules)


@pytest.mark.parametrize("text", [
    "Le mardi 3 mars 2020 à 20h48, puis le 12/05/2021 et le 2021-06-01.",
    "Depuis 2019 et jusqu'à fin juin, chaque lundi ; d'ici 2030 ou dans trois semaines.",
    "En ٢٠٢٠ puis le 3\u00a0mars\u202f2021, vers 9 h 30\x1c et l'an 2001²\u0301.",
    "la semaine prochaine, le week-end dernier, au printemps 2014, la veille de Noël",
    "",
    "5",
])
def test_indexed_scan_equals_full_scan(text):
    folded = fold(text)
    assert indexed_scan(folded) == full_scan(folded)


ALPHABET = st.sampled_from(list("lemardisjunvtobcfph0123456789 -'/.,:h\n\u00a0\x1c٣²") + [
    "mars ", "mardi ", "2020", "le ", "juin", "semaine", "prochain", " et ", "heures", "du ", "au ", "fin "])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ALPHABET, max_size=40).map("".join))
def test_indexed_scan_equals_full_scan_on_generated_text(text):
    assert indexed_scan(text) == full_scan(text)


def test_openings_after_non_word_characters_only():
    openings = Openings.of("ab cd,e5 ²x")
    assert {k: sorted(v) for k, v in openings.by_prefix.items()} == {
        "a": [0], "ab": [0], "ab ": [0], "ab c": [0], "c": [3], "cd": [3], "cd,": [3], "cd,e": [3],
        "e": [6], "e0": [6], "e0 ": [6], "e0 ²": [6], "²": [9], "²x": [9], "x": [10]}
