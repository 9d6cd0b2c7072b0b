"""Folding names and reading gender from first names: shared by every layer that asks who a name is.

Why its own module: the entities, coreference, quotes, linking and report layers all fold accents
("Édouard" = "Edouard") and read a first name's gender; it sits below all of them so that none
imports another layer for it (the coreference layer used to import the quotes stage's lexicon).

The lexicon (`first_names`) is two files: `first_names.tsv`, some 10,000 first names with the gender
the French and US birth registers give them (built by scripts/build_first_names.py; a name given to
both sexes has none), and the hand list `quote_first_names.json`, the names of news people, which wins
where the two disagree ("Jean" is mostly a woman's name in the US register, a man's in French news).
A third file, `first_names_world.tsv` (some 22,000 names of other countries: "Olof", "Hashim"), gives
the gender of a full name's first word when those two do not list it (`full_name_gender`); it makes no
word a first name for the entities stage.
"""
from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

from .lexicons import read_json, resource_text

GENDER_KEYS = {"F": ("fem",), "M": ("masc",), "-": ("fem", "masc")}


@lru_cache(maxsize=1 << 16)
def without_accents(text: str) -> str:
    """"Édouard" and "Edouard" are the same first name (news drops accents on capitals). ASCII text
    has no accent to drop (most names: returned as is, without decomposing it). Cached: the same
    words (names, roles, "président") come back in every article, and a pure function's answers can be
    kept for the process (bounded, so a long run's memory does not grow with it)."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


@cache
def first_names() -> dict[str, frozenset[str]]:
    """{"fem": names, "masc": names}, accent-folded and lower case; a name under both keys is a first
    name of either gender ("Camille"). The hand list's gender of a name replaces the registers'."""
    found: dict[str, set[str]] = {"fem": set(), "masc": set()}
    hand = read_json("quote_first_names.json")
    hand_names = {without_accents(n.lower()) for key in found for n in hand[key]}
    for line in resource_text("first_names.tsv").splitlines():
        name, _, gender = line.partition("\t")
        name = without_accents(name.lower())
        if line.startswith("#") or gender not in GENDER_KEYS or name in hand_names:
            continue
        for key in GENDER_KEYS[gender]:
            found[key].add(name)
    for key in found:
        found[key] |= {without_accents(n.lower()) for n in hand[key]}
    return {key: frozenset(names) for key, names in found.items()}


@cache
def any_first_name() -> frozenset[str]:
    """Every first name of the lexicon, of either gender (accent-folded, lower case)."""
    return frozenset().union(*first_names().values())


def listed_first_name(first_names: dict[str, frozenset[str]], name: str) -> bool:
    """`name` is listed under either gender of `first_names` (accents and case ignored)."""
    name = without_accents(name.lower())
    return any(name in names for names in first_names.values())


def is_first_name(name: str) -> bool:
    """A first name of the lexicon, of either gender (accents and case ignored)."""
    return without_accents(name.lower()) in any_first_name()


def first_name_gender(first_names: dict[str, frozenset[str]], name: str) -> str | None:
    """"fem" or "masc" for a first name listed under one gender only (accents ignored), else None."""
    name = without_accents(name.lower())
    fem, masc = name in first_names["fem"], name in first_names["masc"]
    return ("fem" if fem else "masc") if fem != masc else None


@cache
def world_first_names() -> dict[str, str]:
    """Folded first name -> "fem" or "masc" for the names of `first_names_world.tsv` (names the French
    and US registers lack: "Olof", "Hashim"; built by scripts/build_world_first_names.py)."""
    found = {}
    for line in resource_text("first_names_world.tsv").splitlines():
        name, _, gender = line.partition("\t")
        if not line.startswith("#") and gender in ("F", "M"):
            found[name] = GENDER_KEYS[gender][0]
    return found


def full_name_gender(first_names: dict[str, frozenset[str]], words: list[str], world: bool = True) -> str | None:
    """The gender of a name's first word ("Jean-Marie" by "Jean"): the main lexicon's, and for a name
    of two words or more ("Olof Palme", never a lone surname such as "Erdogan") the world list's."""
    if not words:
        return None
    first = first_name_gender(first_names, words[0])
    if first is None and "-" in words[0]:
        first = first_name_gender(first_names, words[0].split("-")[0])
    if first is None and world and len(words) > 1 and not listed_first_name(first_names, words[0]):
        first = world_first_names().get(without_accents(words[0].lower()))
    return first


#: Surname endings of women's names in Slavic languages ("Tikhanovskaïa", "Kolesnikova").
FEM_SURNAME_ENDINGS = ("ova", "eva", "ïa", "aïa", "aya", "skaya", "ska")


def name_gender_votes(first_names: dict[str, frozenset[str]], canonical: str, world: bool = True) -> dict[str, int]:
    """What a full name says of gender, as votes: its first name (2; "Jean-Marie" by "Jean"; with
    `world`, the world list's too) and a feminine surname ending (1). Callers add what the text says
    (titles, determiners)."""
    votes = {"fem": 0, "masc": 0}
    words = canonical.split()
    first = full_name_gender(first_names, words, world)
    if first:
        votes[first] += 2
    if len(words) > 1 and words[-1].lower().endswith(FEM_SURNAME_ENDINGS):
        votes["fem"] += 1
    return votes
