"""When a fact holds: the TIMEX3 value of a date of the dates stage in the same clause, else the date
of the election the clause talks about ("le scrutin du 9 août" for "80,1 % des voix"). A SET ("2.000
tests par jour", "chaque année") is a rate, part of what the number means, never when it holds."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..document import Document

EVENT_NOUN_REACH = 4  # words between an event noun and its date ("l'élection présidentielle du 9 août")


class ClauseTime:
    def __init__(self, event_nouns: frozenset[str]) -> None:
        self.event_nouns = event_nouns

    def __call__(self, doc: "Document", pred: "Token", quantity: tuple[int, int]) -> str | None:
        """A date of the clause (not the quantity's own digits), else the date of the election it talks about."""
        start, end = quantity
        if not doc.dates:
            return None
        lo, hi = pred.left_edge.idx, pred.right_edge.idx + len(pred.right_edge.text)
        in_clause = [d for d in doc.dates if d.value and d.type != "SET" and lo <= d.start and d.end <= hi
                     and not (d.start < end and start < d.end)]
        if in_clause:
            return min(in_clause, key=lambda d: abs(d.start - (start or pred.idx))).value
        if not any(t.lower_ in self.event_nouns for t in pred.subtree):
            return None
        tied = [d for d in doc.dates if d.value and d.end <= hi and self.after_event_noun(doc.text, d.start)]
        return tied[-1].value if tied else None

    def after_event_noun(self, text: str, start: int) -> bool:
        words = re.findall(r"\w+", text[max(0, start - 30):start].lower())
        return any(w in self.event_nouns for w in words[-EVENT_NOUN_REACH:])
