"""The `linking` stage: Wikidata ids on entities (and clusters), from the shipped gazetteer."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from ..firstnames import any_first_name
from ..stage import Stage
from ..gazetteer import Gazetteer
from .linker import Linker

if TYPE_CHECKING:
    from ..document import Document


class EntityLinker(Stage):
    """Sets `wikidata` on each entity whose name names one gazetteer item (see `linker`), and on the
    clusters of the per-entity layer when the run has one, with the person's gender from the table
    (`gender_evidence` "wikidata": a knowledge-base entry is the first evidence of a gender)."""

    name: ClassVar[str] = "linking"
    requires: ClassVar[frozenset[str]] = frozenset({"entities"})
    provides: ClassVar[frozenset[str]] = frozenset({"linking"})

    def __init__(self, nlp) -> None:
        super().__init__(nlp)
        self.linker = Linker(Gazetteer.load(), any_first_name())

    def __call__(self, doc: "Document") -> "Document":
        clusters = getattr(doc, "clusters", None) or ()
        names = {(e.label, e.canonical) for e in doc.entities}
        names |= {(c.label, c.canonical) for c in clusters}
        found = self.linker.article(names)
        if not found:
            return doc
        doc.entities = [linked_entity(e, found.get((e.label, e.canonical))) for e in doc.entities]
        if clusters:
            doc.clusters = type(doc.clusters)(linked_cluster(c, found.get((c.label, c.canonical))) for c in clusters)
        return doc


def linked_entity(entity, item):
    return replace(entity, wikidata=item.wikidata) if item is not None else entity


def linked_cluster(cluster, item):
    """A cluster with its id; a person's gender from the table wins over what the text says."""
    if item is None:
        return cluster
    if item.gender and getattr(cluster, "label", None) == "PER":
        return replace(cluster, wikidata=item.wikidata, gender=item.gender, gender_evidence="wikidata")
    return replace(cluster, wikidata=item.wikidata)
