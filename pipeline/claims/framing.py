"""The fields every fact shares: subject, predicate, object, source, time, hedging, negation."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .frames import canonical, coreference_canonical, is_negated, named_sibling, object_of, phrase, predicate, subject_of
from .hedging import Hedging
from .holders import People, name_before_verb
from .sources import SourceFinder
from .times import ClauseTime

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..document import Document


class FrameBuilder:
    """Built once per stage; called per fact with the document's `People` (pronoun resolution)."""

    def __init__(self, sources: SourceFinder, hedging: Hedging, times: ClauseTime) -> None:
        self.sources = sources
        self.hedging = hedging
        self.times = times

    def __call__(self, doc: "Document", people: People, sent: "Span", pred: "Token", start: int, end: int,
                 own_subject: bool = False) -> dict:
        """`own_subject`: the subject may lie inside the fact (events, statements)."""
        subject = subject_of(pred, start, end, own_subject)
        source, source_canonical, cue = self.sources(doc, sent, pred, start, end)
        named = name_before_verb(doc, pred) if subject is None and not own_subject else None
        return {
            "subject": phrase(subject) if subject is not None else named.text if named else None,
            "subject_canonical": self.subject_canonical(doc, people, subject) if named is None else named.canonical,
            "predicate": predicate(pred),
            "object": object_of(pred, start, end),
            "source": source,
            "source_canonical": source_canonical,
            "time": self.times(doc, pred, (0, 0) if own_subject else (start, end)),
            "hedged": self.hedging.hedged(pred, cue),
            "negated": is_negated(pred),
        }

    @staticmethod
    def subject_canonical(doc: "Document", people: People, subject: "Token | None") -> str | None:
        """The entity the subject names, the person a pronoun stands for, or the name a title is given."""
        if subject is None:
            return None
        if subject.pos_ == "PRON":
            return coreference_canonical(doc, subject) or people.for_pronoun(subject)
        return named_sibling(doc, subject) or canonical(doc, subject)
