"""Flat, frozen output records: one dataclass per JSONL file.

Field order is the key order of the JSONL lines, so it is part of the public contract: add new
fields at the end. Every record except `DocumentRecord` carries half-open character offsets
(`start`, `end`) into the original document text, and `text == document_text[start:end]`.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, ClassVar


@dataclass(frozen=True, slots=True)
class Record:
    """Base of all records; `to_dict` keeps the declared field order."""

    kind_name: ClassVar[str] = ""

    def to_dict(self) -> dict[str, Any]:
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = list(value) if isinstance(value, tuple) else value
        return out


@dataclass(frozen=True, slots=True)
class DocumentRecord(Record):
    """One line of documents.jsonl: the document's metadata and processing status."""

    kind_name: ClassVar[str] = "documents"
    doc_id: str
    source: str | None
    date: str | None
    title: str | None
    n_chars: int
    n_sentences: int
    status: str  # "ok" or "error"
    error: str | None
    warnings: tuple[str, ...] = ()
    sha1: str | None = None
    url: str | None = None  # the article's URL from the input metadata (`source` is where the text was read)
    section: str | None = None  # the input metadata's `section` ("politique", "monde"), as given


@dataclass(frozen=True, slots=True)
class Sentence(Record):
    kind_name: ClassVar[str] = "sentences"
    doc_id: str
    id: str
    start: int
    end: int
    text: str
    paragraph: int
    heading: bool


@dataclass(frozen=True, slots=True)
class Entity(Record):
    kind_name: ClassVar[str] = "entities"
    doc_id: str
    id: str
    start: int
    end: int
    text: str
    label: str  # PER, LOC, ORG or MISC
    canonical: str
    cluster: int
    sentence: str | None
    wikidata: str | None = None  # the Wikidata id the linking stage found for the name, if any


@dataclass(frozen=True, slots=True)
class CorefMention(Record):
    """One line of mentions.jsonl: a phrase that names an entity of the article, and which one.

    kind: name (an entity mention), role ("le porte-parole de la préfecture"), description ("l'élu
    socialiste", "la capitale"), pronoun ("il", "-t-elle", "ce dernier") or document ("le communiqué").
    cluster and canonical are those of the entity it refers to (the entities' `cluster`), or None
    when the rules could not tell.
    """

    kind_name: ClassVar[str] = "mentions"
    doc_id: str
    id: str
    start: int
    end: int
    text: str
    kind: str
    cluster: int | None
    canonical: str | None
    sentence: str | None


@dataclass(frozen=True, slots=True)
class Cluster(Record):
    """One line of clusters.jsonl: one entity of the article, with what the article says of it.

    id: "c0", "c1"... in order of first mention (quotes' `speaker_cluster`, facts' `subject_cluster`
    and `source_cluster` name it). start, end, text: the mention that gave the canonical name.
    kind: person, organisation, place, country or government. gender: "F", "M" or None, never guessed;
    gender_evidence: what decided it ("title": M./Mme; "agreement": a role noun's determiner in
    apposition, "la ministre X"; "first_name": the first-name lexicon; "wikidata": the linking stage).
    roles: the roles and offices the article gives it in apposition ("ministre de l'Intérieur").
    party: canonical name of the party the article names with it. wikidata: filled by linking.
    """

    kind_name: ClassVar[str] = "clusters"
    doc_id: str
    id: str
    start: int
    end: int
    text: str
    canonical: str
    label: str  # PER, ORG or LOC
    kind: str
    gender: str | None
    gender_evidence: str | None
    roles: tuple[str, ...]
    party: str | None
    n_mentions: int
    wikidata: str | None = None


@dataclass(frozen=True, slots=True)
class Quote(Record):
    kind_name: ClassVar[str] = "quotes"
    doc_id: str
    id: str
    kind: str  # direct, indirect, mixed, according_to
    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_canonical: str | None = None
    speaker_type: str = "unknown"  # person, organisation, media, document, group, pronoun, unknown
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    cue_lemma: str | None = None
    medium: str | None = None
    sentence: str | None = None
    speaker_cluster: str | None = None  # the `clusters.jsonl` id the speaker names, if an entity


@dataclass(frozen=True, slots=True)
class DateMention(Record):
    kind_name: ClassVar[str] = "dates"
    doc_id: str
    id: str
    start: int
    end: int
    text: str
    type: str  # TIMEX3 type: DATE, TIME, DURATION, SET
    value: str | None
    range_start: str | None = None
    range_end: str | None = None
    anchor: str = "none"  # "document_date", "none", or the id of the date it was resolved from
    sentence: str | None = None


@dataclass(frozen=True, slots=True)
class Fact(Record):
    kind_name: ClassVar[str] = "facts"
    doc_id: str
    id: str
    kind: str  # quantity, event, statement
    start: int
    end: int
    text: str
    subject: str | None = None
    subject_canonical: str | None = None
    predicate: str | None = None
    object: str | None = None
    value: float | None = None
    unit: str | None = None
    of: str | None = None
    quantity_text: str | None = None
    bound: str | None = None
    approximate: bool = False
    source: str | None = None
    source_canonical: str | None = None
    time: str | None = None
    hedged: bool = False
    negated: bool = False
    sentence: str | None = None
    value_max: float | None = None  # the high end of a range ("entre 10 et 20 %"); value is the low end
    # The words that hold the subject and the source (half-open offsets into the document text, maybe
    # in another sentence); None when the canonical name was read from the article, not from words.
    subject_start: int | None = None
    subject_end: int | None = None
    source_start: int | None = None
    source_end: int | None = None
    subject_cluster: str | None = None  # the `clusters.jsonl` ids subject and source name, if entities
    source_cluster: str | None = None


#: Record types in the order their files are written for each document (documents last, so a
#: document's line in documents.jsonl means all its other records are already on disk).
RECORD_TYPES: tuple[type[Record], ...] = (Sentence, Entity, CorefMention, Cluster, Quote, DateMention, Fact,
                                          DocumentRecord)
RECORD_NAMES: tuple[str, ...] = tuple(t.kind_name for t in RECORD_TYPES)
SPAN_RECORD_NAMES: tuple[str, ...] = tuple(n for n in RECORD_NAMES if n != "documents")

__all__ = [
    "Record", "DocumentRecord", "Sentence", "Entity", "CorefMention", "Cluster", "Quote", "DateMention", "Fact",
    "RECORD_TYPES", "RECORD_NAMES", "SPAN_RECORD_NAMES",
]
