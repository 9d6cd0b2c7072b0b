"""Which gazetteer item each name of an article names, if any: precision first.

- An organisation or place name links when its key names exactly one party or country.
- A person's name of two words or more links when it is the name (or an alias) of exactly one person
  of the table; a longer or different name never borrows a surname's link ("Jean-Marie Le Pen" is
  not "Marine Le Pen").
- A bare surname ("Castaner") links when exactly one person of the table has it, that person is one
  national news names by surname alone (the table says so: a backbench deputy is linked by full name
  only), it is not also a first name ("Philippe"), and the article names no other person in full with
  that surname; when the article names one of the table's people with it in full, it links to that one.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..gazetteer import ARTICLES, KINDS_OF_LABEL, PARTICLES, Gazetteer, Item, name_key, surnames


#: A person's name opening with one of these has no first name: a bare surname ("Le Pen", "de Rugy").
SURNAME_OPENINGS = frozenset(ARTICLES + PARTICLES)


@dataclass(frozen=True)
class Linker:
    gazetteer: Gazetteer
    first_names: frozenset[str] = frozenset()  # accent-folded, lower case

    def article(self, names: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Item]:
        """(label, canonical) of every name of an article -> the item it names (absent: none)."""
        names = set(names)
        full_people = {key for label, c in names if label == "PER"
                       for key in [name_key(c)] if len(key) > 1 and key[0] not in SURNAME_OPENINGS}
        out = {}
        for label, canonical in names:
            item = self.item(label, canonical, full_people)
            if item is not None:
                out[(label, canonical)] = item
        return out

    def item(self, label: str, canonical: str, full_people: set[tuple[str, ...]]) -> Item | None:
        kinds = KINDS_OF_LABEL.get(label, ())
        if not kinds or not canonical:
            return None
        if label != "PER":
            found = {i.wikidata: i for kind in kinds for i in self.gazetteer.named(kind, name_key(canonical, False))}
            return one(found)
        key = name_key(canonical)
        if len(key) > 1 and key[0] not in SURNAME_OPENINGS:
            return one({i.wikidata: i for i in self.gazetteer.named("person", key)})
        if not key or key[0] in self.first_names:
            return None
        candidates = {i.wikidata: i for i in self.gazetteer.with_surname(key)}
        named_in_full = [full for full in full_people if key in surnames(full)]
        if named_in_full:
            chosen = {i.wikidata: i for full in named_in_full for i in self.gazetteer.named("person", full)}
            if len(named_in_full) == 1 and len(chosen) == 1 and set(chosen) <= set(candidates):
                return one(chosen)
            return None
        found = one(candidates)
        return found if found is not None and found.by_surname else None


def one(found: dict[str, Item]) -> Item | None:
    return next(iter(found.values())) if len(found) == 1 else None
