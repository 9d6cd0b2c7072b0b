"""The temporal vocabulary (`resources/dates_lexicon.json`) and the folding that lets rules be
written once, lower-case and without accents."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from ..lexicons import read_json

APOSTROPHES = "'’ʼʻ՚ꞌ＇′‵ʹ`´"
DASHES = "‐‑‒–—−"
SPACES = "\u00a0\u202f\u2009\u2007\u200a"


def fold_char(char: str) -> str:
    """One character, lower-cased and without accent; unchanged when that would change length."""
    if char in APOSTROPHES:
        return "'"
    if char in DASHES:
        return "-"
    if char in SPACES:
        return " "
    lowered = char.lower()
    if len(lowered) != 1:
        return char
    base = unicodedata.normalize("NFD", lowered)[0]
    return base if base.isascii() else lowered


def fold(text: str) -> str:
    """Same-length copy of `text` for matching: offsets into it are offsets into `text`.

    Each distinct character is folded once, then `str.translate` does the copy in C.
    """
    return text.translate({ord(c): fold_char(c) for c in set(text)})


def number_words(units: dict[str, int], tens: dict[str, int]) -> dict[str, int]:
    """French number words from 1 to 69 with their spelling variants (hyphen or space, "et un")."""
    words = dict(units)
    for word, value in {"dix-sept": 17, "dix-huit": 18, "dix-neuf": 19}.items():
        words[word] = value
        words[word.replace("-", " ")] = value
    low = {w: v for w, v in units.items() if v < 10}
    for ten, tvalue in tens.items():
        words[ten] = tvalue
        for unit, uvalue in low.items():
            if uvalue == 1:
                for joint in (" et ", "-et-"):
                    words[f"{ten}{joint}{unit}"] = tvalue + 1
            else:
                for joint in ("-", " "):
                    words[f"{ten}{joint}{unit}"] = tvalue + uvalue
    for teen in ("dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"):
        for joint in (" et ", "-"):
            words[f"soixante{joint}{teen}"] = 60 + units[teen] if joint == "-" or teen == "onze" else None
    return {w: v for w, v in words.items() if v is not None}


def alternation(words: list[str] | dict[str, Any]) -> str:
    """A regex matching any of the words, written as a prefix tree so the engine does not try each
    word in turn (the number words alone are 136); longer words are preferred at each branch."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _tree_pattern(tree) + ")"


def _tree_pattern(node: dict) -> str:
    branches = []
    for char in sorted((c for c in node if c), key=lambda c: c):
        piece = r"\s+" if char == " " else regex_escape(char)
        branches.append(piece + _tree_pattern(node[char]))
    optional = "" in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if optional else body


def regex_escape(char: str) -> str:
    return "\\" + char if char in ".^$*+?{}[]\\|()" else char


@dataclass(frozen=True)
class TemporalLexicon:
    """Read-only view on the lexicon file."""

    data: dict[str, Any]

    @classmethod
    def load(cls, name: str = "dates_lexicon.json") -> "TemporalLexicon":
        return cls(read_json(name))

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    @cached_property
    def numbers(self) -> dict[str, int]:
        return number_words(self.data["number_units"], self.data["number_tens"])

    @cached_property
    def all_months(self) -> dict[str, int]:
        return {**self.data["months"], **self.data["month_abbreviations"]}

    @cached_property
    def vague(self) -> dict[str, str]:
        """Folded phrase -> PRESENT_REF / FUTURE_REF / PAST_REF."""
        return {p: ref for ref, phrases in self.data["vague_references"].items() for p in phrases}

    def number(self, text: str) -> int | None:
        """Value of a number in digits or words ("15", "quinze", "vingt-quatre", "1er", "3eme")."""
        text = " ".join(text.strip().split())
        digits = "".join(c for c in text if c.isdigit())
        if digits and text[:1].isdigit():
            return int(digits)
        if text in self.data["ordinals"]:
            return self.data["ordinals"][text]
        return self.numbers.get(text)
