"""When a fact holds: the TIMEX3 value of a date of the dates stage in the same clause, else the date
of the election the clause talks about ("le scrutin du 9 août" for "80,1 % des voix"). A SET ("2.000
tests par jour", "chaque année") is a rate, part of what the number means, never when it holds. In a
poll's brackets, "depuis X" right after a change dates that change only ("(36 % ; -6 depuis mars)": not
the 36 %)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..document import Document

#: "(36 % ; -6 points depuis mars, -13 points depuis février)": a "depuis" date right after a number
#: dates that number's change; a level or another change before it does not take it.
SINCE_AFTER = re.compile(r"[ \u00a0]*(?:points?|pts?)?[ \u00a0]*,?[ \u00a0]*(?:[\wÀ-ÿ]+ment[ \u00a0]+)?depuis[ \u00a0]+(?:le[ \u00a0]+|la[ \u00a0]+|l['’])?",
                         re.IGNORECASE)
SINCE_BEFORE = re.compile(r"depuis[ \u00a0]+(?:le[ \u00a0]+|la[ \u00a0]+|l['’])?$", re.IGNORECASE)
ANOTHER_NUMBER = re.compile(r"\d[ \u00a0]*(?:%|points?|pts?)", re.IGNORECASE)
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
        own = [d for d in in_clause if end and d.start >= end and SINCE_AFTER.fullmatch(doc.text[end:d.start])]
        if own:  # "-13 points depuis février": the change's own start
            return own[0].value
        in_clause = [d for d in in_clause if not self.anothers(doc.text, end, d.start)]
        if in_clause:
            return min(in_clause, key=lambda d: abs(d.start - (start or pred.idx))).value
        if not any(t.lower_ in self.event_nouns for t in pred.subtree):
            return None
        tied = [d for d in doc.dates if d.value and d.end <= hi and self.after_event_noun(doc.text, d.start)
                and not self.anothers(doc.text, end, d.start)]
        return tied[-1].value if tied else None

    @staticmethod
    def anothers(text: str, end: int, start: int) -> bool:
        """A "depuis" date after the fact with another number between: that number's change, not ours."""
        return bool(end) and start >= end and SINCE_BEFORE.search(text[end:start]) is not None \
            and ANOTHER_NUMBER.search(text[end:start]) is not None

    def after_event_noun(self, text: str, start: int) -> bool:
        words = re.findall(r"\w+", text[max(0, start - 30):start].lower())
        return any(w in self.event_nouns for w in words[-EVENT_NOUN_REACH:])
