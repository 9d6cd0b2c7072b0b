"""Resolving a speaker that names no one: a pronoun ("elle", "-t-il") or a document or service
("le communiqué", "le service de presse").

No French coreference model can be installed offline, so these are rules:
- a pronoun goes to a person of the same gender, never a place ("la Russie" is feminine too): the
  latest person speaker of this or the previous paragraph, else the latest person named outside quote
  marks. Gender comes from first names, titles (M., Mme), a gendered role noun before the name ("la
  ministre X") and feminine surname endings.
- a document or service goes to the organisation the text last made speak, else the last one named.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..attribution.lexicon import QuoteLexicon
from ..firstnames import name_gender_votes
from ..mentions import Mention
from .chains import impersonal_il
from .lexicon import coref_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .chains import Link
    from .index import Coreference

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
    """Per-document resolution state (built for each document, never shared)."""

    text: str
    spacy_doc: "Doc"
    mentions: list[Mention]
    lexicon: QuoteLexicon
    quoted: list[tuple[int, int]]  # character ranges inside quote marks
    #: The coreference stage's answers (None when that stage did not run): asked first.
    coreference: "Coreference | None" = None
    history: list[SpokenBy] = field(default_factory=list)
    _genders: dict[str, str | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._breaks = [m.end() for m in re.finditer(r"\n+", self.text)]
        self._token_starts = [t.idx for t in self.spacy_doc]
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
        if token is not None and impersonal_il(token, coref_lexicon()):
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
        if last in self.lexicon.nouns["titles_fem"]:
            return "fem"
        if last in self.lexicon.nouns["titles_masc"]:
            return "masc"
        if len(before) >= 2 and self.lexicon.noun_class(last, "person"):
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
