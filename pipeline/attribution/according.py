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
from .phrases import TokenSpan, noun_phrase_from, starts_according, token_mask

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

POUR_PRONOUNS = frozenset({"lui", "elle", "eux", "elles"})
OPENING_WORDS = frozenset({"mais", "et", "or", "donc", "ainsi"})
OPENING_MARKS = frozenset('«“"')
CLOSING_MARKS = frozenset('»”"')
SENTENCE_END = frozenset({".", "!", "?", "…"})  # the parse may run a sentence on past its period
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
        phrase = source_phrase(sent, i + width)
        if phrase is None or doc[phrase.head].lower_ in NOT_A_SOURCE or self.lexicon.noun_class(doc[phrase.head].lower_, "not_source"):
            return None  # "selon moi"-like, or a method: "selon la méthode des quotas"
        before = [t for t in doc[sent.start:i] if not (t.is_punct or t.lower_ in OPENING_WORDS)]
        after_end = source_end(sent, phrase.end)
        if not before:
            content = content_to_end(sent, after_end, is_cue=lambda t: self.lexicon.verb_lemma(t) is not None)
        elif after_end >= sent.end - 1 or doc[after_end].text in SENTENCE_END or all(t.is_punct for t in doc[after_end:sent.end]):
            content = trimmed(doc, sent.start, i)
        else:
            content = trimmed(doc, sent.start, sent.end)
        if content is None:
            return None
        lemma = "selon" if doc[i].lower_ == "selon" else ("pour" if doc[i].lower_ == "pour" else "d'après")
        return Candidate("according_to", content[0], content[1], (i, i + width), lemma, phrase)



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
