"""Canonical names for the words that hold a fact: the subject or source span -> the entity it names.

Why one module: every subject and source canonical of the facts stage is asked of
`Names.canonical`. Who a phrase names is the coreference layer's answer, asked of the document's one
resolver (`pipeline.coreference.resolver.Resolver`: names on the phrase, pronouns, roles and
offices, documents and services, the article's topic, a person's party), the same the quotes stage
asks for its speakers. What stays here is what only facts ask:

- a poll ("ce sondage", "l'enquête"): its institute ("un sondage Ifop", "réalisé par Odoxa");
- a measure ("la cote de confiance du chef du gouvernement"): its owner; a rank ("la troisième
  place irait à X"): the one it goes to;
- which names are media, seats of power ("Élysée") or poll institutes: never the article's topic,
  never a party;
- the word lists of `facts_names.json` (`NameWords`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cached_property
from typing import TYPE_CHECKING

from ..attribution.lexicon import QuoteLexicon
from ..coreference.phrases import DE_WORDS, NAMED_LABELS, case_of, is_definite, phrase_bounds, told_gender, within_phrase
from ..coreference.collective import SpeakerGroups
from ..coreference.named import person_inside
from ..coreference.resolver import PASS, resolver_of
from ..coreference.roles import Role, role_words
from ..coreference.topic import topic_mentions
from ..lexicons import prefixed_lines, read_json

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..document import Document
    from ..records import Entity

RANK_NOUNS = frozenset({"place", "position"})
POLL_REACH = 4  # tokens from a poll noun to "par" + its institute ("un sondage réalisé par X")


@dataclass(frozen=True)
class NameWords:  # frozen, but cached_property needs a __dict__: no slots
    """The word lists of `resources/facts_names.json` (read once per stage)."""

    roles: frozenset[str]
    poll_nouns: frozenset[str]
    pollsters: frozenset[str]
    respondents: frozenset[str]
    attributes: frozenset[str]
    estimation_verbs: frozenset[str]
    members: frozenset[str]
    recipient_verbs: frozenset[str] = frozenset()
    turnout: frozenset[str] = frozenset()
    election_nouns: frozenset[str] = frozenset()
    ambiguous_poll_nouns: frozenset[str] = frozenset()
    change_nouns: frozenset[str] = frozenset()
    origins: frozenset[str] = frozenset()
    outlets: frozenset[str] = frozenset()
    change_verbs: frozenset[str] = frozenset()
    intent_verbs: frozenset[str] = frozenset()
    seats: frozenset[str] = frozenset()
    category_nouns: frozenset[str] = frozenset()

    @classmethod
    def load(cls) -> "NameWords":
        """Every field is the list of that name in facts_names.json, but `seats` (`entity_seats.txt`)."""
        spec = read_json("facts_names.json")
        lists = {f.name: frozenset(spec[f.name]) for f in fields(cls) if f.name != "seats"}
        return cls(**lists, seats=prefixed_lines("entity_seats.txt", "seat:"))

    @cached_property
    def poll_pattern(self) -> "re.Pattern[str]":
        return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(self.poll_nouns))) + r")\b", re.IGNORECASE)

    @cached_property
    def pollster_pattern(self) -> "re.Pattern[str]":
        names = sorted(self.pollsters, key=len, reverse=True)
        return re.compile(r"(?<![\wÀ-ÿ-])(?:" + "|".join(map(re.escape, names)) + r")(?![\wÀ-ÿ-])", re.IGNORECASE)


@dataclass(frozen=True)
class Named:
    """A mention the canonical name was read from (its span may lie in another sentence)."""

    start: int | None
    end: int | None
    canonical: str


class Names:
    """Per document (never shared): the canonical name of a subject or source phrase.

    Who a phrase names is the document's one `Resolver` (`pipeline.coreference.resolver`); this
    class adds what only facts ask: a poll names its institute, a measure its owner, a rank the one
    it goes to, and the article's topic never counts a medium or an institute. The one-line methods
    below keep the names the claims rules call."""

    def __init__(self, doc: "Document", spacy_doc: "Doc", lexicon: QuoteLexicon, words: NameWords) -> None:
        quoted = [(q.start, q.end) for q in doc.quotes if q.kind in ("direct", "mixed")]
        self.doc, self.spacy_doc, self.lexicon, self.words = doc, spacy_doc, lexicon, words
        self.resolver = resolver_of(doc, spacy_doc, quoted)  # the coreference stage's, or the quotes stage's
        self._media: dict[str, bool] = {}

    @cached_property
    def speaker_groups(self) -> SpeakerGroups:
        """Who a quote's "nous" names (the coreference layer's rule; built once, on first use)."""
        return SpeakerGroups(self.doc)

    # -- one phrase ----------------------------------------------------------------------------
    def canonical(self, token: "Token") -> str | None:
        """The entity a phrase headed by `token` names, or None (never a pronoun's own text): the
        resolver's answer (`Resolver.name_of`), with the facts' own readings of polls first, of
        ranks and of a measure's owner before documents."""
        return self.resolver.name_of(token, self.topic_reader, first=self.first_steps,
                                     before_documents=self.steps_before_documents)

    @cached_property
    def first_steps(self) -> tuple:
        return (self.poll_step,)

    @cached_property
    def steps_before_documents(self) -> tuple:
        return (self.rank_step, self.owner_step)

    def poll_step(self, token: "Token") -> object:
        """A poll names its institute ("un sondage Ifop")."""
        return self.institute_of(token) if self.is_poll(token) else PASS

    def rank_step(self, token: "Token") -> object:
        """A rank names whoever it is given to ("la troisième place irait à une liste conduite par X")."""
        if token.lemma_.lower() not in RANK_NOUNS:
            return PASS
        given = [c for c in token.head.children if c.dep_ in ("obl:arg", "obl", "iobj") and c.i > token.head.i
                 and any(x.lower_ == "à" for x in c.children)] if token.dep_.startswith("nsubj") else []
        return self.canonical(given[0]) if given else None

    def owner_step(self, token: "Token") -> object:
        """A measure names its owner ("la cote de confiance du chef du gouvernement")."""
        owner = self.owner(token)
        return self.canonical(owner) if owner is not None else PASS

    def topic_reader(self) -> str | None:
        return self.topic

    def names_people(self, token: "Token") -> bool:
        """A noun for people: a role, a group, the people polled or the members counted ("sympathisants")."""
        lemma, word = token.lemma_.lower(), token.lower_
        return any(self.lexicon.noun_class(lemma, k) for k in ("person", "group")) \
            or bool({lemma, word} & (self.words.respondents | self.words.members | self.words.roles))

    def is_seat(self, name: str) -> bool:
        """A seat of power ("Élysée", "Matignon": `entity_seats.txt`): it stands for its occupant."""
        return name in self.words.seats

    def is_document(self, token: "Token") -> bool:
        """A document, an inquiry or a poll ("le rapport", "l'enquête", "l'étude")."""
        return self.is_poll(token) or token.lemma_.lower() in self.words.ambiguous_poll_nouns \
            or self.lexicon.noun_class(token.lemma_, "document")

    def is_attribute(self, token: "Token") -> bool:
        """A measure that belongs to someone ("taux", "score", "opinion")."""
        return bool({token.lemma_.lower(), token.lower_} & self.words.attributes)

    def is_poll(self, token: "Token") -> bool:
        """A poll noun; "l'enquête" or "l'étude" only in an article that names a poll institute (else
        it is a judge's inquiry or a ministry's study: "L'enquête cible 17 députés")."""
        words = {token.lower_, token.lemma_.lower()} & self.words.poll_nouns
        return bool(words) and (not words <= self.words.ambiguous_poll_nouns or bool(self.institutes))

    def institute_of(self, poll: "Token") -> str | None:
        """The institute named in a poll phrase ("un sondage Ifop"), else the one named nearest."""
        start, end = phrase_bounds(poll)
        inside = [n for n in self.institutes if start <= n.start < end]
        named = inside[0] if inside else self.institute_near(poll.idx)
        return named.canonical if named else None

    def owner(self, token: "Token") -> "Token | None":
        """Whose measure a noun names: "la cote de confiance du chef du gouvernement" -> "chef"."""
        if not self.is_attribute(token):
            return None
        for child in token.children:
            if child.dep_ == "nmod" and child.i > token.i and case_of(child) in DE_WORDS:
                if child.pos_ in ("PROPN", "NOUN", "PRON") and child.lemma_.lower() not in self.words.attributes:
                    return child
                deeper = self.owner(child)  # "la cote de confiance du chef du gouvernement"
                if deeper is not None:
                    return deeper
        return None

    # -- identity: asked of the resolver (one line each, for the claims rules that call them) --
    is_definite = staticmethod(is_definite)
    within_phrase = staticmethod(within_phrase)
    gender_of = staticmethod(told_gender)

    def for_pronoun(self, token: "Token") -> str | None:
        return self.resolver.for_pronoun(token)

    def person_inside(self, token: "Token") -> str | None:
        return person_inside(self.doc, self.spacy_doc, token)

    def leader(self, token: "Token") -> str | None:
        return self.resolver.leader(token, self.topic_reader)

    def is_role(self, token: "Token") -> bool:
        return self.resolver.is_role(token)

    def role_holder(self, token: "Token") -> str | None:
        return self.resolver.role_holder(token, self.topic_reader)

    def person_without_role(self, at: int, gender: str | None) -> str | None:
        return self.resolver.person_without_role(at, gender, self.topic)

    def office(self, start: int, end: int) -> str | None:
        return self.resolver.office(start, end)

    def role_words(self, token: "Token") -> frozenset[str]:
        return role_words(self.doc.text, token)

    @property
    def roles(self) -> list[Role]:
        return self.resolver.roles

    # -- polls ---------------------------------------------------------------------------------
    @cached_property
    def institutes(self) -> list[Named]:
        """Poll institutes of the article: a listed pollster, or an organisation right after a poll noun."""
        found = {m.start(): Named(m.start(), m.end(), self.entity_name(m.start(), m.group()))
                 for m in self.words.pollster_pattern.finditer(self.doc.text)}
        if found:
            return sorted(found.values(), key=lambda n: n.start)
        doc = self.spacy_doc
        for m in self.words.poll_pattern.finditer(self.doc.text):  # not listed: "un sondage Harris", "réalisée par X"
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or span.end >= len(doc):
                continue
            after = doc[span.end:span.end + POLL_REACH - 1]
            by = next((a for a in after if a.lower_ == "par"), None)
            at = by.i + 1 if by is not None else span.end
            hits = [e for e in self.doc.entities if e.label == "ORG" and at < len(doc)
                    and e.start == doc[at].idx and not self.is_medium(e.canonical)]
            found.update({e.start: Named(e.start, e.end, e.canonical) for e in hits})
        return sorted(found.values(), key=lambda n: n.start)

    def entity_name(self, start: int, text: str) -> str:
        hits = [e for e in self.doc.entities if e.start <= start < e.end and e.label in NAMED_LABELS]
        return hits[0].canonical if hits else text

    def institute_near(self, at: int) -> Named | None:
        """The institute named last before `at`, else the first one after ("Cette enquête Ifop ..." ends
        many poll articles)."""
        before = [n for n in self.institutes if n.start < at]
        return before[-1] if before else (self.institutes[0] if self.institutes else None)

    # -- the article ---------------------------------------------------------------------------
    @cached_property
    def topic(self) -> str | None:
        """The article's topic (`coreference.topic`), never a medium or a poll institute (they
        report, they are not what the numbers are about)."""
        institutes = {n.canonical for n in self.institutes}
        return self.resolver.topic(lambda name: name in institutes or self.is_medium(name))

    def topic_mentions(self) -> list[tuple[int, str]]:
        return topic_mentions(self.doc)

    def affiliation(self, person: str) -> "Entity | None":
        """The party the article names with a person (`coreference.affiliation`), never a medium."""
        return self.resolver.affiliation(person, self.is_medium)

    def topic_is(self, label: str) -> bool:
        return any(e.canonical == self.topic and e.label == label for e in self.doc.entities)

    def is_medium(self, name: str) -> bool:
        """A newspaper, channel or agency ("Le Monde", "France Info matin"); memoised per document."""
        if name not in self._media:
            lower = name.lower()
            self._media[name] = lower in self.lexicon.media_names or lower.startswith(self.media_prefixes)
        return self._media[name]

    @cached_property
    def media_prefixes(self) -> tuple[str, ...]:
        """"<medium> " for each medium, built once per document (was rebuilt at every test)."""
        return tuple(m + " " for m in self.lexicon.media_names)

