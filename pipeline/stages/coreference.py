"""Coreference: who each role noun, description, pronoun and document names (`mentions.jsonl`).

Runs between `entities` and `quotes`; the rules and their order are in `pipeline.coreference`. The
stage writes one record per mention (names included, so a user sees every phrase of a cluster) and
leaves the index on `doc.coreference` and the document's one resolver of who a phrase names on
`doc.resolver` (`pipeline.coreference.resolver`) for the quotes and facts stages; it also writes one
record per entity (`clusters.jsonl`, `pipeline.coreference.clusters`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ..marks import marked_spans_of
from ..coreference.chains import ChainBuilder
from ..coreference.clusters import build_clusters
from ..coreference.index import Coreference
from ..coreference.lexicon import coref_lexicon
from ..coreference.names import bracketed_acronyms
from ..coreference.resolver import Resolver
from ..document import Document
from ..records import CorefMention
from ..stage import Stage

if TYPE_CHECKING:
    from spacy.language import Language


class CoreferenceResolver(Stage):
    """Mentions of the article's entities, each with the cluster and canonical name it refers to.

    Example:
        >>> import pipeline
        >>> nlp = pipeline.load(stages=["segmentation", "entities", "coreference"])  # doctest: +SKIP
        >>> doc = nlp("Le ministre de l'Intérieur, Jean Martin, est arrivé. Il a parlé.")  # doctest: +SKIP
        >>> [(m.text, m.kind, m.canonical) for m in doc.mentions]  # doctest: +SKIP
        [("Le ministre de l'Intérieur", 'role', 'Jean Martin'), ('Jean Martin', 'name', 'Jean Martin'), ('Il', 'pronoun', 'Jean Martin')]
    """

    name: ClassVar[str] = "coreference"
    requires: ClassVar[frozenset[str]] = frozenset({"parse", "sentences", "entities"})
    provides: ClassVar[frozenset[str]] = frozenset({"mentions", "clusters"})

    def __init__(self, nlp: "Language") -> None:
        super().__init__(nlp)
        self.lexicon = coref_lexicon()

    def __call__(self, doc: Document) -> Document:
        spacy_doc = self.parsed(doc)
        doc.entities = bracketed_acronyms(doc.entities, doc.text)  # "Mouvement 5 étoiles (M5S)": one entity
        quoted = sorted((s.open, s.outer_end) for s in marked_spans_of(spacy_doc))
        builder = ChainBuilder(spacy_doc, list(doc.entities), self.lexicon, quoted, doc.date)
        links = sorted(builder.build(), key=lambda link: (link.start, link.end))
        institutes = tuple((at, builder.canonical[cluster]) for at, cluster in builder.pollsters)
        doc.coreference = Coreference(tuple(links), institutes)
        doc.mentions = [
            CorefMention(
                doc_id=doc.doc_id,
                id=doc.record_id("m", i),
                start=link.start,
                end=link.end,
                text=doc.text[link.start:link.end],
                kind=link.kind,
                cluster=link.cluster,
                canonical=link.canonical,
                sentence=doc.sentence_id_at(link.start),
            )
            for i, link in enumerate(links)
        ]
        doc.clusters = build_clusters(doc, builder, links)
        doc.resolver = Resolver.build(doc, spacy_doc, quoted)  # the one resolver quotes and facts ask
        return doc
