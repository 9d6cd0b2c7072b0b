"""Turnout: a share of voters is about the election, not about a person.

Why apart: "la participation a atteint 66 %" has no holder in its clause, and the article's main
person (the fallback for holderless shares) is the wrong answer: the number is the election's. The
election is the one the article names nearest before the number ("la présidentielle", "le premier
tour"), else the first it names; `of` is "participation" (or "abstention"). So is the total of votes
a share is taken from ("60 % des 2.000 voix exprimées": the share is the candidate's, the total the
election's).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .framing import holder_fields

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ..document import Document
    from ..quantities import Quantity

#: "60 % des 2.000 voix exprimées", "la moitié des 120 suffrages": a total of votes a share is taken from.
SHARE_BEFORE = re.compile(r"(?:%|\bpour[ \u00a0]?cent|\bmoitié|\btiers|\bquarts?)[ \u00a0]*(?:des|de|d['’])[ \u00a0]*$", re.IGNORECASE)
VOTE_NOUNS = frozenset({"voix", "suffrages", "votes", "bulletins", "votants", "inscrits", "électeurs"})
#: Characters before the number, and after it, where a turnout word makes the share a turnout (within
#: its clause: "X a obtenu 66 %, avec une participation de 75 %" is X's 66 %).
BEFORE, AFTER = 80, 40


def alternatives(words: "frozenset[str]") -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


class Turnout:
    """Built once per stage from the word lists of facts_names.json (`turnout`, `election_nouns`)."""

    def __init__(self, turnout: "frozenset[str]", elections: "frozenset[str]") -> None:
        self.turnout = re.compile(r"\b(?:" + alternatives(turnout) + r")\b", re.IGNORECASE)
        self.elections = re.compile(r"\b(?:" + alternatives(elections) + r")\b", re.IGNORECASE)

    def fields(self, doc: "Document", sent: "Span", q: "Quantity") -> dict:
        """Subject (the election) and `of` of a turnout share or of a total of votes a share is taken
        from; {} for any other number."""
        if q.unit is None and (q.of or "").lower() in VOTE_NOUNS \
                and SHARE_BEFORE.search(doc.text[max(sent.start_char, sent.start_char + q.start - 30):sent.start_char + q.start]):
            return self.election(doc, sent.start_char + q.start) or holder_fields("subject", None, None, None, None)
        if q.unit != "percent":
            return {}
        start, end = sent.start_char + q.start, sent.start_char + q.end
        before = re.split(r"[,;:.()]", doc.text[max(sent.start_char, start - BEFORE):start])[-1]
        after = re.split(r"[,;:.()]", doc.text[end:min(sent.end_char, end + AFTER)])[0]
        found_word = self.turnout.fullmatch(q.of or "") or self.turnout.search(before) or self.turnout.search(after)
        if found_word is None:  # not across a comma
            return {}
        word = found_word.group().lower()
        return {"of": "abstention" if word == "abstention" else "participation", **self.election(doc, start)}

    def election(self, doc: "Document", start: int) -> dict:
        """The subject fields of the election the article names nearest before `start`, else first; {}."""
        found = list(self.elections.finditer(doc.text))
        earlier = [m for m in found if m.end() <= start]
        election = earlier[-1] if earlier else (found[0] if found else None)
        if election is None:
            return {}
        return holder_fields("subject", election.group(), election.start(), election.end(), None)
