"""Linking names to Wikidata: a small shipped gazetteer and a cautious linker.

Fact-checkers join a person or a party across articles and with other data by a stable identifier, not
a spelling. The `linking` stage (`EntityLinker`, after coreference) sets `wikidata` on the entities (and
on the per-entity clusters when the run has them) from `resources/gazetteer.tsv`: French political
people, French parties and countries. Precision comes first: a name is linked only when it names one
item of the table and nothing in the article makes it ambiguous (a bare surname two people of the table
share stays unlinked unless the article names one of them in full).
"""
from ..gazetteer import Gazetteer, Item, name_key
from .linker import Linker

__all__ = ["Gazetteer", "Item", "Linker", "name_key"]
