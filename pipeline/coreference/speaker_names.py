"""Who a speaker phrase names when the coreference chains hold no link for it: the quotes stage's
last questions of identity, asked here so that every answer of "who is this" comes from this package.

Why apart from `resolver.Resolver`: these read the speaker phrase the quotes stage found (its first
token and its head), not a mention of the chains: a pronoun the chains skipped ("-t-elle"), a
definite role the chains did not link ("la ministre" -> the person last speaking or named of that
gender), a plural "ils"/"elles" repeating the sentence's group subject, the name in apposition to a
speaker noun ("le journal | Le Monde") and the organisation a document belongs to ("un communiqué du
Kremlin").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .phrases import after_de

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..mentions import Mention
    from .resolver import Resolver

FEM_PRONOUNS = frozenset({"elle", "-elle", "celle-ci", "celle-là", "cette dernière", "celle"})
MASC_PRONOUNS = frozenset({"il", "-il", "lui", "celui-ci", "celui-là", "ce dernier", "celui"})
#: Plural subject pronouns and the grammatical gender of the group noun they may repeat.
PLURAL_PRONOUNS = {"elles": "Fem", "ils": "Masc"}


def pronoun_person(text: str, at: int, resolver: "Resolver") -> str | None:
    """A singular pronoun speaker ("elle", "-t-il", "ce dernier"): the person of its gender the
    resolver's speaker memory or the text last gives."""
    if text in FEM_PRONOUNS:
        return resolver.person_for_pronoun(at, "fem")
    if text in MASC_PRONOUNS:
        return resolver.person_for_pronoun(at, "masc")
    return None


def role_holder(doc: "Doc", first: int, head: int, resolver: "Resolver") -> str | None:
    """"la ministre", "le chef de l'État" (tokens `first`..`head`): a definite role names the person
    last speaking or named, of the determiner's (else the noun's) gender. An indefinite one ("un
    proche du pouvoir") names nobody."""
    determiner = doc[first].lower_.replace("’", "'")
    if determiner not in ("le", "la", "l'") or head == first:
        return None
    gender = {"la": "fem", "le": "masc"}.get(determiner)
    if gender is None:
        morph = doc[head].morph.get("Gender")
        gender = {"Fem": "fem", "Masc": "masc"}.get(morph[0]) if morph else None
    return resolver.person_for_pronoun(doc[first].idx, gender)


def group_subject(pronoun: "Token", gender: str, resolver: "Resolver") -> str | None:
    """"ils"/"elles" inside the sentence whose subject is a plural group the coreference layer
    resolved ("Les autorités, hostiles à tout pourparler avec les rebelles qu'elles traitent de
    bandits" -> the country of "les autorités"): that group, when its gender agrees."""
    for token in pronoun.sent:
        if token.i >= pronoun.i:
            break
        if token.dep_ in ("nsubj", "nsubj:pass") and token.pos_ == "NOUN" and "Plur" in token.morph.get("Number") \
                and gender in token.morph.get("Gender"):
            referent = resolver.referent(token.idx, token.idx + len(token.text))
            if referent is not None and referent.kind == "description":
                return referent.canonical
    return None


def apposed_mention(doc: "Doc", head: int, mentions: list["Mention"]) -> "Mention | None":
    """The mention holding the head, or in apposition after it: not right after a "de"
    ("le maire de Meaux Jean-François Copé" -> Copé; "la rivale d'Alexandre L." -> nobody)."""
    head_start = doc[head].idx
    for mention in mentions:
        if mention.start <= head_start < mention.end:
            return mention
        if mention.start > head_start and not after_de(doc, mention.start):
            return mention
    return None


def owner_mention(doc: "Doc", head: int, mentions: list["Mention"]) -> "Mention | None":
    """The organisation (or metonymic place: "du Kremlin", "de l'Élysée") a document belongs to."""
    for label in ("ORG", "LOC", "PER"):
        for mention in mentions:
            if mention.label == label and mention.start > doc[head].idx:
                return mention
    return None
