"""Quote-mark spans found in the raw text, before any parse.

Why on the text: the parse splits sentences inside guillemets and never sees paragraphs, while the
conventions that decide what a quote is are typographic:

- « », “ ”, ‹ › pair like brackets; nested quotes stay inside the outer span.
- Straight quotes "…" pair in order inside a paragraph; a mark is an opener when a space (or the
  paragraph start) is before it and a word after it, a closer in the mirror case.
- The French multi-paragraph convention reopens the quote at the start of each paragraph without
  closing it («A¶«B»): the whole passage is one span.
- A mark left open at the end of a paragraph whose next paragraph goes on without reopening and
  closes it ("A¶B") spans both paragraphs.
- Any other mark left open at the end of a paragraph closes at the paragraph's end,
  and a closer with nothing open is ignored: an unbalanced mark degrades one quote, never the text.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .spacy_text import doc_text
from .lines import blank_before

if TYPE_CHECKING:
    from spacy.tokens import Doc

PAIRS = {"«": "»", "“": "”", "‹": "›"}
STRAIGHT = '"'
ALL_MARKS = frozenset("«»“”‹›\"")
OPENER_BEFORE = set(" \t\n([{-–—«“'’/")


@dataclass(frozen=True)
class MarkedSpan:
    """The content between an opening mark and its closing mark (or the paragraph end)."""

    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark; None when it was never closed
    start: int  # content start (after the mark and spaces)
    end: int  # content end (before the closing mark and spaces)

    @property
    def outer_end(self) -> int:
        return self.close + 1 if self.close is not None else self.end


MARKS_KEY = "pipeline.marked_spans"


def marked_spans_of(spacy_doc: "Doc") -> list[MarkedSpan]:
    """`find_marked_spans` of a parsed document, computed once and kept in the Doc's `user_data`
    (the coreference and quotes stages both need them)."""
    spans = spacy_doc.user_data.get(MARKS_KEY)
    if spans is None:
        spans = spacy_doc.user_data[MARKS_KEY] = find_marked_spans(doc_text(spacy_doc))
    return list(spans)


def find_marked_spans(text: str) -> list[MarkedSpan]:
    """Every top-level quote-mark span of `text`, in text order, nested and overlapping ones removed."""
    spans = [s for opener, closer in PAIRS.items() for s in _bracket_spans(text, opener, closer)]
    spans += _straight_spans(text)
    spans.sort(key=lambda s: (s.open, -s.outer_end))
    kept: list[MarkedSpan] = []
    for span in spans:
        if kept and span.open < kept[-1].outer_end:
            continue  # inside (or crossing) the previous span: a nested quote
        if span.start < span.end:
            kept.append(span)
    return kept


def _make(text: str, open_at: int, close_at: int | None, end: int) -> MarkedSpan:
    start = open_at + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return MarkedSpan(open_at, close_at, start, end)


def _paragraph_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _reopens_next_paragraph(text: str, newline: int, opener: str) -> bool:
    """True when the paragraph after the newline at `newline` starts with `opener`."""
    i = newline
    while i < len(text) and text[i].isspace():
        i += 1
    return i < len(text) and text[i] == opener and i > newline


def _closes_in_next_paragraph(text: str, newline: int, is_closer) -> bool:
    """True when the first quote mark (of any kind) of the paragraph after the newline at `newline`
    is this quote's closer: the quote goes on without reopening marks ("A¶B" in one pair)."""
    i = newline
    while i < len(text) and text[i].isspace():
        i += 1
    if i == len(text) or i == newline:
        return False
    end = _paragraph_end(text, i)
    first = next((j for j in range(i, end) if text[j] in ALL_MARKS), None)
    return first is not None and is_closer(first)


def _bracket_spans(text: str, opener: str, closer: str) -> list[MarkedSpan]:
    if opener not in text:
        return []  # no span can open: skip the walk over every character (most articles, for some pairs)
    spans: list[MarkedSpan] = []
    depth, first, carried = 0, -1, False
    for i, char in enumerate(text):
        if char == opener:
            if depth and carried and blank_before(text, i):
                carried = False  # the quote reopened on a new paragraph: same quote
                continue
            depth += 1
            first = i if depth == 1 else first
        elif char == closer and depth:
            depth -= 1
            if depth == 0:
                spans.append(_make(text, first, i, i))
                carried = False
        elif char == "\n" and depth:
            if _reopens_next_paragraph(text, i, opener):
                carried = True
            elif depth == 1 and _closes_in_next_paragraph(text, i, lambda j: text[j] == closer):
                pass  # «A¶B»: the closing mark is in the next paragraph
            else:
                spans.append(_make(text, first, None, i))
                depth, carried = 0, False
    if depth:
        spans.append(_make(text, first, None, len(text)))
    return spans


def _straight_spans(text: str) -> list[MarkedSpan]:
    spans: list[MarkedSpan] = []
    pending, carried = -1, False
    for i, char in enumerate(text):
        if char == "\n" and pending >= 0:
            if _reopens_next_paragraph(text, i, STRAIGHT):
                carried = True
            elif not carried and _closes_in_next_paragraph(text, i, lambda j: text[j] == STRAIGHT
                                                           and _straight_role(text, j) == (False, True)):
                pass  # "A¶B": the closing mark is in the next paragraph
            else:
                spans.append(_make(text, pending, None, i))
                pending = -1
        if char != STRAIGHT:
            continue
        opens, closes = _straight_role(text, i)
        if pending < 0:
            if opens or not closes:
                pending = i
        elif carried and blank_before(text, i):
            carried = False
        elif closes or not opens:
            spans.append(_make(text, pending, i, i))
            pending = -1
        else:  # a clear opener while one is pending: the pending mark was stray
            pending = i
    if pending >= 0:
        spans.append(_make(text, pending, None, len(text)))
    return spans


def _straight_role(text: str, i: int) -> tuple[bool, bool]:
    """(may open, may close) for the straight quote at `i`, from the characters around it."""
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    opens = before in OPENER_BEFORE and not after.isspace()
    closes = not before.isspace() and (after.isspace() or not after.isalnum())
    return opens, closes
