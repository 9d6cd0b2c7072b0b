"""Who vouches for a fact: the speaker of the quote it sits in, "selon X" / "d'après X" in its
sentence, or the subject of a reporting verb above it.

Reporting verbs are the quotes stage's lexicon (`resources/reporting_verbs.txt`, read through
`pipeline.attribution.lexicon`), so the two stages agree on what a report is.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..attribution.lexicon import QuoteLexicon
from ..attribution.phrases import starts_according
from .frames import NAMED_LABELS, SUBJECT_DEPS, canonical, inside, phrase

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..document import Document

DETERMINERS = re.compile(r"^(?:le|la|les|l['’]|un|une|des|du|de la|ce|cette|ces)\s+", re.IGNORECASE)
PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on", "ce", "c'", "c’", "cela", "ça", "qui", "celui-ci", "celle-ci"})
#: How a reported clause hangs on its reporting verb.
REPORTED_DEPS = frozenset({"ccomp", "parataxis", "xcomp", "advcl", "csubj"})
#: Source: (phrase, canonical name, cue lemma).
Source = tuple["str | None", "str | None", "str | None"]


def bare(name: str) -> str:
    """"la Commission électorale centrale" -> "Commission électorale centrale"."""
    return DETERMINERS.sub("", name, count=1)


def is_completive(clause: "Token") -> bool:
    """A "que" clause, whatever label the parser gave it ("a rappelé qu'au moins la moitié ...")."""
    return any(c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’") for c in clause.children)


class SourceFinder:
    """Built once per stage from the quotes' lexicon and the words that are never sources."""

    def __init__(self, lexicon: QuoteLexicon, not_sources: frozenset[str]) -> None:
        self.lexicon = lexicon
        self.not_sources = not_sources

    def __call__(self, doc: "Document", sent: "Span", pred: "Token", start: int, end: int) -> Source:
        for quote in doc.quotes:
            if quote.start <= start and end <= quote.end and quote.speaker:
                return quote.speaker, quote.speaker_canonical, quote.cue_lemma
        according = self.according_to(sent, start, end)
        if according is not None:
            name = phrase(according)
            return name, self.source_canonical(doc, according, name), None
        reporter = self.reporting_verb(pred)
        if reporter is None:
            return None, None, None
        cue = self.reporting_lemma(reporter)
        speaker = self.speaker_of(reporter, pred, start, end)
        covered = {t.i for t in speaker.subtree} if speaker is not None else set()
        if speaker is None or pred.i in covered or any(start <= sent.doc[i].idx < end for i in covered):
            return None, None, cue
        name = phrase(speaker)
        return name, self.source_canonical(doc, speaker, name), cue

    def reporting_lemma(self, token: "Token") -> str | None:
        return self.lexicon.verb_lemma(token)

    def is_reporting(self, token: "Token") -> bool:
        return self.lexicon.verb_lemma(token) is not None

    def according_to(self, sent: "Span", start: int, end: int) -> "Token | None":
        """The noun after "selon" / "d'après" in the sentence (outside the fact itself)."""
        doc = sent.doc
        for t in sent:
            width = starts_according(doc, t.i)
            if not width or start <= t.idx < end:
                continue
            noun = doc[t.i + width - 1].head
            if noun.pos_ in ("NOUN", "PROPN", "PRON") and noun.i != t.i + width - 1 and noun.lower_ not in self.not_sources:
                return noun
        return None

    def source_canonical(self, doc: "Document", token: "Token", name: str) -> str | None:
        """Looser than `frames.canonical`: "un sondage de l'Ifop" is sourced to the Ifop."""
        strict = canonical(doc, token)
        if strict or token.lower_ in PRONOUNS:
            return strict
        lo, hi = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
        inner = [e for e in doc.entities if e.label in NAMED_LABELS and lo <= e.start < hi]
        return inner[0].canonical if inner else bare(name)

    def reporting_verb(self, pred: "Token") -> "Token | None":
        """A reporting verb whose reported clause holds the predicate ("a indiqué que ... a atteint"),
        or attached to it as an incise ("..., a indiqué X"). A fact in the verb's object is not
        reported by its subject ("Le budget prévoit 5 milliards", "il a promis 250 euros")."""
        t = pred
        for _ in range(6):
            if t.head is t:
                break
            if (t.dep_ in REPORTED_DEPS or is_completive(t)) and self.is_reporting(t.head):
                return t.head
            t = t.head
        for child in pred.children:
            if child.dep_ in ("parataxis", "dep", "advcl", "conj") and child.i > pred.i and self.is_reporting(child):
                return child
        return None

    @staticmethod
    def speaker_of(reporter: "Token", pred: "Token", start: int, end: int) -> "Token | None":
        """The reporting verb's subject; after an inverted incise the parser often calls it obj."""
        deps = SUBJECT_DEPS + (("obj",) if reporter.i > pred.i else ())
        return next((c for c in reporter.children if c.dep_ in deps and not inside(c, start, end)
                     and (c.dep_ != "obj" or c.i > reporter.i)), None)
