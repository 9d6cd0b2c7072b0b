"""Poll shares: which institute states them and whom they are about.

Why apart from `sources`: a poll article names its institute once ("selon un sondage Ifop publié
dimanche", or only at the end: "Cette enquête Ifop-Fiducial a été réalisée ...") and then gives a
dozen shares with no "selon" of their own; each of them is the institute's number, not the
newspaper's. And "62 % des Français estiment que le président ..." counts the people polled: the
share is about what they judge (the president), not about "les Français".
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .descriptions import bare
from .frames import A_WORDS, DE_WORDS, NAMED_LABELS, case_of, infinitive, phrase_bounds, possessed
from .framing import holder_fields
from .names import Named, Names

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..document import Document

POLL_UNITS = frozenset({"percent", "point", "ratio"})
#: Words that make a sentence talk about a poll even without a poll noun.
POLL_CUES = re.compile(r"\b(?:intentions? de vote|cote de (?:popularité|confiance)|popularité|sondés?|sondées?|"
                       r"personnes interrogées|jugements? (?:favorables?|positifs?|négatifs?)|satisfaits?|mécontents?)\b",
                       re.IGNORECASE)
OPINION_DEPS = ("ccomp", "xcomp", "obj")
#: Verbs and nouns of an opinion about someone or something, read only in a poll article.
OPINION_VERBS = frozenset({"approuver", "désapprouver", "soutenir", "souhaiter", "juger", "rejeter", "plébisciter",
                           "réclamer", "craindre", "redouter", "préférer", "avoir", "faire", "accorder"})
OPINION_NOUNS = frozenset({"opinion", "image", "avis", "jugement", "confiance", "regard"})
LIGHT_OPINION_VERBS = frozenset({"avoir", "faire", "accorder"})
#: How a poll was made: its sample ("auprès de 1.000 personnes", "un échantillon de") and its margin.
SAMPLE = re.compile(r"\b(?:échantillon|auprès d(?:e|u|es|['’])|interrogée?s)", re.IGNORECASE)
MARGIN = re.compile(r"\bmarges? d['’]erreur", re.IGNORECASE)


class Polls:
    """Per document, from its `Names`."""

    def __init__(self, doc: "Document", names: Names) -> None:
        self.doc = doc
        self.names = names
        self.poll_words = names.words.poll_pattern  # compiled once per stage, not per document
        opening = doc.text[:doc.sentences[0].end] if doc.sentences else ""
        institutes = names.institutes
        self.poll_article = bool(institutes) and (
            self.poll_words.search(opening) is not None or any(n.start < len(opening) for n in institutes)
            or len(self.poll_words.findall(doc.text)) >= 2)

    def institute_for(self, sent: "Span", unit: str | None, start: int) -> Named | None:
        """The institute that states a share of this sentence: in a poll article, or in a sentence that
        names a poll or its vocabulary ("intentions de vote", "sondés")."""
        if unit not in POLL_UNITS or not self.names.institutes:
            return None
        text = sent.text
        if self.poll_article or self.poll_words.search(text) or POLL_CUES.search(text):
            return self.names.institute_near(start)
        return None

    def method(self, sent: "Span", q_unit: str | None, of: str | None) -> "Token | None":
        """The poll a number of its method is about ("L'enquête a été réalisée auprès de 1.000
        personnes", "marge d'erreur de 2 à 3,5 points"): the poll noun of the sentence, else the
        article's last one before it, else its first; None outside poll articles."""
        if not self.poll_article:
            return None
        sample = q_unit is None and (of or "").lower() in self.names.words.respondents and SAMPLE.search(sent.text)
        if not sample and not (q_unit == "point" and MARGIN.search(sent.text)):
            return None  # "62 % des personnes interrogées" is a finding, not the sample
        doc = sent.doc
        spans = [doc.char_span(m.start(), m.end(), alignment_mode="expand") for m in self.poll_words.finditer(self.doc.text)]
        polls = [span.root for span in spans if span is not None and len(span)]
        inside = [t for t in polls if sent.start <= t.i < sent.end]
        before = [t for t in polls if t.i < sent.start]
        return (inside or before[-1:] or polls[:1] or [None])[0]

    def is_poll(self, token: "Token") -> bool:
        return self.names.is_poll(token)

    def placed(self, doc: "Document", names: Names, pred: "Token", poll: "Token",
               exclude: tuple[int, int] = (0, 0)) -> dict:
        """A poll as the subject ("l'enquête met en tête une liste PS menée par X", "les sondages
        donnent X à 20 %", "les derniers sondages créditent le candidat de 12 %"): the object (without
        the score, `exclude`) is whose share it is, the poll says so (its institute, else its words)."""
        lo, hi = phrase_bounds(poll)
        fields = holder_fields("source", doc.text[lo:hi], lo, hi, names.canonical(poll) or bare(doc.text[lo:hi]))
        obj = next((c for c in pred.children if c.dep_ == "obj"), None)
        if obj is None:
            return {**fields, **holder_fields("subject", None, None, None, None)}
        s, e = phrase_bounds(obj, exclude)
        return {**fields, **holder_fields("subject", doc.text[s:e], s, e, names.canonical(obj))}

    def counts_people(self, respondents: "Token | None", of: str | None) -> bool:
        """"62 % des Français", "Les Français considèrent à 74 %": a share of the people polled."""
        return (of or "").lower() in self.names.words.respondents or (
            respondents is not None and respondents.lower_ in self.names.words.respondents)

    def judged(self, pred: "Token", respondents: "Token | None", of: str | None) -> tuple["Token | None", str | None]:
        """What a share of respondents judges: the subject of the clause they hold ("75 % des Français
        estiment que [le président] ...") or the first entity in it; (token, canonical)."""
        if not self.counts_people(respondents, of):
            return None, None
        for clause in [c for c in pred.children if c.dep_ in OPINION_DEPS and c.pos_ in ("VERB", "ADJ", "NOUN")]:
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
            if subject is not None and subject.lower_ not in ("qui", "que", "qu'"):
                named = self.names.canonical(subject)
                if named:
                    return subject, named
            lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)
            inner = self.first_named(lo, hi)
            if inner:
                return None, inner
        judged = self.judged_thing(pred)
        return (judged, self.names.canonical(judged)) if judged is not None else (None, None)

    def judged_thing(self, pred: "Token") -> "Token | None":
        """What polled people judge when no name says it, in a poll only: the object of an opinion verb
        ("approuvent l'obligation de porter un masque"), the owner of an opinion noun ("ont une bonne
        opinion des maires"), the one they trust ("font confiance à X")."""
        if not self.poll_article or infinitive(pred) not in OPINION_VERBS:
            return None
        obj = next((c for c in pred.children if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN")), None)
        opinion = obj is not None and obj.lemma_.lower() in OPINION_NOUNS
        if opinion:
            owner = next((c for c in obj.children if c.dep_ == "nmod" and case_of(c) in DE_WORDS), None)
            if owner is not None:
                return owner
        elif infinitive(pred) in LIGHT_OPINION_VERBS:
            return None  # "ne ferait pas une bonne présidente": only "avoir une opinion", "faire confiance"
        elif obj is not None and obj.lower_ not in self.names.words.respondents and not possessed(obj) \
                and not any(c.dep_ == "nummod" for c in obj.children):
            return obj  # not "désapprouvent sa politique": whose policy it is, the article's person
        return next((c for c in pred.children if c.dep_ in ("obl:arg", "iobj") and case_of(c) in A_WORDS
                     and c.pos_ in ("NOUN", "PROPN")), None) if opinion or obj is None else None

    def first_named(self, lo: int, hi: int) -> str | None:
        """The first one named in [lo, hi): an entity, or a description the coreference stage resolved,
        which wins over a name inside it ("au pensionnaire de l'Élysée" is the president, not the palace)."""
        named = [(e.start, -e.end, e.canonical) for e in self.doc.entities if e.label in NAMED_LABELS and lo <= e.start < hi]
        if self.doc.coreference is not None:
            named += [(link.start, -link.end, link.canonical) for link in self.doc.coreference.links
                      if link.canonical and link.kind not in ("name", "document") and lo <= link.start < hi]
        return min(named)[2] if named else None
