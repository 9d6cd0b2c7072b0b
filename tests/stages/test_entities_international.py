"""Entities on international news: articles, demonyms, foreign institutions, events and canonical
names (invented sentences of the constructions the monde section has)."""
import pytest

from pipeline.document import Document
from pipeline.stages import EntityRecognizer, Segmenter


@pytest.fixture(scope="module")
def recognise(fr_nlp):
    segmenter, entities = Segmenter(fr_nlp), EntityRecognizer(fr_nlp)
    return lambda text: entities(segmenter(Document(text, doc_id="t")))


def found(doc):
    return [(e.text, e.label, e.canonical) for e in doc.entities]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # a capitalised article opening a paragraph belongs to the sentence when the name is written without it
    ("La Norvège a protesté.\n\nLa Norvège et la Suède ont convoqué leurs ambassadeurs. Le ton monte en Norvège.",
     [("Norvège", "LOC", "Norvège"), ("Norvège", "LOC", "Norvège"), ("Suède", "LOC", "Suède"), ("Norvège", "LOC", "Norvège")]),
    # a one-word name whose article belongs to it gets it back in the canonical
    ("Le président est arrivé au Caire, a rapporté le quotidien Le Monde.",
     [("Caire", "LOC", "Le Caire"), ("Le Monde", "ORG", "Le Monde")]),
    ("Il a accordé un entretien au Parisien.", [("Parisien", "ORG", "Le Parisien")]),
    # a noun of people, listed or shaped like one, is no entity; before a name it is trimmed
    ("Les Lyonnais et des Tibétains ont défilé avec un Athénien.", []),
    ("Le discours de la jeune Norvégienne Ingrid Solberg a ému la salle.", [("Ingrid Solberg", "PER", "Ingrid Solberg")]),
    ("Les Républicains ont voté contre.", [("Les Républicains", "ORG", "Les Républicains")]),
])
def test_articles_and_canonical_names(recognise, text, expected):
    doc = recognise(text)
    assert found(doc) == expected
    assert not doc.offset_errors()


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # an operation's name is no entity, wherever the article writes it
    ("L'opération Tramontane a pris fin. Après Tramontane, Paris garde des soldats au Niger.",
     [("Paris", "LOC"), ("Niger", "LOC")]),
    # events, a constitution and common acronyms are no organisations
    ("Le Sommet de la Francophonie s'ouvre au Canada.", [("Canada", "LOC")]),
    ("Il veut réviser la Constitution avant l'été.", []),
    ("L'ancien président a été victime d'un AVC.", []),
])
def test_events_and_texts_are_no_entities(recognise, text, expected):
    doc = recognise(text)
    assert [(e.text, e.label) for e in doc.entities] == expected
