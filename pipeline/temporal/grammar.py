"""The rule file `resources/dates_grammar.txt`, compiled once, and the atoms it finds in a text."""
from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from ..lexicons import resource_text
from .lexicon import TemporalLexicon, alternation
from .starts import Openings, finditer_at, rule_openings

MACRO_NAME = regex.compile(r"\{([A-Z_]+)\}|@([A-Z0-9_]+)")


@dataclass(frozen=True)
class Rule:
    name: str
    builder: str
    pattern: "re.Pattern[str] | regex.Pattern"
    openings: frozenset[str] | None = None  # how its matches can begin (None: anywhere; starts.py)


@dataclass(frozen=True)
class Atom:
    """One rule match: half-open offsets into the text and the named groups that matched."""

    start: int
    end: int
    rule: str
    builder: str
    groups: dict[str, str]
    spans: dict[str, tuple[int, int]] | None = None


def lexicon_macros(lexicon: TemporalLexicon) -> dict[str, str]:
    """Macros built from the word lists of the lexicon."""
    abbreviated_months = alternation(lexicon["month_abbreviations"])
    return {
        "MONTH_FULL": alternation(lexicon["months"]),
        "MONTH": f"(?:{alternation(lexicon['months'])}|{abbreviated_months}\\.?)",
        "WEEKDAY": alternation(lexicon["weekdays"]),
        "WEEKDAY_ABBR": alternation(lexicon["weekday_abbreviations"]),
        "NUMWORD": alternation(lexicon.numbers),
        "ORDINAL": alternation(lexicon["ordinals"]),
        "UNIT": alternation([u for u in lexicon["units"] if len(u) > 1]),
        "VAGUE": alternation(lexicon.vague),
        "HOLIDAY": alternation(lexicon["holidays"]),
        "MOVEABLE": alternation(lexicon["moveable_holidays"]),
        "SEASON": alternation(lexicon["seasons"]),
        "POD": alternation(lexicon["parts_of_day"]),
    }


def expand(pattern: str, macros: dict[str, str], depth: int = 0) -> str:
    """Replace `{NAME}` and `@NAME` by their definitions (macros may use macros)."""
    if depth > 8:
        raise ValueError(f"macro recursion in {pattern[:60]!r}")

    def replace(match: regex.Match) -> str:
        name = match.group(1) or match.group(2)
        if name not in macros:
            raise KeyError(f"unknown macro {name!r} in dates grammar")
        return expand(macros[name], macros, depth + 1)

    return MACRO_NAME.sub(replace, pattern)


def compiled(pattern: str) -> "re.Pattern[str] | regex.Pattern":
    """The standard library's engine where it accepts the pattern, else `regex` (variable-width
    look-behinds). Why: on the same 300 articles `re` gives identical matches and groups for the 53
    rules it accepts and runs the grammar in two thirds of the time; the dates stage was the largest
    stage cost."""
    try:
        return re.compile(pattern)
    except re.error:
        return regex.compile(pattern)


def parse_rule_file(text: str, macros: dict[str, str]) -> list[Rule]:
    rules = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            name, definition = line[1:].split("=", 1)
            macros[name.strip()] = definition.strip()
            continue
        head, pattern = line.split(" :: ", 1)
        name, builder = head.split()
        wrapped = rf"(?<!\w)(?:{expand(pattern, macros)})(?![\w])"  # `Openings` relies on the (?<!\w)
        rules.append(Rule(name, builder, compiled(wrapped), rule_openings(wrapped)))
    return rules


class Grammar:
    """All rules, compiled once; `atoms` returns the best non-overlapping matches."""

    def __init__(self, lexicon: TemporalLexicon, rule_file: str = "dates_grammar.txt") -> None:
        self.rules = parse_rule_file(resource_text(rule_file), lexicon_macros(lexicon))

    def matches(self, folded: str) -> list[Atom]:
        """Every rule's matches, longest first, then in rule order. A rule is tried only where one
        of its matches can begin (`starts.py`): the same matches as a scan of the whole text."""
        found = []
        openings = Openings.of(folded)
        for order, rule in enumerate(self.rules):
            if rule.openings is not None:
                hits = finditer_at(rule.pattern, folded, openings.candidates(rule.openings))
            else:
                hits = rule.pattern.finditer(folded)  # non-overlapping in both engines
            for m in hits:
                if m.end() > m.start():
                    groups = {k: v for k, v in m.groupdict().items() if v is not None}
                    spans = {k: m.span(k) for k in groups}
                    found.append((order, Atom(m.start(), m.end(), rule.name, rule.builder, groups, spans)))
        return [atom for _, atom in sorted(found, key=lambda p: (-(p[1].end - p[1].start), p[0]))]

    def atoms(self, folded: str) -> list[Atom]:
        """Longest matches first, then rule order; overlapping ones are dropped. Sorted by offset."""
        chosen: list[Atom] = []
        for atom in self.matches(folded):
            if all(atom.end <= c.start or atom.start >= c.end for c in chosen):
                chosen.append(atom)
        return sorted(chosen, key=lambda a: a.start)
