"""The document object that the stages pass along.

A `Document` holds the original text (never modified, so offsets stay valid), its metadata, the
transient spaCy parse, and one list of records per stage. Each stage writes only its own list.
"""
from __future__ import annotations

import bisect
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .records import (
    Cluster,
    CorefMention,
    DateMention,
    DocumentRecord,
    Entity,
    Fact,
    Quote,
    Record,
    Sentence,
)

if TYPE_CHECKING:  # spaCy is only needed at run time by the stages
    from spacy.tokens import Doc


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """Accept a `datetime.date`, an ISO `YYYY-MM-DD` string (a time part is ignored) or None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value).strip()[:10])


@dataclass
class Document:
    """A text and everything the stages found in it.

    Example:
        >>> doc = Document("Emmanuel Macron parle.", doc_id="a1", date="2020-08-30")
        >>> doc.date
        datetime.date(2020, 8, 30)
    """

    text: str
    doc_id: str = "doc"
    date: dt.date | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None
    section: str | None = None
    spacy_doc: Doc | None = field(default=None, repr=False, compare=False)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    mentions: list[CorefMention] = field(default_factory=list)
    #: One record per entity of the article (the coreference stage's `clusters.jsonl`).
    clusters: tuple[Cluster, ...] = ()
    quotes: list[Quote] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    #: The coreference stage's index (who each phrase names), read by quotes and facts; transient
    #: like `spacy_doc`, never written.
    coreference: Any = field(default=None, repr=False, compare=False)
    #: The one resolver of who a phrase names (`pipeline.coreference.resolver.Resolver`), built by
    #: the coreference stage (else by the first stage that asks), with the speakers the quotes stage
    #: resolved: the facts stage asks it again. Transient, never written.
    resolver: Any = field(default=None, repr=False, compare=False)
    #: What the stages run so far provide ("entities", ...), filled by `Pipeline`: with "entities"
    #: in it, an empty `entities` list means "none found", not "not looked for".
    provided: set[str] = field(default_factory=set, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.date = parse_date(self.date)

    @property
    def sha1(self) -> str | None:
        """Hash of the text: `--resume` reuses a document's output only while this is unchanged."""
        return hashlib.sha1(self.text.encode("utf-8", "surrogatepass")).hexdigest() if self.text else None

    @property
    def status(self) -> str:
        return "error" if self.error else "ok"

    # -- sentence lookup -------------------------------------------------------------------
    def sentence_at(self, char: int) -> Sentence | None:
        """The sentence that contains character offset `char` (None before segmentation)."""
        if not self.sentences:
            return None
        i = bisect.bisect_right(self.sentences, char, key=lambda s: s.start) - 1
        if i >= 0 and char < self.sentences[i].end:
            return self.sentences[i]
        return None

    def sentence_id_at(self, char: int) -> str | None:
        sentence = self.sentence_at(char)
        return sentence.id if sentence else None

    def record_id(self, prefix: str, index: int) -> str:
        """Ids are unique across a corpus: `<doc_id>:<prefix><index>`, e.g. `a1:e3`."""
        return f"{self.doc_id}:{prefix}{index}"

    # -- output ---------------------------------------------------------------------------
    def document_record(self) -> DocumentRecord:
        return DocumentRecord(
            doc_id=self.doc_id,
            source=self.source,
            date=self.date.isoformat() if self.date else None,
            title=self.title,
            n_chars=len(self.text),
            n_sentences=len(self.sentences),
            status=self.status,
            error=self.error,
            warnings=tuple(self.warnings),
            sha1=self.sha1,
            url=self.url,
            section=self.section,
        )

    def span_records(self) -> dict[str, list[Record]]:
        return {
            "sentences": list(self.sentences),
            "entities": list(self.entities),
            "mentions": list(self.mentions),
            "clusters": list(self.clusters),
            "quotes": list(self.quotes),
            "dates": list(self.dates),
            "facts": list(self.facts),
        }

    def to_records(self) -> dict[str, list[dict[str, Any]]]:
        """Every record as the dict written to JSONL, keyed by file name (without `.jsonl`)."""
        out = {name: [r.to_dict() for r in records] for name, records in self.span_records().items()}
        out["documents"] = [self.document_record().to_dict()]
        return out

    def offset_errors(self) -> list[str]:
        """Records whose `text` is not `self.text[start:end]` (should always be empty)."""
        bad = []
        for name, records in self.span_records().items():
            for r in records:
                if self.text[r.start:r.end] != r.text:
                    bad.append(f"{name} {r.id}: {r.text!r} != text[{r.start}:{r.end}]")
        return bad
