"""Direct quotes: quote-mark spans that stand as an utterance, with the clause that attributes them.

A marked span is a direct quote when it opens a sentence, a paragraph or follows a colon, dash or
reporting verb, and ends a sentence or is followed by its reporting clause. Anything else («vœux
chaleureux», "abus de confiance") is a fragment: words quoted inside other content, left to the
indirect rules (which call the quote holding them `mixed`).

Where the attribution is looked for, in order: the incise after the closing mark (", indique la
chaîne", "– X"), an incise inside the marks («A, dit-elle. B»), the clause before a colon or a
reporting verb just before the opening mark, and "X : «…»".
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicons import read_json
from ..verb_forms import listed_infinitive
from .candidates import Candidate
from .clauses import ReportingClause, reporting_clause, with_leading_name
from .indirect import IndirectQuoteFinder, content_to_end
from .lexicon import QuoteLexicon
from ..marks import MarkedSpan
from .nested import NestedStatementFinder
from .phrases import (EUPHONIC_T, TokenSpan, adverbial_at, clitic_after, is_clitic_subject, noun_phrase_from, preverbal_subject,
                      starts_according, subject_phrase, token_index_at)
from ..spacy_text import doc_text
from ..lines import blank_before, line_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SENTENCE_END = frozenset(".!?…")
LEAD_IN = frozenset({":", "–", "—", "-", "(", "\n"})
AFTER_PUNCT = frozenset({",", "–", "—", "(", "-"})
CUE_FILLERS = frozenset({"s'", "s’", "se", "ne", "n'", "n’", "lui", "leur", "me", "m'", "m’", "nous", "vous"})
#: Words that may open a sentence before its quote ("Car « … », a-t-il insisté").
OPENING_WORDS = frozenset({"car", "mais", "et", "or", "donc", "puis", "alors", "enfin", "pourtant", "ainsi", "bref"})
CUE_WINDOW = 7
LABEL_MAX_WORDS = 4
NAMED_LEAD_MAX = 8
SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})
#: Participles used as prepositions in a heading's lead ("Macron concernant le climat : « … »").
PREPOSITION_PARTICIPLES = frozenset({"concernant"})


class DirectQuoteFinder:
    """Turns marked spans into direct-quote candidates; returns the fragments apart."""

    def __init__(self, lexicon: QuoteLexicon) -> None:
        self.lexicon = lexicon
        self.nested = NestedStatementFinder(IndirectQuoteFinder(lexicon))

    def __call__(self, doc: "Doc", spans: list[MarkedSpan]) -> tuple[list[Candidate], list[MarkedSpan]]:
        """The direct quotes, each followed by the statements reported inside it (`nested`), and
        the fragments."""
        quotes, fragments = [], []
        previous: tuple[MarkedSpan, Candidate] | None = None  # the last quote attributed by an incise after it
        for span in spans:
            first = token_index_at(doc, span.open)
            last = token_index_at(doc, span.close) if span.close is not None else None
            if previous is not None and resumes_after_incise(doc, *previous, span):
                quotes.append(Candidate("direct", span.start, span.end, follows=True))
                previous = None
            elif self.is_utterance(doc, span, first, last) and not self.is_label(doc, span, first, last):
                attributed = self.attribute(doc, span, first, last)
                quotes.extend(attributed)
                quotes.extend(inner for quote in attributed for inner in self.nested(doc, quote))
                previous = (span, attributed[-1])
            elif (opened := self.opened_by_verb(doc, span, first, last)) is not None:
                quotes.append(opened)
                previous = None
            else:
                fragments.append(span)
                previous = None
        return quotes, fragments

    # -- is it a quote of its own? ------------------------------------------------------
    def is_utterance(self, doc: "Doc", span: MarkedSpan, first: int, last: int | None) -> bool:
        return self.opens_clause(doc, span, first) and self.closes_clause(doc, span, last)

    def is_label(self, doc: "Doc", span: MarkedSpan, first: int, last: int | None) -> bool:
        """A few quoted words with no verb and no reporting clause ("Réconciliation" as a
        subheading, «Gilets jaunes» : … in a headline) name a topic; they are not an utterance."""
        words = doc[first + 1:last] if last is not None else doc[first + 1:token_index_at(doc, span.end - 1) + 1]
        if len(doc_text(doc)[span.start:span.end].split()) > LABEL_MAX_WORDS or any(t.pos_ in ("VERB", "AUX") for t in words):
            return False
        return last is None or (self.clause_after(doc, last) is None and self.clause_before(doc, first) is None)

    def opens_clause(self, doc: "Doc", span: MarkedSpan, first: int) -> bool:
        text = doc_text(doc)
        before = text[line_start(text, span.open):span.open].rstrip()
        if not before or before[-1] in LEAD_IN or before[-1] in SENTENCE_END:
            return True
        if doc[first].is_sent_start:
            return True
        words = before.split()
        if words and words[-1].lower() in OPENING_WORDS and doc[first - 1].is_sent_start:
            return True
        previous = doc[first - 1] if first > 0 else None
        if previous is not None and previous.text == ",":
            previous = doc[first - 2] if first > 1 else None
        if previous is None:
            return False
        is_cue = self.lexicon.verb_lemma(previous) is not None or is_clitic_subject(previous)
        return is_cue and (looks_like_clause(text[span.start:span.end]) or self.has_subject_and_verb(doc, span, first))

    @staticmethod
    def has_subject_and_verb(doc: "Doc", span: MarkedSpan, first: int) -> bool:
        """'a déclaré « nous verrons bien »': lower-case words after the verb that hold a subject and a
        finite verb are a sentence of their own ('a dénoncé « un coup de com' »' is not)."""
        words = doc[first + 1:token_index_at(doc, span.end - 1) + 1]
        if not len(words) or words[0].lower_ in ("que", "qu'", "qu’") or words[0].lower_.startswith(("qu'", "qu’")):
            return False
        relative = ("acl", "acl:relcl")  # "la hausse des prix qui pèse": a noun phrase, not a sentence
        subject = any(t.dep_.startswith("nsubj") and t.head.dep_ not in relative and t.lower_ not in ("qui", "que") for t in words)
        return subject and any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and t.dep_ not in relative
                               for t in words)

    def closes_clause(self, doc: "Doc", span: MarkedSpan, last: int | None) -> bool:
        if last is None:
            return True
        after = doc_text(doc)[span.outer_end:].lstrip(" \t")
        if not after or after[0] == "\n" or after[0] in SENTENCE_END or after[0] in ";–—(":
            return True
        if after[0] in ",-":
            return self.clause_after(doc, last) is not None
        inside = doc_text(doc)[span.start:span.end].rstrip()
        if inside and inside[-1] in SENTENCE_END and after[0].isupper():
            return True  # « … c'est la sécu ! » Refusant …: the quote closed its own sentence
        if after[0] == ":" and opens_paragraph(doc_text(doc), span.open):
            return True  # a headline: « Nous ne reculerons pas » : la maire défend son plan
        return last + 1 < len(doc) and self.clause_after(doc, last) is not None

    def opened_by_verb(self, doc: "Doc", span: MarkedSpan, first: int, last: int | None) -> Candidate | None:
        """'Elle « demande aux élus de voter contre »': quoted words that open with the reporting
        verb of the subject just before the marks (a subject pronoun, or the noun phrase that opens
        the sentence). They are the subject's: a direct quote when the marks close the sentence,
        else a mixed quote from the opening mark to the end of what is reported."""
        if last is None or first + 1 >= len(doc) or first < 1:
            return None
        verb = doc[first + 1]
        if self.lexicon.verb_lemma(verb, loose=True) is None or "Fin" not in verb.morph.get("VerbForm") \
                or verb.lower_ in ("est", "sont", "a", "ont"):
            return None
        speaker = subject_before_mark(doc, first)
        if speaker is None or self.clause_after(doc, last) is not None:
            return None  # '« … », ont déploré X': the incise's speaker, for the other rules
        head = doc[speaker.head]
        if head.pos_ != "PRON" and not (head.ent_type_ in ("PER", "ORG") or self.lexicon.noun_class(head.lemma_, "person")
                                        or self.lexicon.noun_class(head.lemma_, "group")):
            return None
        after = doc_text(doc)[span.outer_end:span.outer_end + 2].lstrip(" ")
        if not after or after[0] in SENTENCE_END or after[0] == "\n":
            return Candidate("direct", span.start, span.end, None, None, speaker)
        content = content_to_end(doc[first].sent, first, is_cue=lambda t: self.lexicon.verb_lemma(t) is not None)
        return Candidate("mixed", content[0], content[1], None, None, speaker) if content is not None else None

    # -- who said it ----------------------------------------------------------------------
    def attribute(self, doc: "Doc", span: MarkedSpan, first: int, last: int | None) -> list[Candidate]:
        """One direct quote, or two when an incise splits it («A, confie un proche. B»)."""
        clause = None
        if last is not None:
            clause = self.clause_after(doc, last) or self.named_after(doc, last)
        if clause is None:
            incise = self.incise_inside(doc, first, last if last is not None else token_index_at(doc, span.end - 1))
            if incise is not None:
                return self.split_at_incise(doc, span, *incise)
        if clause is None:
            clause = self.clause_before(doc, first)
        if clause is None and last is not None and opens_paragraph(doc_text(doc), span.open):
            headline = self.headline_subject(doc, last)
            if headline is not None:
                return [Candidate("direct", span.start, span.end, None, None, headline.speaker)]
        if clause is None:
            return [Candidate("direct", span.start, span.end, follows=True)]
        return [Candidate("direct", span.start, span.end, clause.cue, clause.lemma, clause.speaker, clause.medium,
                          follows=clause.speaker is None)]

    @staticmethod
    def split_at_incise(doc: "Doc", span: MarkedSpan, clause: ReportingClause, comma: int) -> list[Candidate]:
        """The words before the incise's comma and those after its closing punctuation: two quotes
        of the incise's speaker (the annotation rule for "A, a-t-il dit, B")."""
        attributed = dict(cue=clause.cue, cue_lemma=clause.lemma, speaker=clause.speaker, medium=clause.medium)
        quotes = [Candidate("direct", span.start, doc[comma].idx, **attributed)]
        after = max(clause.speaker.end, clause.cue[1])
        while after < len(doc) and (doc[after].is_punct or doc[after].is_space) and doc[after].idx < span.end:
            after += 1
        if after < len(doc) and doc[after].idx < span.end:
            quotes.append(Candidate("direct", doc[after].idx, span.end, **attributed))
        return quotes

    def clause_after(self, doc: "Doc", last: int) -> ReportingClause | None:
        """", a-t-elle déclaré", ", indique la chaîne Belarus 1", ", selon X" after the closing mark."""
        i = last + 1
        while i < len(doc) and doc[i].text in AFTER_PUNCT:
            i += 1
        if i < len(doc) and starts_according(doc, i) and doc[i - 1].text == ",":
            return self.according_clause(doc, i)
        k, end, clitic_seen = i, min(len(doc), i + CUE_WINDOW), False
        while k < end:
            skip = adverbial_at(doc, k)
            if skip:
                k += skip
                continue
            token = doc[k]
            if token.is_sent_start and k > i or token.is_punct:
                return None
            lemma = self.lexicon.verb_lemma(token, loose=True)
            if lemma is None and incise_lemma(token) is not None and not bare_participle(token):
                # '« … », commence le président', 'a continué X': with a speaker only
                clause = reporting_clause(token, incise_lemma(token), self.lexicon, inverted=True)
                return clause if clause.speaker is not None else None
            if lemma is None and token.pos_ in ("VERB", "NOUN", "ADJ") and (clitic_seen or clitic_after(token) is not None):
                lemma = token.lemma_.lower()  # "a-t-il X": the inversion itself marks an incise
            if lemma is not None:
                return reporting_clause(token, lemma, self.lexicon, inverted=True)
            if not (token.pos_ in ("AUX", "ADV") or token.dep_.startswith("aux") or token.lower_ in CUE_FILLERS or token.lower_ in EUPHONIC_T
                    or is_clitic_subject(token)):
                return None
            clitic_seen = clitic_seen or is_clitic_subject(token)
            k += 1
        return None

    def according_clause(self, doc: "Doc", i: int) -> ReportingClause | None:
        j = i + starts_according(doc, i)
        phrase = noun_phrase_from(doc, j, doc[i].sent.end) if j < len(doc) else None
        return ReportingClause((i, j), "selon" if doc[i].lower_ == "selon" else "d'après", phrase, None)

    def named_after(self, doc: "Doc", last: int) -> ReportingClause | None:
        """«…» – X, «…» (X): a bare name after a dash or bracket."""
        i = last + 1
        if i >= len(doc) or doc[i].text not in ("–", "—", "(", "-"):
            return None
        phrase = noun_phrase_from(doc, i + 1, doc[i].sent.end)
        return ReportingClause((i, i + 1), None, phrase, None) if phrase else None

    def incise_inside(self, doc: "Doc", first: int, last: int) -> tuple[ReportingClause, int] | None:
        """«A, dit-elle. B», «A, confie un macroniste. B»: a reporting verb with an inverted subject
        right after a comma inside, closed by punctuation; the clause and the comma's index."""
        for k in range(first + 1, last):
            if doc[k].text != ",":
                continue
            clause = self.clause_after(doc, k)
            if clause is None or clause.speaker is None:
                continue
            closed = clause.speaker.end < last and doc[clause.speaker.end].text in (".", ",", ";", "!", "?")
            if is_clitic_subject(doc[clause.speaker.head]) or (closed and clause.lemma in self.lexicon.verbs):
                return clause, k
        return None

    def clause_before(self, doc: "Doc", first: int) -> ReportingClause | None:
        """"X a déclaré : «…»", "X : «…»" or "a-t-il lancé «…»"."""
        i = first - 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i < 0:
            return None
        if doc[i].text == ":":
            return self.clause_before_colon(doc, i)
        if doc[i].text == ",":
            i -= 1
        if i >= 0 and is_clitic_subject(doc[i]):
            i -= 1
        lemma = self.lexicon.verb_lemma(doc[i]) if i >= 0 else None
        return reporting_clause(doc[i], lemma, self.lexicon) if lemma else None

    def clause_before_colon(self, doc: "Doc", colon: int) -> ReportingClause | None:
        sent_start = doc[colon].sent.start
        for k in range(colon - 1, sent_start - 1, -1):
            lemma = self.lexicon.verb_lemma(doc[k])
            if lemma is not None:
                return reporting_clause(doc[k], lemma, self.lexicon, inverted=False)
        tokens = doc[sent_start:colon]
        if 0 < len(tokens) <= NAMED_LEAD_MAX and not any(is_lead_verb(t) for t in tokens):
            phrase = leading_person(doc, sent_start, colon) or noun_phrase_from(doc, sent_start, colon)
            if phrase is not None and self.can_speak(doc[phrase.start:phrase.end], doc[phrase.head]):
                return ReportingClause((colon, colon + 1), None, phrase, None)
            if phrase is None:
                return self.previous_subject(doc, sent_start, colon)
            return None
        subject = self.subject_before_colon(doc, sent_start, colon)
        according = self.according_before_colon(doc, sent_start, colon)
        if according is not None:  # "X a été plus virulent d'après le quotidien : «…»" is X's
            return subject or according
        return self.person_before_colon(doc, sent_start, colon) or subject

    def previous_subject(self, doc: "Doc", sent_start: int, colon: int) -> ReportingClause | None:
        """"X a bien tenté de les retenir. En vain : «…»": a lead-in that names nobody leaves the
        quote to the subject of the sentence before, in the same paragraph."""
        if sent_start == 0 or "\n" in doc[sent_start - 1].text:
            return None
        previous = doc[sent_start - 1].sent
        if any("\n" in t.text for t in previous):
            return None
        subject = preverbal_subject(previous.root) if previous.root.pos_ in ("VERB", "AUX", "ADJ") else None
        if subject is None or not (subject.lower_ in ("il", "elle") or self.can_speak(None, subject)):
            return None
        return ReportingClause((colon, colon + 1), None, with_leading_name(doc, subject_phrase(subject)), None)

    @staticmethod
    def according_before_colon(doc: "Doc", sent_start: int, colon: int) -> ReportingClause | None:
        """"Une réforme qui, selon ses propos, séduirait X : «…»": the source of "selon" speaks, not
        the person the lead-in talks about (unless the lead-in's subject can speak)."""
        for k in range(sent_start, colon):
            skip = starts_according(doc, k)
            if skip:
                phrase = noun_phrase_from(doc, k + skip, colon)
                return ReportingClause((colon, colon + 1), None, phrase, None) if phrase is not None else None
        return None

    def subject_before_colon(self, doc: "Doc", sent_start: int, colon: int) -> ReportingClause | None:
        """"Jeanne Martin a été plus sévère : «…»": with no reporting verb before the colon, the
        named subject of the lead-in's main verb speaks."""
        for token in doc[sent_start:colon]:
            if token.dep_ == "ROOT":  # a verb, or the adjective of "a été plus virulent"
                subject = preverbal_subject(token)
                if subject is not None and (subject.lower_ in ("il", "elle") or self.can_speak(None, subject)):
                    return ReportingClause((colon, colon + 1), None, with_leading_name(doc, subject_phrase(subject)), None)
        return None

    def headline_subject(self, doc: "Doc", last: int) -> ReportingClause | None:
        """"« Nous ne reculerons pas » : la maire de Paris défend son plan": the subject of the
        headline's verb after the colon, when it can speak."""
        i = last + 1
        if i >= len(doc) or doc[i].text != ":":
            return None
        for token in doc[i + 1:min(len(doc), i + 1 + NAMED_LEAD_MAX * 2)]:
            if token.is_space:
                break
            if token.pos_ == "VERB":
                subject = preverbal_subject(token)
                if subject is None or subject.i <= i:
                    break
                phrase = subject_phrase(subject)
                return ReportingClause((i, i + 1), None, phrase, None) if self.can_speak(None, subject) else None
        first = doc[i + 1] if i + 1 < len(doc) else None
        if first is not None and first.ent_iob_ == "B" and first.ent_type_ == "PER":
            end = first.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            return ReportingClause((i, i + 1), None, TokenSpan(first.i, end, first.i), None)  # "« … » : Philippe charge Trump"
        return None

    def can_speak(self, tokens, head: "Token") -> bool:
        """A name of a person or organisation, or a role noun ("Le ministre : «…»")."""
        return head.ent_type_ in ("PER", "ORG") or self.lexicon.noun_class(head.lemma_, "person")

    @staticmethod
    def person_before_colon(doc: "Doc", sent_start: int, colon: int) -> ReportingClause | None:
        """"… a reçu le soutien de Marine Le Pen, la présidente du RN : «…»": the person named last
        before the colon speaks, when no verb follows the name."""
        for ent in reversed([e for e in doc.ents if sent_start <= e.start and e.end <= colon]):
            if ent.label_ != "PER":
                continue
            if any(is_lead_verb(t) for t in doc[ent.end:colon]):
                return None
            return ReportingClause((colon, colon + 1), None, TokenSpan(ent.start, ent.end, ent.start), None)
        return None


@lru_cache(maxsize=1)
def incise_verbs() -> frozenset[str]:
    """Verbs that order a speech ("commence", "a continué"), cues only in an incise after quoted
    words (`incise` of quote_verb_frames.json; read once per process)."""
    return frozenset(read_json("quote_verb_frames.json")["incise"])


def incise_lemma(token: "Token") -> str | None:
    """The infinitive of an incise-only verb ('« … », commence le président', "a continué X")."""
    if token.pos_ not in ("VERB", "NOUN", "ADJ"):
        return None
    verbs = incise_verbs()
    lemma = token.lemma_.lower()
    return lemma if lemma in verbs else listed_infinitive(token.text, verbs)


def subject_before_mark(doc: "Doc", mark: int) -> TokenSpan | None:
    """The subject right before an opening mark: a subject pronoun ("Elle « … »") or the noun phrase
    that opens the sentence and ends at the mark ("Le collectif « … »")."""
    before = doc[mark - 1]
    if before.lower_ in SUBJECT_PRONOUNS:
        return TokenSpan(mark - 1, mark, mark - 1)
    sent_start = doc[mark].sent.start
    phrase = noun_phrase_from(doc, sent_start, mark) if sent_start < mark else None
    if phrase is None or phrase.end != mark or doc[phrase.head].pos_ not in ("NOUN", "PROPN"):
        return None
    return phrase


def resumes_after_incise(doc: "Doc", before: MarkedSpan, quote: Candidate, span: MarkedSpan) -> bool:
    """«A», dit X, «b …»: quoted words that go on right after the incise attributing the quote
    before them (a comma, the incise, a comma, the opening mark; one sentence, no other quote mark)
    and close their clause are the rest of that quote, said by the same speaker."""
    if quote.cue is None or before.close is None or span.close is None or doc[quote.cue[0]].idx < before.close:
        return False
    between = doc_text(doc)[before.outer_end:span.open]
    if not between.lstrip().startswith(",") or not between.rstrip().endswith(",") or any(c in between for c in ".!?;:\n«»“”\""):
        return False
    after = doc_text(doc)[span.outer_end:span.outer_end + 2].lstrip(" ")
    return not after or after[0] in ".!?…,;\n"


def bare_participle(token: "Token") -> bool:
    """A past participle with no auxiliary before it ('« … », repris par X'): no incise."""
    return "Part" in token.morph.get("VerbForm") and not (token.i > 0 and token.doc[token.i - 1].pos_ == "AUX")


def is_lead_verb(token: "Token") -> bool:
    """A verb in the words before a colon, but a participle used as a preposition ("concernant")."""
    return token.pos_ in ("VERB", "AUX") and token.lower_ not in PREPOSITION_PARTICIPLES


def leading_person(doc: "Doc", first: int, limit: int) -> TokenSpan | None:
    """The person's name that opens a heading's lead ("Macron sur la réforme : « … »"), read off the
    entity tags: the tagger often calls a lone surname an adverb or a noun."""
    if doc[first].ent_iob_ != "B" or doc[first].ent_type_ != "PER":
        return None
    end = first + 1
    while end < limit and doc[end].ent_iob_ == "I":
        end += 1
    return TokenSpan(first, end, first) if end < limit else None


def opens_paragraph(text: str, at: int) -> bool:
    return blank_before(text, at)


def looks_like_clause(text: str) -> bool:
    """Quoted words after a verb that read as an utterance of their own: they start a sentence.
    ('a lancé "Nous gagnerons"' is a quote; 'a appelé "à la formation d'un pacte"' a fragment.)"""
    text = text.strip()
    return bool(text) and (text[0].isupper() or text[0].isdigit())
