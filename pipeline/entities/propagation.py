"""One name, found everywhere: other occurrences of a mention's string that the model missed."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..spacy_text import doc_text, span_text
from .mentions import Mention
from .names import NAME_PREFIXES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def propagated(spacy_doc: "Doc", mentions: list[Mention], extra: dict[str, str] | None = None) -> list[Mention]:
    """Other whole-token occurrences of the mentions' strings (and of `extra` names, such as the
    surnames of persons named in full), not overlapping any mention except a MISC span holding them
    ("Sondages de l'Elysée" tagged whole by the model); also after a prefix ("ex-LREM") and before a
    hyphen that joins a second name ("la bataille Griveaux-Villani": two persons).

    One regular expression per pass (names, then MISC strings), longest name first at each
    position, and a per-token occupancy list: a scan per name was a third of the stage's time."""
    spans = {(m.start, m.end): m for m in mentions}
    text_of = {key: span_text(spacy_doc[key[0]:key[1]]) for key in spans}
    names = {text_of[(m.start, m.end)]: m.label for m in mentions if m.label != "MISC"}
    names.update({name: label for name, label in (extra or {}).items() if name not in names})
    misc = {text_of[(m.start, m.end)]: "MISC" for m in mentions if m.label == "MISC" and text_of[(m.start, m.end)] not in names}
    taken = [False] * len(spacy_doc)
    for m in mentions:
        if m.label != "MISC":
            taken[m.start:m.end] = [True] * (m.end - m.start)
    found: list[Mention] = []
    for table in (names, misc):
        found += _occurrences(spacy_doc, table, spans, taken)
    return found


def hyphen_joins_name(text: str, at: int, names: list[str]) -> bool:
    """Whether a name of `names` stands whole at `at` ("Villani" after "Griveaux-")."""
    return any(text.startswith(n, at) and not (text[at + len(n):at + len(n) + 1].isalnum() or text[at + len(n):at + len(n) + 1] == "-")
               for n in names)


def name_span(spacy_doc: "Doc", start: int, end: int) -> "Span | None":
    """The tokens of a name found at [start, end): itself, or the one token that holds it after a
    prefix ("ex-LREM": the record's offsets then leave the prefix out, see `without_prefix`)."""
    span = spacy_doc.char_span(start, end, alignment_mode="strict")
    if span is not None:
        return span
    span = spacy_doc.char_span(start, end, alignment_mode="expand")
    if span is not None and len(span) == 1 and span.end_char == end and span.text[:-(end - start)] in NAME_PREFIXES:
        return span
    return None


def _occurrences(spacy_doc: "Doc", names: dict[str, str], spans: dict, taken: list[bool]) -> list[Mention]:
    candidates = sorted((n for n in names if len(n) >= 3), key=len, reverse=True)
    if not candidates:
        return []
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in candidates) + r")(?:(?![\w-])|(?=-\w))")
    text = doc_text(spacy_doc)
    found = []
    for match in pattern.finditer(text):
        if text.startswith("-", match.end()) and not hyphen_joins_name(text, match.end() + 1, candidates):
            continue
        span = name_span(spacy_doc, match.start(), match.end())
        if span is None or any(taken[span.start:span.end]):
            continue
        label = names[match.group()]
        existing = spans.get((span.start, span.end))
        if existing is not None and (existing.label != "MISC" or label == "MISC"):
            continue  # the mention itself (a MISC one gives way to the name's own label)
        taken[span.start:span.end] = [True] * (span.end - span.start)
        found.append(Mention(span.start, span.end, label, from_pattern=True))
    return found
