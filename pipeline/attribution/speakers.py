"""Typing a speaker phrase and naming who it is (`speaker_canonical`).

The entity that names the speaker is the phrase's head or stands in apposition to it ("la chaîne
Belarus 1", "le Premier ministre Édouard Philippe"); a name behind "de" is someone else ("La rivale
d'Alexandre Loukachenko" is not Loukachenko), except for a document or service, which belongs to it
("le service de presse du Kremlin" -> Kremlin).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .clauses import starts_with_media_name
from ..coreference.resolver import Resolver
from .lexicon import QuoteLexicon
from ..mentions import Mention, mentions_in
from .phrases import TokenSpan, after_de
from ..spacy_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

FEM_PRONOUNS = frozenset({"elle", "-elle", "celle-ci", "celle-là", "cette dernière", "celle"})
MASC_PRONOUNS = frozenset({"il", "-il", "lui", "celui-ci", "celui-là", "ce dernier", "celui"})
#: Plural subject pronouns and the grammatical gender of the group noun they may repeat.
PLURAL_PRONOUNS = {"elles": "Fem", "ils": "Masc"}
#: A share of respondents as a speaker: "75 % des Français", "Seuls 36 %" (a poll's institute speaks).
POLL_SHARE = re.compile(r"(?:seul(?:e?s)?\s+|près de\s+|plus de\s+|moins de\s+)?\d[\d,.\s]*\s*(?:%|pour\s?cent)", re.IGNORECASE)


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
        referent = resolver.referent(head.idx, head.idx + len(head.text))
        if referent is not None:
            return self.from_referent(doc, span, referent, start, end)
        if POLL_SHARE.match(doc_text(doc)[start:end]) and resolver.institute_near(start):
            return Speaker(start, end, resolver.institute_near(start), "organisation")
        if doc_text(doc)[start:end].lower() in ("ce dernier", "cette dernière"):
            if resolver.coreference is not None:  # the coreference stage's answer, even "nobody named"
                return Speaker(start, end, resolver.coreference.canonical_at(start, end), "pronoun")
            return Speaker(start, end, self.pronoun_canonical(doc_text(doc)[start:end].lower(), start, resolver), "pronoun")
        if (head.pos_ == "PRON" and not mentions_in(resolver.mentions, head.idx, head.idx + len(head.text))) \
                or text.startswith("-"):  # the tagger may take a first name for a pronoun ("Angela")
            if text.startswith("-"):  # "-t-elle" -> "elle"
                start, end = head.idx + head.text.rfind("-") + 1, head.idx + len(head.text)
            canonical = self.pronoun_canonical(text, head.idx, resolver)
            if canonical is None and text.lstrip("-") in PLURAL_PRONOUNS:
                canonical = self.group_subject(head, PLURAL_PRONOUNS[text.lstrip("-")], resolver)
            return Speaker(start, end, canonical, "pronoun")
        mentions = mentions_in(resolver.mentions, start, end) or self.name_right_after(doc, end, resolver)
        if mentions and mentions[0].start >= end:
            end = mentions[0].end  # "le journal | Le Monde": the name in apposition belongs to the speaker
        lemma = head.lemma_.lower()
        is_role = self.lexicon.noun_class(lemma, "person") or self.lexicon.noun_class(head.lower_, "person")
        named = self.apposed_mention(doc, span, [m for m in mentions if m.label == "PER" or not is_role])
        if named is not None and not self.lexicon.noun_class(lemma, "document"):
            start, end = min(start, named.start), max(end, named.end)  # the whole name, even if the parse cut it
            return Speaker(start, end, named.canonical, self.type_of_mention(named, head.lemma_, doc_text(doc)[start:end]))
        owner = self.owner_mention(doc, span, mentions)
        for key, type_ in (("document", "document"), ("service", "organisation")):
            if self.lexicon.noun_class(lemma, key) or self.lexicon.noun_class(head.lower_, key):
                canonical = owner.canonical if owner else resolver.organisation_before(start)
                return Speaker(start, end, canonical, type_)
        type_ = self.type_of_noun(head, doc_text(doc)[start:end])
        if type_ == "person" and is_role and not any(m.label == "PER" for m in mentions):
            return Speaker(start, end, self.role_holder(doc, span, resolver), type_)
        return Speaker(start, end, None, type_)

    def from_referent(self, doc: "Doc", span: TokenSpan, referent, start: int, end: int) -> Speaker:
        """A speaker phrase the coreference layer resolved: "il", "le porte-parole", "le communiqué"."""
        if referent.kind == "pronoun":
            return Speaker(referent.start, referent.end, referent.canonical, "pronoun")
        if referent.kind == "document":
            return Speaker(start, end, referent.canonical, "document")
        return Speaker(start, end, referent.canonical, self.type_of_noun(doc[span.head], doc_text(doc)[start:end]))

    @staticmethod
    def name_right_after(doc: "Doc", end: int, resolver: Resolver) -> list[Mention]:
        """A name glued to the phrase's end with a space only ("le journal Le Monde", "la chaîne
        BFMTV"): the parse often leaves it out of the subject."""
        text = doc_text(doc)
        i = resolver.mentions_before(end)
        if i < len(resolver.mentions):
            mention = resolver.mentions[i]
            return [mention] if text[end:mention.start] == " " else []
        return []

    @staticmethod
    def role_holder(doc: "Doc", span: TokenSpan, resolver: Resolver) -> str | None:
        """"la ministre", "le chef de l'État": a definite role names the person last speaking or named.
        An indefinite one ("un proche du pouvoir") names nobody."""
        determiner = doc[span.start].lower_.replace("’", "'")
        if determiner not in ("le", "la", "l'") or span.head == span.start:
            return None
        gender = {"la": "fem", "le": "masc"}.get(determiner)
        if gender is None:
            morph = doc[span.head].morph.get("Gender")
            gender = {"Fem": "fem", "Masc": "masc"}.get(morph[0]) if morph else None
        return resolver.person_for_pronoun(doc[span.start].idx, gender)

    @staticmethod
    def group_subject(pronoun, gender: str, resolver: Resolver) -> str | None:
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

    def pronoun_canonical(self, text: str, at: int, resolver: Resolver) -> str | None:
        if text in FEM_PRONOUNS:
            return resolver.person_for_pronoun(at, "fem")
        if text in MASC_PRONOUNS:
            return resolver.person_for_pronoun(at, "masc")
        return None

    @staticmethod
    def apposed_mention(doc: "Doc", span: TokenSpan, mentions: list[Mention]) -> Mention | None:
        """The mention holding the head, or in apposition after it: not right after a "de"
        ("le maire de Meaux Jean-François Copé" -> Copé; "la rivale d'Alexandre L." -> nobody)."""
        head_start = doc[span.head].idx
        for mention in mentions:
            if mention.start <= head_start < mention.end:
                return mention
            if mention.start > head_start and not after_de(doc, mention.start):
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

