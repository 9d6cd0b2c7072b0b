"""Folding names and reading gender from first names: shared by every layer that asks who a name is.

Why its own module: the entities, coreference, quotes, linking and report layers all fold accents
("Édouard" = "Edouard") and read a first name's gender; it sits below all of them so that none
imports another layer for it (the coreference layer used to import the quotes stage's lexicon).
"""
from __future__ import annotations

import unicodedata


def without_accents(text: str) -> str:
    """"Édouard" and "Edouard" are the same first name (news drops accents on capitals)."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def first_name_gender(first_names: dict[str, frozenset[str]], name: str) -> str | None:
    """"fem" or "masc" for a first name listed under one gender only (accents ignored), else None."""
    name = without_accents(name.lower())
    fem, masc = name in first_names["fem"], name in first_names["masc"]
    return ("fem" if fem else "masc") if fem != masc else None


#: Surname endings of women's names in Slavic languages ("Tikhanovskaïa", "Kolesnikova").
FEM_SURNAME_ENDINGS = ("ova", "eva", "ïa", "aïa", "aya", "skaya", "ska")


def name_gender_votes(first_names: dict[str, frozenset[str]], canonical: str) -> dict[str, int]:
    """What a full name says of gender, as votes: its first name (2; "Jean-Marie" by "Jean") and a
    feminine surname ending (1). Callers add what the text says (titles, determiners)."""
    votes = {"fem": 0, "masc": 0}
    words = canonical.split()
    first = first_name_gender(first_names, words[0]) if words else None
    if first is None and words and "-" in words[0]:
        first = first_name_gender(first_names, words[0].split("-")[0])
    if first:
        votes[first] += 2
    if len(words) > 1 and words[-1].lower().endswith(FEM_SURNAME_ENDINGS):
        votes["fem"] += 1
    return votes
