"""Named entities: fr_core_news_md's NER, corrected for French political news, then clustered.

The corrections are the rules of `pipeline/entities/` (see its docstring); mentions are then
clustered per document (see `pipeline.coreference.names`), under the fullest name the article writes.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ..coreference.names import cluster_mentions
from ..document import Document
from ..entities.corrections import MentionCorrector
from ..entities.names import bracketed_names, without_prefix, written_name
from ..records import Entity
from ..stage import Stage

if TYPE_CHECKING:
    from spacy.language import Language


class EntityRecognizer(Stage):
    """PER/LOC/ORG/MISC mentions with a per-document cluster and canonical name.

    Example:
        >>> import pipeline
        >>> nlp = pipeline.load(stages=["segmentation", "entities"])  # doctest: +SKIP
        >>> doc = nlp("Vladimir Poutine parle. M. Poutine part.")  # doctest: +SKIP
        >>> [(e.text, e.canonical) for e in doc.entities]  # doctest: +SKIP
        [('Vladimir Poutine', 'Vladimir Poutine'), ('Poutine', 'Vladimir Poutine')]
    """

    name: ClassVar[str] = "entities"
    requires: ClassVar[frozenset[str]] = frozenset({"parse", "sentences"})
    provides: ClassVar[frozenset[str]] = frozenset({"entities"})

    def __init__(self, nlp: "Language") -> None:
        super().__init__(nlp)
        self.corrector = MentionCorrector(nlp)

    def __call__(self, doc: Document) -> Document:
        spacy_doc = self.parsed(doc)
        mentions = bracketed_names(spacy_doc, self.corrector.corrected_mentions(spacy_doc, doc))
        spans = [(spacy_doc[m.start:m.end], m.label) for m in mentions]
        texts = [without_prefix(s.text, 0, len(s.text))[2] for s, _ in spans]
        clusters = cluster_mentions([(written_name(m, text, texts), label) for m, text, (_, label) in zip(mentions, texts, spans)],
                                    self.corrector.expansions)
        bounds = [without_prefix(span.text, span.start_char, span.end_char) for span, _ in spans]
        doc.entities = [
            Entity(
                doc_id=doc.doc_id,
                id=doc.record_id("e", i),
                start=start,
                end=end,
                text=doc.text[start:end],
                label=label,
                canonical=clusters.canonical[i],
                cluster=clusters.ids[i],
                sentence=doc.sentence_id_at(span.start_char),
            )
            for i, ((span, label), (start, end, _)) in enumerate(zip(spans, bounds))
        ]
        return doc
