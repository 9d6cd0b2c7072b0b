"""Temporal expressions: found by a French grammar of our own, normalised to TIMEX3 values.

Why not `dateparser.search_dates`: on the seed it reads the possessive "sa" as a Saturday and
"80,1%" as 1980, and misses "dans les semaines à venir". Detection here is the rule file
`resources/dates_grammar.txt` (regular expressions over a folded copy of the text, with word
boundaries) plus the composition of neighbouring matches (`pipeline/temporal/compose.py`);
normalisation is calendar arithmetic against the document date (`pipeline/temporal/resolve.py`),
with the clause's tense, read off the parse, choosing between the last and the next "samedi".
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING, ClassVar

from ..document import Document
from ..records import DateMention
from ..stage import Stage
from ..temporal.tagger import Found, TemporalTagger
from ..temporal.tense import TenseReader
from ..spacy_text import doc_text

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


class DateNormalizer(Stage):
    """Fills `doc.dates` with every date, time, duration, set and vague reference.

    Example:
        >>> import spacy
        >>> stage = DateNormalizer(spacy.blank("fr"))
        >>> doc = stage(Document("Il est arrivé samedi 29 août.", doc_id="a1", date="2020-08-30"))
        >>> [(d.text, d.type, d.value, d.anchor) for d in doc.dates]
        [('samedi 29 août', 'DATE', '2020-08-29', 'document_date')]
    """

    name: ClassVar[str] = "dates"
    requires: ClassVar[frozenset[str]] = frozenset({"parse", "sentences"})
    provides: ClassVar[frozenset[str]] = frozenset({"dates"})

    def __init__(self, nlp: "Language", prefer: str = "nearest") -> None:
        super().__init__(nlp)
        self.tagger = TemporalTagger()
        self.prefer = prefer

    def __call__(self, doc: Document) -> Document:
        found = self.mentions(self.parsed(doc), doc.date)
        doc.dates = [self.record(doc, i, f, found) for i, f in enumerate(found)]
        return doc

    def mentions(self, spacy_doc: "Doc", reference: dt.date | dt.datetime | None, prefer: str | None = None) -> list[Found]:
        """Expressions of a parsed text at a reference date or time (no record ids)."""
        reader = TenseReader(spacy_doc) if spacy_doc.has_annotation("DEP") else None
        return self.tagger.tag(doc_text(spacy_doc), reference, tense_at=reader, prefer=prefer or self.prefer,
                               verb_at=reader.verb_of if reader else None)

    @staticmethod
    def record(doc: Document, index: int, found: Found, all_found: list[Found]) -> DateMention:
        anchor = found.anchor
        if anchor.startswith("mention:"):
            anchor = doc.record_id("d", int(anchor.split(":")[1]))
        return DateMention(
            doc_id=doc.doc_id,
            id=doc.record_id("d", index),
            start=found.start,
            end=found.end,
            text=found.text,
            type=found.timex.type,
            value=found.timex.value,
            range_start=found.timex.range_start,
            range_end=found.timex.range_end,
            anchor=anchor,
            sentence=doc.sentence_id_at(found.start),
        )


@lru_cache(maxsize=1)
def default_tagger() -> TemporalTagger:
    """One tagger per process for `normalize` (the grammar takes ~0.3 s to compile)."""
    return TemporalTagger()


def normalize(text: str, reference: dt.date | dt.datetime | None, prefer: str = "nearest") -> Found | None:
    """The longest temporal expression of `text` resolved at `reference` (no parse, so no tense).

    Example:
        >>> normalize("la semaine prochaine", dt.date(2013, 2, 12)).timex.value
        '2013-W08'
    """
    found = default_tagger().tag(text, reference, prefer=prefer)
    return max(found, key=lambda f: f.end - f.start) if found else None
