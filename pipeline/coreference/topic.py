"""The article's topic: the person or organisation it names most, for a phrase that names no one.

Why: a share or a sum whose clause names no holder ("la cote de popularité a reculé de 3 points")
is about the article's main person or organisation, and "le chef de l'État" in an article about
Emmanuel Macron is he. Counted on the coreference stage's mentions when it ran (names, roles,
descriptions and pronouns: "le groupe du FN" counts for the group, not for the FN inside it), else
on the entities; the title counts double; a name must also be in the body ("VIDÉO." in a title is no
topic). What is never a topic (media, poll institutes: they report) is the caller's to say.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from ..document import Document


def article_topic(doc: "Document", excluded: Callable[[str], bool]) -> str | None:
    """The person or organisation the article names most (in the title: twice), if named twice;
    never one `excluded` says reports rather than acts (a medium, a poll institute)."""
    first = doc.sentences[0].end if doc.sentences else 0
    counts: Counter[str] = Counter()
    order: dict[str, int] = {}
    in_body: set[str] = set()
    for start, canonical in topic_mentions(doc):
        if excluded(canonical):
            continue
        counts[canonical] += 2 if start < first else 1
        order.setdefault(canonical, start)
        if start >= first:
            in_body.add(canonical)
    counts = Counter({c: n for c, n in counts.items() if c in in_body})  # "VIDÉO." in a title is no topic
    if not counts:
        return None
    best = max(counts, key=lambda c: (counts[c], -order[c]))
    return best if counts[best] >= 2 else None


def topic_mentions(doc: "Document") -> list[tuple[int, str]]:
    """(start, canonical) of every mention of a person or organisation: the coreference stage's
    names, roles, descriptions and pronouns when it ran ("le groupe du FN" counts for the group,
    not for the FN inside it), else the entities."""
    labels = {e.canonical: e.label for e in doc.entities}
    if doc.coreference is None:
        return [(e.start, e.canonical) for e in doc.entities if e.label in ("PER", "ORG")]
    links = [link for link in doc.coreference.links if link.canonical and labels.get(link.canonical) in ("PER", "ORG")]
    inside: set[int] = set()  # starts of names inside a description of another entity
    by_start = sorted(links, key=lambda link: link.start)  # the links within each one by bisection,
    starts = [link.start for link in by_start]  # not by a scan of all links per link (quadratic)
    for o in links:
        if o.kind != "name":
            within = by_start[bisect_left(starts, o.start):bisect_left(starts, o.end)]
            inside.update(link.start for link in within if link.canonical != o.canonical)
    return [(link.start, link.canonical) for link in links if link.kind != "name" or link.start not in inside]
