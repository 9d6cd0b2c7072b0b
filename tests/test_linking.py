"""The linking stage: Wikidata ids from the shipped gazetteer, set only when the name is unambiguous."""
from __future__ import annotations

from dataclasses import dataclass, fields

import pytest

from pipeline.document import Document
from pipeline.linking import Gazetteer, Linker, name_key
from pipeline.gazetteer import shipped
from pipeline.linking.stage import EntityLinker
from pipeline.records import Entity

TABLE = """# a test table
person\tQ1\tF\tMarine Exemple\t\t1
person\tQ2\tM\tJean Exemple\t\t1
person\tQ3\tM\tPaul Durandeau\tPaul Durandot\t1
person\tQ4\tF\tAnne Discret\t\t
person\tQ5\tM\tLuc de Lattre\t\t1
party\tQ10\t\tLes Modérés\tLM|Parti modéré\t
institution\tQ30\t\tConseil des Sages\tCDS\t
country\tQ20\t\tÉtats-Unis\tUSA\t
"""


@pytest.fixture
def linker():
    return Linker(Gazetteer.from_lines(TABLE.splitlines()), frozenset({"paul", "anne"}))


def linked(linker, *names):
    return {canonical: item.wikidata for (label, canonical), item in linker.article(names).items()}


def test_a_full_name_or_alias_links_and_a_bare_surname_shared_by_two_people_does_not(linker):
    assert linked(linker, ("PER", "Marine Exemple"), ("PER", "Paul Durandot")) == {"Marine Exemple": "Q1", "Paul Durandot": "Q3"}
    assert linked(linker, ("PER", "Exemple")) == {}


def test_a_bare_surname_links_to_the_one_the_article_names_in_full(linker):
    assert linked(linker, ("PER", "Exemple"), ("PER", "Jean Exemple")) == {"Exemple": "Q2", "Jean Exemple": "Q2"}
    # a namesake outside the table makes it ambiguous again
    assert linked(linker, ("PER", "Exemple"), ("PER", "Jean Exemple"), ("PER", "Lucie Exemple")) == {"Jean Exemple": "Q2"}


def test_another_first_name_never_borrows_a_surname(linker):
    assert linked(linker, ("PER", "Jean-Paul Durandeau"), ("PER", "Durandeau")) == {}
    assert linked(linker, ("PER", "Durandeau")) == {"Durandeau": "Q3"}


def test_a_surname_alone_links_only_people_the_table_allows_and_never_a_first_name(linker):
    assert linked(linker, ("PER", "Discret")) == {}  # listed by full name only
    assert linked(linker, ("PER", "Anne Discret")) == {"Anne Discret": "Q4"}
    assert linked(linker, ("PER", "Paul")) == {}


def test_titles_particles_and_articles(linker):
    assert linked(linker, ("PER", "Mme Exemple"), ("PER", "Marine Exemple")) == {"Mme Exemple": "Q1", "Marine Exemple": "Q1"}
    assert linked(linker, ("PER", "de Lattre")) == {"de Lattre": "Q5"}
    assert linked(linker, ("ORG", "LM"), ("ORG", "Modérés"), ("LOC", "Etats-Unis")) == {"LM": "Q10", "Modérés": "Q10", "Etats-Unis": "Q20"}
    assert linked(linker, ("LOC", "Les Modérés"), ("MISC", "USA")) == {}  # a label names its kind only


def test_an_organisation_name_links_a_party_or_an_institution(linker):
    assert linked(linker, ("ORG", "le Conseil des Sages"), ("ORG", "CDS")) == {"le Conseil des Sages": "Q30", "CDS": "Q30"}
    assert linked(linker, ("LOC", "Conseil des Sages"), ("PER", "CDS")) == {}


def test_name_key_folds_case_accents_and_keeps_hyphens():
    assert name_key("Édouard  PHILIPPE") == ("edouard", "philippe")
    assert name_key("Jean-Marie Le Pen") == ("jean-marie", "le", "pen")
    assert name_key("Les Républicains", person=False) == ("republicains",)


def test_the_shipped_table_loads_once_and_holds_people_parties_institutions_countries():
    table = shipped()
    assert table is Gazetteer.load()
    kinds = {item.kind for item in table.items}
    assert kinds == {"person", "party", "institution", "country"}
    assert table.person("Emmanuel Macron").wikidata == "Q3052772"
    assert table.person("Vladimir Poutine") is table.person("Vladimir Putin")
    assert table.person("Nicolas Sarkozy").by_surname and table.person("Angela Merkel").gender == "F"
    assert all(i.gender in ("F", "M") for i in table.items if i.kind == "person")


def test_the_shipped_table_links_what_french_news_writes():
    link = Linker(shipped(), frozenset({"bertrand", "xavier"}))
    names = [("PER", "Recep Tayyip Erdogan"), ("PER", "Erdogan"), ("PER", "Poutine"), ("ORG", "l'Otan"),
             ("ORG", "Assemblée nationale"), ("ORG", "l'ONU"), ("PER", "Bertrand")]
    found = {c: i.wikidata for (_, c), i in link.article(names).items()}
    assert found == {"Recep Tayyip Erdogan": "Q39259", "Erdogan": "Q39259", "Poutine": "Q7747",
                     "l'Otan": "Q7184", "Assemblée nationale": "Q193582", "l'ONU": "Q1065"}
    # two people of the table share the surname: a bare "Le Pen" stays unlinked unless one is named in full
    assert link.article([("PER", "Le Pen")]) == {}
    assert link.article([("PER", "Le Pen"), ("PER", "Marine Le Pen")])[("PER", "Le Pen")].wikidata == "Q12927"


@dataclass(frozen=True)
class FakeCluster:
    """A cluster in the shape of the identity layer's record (the fields the linker reads and sets)."""

    id: str
    canonical: str
    label: str
    gender: str | None = None
    gender_evidence: str | None = None
    wikidata: str | None = None


def entity(doc_id, n, text, start, label, canonical):
    return Entity(doc_id, f"{doc_id}:e{n}", start, start + len(text), text, label, canonical, n, None)


def test_the_stage_sets_wikidata_on_entities_and_clusters():
    text = "Christophe Castaner a parlé avec les Républicains. Castaner était aux États-Unis."
    doc = Document(text, doc_id="a1")
    doc.entities = [entity("a1", 0, "Christophe Castaner", 0, "PER", "Christophe Castaner"),
                    entity("a1", 1, "Républicains", text.index("Républicains"), "ORG", "Républicains"),
                    entity("a1", 2, "Castaner", text.index("Castaner était"), "PER", "Christophe Castaner"),
                    entity("a1", 3, "États-Unis", text.index("États"), "LOC", "États-Unis")]
    doc.clusters = (FakeCluster("c0", "Christophe Castaner", "PER", "F", "first_name"),
                    FakeCluster("c1", "Personne Inconnue", "PER"))
    stage = EntityLinker(None)
    stage(doc)
    assert [e.wikidata for e in doc.entities] == ["Q1726930", "Q20012759", "Q1726930", "Q30"]
    assert doc.clusters[0].wikidata == "Q1726930" and doc.clusters[0].gender == "M"
    assert doc.clusters[0].gender_evidence == "wikidata"
    assert doc.clusters[1] == FakeCluster("c1", "Personne Inconnue", "PER")
    assert all(doc.text[e.start:e.end] == e.text for e in doc.entities)


def test_the_stage_runs_without_clusters_and_the_field_is_last():
    doc = Document("Rien.", doc_id="a2")
    EntityLinker(None)(doc)
    assert doc.entities == [] and [f.name for f in fields(Entity)][-1] == "wikidata"
