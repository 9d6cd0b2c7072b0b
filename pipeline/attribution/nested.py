"""Statements reported inside a direct quote: '"Le tribunal a estimé que la plainte était
irrecevable", précise le communiqué' holds two statements, the document's (the whole quote) and the
court's (the que-clause). The annotation records both (dev README, "Quotes" conventions).

Only a named or described third party counts as the inner speaker (a noun phrase or a name before a
reporting verb with a que-clause): "Il a dit que …" inside a quote leaves "il" to be resolved from
the quoted speaker's point of view, and "Si X avait dit que …" reports nothing. The inner verb is
in a compound past ("a dit", "avaient affirmé"): a statement made before; in the present a
speaker often names itself ('"Twitter estime que …", selon le réseau social'). The outer quote has
its own reporting clause (a quote that only continues the previous one is left alone).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .candidates import Candidate
from .clauses import reporting_clause
from .indirect import IndirectQuoteFinder
from .phrases import token_index_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Words that make the clause before the verb hypothetical or negated: no statement was made.
NOT_STATED = frozenset({"si", "s'", "s’", "ne", "n'", "n’", "jamais"})


class NestedStatementFinder:
    """Finds, inside the content of a direct quote, reporting verbs with a named subject and a
    que-clause; each gives an indirect quote of its own, bounded by the direct quote."""

    def __init__(self, indirect: IndirectQuoteFinder) -> None:
        self.indirect = indirect
        self.lexicon = indirect.lexicon

    def __call__(self, doc: "Doc", quote: Candidate) -> list[Candidate]:
        if quote.cue is None:
            return []
        first, last = token_index_at(doc, quote.start), token_index_at(doc, quote.end - 1)
        found = []
        for verb in doc[first:last + 1]:
            lemma = self.lexicon.verb_lemma(verb)
            if lemma is None:
                continue
            candidate = self.statement(doc, verb, lemma, quote, first)
            if candidate is not None:
                found.append(candidate)
        return found

    def statement(self, doc: "Doc", verb: "Token", lemma: str, quote: Candidate, first: int) -> Candidate | None:
        content = self.indirect.que_clause(verb.sent, verb, lemma)
        if content is None or content[0] >= quote.end:
            return None
        clause = reporting_clause(verb, lemma, self.lexicon, inverted=False)
        speaker = clause.speaker
        if speaker is None or speaker.start < first or doc[speaker.head].pos_ not in ("NOUN", "PROPN") \
                or not self.indirect.can_speak(doc[speaker.head]):
            return None
        if any(t.lower_ in NOT_STATED for t in doc[max(first, verb.sent.start):verb.i]):
            return None
        if not any(t.pos_ == "AUX" for t in doc[clause.cue[0]:verb.i]):
            return None  # "a dit", not "dit" or "estime"
        return Candidate("indirect", content[0], min(content[1], quote.end), clause.cue, lemma, speaker, clause.medium)
