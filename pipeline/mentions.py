"""Entity mentions as the quotes stage and the coreference layer read them: from the entities
stage, or from the parse.

Why a fallback: the stage is usable alone (and before the entities stage lands); then the model's own
`doc.ents` stand in, with a minimal canonical name (the longest mention of the same label that ends
with this one: "Poutine" -> "Vladimir Poutine").
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..document import Document


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    label: str  # PER, LOC, ORG, MISC
    canonical: str


def mentions_of(doc: "Document", spacy_doc: "Doc") -> list[Mention]:
    """Mentions in text order: the entities stage's, or the model's when that stage has not run
    (a quotes stage used alone); never the model's when the stage ran and kept none."""
    if doc.entities or "entities" in doc.provided:
        return sorted((Mention(e.start, e.end, e.label, e.canonical) for e in doc.entities), key=lambda m: m.start)
    raw = [(e.start_char, e.end_char, e.label_, e.text) for e in spacy_doc.ents]
    return [Mention(s, e, label, _longest_form(text, label, raw)) for s, e, label, text in raw]


def _longest_form(text: str, label: str, raw: list[tuple[int, int, str, str]]) -> str:
    best = text
    for _, _, other_label, other in raw:
        if other_label == label and len(other) > len(best) and other.endswith(" " + text):
            best = other
    return best


#: No mention is longer than this (characters): a look-back for mentions overlapping a span stops there.
LONGEST_MENTION = 300


def mentions_in(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions overlapping [start, end), from a list in text order: found by bisection, so that
    asking once per quote stays linear in the article's length."""
    hi = bisect.bisect_left(mentions, end, key=lambda m: m.start)
    lo = bisect.bisect_left(mentions, start - LONGEST_MENTION, key=lambda m: m.start, hi=hi)
    return [m for m in mentions[lo:hi] if start < m.end]
