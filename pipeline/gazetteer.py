"""The gazetteer table (`resources/gazetteer.tsv`), read once per process by whoever needs it.

Names are looked up by `name_key`: case, accents, apostrophes and spacing do not count; hyphens do
("Jean-Marie" is one first name). Organisation and place names also drop a leading article ("Les
Républicains" is "républicains"); a person's never does ("Le Pen").
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .firstnames import without_accents
from .lexicons import resource_text

GAZETTEER_FILE = "gazetteer.tsv"
#: Entity labels and the kinds of item each may name.
KINDS_OF_LABEL = {"PER": ("person",), "ORG": ("party", "institution"), "LOC": ("country",)}
ARTICLES = ("le", "la", "les", "l")
#: Titles that may open a person's name and are not part of it.
TITLES = ("m", "mme", "mlle", "monsieur", "madame", "dr")
#: Particles between a first name and a surname ("Charles de Courson": "de courson" and "courson").
PARTICLES = ("de", "du", "d", "des")
NOT_WORD = re.compile(r"[^\w\-]+")


def name_key(name: str, person: bool = True) -> tuple[str, ...]:
    """The words a name is compared by: ("emmanuel", "macron"), ("le", "pen"), ("republicains",)."""
    words = NOT_WORD.sub(" ", without_accents(name).lower().replace("’", "'").replace("'", " ")).split()
    while words and words[0] in TITLES and len(words) > 1:
        words = words[1:]
    if not person and len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return tuple(w.strip("-") for w in words if w.strip("-"))


def surnames(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The bare surnames a full name may be written as: what follows the first name, without a
    leading particle too ("charles de courson" -> "de courson", "courson")."""
    if len(key) < 2:
        return []
    rest = key[1:]
    out = [rest]
    if len(rest) > 1 and rest[0] in PARTICLES:
        out.append(rest[1:])
    return out


@dataclass(frozen=True, slots=True)
class Item:
    """One row of the gazetteer."""

    kind: str  # person, party, institution, country
    wikidata: str
    gender: str | None  # "F", "M" (people) or None
    name: str
    aliases: tuple[str, ...]
    by_surname: bool = False  # a bare surname may name this person (people national news names so)


@dataclass(frozen=True)
class Gazetteer:
    """The items, by full name key and (people) by surname key."""

    items: tuple[Item, ...]
    by_name: dict[tuple[str, tuple[str, ...]], frozenset[int]]  # (kind, key) -> item indices
    by_surname: dict[tuple[str, ...], frozenset[int]]  # people only

    @classmethod
    def from_lines(cls, lines) -> "Gazetteer":
        items = []
        for line in lines:
            if not line.strip() or line.startswith("#"):
                continue
            kind, qid, gender, name, aliases, by_surname = (line.rstrip("\n").split("\t") + [""] * 6)[:6]
            items.append(Item(kind, qid, gender or None, name, tuple(a for a in aliases.split("|") if a),
                              by_surname == "1"))
        by_name: dict = defaultdict(set)
        by_surname: dict = defaultdict(set)
        for n, item in enumerate(items):
            person = item.kind == "person"
            for written in (item.name, *item.aliases):
                key = name_key(written, person)
                if key:
                    by_name[(item.kind, key)].add(n)
                if person:
                    for surname in surnames(key):
                        by_surname[surname].add(n)
        return cls(tuple(items), {k: frozenset(v) for k, v in by_name.items()},
                   {k: frozenset(v) for k, v in by_surname.items()})

    @classmethod
    def load(cls) -> "Gazetteer":
        """The shipped table (read from the package once per process: see `shipped`)."""
        return shipped()

    def named(self, kind: str, key: tuple[str, ...]) -> list[Item]:
        return [self.items[n] for n in sorted(self.by_name.get((kind, key), ()))]

    def with_surname(self, key: tuple[str, ...]) -> list[Item]:
        return [self.items[n] for n in sorted(self.by_surname.get(key, ()))]

    def person(self, name: str) -> Item | None:
        """The one person of the table a full name names (None when none or several)."""
        found = {i.wikidata: i for i in self.named("person", name_key(name))}
        return next(iter(found.values())) if len(found) == 1 else None


@lru_cache(maxsize=1)
def shipped() -> Gazetteer:
    """The package's gazetteer, parsed on first use (never at import) and kept for the process."""
    return Gazetteer.from_lines(resource_text(GAZETTEER_FILE).splitlines())
