"""A person's party or organisation, as the article writes it next to their name.

Why: "nous" in a quote with a vote share is the speaker's party, and a person's party is part of who
they are (issue 23's entity record). Read from the words right before one of their names ("le maire
LR de Saint-Étienne X", "X, député La France insoumise") or in brackets right after it ("X (PS)").
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, Iterable

if TYPE_CHECKING:
    from ..document import Document
    from ..records import Entity

AFFILIATION_REACH = 60  # characters before a person's name where their party may be named


def affiliation(doc: "Document", person: str, excluded: Callable[[str], bool]) -> "Entity | None":
    """The organisation the article names with a person, nearest first; never one `excluded` says
    is no party (a medium)."""
    organisations = [e for e in doc.entities if e.label == "ORG"]
    mentions = [e for e in doc.entities if e.label == "PER" and e.canonical == person]
    return affiliation_of(doc.text, mentions, lambda lo, hi: organisations, excluded)


def affiliation_of(text: str, mentions: Iterable["Entity"], entities_between: Callable[[int, int], Iterable["Entity"]],
                   excluded: Callable[[str], bool], tail: int = 20) -> "Entity | None":
    """`affiliation` over a person's own mentions, the organisations asked of `entities_between(lo,
    hi)` (a bounded look-up: the coreference chains ask it for "le parti de X" per phrase, the cluster
    records for a person's party, `clusters.party_of`). `tail`: characters read past an apposition's
    opening after the name ("X, députée | La France insoumise")."""
    for e in mentions:
        before = text[max(0, e.start - AFFILIATION_REACH):e.start]
        lo = e.start - len(re.split(r"[.;:!?«»\"“”\n]", before)[-1])  # a title ends at its line break
        after = re.match(r"\s*(?:\(|,\s*[^,;.()]{0,40}?)", text[e.end:e.end + 60])
        hi = e.end + (after.end() + tail if after else 0)
        near = [o for o in entities_between(lo, hi) if o.label == "ORG" and not excluded(o.canonical)
                and lo <= o.start and o.end <= hi and not (e.start <= o.start < e.end)]
        if near:
            return min(near, key=lambda o: abs(o.start - e.start))
    return None
