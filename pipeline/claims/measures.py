"""Quantity facts: every quantity of `pipeline.quantities` in a sentence that is a claim (not a date,
a name or a reference to a known set), with the frame of the predicate that governs it."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicons import read_lines
from ..quantities import Quantity, QuantityReader
from ..spacy_text import span_text
from .frames import DE_WORDS, case_of, governor, head_token
from .framing import FrameBuilder, holder_fields
from .holders import score_holder
from .names import Names
from .places import PlaceWords
from .singles import single_people
from .polls import Polls
from .subjects import AMONG, Clause, described, subject_fields, taken_up
from .turnout import Turnout

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..document import Document

#: "les deux chefs d'État", "ces deux textes": a known pair, not a claim. Larger numbers after a
#: determiner are counts a fact-checker can check ("les 577 députés", "ses 14 vice-présidents").
KNOWN_PAIR = re.compile(r"(?:^|\s)(?:les|ces|leurs|nos|vos|aux|des)\s+$")
#: "les quatre premiers mois", "ses six derniers textes": a part of a series, not a count.
SERIES_WORDS = frozenset({"premiers", "premières", "derniers", "dernières", "prochains", "prochaines"})
#: People counted after a series word are still counted: "les 400 derniers captifs", "les 20 premiers élus".
SERIES_COUNTED = frozenset(read_lines("facts_people_nouns.txt"))


def overlaps_any(records: list, start: int, end: int) -> bool:
    return any(r.start < end and start < r.end for r in records)


def counted(sent: "Span", q: Quantity, head: "Token") -> str | None:
    """What the quantity counts: the regex `of`, else a "de" noun under the quantity ("des voix")."""
    if q.of:
        token = head.doc.char_span(sent.start_char + q.of_start, sent.start_char + q.of_end, alignment_mode="expand") \
            if q.of_start is not None else None
        if token is not None and token.root.pos_ == "ADJ" and token.root.i + 1 < len(head.doc) \
                and head.doc[token.root.i + 1].pos_ == "NOUN":
            return head.doc[token.root.i + 1].text  # "sept nouveaux départements" counts départements
        return q.of
    for child in head.children:
        if child.dep_ == "nmod" and child.pos_ == "NOUN" and case_of(child) in DE_WORDS \
                and not (sent.start_char + q.start <= child.idx < sent.start_char + q.end):
            return child.text
    return None


def is_claim(doc: "Document", sent: "Span", q: Quantity) -> bool:
    """Drop numbers that are dates, parts of names ("France 2") or counts of non-nouns."""
    number_start, number_end = sent.start_char + q.number_start, sent.start_char + q.number_end
    if overlaps_any(doc.dates, number_start, number_end) or overlaps_any(doc.entities, number_start, number_end):
        return False
    if re.search(r"\d\.\d{1,2}(?!\d)", q.text):
        return False  # "49.3": an article number, not a French decimal
    if q.kind == "rank":
        return False  # an ordinal rank is no fact (annotation rules): "la seconde place", "arrivé troisième"
    if q.kind != "count":
        return True
    if q.value == 2 and KNOWN_PAIR.search(span_text(sent)[:q.number_start].lower()):
        return False  # "les deux chefs d'État": a reference to a known pair, not a claim
    if q.of is None:
        return AMONG.search(q.text) is not None  # "une cinquantaine d'entre eux"
    of_span = sent.doc.char_span(sent.start_char + q.of_start, sent.start_char + q.of_end, alignment_mode="expand")
    if q.of.lower() == "autres" and q.approximate:
        return True  # "des dizaines d'autres le restreignent": a vague multiple of the things just counted
    if q.of.lower() in SERIES_WORDS:
        return of_span is not None and counts_after_series(sent.doc, of_span.root)
    if of_span is None or of_span.root.is_stop:
        return False
    root = of_span.root
    if root.pos_ == "ADJ" and root.i + 1 < len(sent.doc) and sent.doc[root.i + 1].pos_ in ("NOUN", "PROPN"):
        root = sent.doc[root.i + 1]  # "3 nouveaux ministres"
    return root.pos_ in ("NOUN", "PROPN") or root.pos_ == "ADJ" and after_de(sent.doc, root)  # "12 millions de pauvres"


def counts_after_series(doc: "Doc", word: "Token") -> bool:
    """"les 400 derniers captifs": a count of people or things named after "derniers"/"premiers" is a
    count; "les quatre premiers mois", "ses six derniers textes" number a part of a series (a time
    unit, or a thing not a person)."""
    nxt = doc[word.i + 1] if word.i + 1 < len(doc) else None
    return nxt is not None and nxt.pos_ == "NOUN" and nxt.lower_ in SERIES_COUNTED


def after_de(doc: "Doc", token: "Token") -> bool:
    """An adjective right after "de" is a noun in use ("12 millions de pauvres")."""
    return token.i > 0 and doc[token.i - 1].lower_ in DE_WORDS


class QuantityFacts:
    """Built once per stage; `facts(doc, names, polls, sent)` gives the quantity facts of one sentence."""

    def __init__(self, reader: QuantityReader, frames: FrameBuilder, turnout: Turnout,
                 places: PlaceWords | None = None) -> None:
        self.reader = reader
        self.places = places or PlaceWords.load()
        self.harm_verbs = frozenset(read_lines("facts_harm_verbs.txt"))
        self.frames = frames
        self.turnout = turnout

    def facts(self, doc: "Document", names: Names, polls: Polls, sent: "Span", earlier: list[dict] = ()) -> list[dict]:
        """`earlier`: the document's facts before this sentence ("ces 80 %" takes up one of them)."""
        out: list[dict] = []
        found = self.reader.find(span_text(sent))
        singles = [q for q in single_people(sent, self.places.people, self.harm_verbs)
                   if not any(o.start < q.of_end and q.start < max(o.end, o.of_end or o.end) for o in found)]
        for q in sorted([*found, *singles], key=lambda q: q.start):
            start, end = sent.start_char + q.start, sent.start_char + max(q.end, q.of_end or q.end)
            head = head_token(sent, start, end) if is_claim(doc, sent, q) else None
            if head is None:
                continue
            pred = governor(head)
            frame = self.frames(doc, names, sent, pred, start, end)
            of = counted(sent, q, head)
            scored = score_holder(doc, sent, q)
            turnout = self.turnout.fields(doc, sent, q) if scored is None else {}
            of = turnout.pop("of", of)
            clause = Clause(doc, names, polls, sent, q, head, pred, frame, of, self.places)
            restating = taken_up(clause, [*earlier, *out]) if scored is None else None
            frame.update(turnout or restating or subject_fields(clause, scored))
            frame["subject_canonical"] = frame["subject_canonical"] or described(sent, frame, start, end)
            if frame["source_canonical"] is None:
                institute = polls.institute_for(sent, q.unit, start)
                if institute is not None:
                    frame.update(holder_fields("source", doc.text[institute.start:institute.end], institute.start,
                                               institute.end, institute.canonical))
            if q.direction:
                frame["predicate"] = "hausse" if q.direction == "up" else "baisse"
            out.append({"kind": "quantity", "start": start, "end": end, **frame, "value": q.value, "unit": q.unit,
                        "of": of, "quantity_text": q.text, "bound": q.bound,
                        "approximate": q.approximate, "value_max": q.high})
        return out
