"""Canonical names for the words that hold a fact: the subject or source span -> the entity it names.

Why one module: the article-level coreference layer will replace these rules. Every subject and
source canonical of the facts stage is asked of `Names.canonical`, so that layer plugs in here and
nowhere else. Until then, per document:

- an entity on the phrase's head or in apposition ("le Président Alexandre Loukachenko"), or a
  person named inside the phrase but not behind "de" ("la maire PS sortante Anne Hidalgo");
- "il" / "elle": the nearest earlier person of that gender (the quotes stage's rules);
- a definite description headed by a role noun ("le chef de l'État", "l'ancien ministre"): the
  person the article gives that role ("le ministre de l'Économie Bruno Le Maire", "Édouard Philippe,
  Premier ministre"), else the nearest earlier person of the determiner's gender;
- a poll ("ce sondage", "l'enquête"): its institute ("un sondage Ifop", "réalisé par Odoxa");
- the article's topic: the person or organisation it names most (the title counts double), for a
  number whose clause names no holder.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, fields
from functools import cached_property
from typing import TYPE_CHECKING

from ..coreference.chains import DEFINITE
from ..coreference.lexicon import coref_lexicon
from ..coreference.resolver import Resolver
from ..attribution.lexicon import QuoteLexicon
from ..firstnames import without_accents
from ..mentions import mentions_of
from ..attribution.speakers import after_de
from ..lexicons import prefixed_lines, read_json
from .frames import DE_WORDS, NAMED_LABELS, canonical, case_of, coreference_canonical, named_sibling, phrase_bounds

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..document import Document
    from ..records import Entity

PRONOUN_GENDERS = {"il": "masc", "-il": "masc", "lui": "masc", "lui-même": "masc", "elle": "fem", "-elle": "fem",
                   "elle-même": "fem"}
DETERMINERS = DEFINITE | {"du", "au", "un", "une", "son", "sa", "leur"}
ROLE_DEPS = ("appos", "flat:name", "nmod", "nsubj")  # "le ministre Bruno Le Maire", "X, ministre de ..."
RANK_NOUNS = frozenset({"place", "position"})
LEADING_VERBS = frozenset({"conduire", "mener", "emmener", "diriger", "présider", "piloter"})
AFFILIATION_REACH = 60  # characters before a person's name where their party may be named
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
    """Per document (never shared): the canonical name of a subject or source phrase."""

    def __init__(self, doc: "Document", spacy_doc: "Doc", lexicon: QuoteLexicon, words: NameWords) -> None:
        quoted = [(q.start, q.end) for q in doc.quotes if q.kind in ("direct", "mixed")]
        self.doc, self.spacy_doc, self.lexicon, self.words = doc, spacy_doc, lexicon, words
        self.resolver = doc.resolver or Resolver(doc.text, spacy_doc, mentions_of(doc, spacy_doc), lexicon, quoted)
        self._media: dict[str, bool] = {}

    # -- one phrase ----------------------------------------------------------------------------
    def canonical(self, token: "Token") -> str | None:
        """The entity a phrase headed by `token` names, or None (never a pronoun's own text)."""
        referred = coreference_canonical(self.doc, token)  # the coreference stage's answer, when it ran
        if token.pos_ == "PRON" or token.lower_ in PRONOUN_GENDERS:
            return referred or self.for_pronoun(token)
        if self.is_poll(token):
            return self.institute_of(token)
        named = named_sibling(self.doc, token) or self.leader(token) or canonical(self.doc, token) \
            or self.person_inside(token)
        if named:
            return named
        if self.is_role(token):
            return referred or self.role_holder(token)
        if token.lemma_.lower() in RANK_NOUNS:
            given = [c for c in token.head.children if c.dep_ in ("obl:arg", "obl", "iobj") and c.i > token.head.i
                     and any(x.lower_ == "à" for x in c.children)] if token.dep_.startswith("nsubj") else []
            return self.canonical(given[0]) if given else None  # "la troisième place irait à une liste conduite par X"
        owner = self.owner(token)
        if owner is not None:
            return self.canonical(owner)
        if self.is_definite(token) and any(self.lexicon.noun_class(token.lemma_, k) for k in ("document", "service")):
            if self.doc.coreference is not None:
                return referred  # the chains read documents with their owners; none is no answer to guess
            return self.resolver.organisation_before(token.idx)  # "le communiqué", "le service de presse"
        return None

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

    @staticmethod
    def is_definite(token: "Token") -> bool:
        determiners = [c.lower_ for c in token.children if c.dep_ == "det"]
        if not determiners:  # "du chef de l'État", "au président": the article is in the preposition
            return any(c.dep_ == "case" and c.lower_ in ("du", "au") for c in token.children)
        return determiners[0] in DEFINITE

    def for_pronoun(self, token: "Token") -> str | None:
        """"il"/"elle" -> the nearest earlier person of that gender; plural and neutral pronouns -> None."""
        gender = PRONOUN_GENDERS.get(token.lower_)
        return self.resolver.person_for_pronoun(token.idx, gender) if gender else None

    def person_inside(self, token: "Token") -> str | None:
        """A person named inside the phrase, not behind "de" ("la maire PS sortante Anne Hidalgo")."""
        start, end = phrase_bounds(token)
        for e in self.doc.entities:
            if e.label == "PER" and start <= e.start and e.end <= end and e.start > token.idx \
                    and not after_de(self.spacy_doc, e.start):
                return e.canonical
        return None

    def leader(self, token: "Token") -> str | None:
        """"une liste PS conduite par Anne Morin", "celle que mène le maire sortant": the person
        leading it, before the party the phrase also names (a list's score is its leader's). The
        participle may hang on a complement of the head ("une liste de la majorité municipale menée
        par ..."), never on another clause."""
        for child in self.within_phrase(token):
            if child.dep_ == "acl" and child.lemma_.lower() in LEADING_VERBS:
                for agent in (c for c in child.children if c.dep_ == "obl:agent"):
                    hits = [e for e in self.doc.entities if e.label == "PER" and e.start <= agent.idx < e.end]
                    if hits:
                        return hits[0].canonical
                    if self.is_role(agent):  # "menée par l'édile socialiste": the person that role names
                        return coreference_canonical(self.doc, agent) or self.role_holder(agent)
        return None

    @staticmethod
    def within_phrase(token: "Token") -> list["Token"]:
        """The head's dependents and those of its noun complements, not inside another clause."""
        out, todo = [], [token]
        while todo:
            t = todo.pop()
            for c in t.children:
                out.append(c)
                if c.dep_ in ("nmod", "appos", "flat:name") and c.pos_ in ("NOUN", "PROPN"):
                    todo.append(c)
        return out

    def is_role(self, token: "Token") -> bool:
        """A definite description of one person: "le chef de l'État", "l'ancien ministre", "cette élue"."""
        if token.pos_ not in ("NOUN", "ADJ") or "Plur" in token.morph.get("Number"):
            return False
        role = token.lemma_.lower() in self.words.roles or token.lower_ in self.words.roles \
            or self.lexicon.noun_class(token.lemma_, "person")
        return role and self.is_definite(token)

    def role_holder(self, token: "Token") -> str | None:
        """The person the article gives this role, else the nearest earlier person of its gender; for an
        office held by one person ("le chef de l'État"), never a person the article gives another role."""
        office = self.office(*phrase_bounds(token))
        if office is not None:
            holders = [r for r in self.roles if r.office == office]
            before = [r for r in holders if r.start < token.idx]
            if holders:
                return (before[-1] if before else holders[0]).canonical
            return self.person_without_role(token.idx, self.gender_of(token))
        words = self.role_words(token)
        before = [r for r in self.roles if r.start < token.idx and words <= r.words]
        after = [r for r in self.roles if r.start >= token.idx and words <= r.words]
        if before or after:
            return (before[-1] if before else after[0]).canonical
        return self.resolver.person_for_pronoun(token.idx, self.gender_of(token))

    @staticmethod
    def gender_of(token: "Token") -> str | None:
        determiner = next((c.lower_ for c in token.children if c.dep_ == "det"), "")
        gender = {"la": "fem", "cette": "fem", "le": "masc", "ce": "masc", "cet": "masc"}.get(determiner)
        if gender is None:
            morph = token.morph.get("Gender")
            gender = {"Fem": "fem", "Masc": "masc"}.get(morph[0]) if morph else None
        return gender

    def person_without_role(self, at: int, gender: str | None) -> str | None:
        """The article's main person, else the nearest earlier person, that the article gives no other
        role: "le chef de l'État" is not "le ministre des Finances, Michel Sapin" named just before."""
        other = {r.canonical for r in self.roles}
        topic = self.topic
        if topic not in other and any(m.canonical == topic and m.label == "PER" and m.end <= at for m in self.resolver.mentions) \
                and self.resolver.agrees(topic, gender):
            return topic  # the article's main person, named before: "Emmanuel Macron progresse ... le chef de l'État"
        for mention in reversed(self.resolver.mentions):
            if mention.end <= at and mention.label == "PER" and mention.canonical not in other \
                    and not self.resolver.is_quoted(mention.start) and self.resolver.agrees(mention.canonical, gender):
                return mention.canonical
        return None

    def office(self, start: int, end: int) -> str | None:
        """The one-holder office a role phrase names ("le chef de l'État" -> président de la
        république), by the coreference layer's rule: the whole phrase or its start, after the
        determiner ("le porte-parole du Premier ministre" holds no office of its own)."""
        words = self.doc.text[start:end].replace("’", "'").split()
        if words and words[0].lower() in DETERMINERS:
            words = words[1:]
        elif words and words[0].lower().startswith("l'"):
            words = [words[0][2:], *words[1:]]
        return coref_lexicon().office_of(" ".join(words))

    def role_words(self, token: "Token") -> frozenset[str]:
        """The content words of a role phrase: "le Premier ministre" -> {premier, ministre}."""
        start, end = phrase_bounds(token)
        return frozenset(w for w in re.findall(r"[\wÀ-ÿ-]+", self.doc.text[start:end].lower())
                         if w not in ("le", "la", "l", "les", "de", "du", "des", "d", "ce", "cet", "cette", "ancien",
                                      "ancienne", "ex", "actuel", "actuelle", "nouveau", "nouvelle", "sortant", "sortante"))

    @cached_property
    def roles(self) -> list["Role"]:
        """Persons given a role in the article: "le ministre de l'Économie Bruno Le Maire", "Édouard
        Philippe, Premier ministre", "La présidente de la région, Valérie Pécresse"."""
        out = []
        for e in self.doc.entities:
            if e.label != "PER":
                continue
            span = self.spacy_doc.char_span(e.start, e.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            person = span.root  # a role the name stands beside: its head, or an apposition to it
            roles = [person.head] if person.dep_ in ROLE_DEPS and person.head.i < person.i else []
            roles += [c for c in person.children if c.dep_ == "appos"]
            roles += [c for c in person.head.children if c.i < person.i and c.right_edge.i + 2 == person.i
                      and self.spacy_doc[person.i - 1].text == ","]
            # "Le ministre des Finances, Michel Sapin, a ...": the parse hangs both on the verb
            for t in roles:
                if t.pos_ == "NOUN" and (t.lemma_.lower() in self.words.roles or self.lexicon.noun_class(t.lemma_, "person")):
                    lo, hi = phrase_bounds(t)
                    out.append(Role(e.start, e.end, e.canonical, self.role_words(t),
                                    self.office(lo, min(hi, e.start) if e.start > lo else hi)))
                    break
        return sorted(out, key=lambda r: r.start)

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
        """The person or organisation the article names most (in the title: twice), if named twice;
        never a medium or a poll institute (they report, they are not what the numbers are about)."""
        first = self.doc.sentences[0].end if self.doc.sentences else 0
        institutes = {n.canonical for n in self.institutes}
        counts: Counter[str] = Counter()
        order: dict[str, int] = {}
        in_body: set[str] = set()
        for start, canonical in self.topic_mentions():
            if canonical in institutes or self.is_medium(canonical):
                continue
            counts[canonical] += 2 if start < first else 1
            order.setdefault(canonical, start)
            if start >= first:
                in_body.add(canonical)
        counts = Counter({c: n for c, n in counts.items() if c in in_body})  # "VIDÉO." in a title is no topic
        if not counts:
            return None
        best = max(counts, key=lambda c: (counts[c], -order[c]))
        return best if counts[best] >= 2 else None

    def topic_mentions(self) -> list[tuple[int, str]]:
        """(start, canonical) of every mention of a person or organisation: the coreference stage's
        names, roles, descriptions and pronouns when it ran ("le groupe du FN" counts for the group,
        not for the FN inside it), else the entities."""
        labels = {e.canonical: e.label for e in self.doc.entities}
        if self.doc.coreference is None:
            return [(e.start, e.canonical) for e in self.doc.entities if e.label in ("PER", "ORG")]
        links = [link for link in self.doc.coreference.links if link.canonical and labels.get(link.canonical) in ("PER", "ORG")]
        inside: set[int] = set()  # starts of names inside a description of another entity
        by_start = sorted(links, key=lambda link: link.start)  # the links within each one by bisection,
        starts = [link.start for link in by_start]  # not by a scan of all links per link (quadratic)
        for o in links:
            if o.kind != "name":
                within = by_start[bisect_left(starts, o.start):bisect_left(starts, o.end)]
                inside.update(link.start for link in within if link.canonical != o.canonical)
        return [(link.start, link.canonical) for link in links if link.kind != "name" or link.start not in inside]

    def affiliation(self, person: str) -> "Entity | None":
        """The organisation the article names with a person: in the words right before one of their
        names ("le maire LR de Saint-Étienne X", "X, député La France insoumise") or in brackets right
        after it ("X (PS)"); never a medium."""
        organisations = [e for e in self.doc.entities if e.label == "ORG" and not self.is_medium(e.canonical)]
        for e in self.doc.entities:
            if e.label != "PER" or e.canonical != person:
                continue
            before = self.doc.text[max(0, e.start - AFFILIATION_REACH):e.start]
            lo = e.start - len(re.split(r"[.;:!?«»\"“”]", before)[-1])
            after = re.match(r"\s*(?:\(|,\s*[^,;.()]{0,40}?)", self.doc.text[e.end:e.end + 60])
            hi = e.end + (after.end() + 20 if after else 0)
            near = [o for o in organisations if lo <= o.start and o.end <= hi and not (e.start <= o.start < e.end)]
            if near:
                return min(near, key=lambda o: abs(o.start - e.start))
        return None

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


@dataclass(frozen=True)
class Role:
    """A person the article gives a role, with the content words of that role."""

    start: int
    end: int
    canonical: str
    words: frozenset[str]
    office: str | None = None
