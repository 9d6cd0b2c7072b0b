"""A mention of the entities stage while it is being corrected: token offsets into the spaCy doc,
a label, and where it came from. Kept apart so that every rule module speaks of the same record."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..coreference.names import normalise

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class Mention:
    start: int  # token offsets into the spaCy doc
    end: int
    label: str
    from_pattern: bool = False
    #: The pattern's own name when it matched in another form ("des Républicains" -> "Les
    #: Républicains"), for the cluster's canonical (see `written_name`).
    name: str | None = None



def put_in_place(mentions: list[Mention], start: int, end: int, label: str | None, over_persons: bool) -> list[Mention]:
    """A rebuilt name replaces the mentions inside it (label None: the one at its start only goes), unless the model
    or a pattern already has it whole (a MISC one takes the rebuilt label), a mention crosses its ends, a known name (a pattern: "place
    Beauvau", "quai d'Orsay") is inside, or a person is inside and `over_persons` is False."""
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    if any(m.start < end and start < m.end for m in mentions if not (start <= m.start and m.end <= end)):
        return mentions
    if label is not None and any((m.start, m.end, m.label) == (start, end, "MISC") for m in inside):
        return [Mention(start, end, label, from_pattern=True) if (m.start, m.end) == (start, end) else m for m in mentions]
    if any((m.start, m.end) == (start, end) or m.from_pattern or (m.label == "PER" and not over_persons) for m in inside):
        return mentions
    if label is None:
        return [m for m in mentions if m.start != start]
    kept = [m for m in mentions if not (start <= m.start and m.end <= end)]
    kept.append(Mention(start, end, label, from_pattern=True))
    return sorted(kept, key=lambda m: m.start)


def overlaps(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(s < mention.end and mention.start < e for s, e in spans)


def is_article(token: "Token", words: frozenset[str]) -> bool:
    """A lower-case article or preposition of `entity_leading_words.txt` ("la", "du", "l'")."""
    return token.text[:1].islower() and normalise(token.text) in words

