"""Typing a speaker phrase and naming who it is (`speaker_canonical`).

The entity that names the speaker is the phrase's head or stands in apposition to it ("la chaîne
Belarus 1", "le Premier ministre Édouard Philippe"); a name behind "de" is someone else ("La rivale
d'Alexandre Loukachenko" is not Loukachenko), except for a document or service, which belongs to it
("le service de presse du Kremlin" -> Kremlin).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .clauses import starts_with_media_name
from .coreference import Resolver
from .lexicon import QuoteLexicon
from .mentions import Mention, mentions_in
from .phrases import NP_PREPOSITIONS, TokenSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc

FEM_PRONOUNS = frozenset({"elle", "-elle", "celle-ci", "celle-là"})
MASC_PRONOUNS = frozenset({"il", "-il", "lui", "celui-ci", "celui-là"})


@dataclass(frozen=True)
class Speaker:
    start: int
    end: int
    canonical: str | None
    type: str


class SpeakerResolver:
    """Built once per stage; `resolve` is called per speaker with the document's `Resolver`."""

    def __init__(self, lexicon: QuoteLexicon) -> None:
        self.lexicon = lexicon

    def resolve(self, doc: "Doc", span: TokenSpan, resolver: Resolver) -> Speaker:
        start, end = span.chars(doc)
        head = doc[span.head]
        text = head.text.lower().replace("-t-", "-")
        if head.pos_ == "PRON" or text.startswith("-"):
            start = head.idx + head.text.rfind("-") + 1  # "-t-elle" -> "elle"
            return Speaker(start, end, self.pronoun_canonical(text, head.idx, resolver), "pronoun")
        mentions = mentions_in(resolver.mentions, start, end)
        named = self.apposed_mention(doc, span, mentions)
        lemma = head.lemma_.lower()
        if named is not None and not self.lexicon.noun_class(lemma, "document"):
            return Speaker(start, end, named.canonical, self.type_of_mention(named, head.lemma_, doc.text[start:end]))
        owner = self.owner_mention(doc, span, mentions)
        for key, type_ in (("document", "document"), ("service", "organisation")):
            if self.lexicon.noun_class(lemma, key) or self.lexicon.noun_class(head.lower_, key):
                canonical = owner.canonical if owner else resolver.organisation_before(start)
                return Speaker(start, end, canonical, type_)
        return Speaker(start, end, None, self.type_of_noun(head, doc.text[start:end]))

    def pronoun_canonical(self, text: str, at: int, resolver: Resolver) -> str | None:
        if text in FEM_PRONOUNS:
            return resolver.person_for_pronoun(at, "fem")
        if text in MASC_PRONOUNS:
            return resolver.person_for_pronoun(at, "masc")
        return None

    @staticmethod
    def apposed_mention(doc: "Doc", span: TokenSpan, mentions: list[Mention]) -> Mention | None:
        """The mention holding the head, or reached from it without crossing "de"."""
        head_start = doc[span.head].idx
        for mention in mentions:
            if mention.start <= head_start < mention.end:
                return mention
            if mention.start > head_start and not crosses_de(doc, span.head, mention.start):
                return mention
        return None

    @staticmethod
    def owner_mention(doc: "Doc", span: TokenSpan, mentions: list[Mention]) -> Mention | None:
        """The organisation (or metonymic place: "du Kremlin", "de l'Élysée") a document belongs to."""
        for label in ("ORG", "LOC", "PER"):
            for mention in mentions:
                if mention.label == label and mention.start > doc[span.head].idx:
                    return mention
        return None

    def type_of_mention(self, mention: Mention, head_lemma: str, text: str) -> str:
        if self.lexicon.noun_class(head_lemma, "media") or starts_with_media_name(text, self.lexicon) \
                or starts_with_media_name(mention.canonical, self.lexicon):
            return "media"
        return {"PER": "person", "ORG": "organisation", "LOC": "organisation"}.get(mention.label, "unknown")

    def type_of_noun(self, head, text: str) -> str:
        lemma = head.lemma_.lower()
        plural = "Plur" in head.morph.get("Number")
        if self.lexicon.noun_class(lemma, "media") or starts_with_media_name(text, self.lexicon):
            return "media"
        if plural and (self.lexicon.noun_class(lemma, "group") or self.lexicon.noun_class(lemma, "person")):
            return "group"
        if self.lexicon.noun_class(lemma, "person") or self.lexicon.noun_class(head.lower_, "person"):
            return "person"
        if self.lexicon.noun_class(lemma, "group"):
            return "group"
        if head.pos_ == "PROPN":
            return "unknown"
        return "group" if plural else "unknown"


def crosses_de(doc: "Doc", head: int, char: int) -> bool:
    """A "de" that opens another noun phrase (du, des, de la, d'Alexandre) stands between token
    `head` and character `char`; "de" before a bare noun ("chaîne de télévision") does not count."""
    i = head + 1
    while i < len(doc) and doc[i].idx < char:
        word = doc[i].lower_
        if word in NP_PREPOSITIONS:
            bare_noun = word in ("de", "d'", "d’") and i + 1 < len(doc) and doc[i + 1].pos_ == "NOUN" \
                and doc[i + 1].idx < char
            if not bare_noun:
                return True
        i += 1
    return False
