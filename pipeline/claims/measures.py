"""Quantity facts: every quantity of `pipeline.quantities` in a sentence that is a claim (not a date,
a name or a reference to a known set), with the frame of the predicate that governs it."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..quantities import Quantity, QuantityReader
from ..spacy_text import span_text
from .frames import governor, head_token
from .framing import FrameBuilder
from .holders import People, score_holder

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..document import Document

KNOWN_SET = re.compile(r"(?:^|\s)(?:les|ces|ses|leurs|nos|vos|mes|tes|aux|des)\s+$")
DE_WORDS = ("de", "des", "du", "d'", "d’")


def overlaps_any(records: list, start: int, end: int) -> bool:
    return any(r.start < end and start < r.end for r in records)


def counted(sent: "Span", q: Quantity, head: "Token") -> str | None:
    """What the quantity counts: the regex `of`, else a "de" noun under the quantity ("des voix")."""
    if q.of:
        return q.of
    for child in head.children:
        case = [c.lower_ for c in child.children if c.dep_ == "case"]
        if child.dep_ == "nmod" and child.pos_ == "NOUN" and case and case[0] in DE_WORDS \
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
    if q.kind != "count":
        return True
    if KNOWN_SET.search(span_text(sent)[:q.number_start].lower()):
        return False  # "les deux chefs d'État": a reference to a known set, not a claim
    of_span = sent.doc.char_span(sent.start_char + q.of_start, sent.start_char + q.of_end, alignment_mode="expand")
    if of_span is None or of_span.root.is_stop:
        return False
    root = of_span.root
    if root.pos_ == "ADJ" and root.i + 1 < len(sent.doc):
        root = sent.doc[root.i + 1]  # "3 nouveaux ministres"
    return root.pos_ in ("NOUN", "PROPN")


class QuantityFacts:
    """Built once per stage; `facts(doc, people, sent)` gives the quantity facts of one sentence."""

    def __init__(self, reader: QuantityReader, frames: FrameBuilder) -> None:
        self.reader = reader
        self.frames = frames

    def facts(self, doc: "Document", people: People, sent: "Span") -> list[dict]:
        out = []
        for q in self.reader.find(span_text(sent)):
            start, end = sent.start_char + q.start, sent.start_char + max(q.end, q.of_end or q.end)
            head = head_token(sent, start, end) if is_claim(doc, sent, q) else None
            if head is None:
                continue
            frame = self.frames(doc, people, sent, governor(head), start, end)
            holder = score_holder(doc, sent, q)
            if holder is not None:
                frame.update(subject=holder.text, subject_canonical=holder.canonical, source=None, source_canonical=None)
            if q.direction:
                frame["predicate"] = "hausse" if q.direction == "up" else "baisse"
            out.append({"kind": "quantity", "start": start, "end": end, **frame, "value": q.value, "unit": q.unit,
                        "of": counted(sent, q, head), "quantity_text": q.text, "bound": q.bound,
                        "approximate": q.approximate, "value_max": q.high})
        return out
