"""The one resolver of who a phrase names: `Resolver`, one per document, asked by quotes and facts.

Why one: the coreference chains, the quotes' speakers and the facts' holders used to decide each on
their own who "il", "le chef de l'État" or "le communiqué" is, and disagreed. The coreference stage
builds this object once per document (`Resolver.build`, kept on `Document.resolver`); the quotes
stage remembers its speakers in it, the facts stage asks it again (`resolver_of` builds it when the
coreference stage did not run). `name_of(token)` answers for any phrase; its rules, first that
answers:

- the coreference stage's answer for a role, description, pronoun or document (`index`);
- a name on the phrase, in apposition, beside it or inside it (`named`); a list's leader;
- a pronoun ("il", "elle"): the latest person of that gender speaking in this or the previous
  paragraph, else the latest person named outside quote marks; nobody for an impersonal "il"
  ("il a été convenu de", "il faut"). Gender comes from first names, titles (M., Mme), a gendered
  role noun before the name ("la ministre X") and feminine surname endings;
- a definite role ("le chef de l'État", "l'ancienne ministre"): the person the article gives that
  role or office, else the nearest earlier person of its gender (`roles`);
- a document or service ("le communiqué", "le service de presse"): the organisation the text last
  made speak, else the last one named.

The article's topic (`topic`) and a person's party (`affiliation`) are read here too; what is
never a topic or a party (media, poll institutes) the caller says.
No French coreference model can be installed offline, so these are rules.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Callable

from ..firstnames import name_gender_votes
from ..mentions import Mention, mentions_of
from .affiliation import affiliation
from .chains import impersonal_il
from .lexicon import CorefLexicon, coref_lexicon
from .named import entity_on_phrase, named_sibling, person_inside, referred
from .phrases import is_definite, phrase_bounds, told_gender, within_phrase
from .roles import Role, is_role, office_of, role_words, roles_of
from .topic import article_topic

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..document import Document
    from ..records import Entity
    from .chains import Link
    from .index import Coreference

#: Pronouns that name one person, with their gender.
PRONOUN_GENDERS = {"il": "masc", "-il": "masc", "lui": "masc", "lui-même": "masc", "elle": "fem", "-elle": "fem",
                   "elle-même": "fem"}
#: Verbs by which a person leads a list or a group ("une liste conduite par X": the list's score is X's).
LEADING_VERBS = frozenset({"conduire", "mener", "emmener", "diriger", "présider", "piloter"})
#: What the article's topic may be asked as: a zero-argument function, computed only when needed.
Topic = Callable[[], "str | None"]
#: A caller's step of `Resolver.name_of`: the entity a phrase names (None: nobody), or `PASS`.
Step = Callable[["Token"], object]
#: A step's answer when the phrase is none of its business: `name_of` asks the next rule.
PASS = object()
FEM_DETERMINERS = frozenset({"la", "une", "cette", "sa", "l'"})
MASC_DETERMINERS = frozenset({"le", "un", "ce", "cet", "son"})
PARAGRAPH_REACH = 1
ORGANISATION_REACH = 3


@dataclass(frozen=True)
class SpokenBy:
    """One resolved speaker, remembered for the pronouns and documents that follow."""

    at: int  # character offset of the speaker mention
    paragraph: int
    canonical: str
    type: str


@dataclass
class Resolver:
    """Who a phrase names, per document (built once per document, shared by its stages, never
    across documents): the speakers remembered so far and the rules above."""

    doc: "Document"
    spacy_doc: "Doc"
    mentions: list[Mention]
    quoted: list[tuple[int, int]]  # character ranges inside quote marks
    lexicon: CorefLexicon = field(default_factory=coref_lexicon)
    history: list[SpokenBy] = field(default_factory=list)
    _genders: dict[str, str | None] = field(default_factory=dict)

    @classmethod
    def build(cls, doc: "Document", spacy_doc: "Doc", quoted: list[tuple[int, int]]) -> "Resolver":
        """A new resolver for `doc`, on its entities (or the parse's) and its coreference index."""
        return cls(doc, spacy_doc, mentions_of(doc, spacy_doc), quoted)

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def coreference(self) -> "Coreference | None":
        """The coreference stage's answers (None when that stage did not run): asked first."""
        return self.doc.coreference

    def __post_init__(self) -> None:
        self._breaks = [m.end() for m in re.finditer(r"\n+", self.text)]
        self._token_starts = self.spacy_doc.to_array("IDX").tolist()  # [t.idx for t in doc], without a Token each
        self._in_order = True  # the speakers remembered so far are in text order
        self._mention_starts = [m.start for m in self.mentions]
        self._starts_of: dict[str, list[int]] = {}
        for mention in self.mentions:
            self._starts_of.setdefault(mention.canonical, []).append(mention.start)

    def referent(self, start: int, end: int) -> "Link | None":
        """The coreference layer's resolved mention over [start, end) (a role, description,
        pronoun or document with a cluster), or None."""
        if self.coreference is None:
            return None
        link = self.coreference.at(start, end)
        return link if link is not None and link.canonical and link.kind != "name" else None

    def token_at(self, char: int) -> "Token | None":
        i = bisect.bisect_right(self._token_starts, char) - 1
        return self.spacy_doc[i] if i >= 0 and self.spacy_doc[i].idx == char else None

    def paragraph_of(self, char: int) -> int:
        return bisect.bisect_right(self._breaks, char)

    def remember(self, at: int, canonical: str | None, type_: str) -> None:
        if canonical:
            type_ = "person" if type_ == "pronoun" else type_  # a pronoun is only resolved to a person
            if self.history and at < self.history[-1].at:
                self._in_order = False  # look-backs may then stop at their reach only while in text order
            self.history.append(SpokenBy(at, self.paragraph_of(at), canonical, type_))

    # -- pronouns -------------------------------------------------------------------------
    def person_for_pronoun(self, at: int, gender: str | None) -> str | None:
        """The person an "il"/"elle" at `at` names: nobody for an impersonal "il" ("il a été convenu
        de", "il faut"), else the latest person speaking nearby, else the latest person named."""
        token = self.token_at(at)
        if token is not None and impersonal_il(token, self.lexicon):
            return None
        paragraph = self.paragraph_of(at)
        for spoken in reversed(self.history):
            if self._in_order and paragraph - spoken.paragraph > PARAGRAPH_REACH:
                break  # the speakers before are farther still
            if spoken.at < at and spoken.type == "person" and paragraph - spoken.paragraph <= PARAGRAPH_REACH \
                    and self.agrees(spoken.canonical, gender):
                return spoken.canonical
        for mention in self.mentions_back(at):
            if mention.end <= at and mention.label == "PER" and not self.is_quoted(mention.start) \
                    and self.agrees(mention.canonical, gender):
                return mention.canonical
        return None

    def mentions_back(self, at: int):
        """The mentions starting before `at`, nearest first (no copy of the list)."""
        for i in range(self.mentions_before(at) - 1, -1, -1):
            yield self.mentions[i]

    def mentions_before(self, at: int) -> int:
        """How many mentions start before `at` (mentions are in text order): look-backs start there,
        not at the end of the article."""
        return bisect.bisect_left(self._mention_starts, at)

    def agrees(self, canonical: str, gender: str | None) -> bool:
        known = self.gender_of(canonical)
        return gender is None or known is None or known == gender

    def is_quoted(self, char: int) -> bool:
        return any(a <= char < b for a, b in self.quoted)

    def gender_of(self, canonical: str) -> str | None:
        if canonical not in self._genders:
            self._genders[canonical] = self._gender_evidence(canonical)
        return self._genders[canonical]

    def _gender_evidence(self, canonical: str) -> str | None:
        votes = name_gender_votes(self.lexicon.first_names, canonical)
        for start in self._starts_of.get(canonical, ()):
            cue = self._gender_before(start)
            if cue:
                votes[cue] += 1
        if votes["fem"] == votes["masc"]:
            return None
        return "fem" if votes["fem"] > votes["masc"] else "masc"

    def _gender_before(self, char: int) -> str | None:
        """Gender told by the words just before a name: "Mme", "M.", "la ministre", "le président"."""
        before = self.text[max(0, char - 40):char].replace("’", "'").lower().split()
        if not before:
            return None
        last = before[-1]
        if last in self.lexicon.titles["fem"]:
            return "fem"
        if last in self.lexicon.titles["masc"]:
            return "masc"
        if len(before) >= 2 and self.lexicon.speaker_class(last, "person"):
            det = before[-2]
            if det in FEM_DETERMINERS and det != "l'":
                return "fem"
            if det in MASC_DETERMINERS:
                return "masc"
        return None

    # -- poll shares ----------------------------------------------------------------------
    def institute_near(self, at: int) -> str | None:
        """Who speaks for a share of respondents ("75 % des Français trouvent que"): the poll's institute."""
        return self.coreference.institute_near(at) if self.coreference is not None else None

    # -- documents and services ----------------------------------------------------------
    def organisation_before(self, at: int) -> str | None:
        paragraph = self.paragraph_of(at)
        for spoken in reversed(self.history):
            if self._in_order and paragraph - spoken.paragraph > ORGANISATION_REACH:
                break
            if spoken.at < at and spoken.type in ("organisation", "media") and paragraph - spoken.paragraph <= ORGANISATION_REACH:
                return spoken.canonical
        for mention in self.mentions_back(at):
            if paragraph - self.paragraph_of(mention.start) > ORGANISATION_REACH:
                break
            if mention.end <= at and mention.label == "ORG":
                return mention.canonical
        return None

    # -- any phrase ------------------------------------------------------------------------
    def name_of(self, token: "Token", topic: Topic | None = None, first: "tuple[Step, ...]" = (),
                before_documents: "tuple[Step, ...]" = ()) -> str | None:
        """The entity a phrase headed by `token` names, or None (never a pronoun's own text).
        `topic` gives the article's topic for a one-holder office the article gives nobody. A caller's
        own readings of a phrase come in as steps, asked in this one order: `first` after pronouns
        (the facts' polls), `before_documents` after names and roles (the facts' ranks and the owner
        of a measure); a step returns `PASS` when the phrase is none of its business."""
        if is_pronoun(token):
            return self.for_pronoun(token)
        for step in first:
            found = step(token)
            if found is not PASS:
                return found
        named = self.named(token, topic)
        if named:
            return named
        if self.is_role(token):
            return self.role_holder(token, topic)
        for step in before_documents:
            found = step(token)
            if found is not PASS:
                return found
        if self.names_document(token):
            return self.document_owner(token)
        return None

    def named(self, token: "Token", topic: Topic | None = None) -> str | None:
        """A name the phrase holds: beside it as a second subject, as the leader of a list, on its
        head or in apposition, inside it (`named`)."""
        return named_sibling(self.doc, token) or self.leader(token, topic) or entity_on_phrase(self.doc, token) \
            or person_inside(self.doc, self.spacy_doc, token)

    def for_pronoun(self, token: "Token") -> str | None:
        """"il"/"elle" -> the coreference stage's answer, else the nearest earlier person of that
        gender; plural and neutral pronouns -> the coreference stage's answer or None."""
        said = referred(self.doc, token)
        if said:
            return said
        gender = PRONOUN_GENDERS.get(token.lower_)
        return self.person_for_pronoun(token.idx, gender) if gender else None

    def leader(self, token: "Token", topic: Topic | None = None) -> str | None:
        """"une liste PS conduite par Anne Morin", "celle que mène le maire sortant": the person
        leading it, before the party the phrase also names (a list's score is its leader's). The
        participle may hang on a complement of the head ("une liste de la majorité municipale menée
        par ..."), never on another clause."""
        for child in within_phrase(token):
            if child.dep_ == "acl" and child.lemma_.lower() in LEADING_VERBS:
                for agent in (c for c in child.children if c.dep_ == "obl:agent"):
                    hits = [e for e in self.doc.entities if e.label == "PER" and e.start <= agent.idx < e.end]
                    if hits:
                        return hits[0].canonical
                    if self.is_role(agent):  # "menée par l'édile socialiste": the person that role names
                        return self.role_holder(agent, topic)
        return None

    # -- roles -----------------------------------------------------------------------------
    def is_role(self, token: "Token") -> bool:
        """A definite description of one person: "le chef de l'État", "l'ancien ministre", "cette élue"."""
        return is_role(token, self.lexicon)

    def role_holder(self, token: "Token", topic: Topic | None = None) -> str | None:
        """Who a definite role names: the coreference stage's answer, else the person the article
        gives this role, else the nearest earlier person of its gender; for an office held by one
        person ("le chef de l'État"), never a person the article gives another role."""
        said = referred(self.doc, token)
        if said:
            return said
        office = self.office(*phrase_bounds(token))
        if office is not None:
            holders = [r for r in self.roles if r.office == office]
            before = [r for r in holders if r.start < token.idx]
            if holders:
                return (before[-1] if before else holders[0]).canonical
            return self.person_without_role(token.idx, told_gender(token), topic() if topic else None)
        words = role_words(self.text, token)
        before = [r for r in self.roles if r.start < token.idx and words <= r.words]
        after = [r for r in self.roles if r.start >= token.idx and words <= r.words]
        if before or after:
            return (before[-1] if before else after[0]).canonical
        return self.person_for_pronoun(token.idx, told_gender(token))

    def person_without_role(self, at: int, gender: str | None, topic: str | None = None) -> str | None:
        """The article's main person (`topic`, when given), else the nearest earlier person, that
        the article gives no other role: "le chef de l'État" is not "le ministre des Finances,
        Michel Sapin" named just before."""
        other = {r.canonical for r in self.roles}
        if topic not in other and any(m.canonical == topic and m.label == "PER" and m.end <= at for m in self.mentions) \
                and self.agrees(topic, gender):
            return topic  # the article's main person, named before: "Emmanuel Macron progresse ... le chef de l'État"
        for mention in reversed(self.mentions):
            if mention.end <= at and mention.label == "PER" and mention.canonical not in other \
                    and not self.is_quoted(mention.start) and self.agrees(mention.canonical, gender):
                return mention.canonical
        return None

    def office(self, start: int, end: int) -> str | None:
        """The one-holder office the role phrase over [start, end) names, or None."""
        return office_of(self.text, start, end, self.lexicon)

    @cached_property
    def roles(self) -> list[Role]:
        """Persons given a role in the article, in text order (`roles.roles_of`)."""
        return roles_of(self.doc, self.spacy_doc, self.lexicon)

    # -- documents and services ------------------------------------------------------------
    def names_document(self, token: "Token") -> bool:
        """A definite document or service: "le communiqué", "le service de presse"."""
        return is_definite(token) and any(self.lexicon.speaker_class(token.lemma_, k) for k in ("document", "service"))

    def document_owner(self, token: "Token") -> str | None:
        """The organisation a document or service belongs to: the coreference stage's answer when it
        ran (it reads documents with their owners; none is no answer to guess), else the
        organisation last speaking or named."""
        if self.doc.coreference is not None:
            return referred(self.doc, token)
        return self.organisation_before(token.idx)

    # -- the article -----------------------------------------------------------------------
    def topic(self, excluded: Callable[[str], bool]) -> str | None:
        """The person or organisation the article names most, never one `excluded` (`topic`)."""
        return article_topic(self.doc, excluded)

    def affiliation(self, person: str, excluded: Callable[[str], bool]) -> "Entity | None":
        """The organisation the article names with `person` (`affiliation`)."""
        return affiliation(self.doc, person, excluded)


def is_pronoun(token: "Token") -> bool:
    """A pronoun, or a word the tagger missed as one ("elle-même")."""
    return token.pos_ == "PRON" or token.lower_ in PRONOUN_GENDERS


def resolver_of(doc: "Document", spacy_doc: "Doc", quoted: list[tuple[int, int]]) -> Resolver:
    """The document's one resolver: the one an earlier stage built (with the speakers the quotes
    stage remembered), else a new one over `quoted`, kept on the document for the stages after."""
    if doc.resolver is None:
        doc.resolver = Resolver.build(doc, spacy_doc, quoted)
    return doc.resolver
