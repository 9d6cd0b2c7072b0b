"""Attribution by preposition: "Selon X, …", "…, d'après X", "Pour X, …".

"pour" is an attribution only when it opens the sentence and names someone who can hold an opinion
(a name, a pronoun, a person noun) before a comma: "Pour Marine Le Pen, le gouvernement a échoué",
never "pour la première fois" or "pour 2022".
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .candidates import Candidate
from .indirect import content_to_end, trimmed
from .lexicon import QuoteLexicon
from .phrases import TokenSpan, noun_phrase_from, starts_according, subject_phrase, token_mask

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

POUR_PRONOUNS = frozenset({"lui", "elle", "eux", "elles"})
OPENING_WORDS = frozenset({"mais", "et", "or", "donc", "ainsi"})
OPENING_MARKS = frozenset('«“"')
CLOSING_MARKS = frozenset('»”"')
SENTENCE_END = frozenset({".", "!", "?", "…"})  # the parse may run a sentence on past its period
#: "selon lequel/laquelle": the antecedent is the source.
RELATIVE_SOURCES = frozenset({"lequel", "laquelle", "lesquels", "lesquelles"})
RELATIVES = frozenset({"qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles"})
NOT_A_SOURCE = frozenset({"que", "qu'", "qu’", "moi", "nous", "toi", "vous"})


class AccordingToFinder:
    def __init__(self, lexicon: QuoteLexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: "Doc", blocked: list[tuple[int, int]]) -> list[Candidate]:
        found = []
        skip = token_mask(doc, blocked)
        for sent in doc.sents:
            for token in sent:
                if skip[token.i]:
                    continue
                width = starts_according(doc, token.i) or self.pour_width(sent, token.i)
                if width:
                    candidate = self.candidate_at(sent, token.i, width)
                    if candidate is not None:
                        found.append(candidate)
        return found

    def pour_width(self, sent: "Span", i: int) -> int:
        doc = sent.doc
        if doc[i].lower_ != "pour":
            return 0
        before = [t for t in doc[sent.start:i] if not t.is_punct]
        if any(t.lower_ not in OPENING_WORDS for t in before):
            return 0
        phrase = noun_phrase_from(doc, i + 1, sent.end)
        if phrase is None or phrase.end >= sent.end or doc[phrase.end].text != ",":
            return 0
        head = doc[phrase.head]
        is_source = head.pos_ == "PROPN" or head.lower_ in POUR_PRONOUNS or head.ent_type_ in ("PER", "ORG") \
            or self.lexicon.noun_class(head.lemma_, "person")
        return 1 if is_source else 0

    def candidate_at(self, sent: "Span", i: int, width: int) -> Candidate | None:
        doc = sent.doc
        if i + width < sent.end and doc[i + width].lower_ in RELATIVE_SOURCES:
            return self.relative_candidate(sent, i, width)
        phrase = source_phrase(sent, i + width)
        if phrase is None or doc[phrase.head].lower_ in NOT_A_SOURCE or self.lexicon.noun_class(doc[phrase.head].lower_, "not_source"):
            return None  # "selon moi"-like, or a method: "selon la méthode des quotas"
        before = [t for t in doc[sent.start:i] if not (t.is_punct or t.lower_ in OPENING_WORDS)]
        after_end = phrase.end if doc[phrase.head].pos_ == "PRON" else source_end(sent, phrase.end)  # "selon lui"
        if not before:
            content = content_to_end(sent, after_end, is_cue=lambda t: self.lexicon.verb_lemma(t) is not None)
        elif after_end >= sent.end - 1 or doc[after_end].text in SENTENCE_END or all(t.is_punct for t in doc[after_end:sent.end]):
            content = trimmed(doc, sent.start, i)
        else:
            content = nonfinite_clause_around(sent, phrase, i) or clause_around(sent, phrase, i)
        if content is None:
            return None
        lemma = "selon" if doc[i].lower_ == "selon" else ("pour" if doc[i].lower_ == "pour" else "d'après")
        return Candidate("according_to", content[0], content[1], (i, i + width), lemma, phrase)

    def relative_candidate(self, sent: "Span", i: int, width: int) -> Candidate | None:
        """"un rapport, selon lequel Y, …", "une enquête selon laquelle Y": the antecedent is the
        source, Y the relative clause (to the comma closing it when the relative stands between
        commas, else to the sentence end)."""
        doc = sent.doc
        k = i - 1 if i - 1 > sent.start and doc[i - 1].text == "," else i
        head = doc[k - 1] if k - 1 >= sent.start else None
        if head is None or head.pos_ not in ("NOUN", "PROPN"):
            return None
        source = subject_phrase(head)
        first = i + width + 1
        closing = next((t.i for t in doc[first:sent.end] if t.text == ","), None) if k < i else None
        content = trimmed(doc, first, closing) if closing is not None else content_to_end(sent, first)
        if content is None:
            return None
        return Candidate("according_to", content[0], content[1], (i, i + width), "selon", source)



def clause_around(sent: "Span", phrase: TokenSpan, i: int) -> tuple[int, int] | None:
    """The clause holding a "selon lui" set in its middle ("Le gouvernement a selon lui commis une
    faute"; "… : il faut selon lui « … »"): the subtree of the verb the pronoun hangs on, when it
    holds the cue with words on both sides and is no relative clause; else the whole sentence. Only
    for a pronoun: a named source's phrase is often hung on the wrong verb, where the sentence is
    the safer span."""
    doc = sent.doc
    verb = doc[phrase.head].head
    if doc[phrase.head].pos_ == "PRON" and verb.pos_ in ("VERB", "AUX") and verb.i != phrase.head:
        first, last = verb.left_edge.i, verb.right_edge.i + 1
        while first < i and (doc[first].pos_ in ("SCONJ", "CCONJ") or doc[first].is_punct):
            first += 1
        if sent.start <= first < i and phrase.end < last <= sent.end and doc[first].lower_ not in RELATIVES:
            return trimmed(doc, first, last)
    return trimmed(doc, sent.start, sent.end)


def nonfinite_clause_around(sent: "Span", phrase: TokenSpan, i: int) -> tuple[int, int] | None:
    """A "selon X" set between commas right after a non-finite verb ("après avoir subi, selon son
    entourage, des pressions", "et provoqué, selon l'ONU, la pire crise"): the smallest span holding
    what is reported is that verb's clause (its subtree, without the preposition or conjunction
    that opens it, to the end of what follows the source's closing comma). The parse often hangs
    the verb's object on the source phrase: the words after the comma are read by position."""
    doc = sent.doc
    if i - 2 < sent.start or doc[i - 1].text != "," or phrase.end + 1 >= sent.end or doc[phrase.end].text != ",":
        return None
    verb = doc[i - 2]
    forms = verb.morph.get("VerbForm")
    if verb.pos_ != "VERB" or not ("Inf" in forms or "Part" in forms) or verb.lower_.endswith("ant"):
        return None
    first = verb.left_edge.i
    while first < verb.i and (doc[first].pos_ in ("ADP", "SCONJ", "CCONJ") or doc[first].is_punct):
        first += 1
    if first < sent.start or doc[first].lower_ in RELATIVES:
        return None
    tail = content_to_end(sent, phrase.end + 1)  # None for a short object ("des pressions"): to the sentence end
    whole = trimmed(doc, first, sent.end)
    if whole is None:
        return None
    return whole[0], tail[1] if tail is not None else whole[1]


def source_phrase(sent: "Span", first: int) -> TokenSpan | None:
    """The noun phrase naming the source; a quoted title is the whole title ("Selon « Le Courrier
    du soir », …")."""
    doc = sent.doc
    if first < sent.end and doc[first].text in OPENING_MARKS:
        close = next((t.i for t in doc[first + 1:sent.end] if t.text in CLOSING_MARKS), None)
        phrase = noun_phrase_from(doc, first + 1, sent.end)
        if close is not None and phrase is not None and close > first + 1:
            return TokenSpan(first + 1, close, phrase.head)
        return phrase
    return noun_phrase_from(doc, first, sent.end)


def source_end(sent: "Span", end: int) -> int:
    """The end of the source's description: "selon un sondage Ifop | publié dimanche, | 62 %…" runs
    on to the comma, or to the sentence end, when no finite verb comes before it (a participle,
    "pour Paris-Match", a date belong to the source)."""
    doc = sent.doc
    for k in range(end, sent.end):
        token = doc[k]
        if token.text == "," or (token.is_punct and token.text in ".;:!?"):
            return k
        if token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm") or token.lower_ in ("que", "qu'", "qu’"):
            return end
    return sent.end
