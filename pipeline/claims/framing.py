"""The fields every fact shares: subject, predicate, object, source, time, hedging, negation.

Subject and source are given as the words that hold them (`subject`, `subject_start`,
`subject_end`; `source`, `source_start`, `source_end`) and as the entity those words name
(`subject_canonical`, `source_canonical`), read through `names.Names` only.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .frames import EXAMPLE_REACH, NAMED_LABELS, example_marker, is_negated, object_of, phrase_bounds, predicate, subject_of
from .hedging import Hedging
from .holders import name_before_verb
from .names import Names
from .sources import SourceFinder
from .times import ClauseTime

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..document import Document


def holder_fields(role: str, text: str | None, start: int | None, end: int | None, canonical: str | None) -> dict:
    """The four fields of a subject or a source ("subject", "subject_start", ... "subject_canonical")."""
    return {role: text, f"{role}_start": start, f"{role}_end": end, f"{role}_canonical": canonical}


def exemplified(subject: "Token | None") -> "Token | None":
    """The noun a subject is an example of ("les eurodéputés tels que X se voient allouer ...": the parse
    makes X the subject), else the subject itself."""
    que = example_marker(subject) if subject is not None else None
    if que is None:
        return subject
    nouns = [t for t in subject.doc[max(0, que - 1 - EXAMPLE_REACH):que - 1] if t.pos_ in ("NOUN", "PROPN")]
    return nouns[-1] if nouns else subject


class FrameBuilder:
    """Built once per stage; called per fact with the document's `Names`."""

    def __init__(self, sources: SourceFinder, hedging: Hedging, times: ClauseTime) -> None:
        self.sources = sources
        self.hedging = hedging
        self.times = times

    def __call__(self, doc: "Document", names: Names, sent: "Span", pred: "Token", start: int, end: int,
                 own_subject: bool = False) -> dict:
        """`own_subject`: the subject may lie inside the fact (events, statements)."""
        subject = exemplified(subject_of(pred, start, end, own_subject))
        source = self.sources(doc, names, sent, pred, start, end)
        return {
            **self.subject(doc, names, pred, subject, own_subject),
            "predicate": predicate(pred),
            "object": object_of(pred, start, end),
            **holder_fields("source", *source[:4]),
            "time": self.times(doc, pred, (0, 0) if own_subject else (start, end)),
            "hedged": self.hedging.hedged(pred, source[4]),
            "negated": is_negated(pred),
        }

    @staticmethod
    def subject(doc: "Document", names: Names, pred: "Token", subject: "Token | None", own_subject: bool) -> dict:
        """The subject phrase and the entity it names; a name right before the verb when the parse lost it."""
        if subject is not None:
            s, e = phrase_bounds(subject)
            named = apposed_name(doc, subject)
            return holder_fields("subject", doc.text[s:e], s, e, named or names.canonical(subject))
        named = name_before_verb(doc, pred) if not own_subject else None
        if named is not None:
            return holder_fields("subject", named.text, named.start, named.end, named.canonical)
        return holder_fields("subject", None, None, None, None)


def apposed_name(doc: "Document", subject: "Token") -> str | None:
    """"le groupe jihadiste, Boko Haram, a revendiqué trois attaques": a common noun whose apposition
    between commas is a name is that name's (the description need not be resolved). The parser often
    makes such a name an `nmod` with no preposition."""
    if subject.pos_ != "NOUN":
        return None
    for child in subject.children:
        if child.dep_ in ("appos", "nmod") and child.pos_ == "PROPN" and child.i > subject.i \
                and not any(c.dep_ == "case" for c in child.children) \
                and child.nbor(-1).text == "," and child.right_edge.i + 1 < len(child.doc) \
                and child.right_edge.nbor(1).text == ",":
            hit = next((e for e in doc.entities if e.label in NAMED_LABELS and e.start == child.idx), None)
            if hit is not None:
                return hit.canonical
    return None
