"""Article text as HTML with every record's span highlighted, overlaps included.

Records overlap freely (an entity inside a quote, a date inside a fact that crosses a quote's end),
while HTML elements must nest. The text is cut at every span boundary; spans open longest first, and
when a span ends while a span opened after it is still open, the inner one is closed and reopened
after it: one record may so be drawn as several pieces, all with the same `data-r` (the script
highlights them together) and only the first with the `id` the tables link to. The text is escaped
here (markupsafe), piece by piece: article text is untrusted input.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    classes: str
    record: str  # the record id (data-r)
    title: str = ""
    href: str | None = None  # the span is a link (a speaker to its page)
    rank: int = 0  # among spans of the same extent: lower opens first (outside)


def open_tag(span: Span, first: bool) -> str:
    tag = "a" if span.href else "span"
    parts = [f'<{tag} class="{escape(span.classes)}{"" if first else " cont"}" data-r="{escape(span.record)}"']
    if first:
        parts.append(f' id="{escape(span.record)}"')
    if span.title:
        parts.append(f' title="{escape(span.title)}"')
    if span.href:
        parts.append(f' href="{escape(span.href)}"')
    return "".join(parts) + ">"


def close_tag(span: Span) -> str:
    return "</a>" if span.href else "</span>"


def valid(spans: list[Span], length: int) -> list[Span]:
    """Spans inside the text and not empty (a record from another text version is not drawn)."""
    return [s for s in spans if 0 <= s.start < s.end <= length]


def highlight(text: str, spans: list[Span]) -> Markup:
    """`text` escaped, with `spans` as nested, possibly split, elements."""
    spans = valid(spans, len(text))
    starting: dict[int, list[Span]] = defaultdict(list)
    for span in spans:
        starting[span.start].append(span)
    points = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[str] = []
    stack: list[Span] = []
    for here, after in zip(points, points[1:] + [None]):
        close_ending(stack, here, out)
        for span in sorted(starting.get(here, ()), key=lambda s: (-s.end, s.rank)):
            if span.href and any(open_.href for open_ in stack):
                continue  # <a> in <a> is not HTML; the outer link stays
            out.append(open_tag(span, first=True))
            stack.append(span)
        if after is not None:
            out.append(str(escape(text[here:after])))
    close_ending(stack, len(text) + 1, out)
    return Markup("".join(out))


def close_ending(stack: list[Span], here: int, out: list[str]) -> None:
    """Close the spans that end at `here`; spans opened inside them are closed and reopened."""
    if not any(s.end <= here for s in stack):
        return
    reopen = []
    while any(s.end <= here for s in stack):
        top = stack.pop()
        out.append(close_tag(top))
        if top.end > here:
            reopen.append(top)
    for span in reversed(reopen):
        out.append(open_tag(span, first=False))
        stack.append(span)
