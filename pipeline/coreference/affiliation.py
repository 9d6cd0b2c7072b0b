"""A person's party or organisation, as the article writes it next to their name.

Why: "nous" in a quote with a vote share is the speaker's party, and a person's party is part of who
they are (issue 23's entity record). Read from the words right before one of their names ("le maire
LR de Saint-Étienne X", "X, député La France insoumise") or in brackets right after it ("X (PS)").
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from ..document import Document
    from ..records import Entity

AFFILIATION_REACH = 60  # characters before a person's name where their party may be named


def affiliation(doc: "Document", person: str, excluded: Callable[[str], bool]) -> "Entity | None":
    """The organisation the article names with a person, nearest first; never one `excluded` says
    is no party (a medium)."""
    organisations = [e for e in doc.entities if e.label == "ORG" and not excluded(e.canonical)]
    for e in doc.entities:
        if e.label != "PER" or e.canonical != person:
            continue
        before = doc.text[max(0, e.start - AFFILIATION_REACH):e.start]
        lo = e.start - len(re.split(r"[.;:!?«»\"“”]", before)[-1])
        after = re.match(r"\s*(?:\(|,\s*[^,;.()]{0,40}?)", doc.text[e.end:e.end + 60])
        hi = e.end + (after.end() + 20 if after else 0)
        near = [o for o in organisations if lo <= o.start and o.end <= hi and not (e.start <= o.start < e.end)]
        if near:
            return min(near, key=lambda o: abs(o.start - e.start))
    return None
