"""Infinitives guessed from French verb forms, for looking a verb up in a lexicon of infinitives.

Why a guessed infinitive besides spaCy's lemma: the model lemmatises many present-tense reporting
verbs to themselves ("indique" -> "indique", "estime" -> "estime"), so a lemma lookup alone misses
the commonest cues of news French. Kept below every stage (quotes, facts, coreference read it), so
no stage imports another to guess a verb.
"""
from __future__ import annotations

from functools import lru_cache

#: Endings of first-group verb forms, longest first, so "estime" -> "estim" + "er".
ER_ENDINGS = (
    "eraient", "assions", "eront", "erons", "erait", "erais", "erez", "aient", "èrent", "ions", "iez",
    "ent", "ait", "ais", "era", "ant", "ées", "ons", "ez", "és", "ée", "es", "ai", "as", "e", "é", "a",
)


def guessed_infinitives(form: str) -> list[str]:
    """Infinitives a verb form may belong to: "martèle" -> marteler, "répète" -> répéter."""
    form = form.lower().lstrip("-")
    guesses = [form]
    for ending in ER_ENDINGS:
        if form.endswith(ending) and len(form) - len(ending) >= 2:
            stem = form[: -len(ending)]
            guesses.append(stem + "er")
            at = stem.rfind("è")
            if at >= 0:
                guesses.append(stem[:at] + "e" + stem[at + 1:] + "er")
                guesses.append(stem[:at] + "é" + stem[at + 1:] + "er")
            if stem.endswith(("ll", "tt")):  # appelle -> appeler, jette -> jeter
                guesses.append(stem[:-1] + "er")
    return guesses


@lru_cache(maxsize=65536)
def listed_infinitive(form: str, verbs: frozenset[str]) -> str | None:
    """The first guessed infinitive of `form` that is in `verbs`; a memo of a pure function (the
    same few thousand verb forms recur in every article)."""
    for guess in guessed_infinitives(form):
        if guess in verbs:
            return guess
    return None
