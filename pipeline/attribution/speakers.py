"""Typing a speaker phrase and naming who it is (`speaker_canonical`).

The entity that names the speaker is the phrase's head or stands in apposition to it ("la chaîne
Belarus 1", "le Premier ministre Édouard Philippe"); a name behind "de" is someone else ("La rivale
d'Alexandre Loukachenko" is not Loukachenko), except for a document or service, which belongs to it
("le service de presse du Kremlin" -> Kremlin).

This module types the phrase (person, organisation, media, group, document) and fixes its span; who
it names is asked of the coreference package: its chains first (`Resolver.referent`), then the rules
of `coreference/speaker_names.py` for phrases the chains hold no link for.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .clauses import starts_with_media_name
from ..coreference.resolver import Resolver
from ..coreference.speaker_names import (PLURAL_PRONOUNS, apposed_mention, group_subject, owner_mention, pronoun_person,
                                         role_holder)
from .lexicon import QuoteLexicon
from ..mentions import Mention, mentions_in
from .phrases import TokenSpan
from ..spacy_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

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
            return Speaker(start, end, pronoun_person(doc_text(doc)[start:end].lower(), start, resolver), "pronoun")
        if (head.pos_ == "PRON" and not mentions_in(resolver.mentions, head.idx, head.idx + len(head.text))) \
                or text.startswith("-"):  # the tagger may take a first name for a pronoun ("Angela")
            if text.startswith("-"):  # "-t-elle" -> "elle"
                start, end = head.idx + head.text.rfind("-") + 1, head.idx + len(head.text)
            canonical = pronoun_person(text, head.idx, resolver)
            if canonical is None and text.lstrip("-") in PLURAL_PRONOUNS:
                canonical = group_subject(head, PLURAL_PRONOUNS[text.lstrip("-")], resolver)
            return Speaker(start, end, canonical, "pronoun")
        mentions = mentions_in(resolver.mentions, start, end) or self.name_right_after(doc, end, resolver)
        if mentions and mentions[0].start >= end:
            end = mentions[0].end  # "le journal | Le Monde": the name in apposition belongs to the speaker
        lemma = head.lemma_.lower()
        is_role = self.lexicon.noun_class(lemma, "person") or self.lexicon.noun_class(head.lower_, "person")
        named = apposed_mention(doc, span.head, [m for m in mentions if m.label == "PER" or not is_role])
        if named is not None and not self.lexicon.noun_class(lemma, "document"):
            start, end = min(start, named.start), max(end, named.end)  # the whole name, even if the parse cut it
            return Speaker(start, end, named.canonical, self.type_of_mention(named, head.lemma_, doc_text(doc)[start:end]))
        owner = owner_mention(doc, span.head, mentions)
        for key, type_ in (("document", "document"), ("service", "organisation")):
            if self.lexicon.noun_class(lemma, key) or self.lexicon.noun_class(head.lower_, key):
                canonical = owner.canonical if owner else resolver.organisation_before(start)
                return Speaker(start, end, canonical, type_)
        type_ = self.type_of_noun(head, doc_text(doc)[start:end])
        if type_ == "person" and is_role and not any(m.label == "PER" for m in mentions):
            return Speaker(start, end, role_holder(doc, span.start, span.head, resolver), type_)
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

