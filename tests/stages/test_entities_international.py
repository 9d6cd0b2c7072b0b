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
    # an acronym never takes the article opening a paragraph; a name whose complement is an
    # organisation's acronym is one name, not split on the acronym
    ("Le ministre a parlé devant l'Assemblée générale de l'ONU jeudi.\n\nL'ONU a salué le discours.",
     [("Assemblée générale de l'ONU", "ORG", "Assemblée générale de l'ONU"), ("ONU", "ORG", "ONU")]),
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


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # a name an organisation noun announces is an organisation, wherever the article writes it
    ("Des combattants de l'ex-rébellion Kalaba ont pillé la ville. Kalaba dément.",
     [("Kalaba", "ORG"), ("Kalaba", "ORG")]),
    ("Deux militantes Vigilia ont été interpellées à Rome.", [("Vigilia", "ORG"), ("Rome", "LOC")]),
    # an organisation's head word, even hyphenated, makes an organisation of a place-labelled name
    ("Selon l'État-major des armées, deux soldats ont été blessés.", [("État-major des armées", "ORG")]),
    # an adjective after a known name completes it
    ("Le Conseil de sécurité nationale s'est réuni.", [("Conseil de sécurité nationale", "ORG")]),
    # a common noun and a nationality name no institution
    ("Un porte-parole du ministère russe de la Défense a démenti.", []),
    # a common noun before "de" + a place is left out of the name; natural features and streets keep theirs
    ("Des milliers de pèlerins ont prié à la basilique de Lisieux.", [("Lisieux", "LOC")]),
    ("Le navire a traversé la mer des Caraïbes.", [("mer des Caraïbes", "LOC")]),
    # a heading in capitals: a function word is no entity
    ("CETTE VICTOIRE EST LA NÔTRE, a-t-elle dit à Lyon.", [("Lyon", "LOC")]),
])
def test_organisations_and_places_of_international_news(recognise, text, expected):
    doc = recognise(text)
    assert [(e.text, e.label) for e in doc.entities if e.label != "MISC"] == expected


def test_an_acronym_in_brackets_names_its_organisation_wherever_it_stands():
    import spacy

    from pipeline.entities.mentions import Mention
    from pipeline.entities.names import bracketed_names, holds_letters

    nlp = spacy.blank("fr")
    doc = nlp("Le Collectif 3 rivières (C3R) et Green Exodus (GX) manifestent. Le C3R a appelé au calme.")
    spans = [(1, 4), (5, 6), (8, 10), (11, 12), (16, 17)]
    named = bracketed_names(doc, [Mention(s, e, "ORG") for s, e in spans])
    assert [m.name for m in named] == [None, "Collectif 3 rivières", None, "Green Exodus", "Collectif 3 rivières"]
    assert holds_letters("XR", "Extinction Rebellion") and not holds_letters("XR", "Rebellion Extinction")


def test_a_site_s_domain_alone_is_an_organisation_but_not_inside_an_address():
    import spacy

    from pipeline.entities.spans import site_names

    nlp = spacy.blank("fr")
    doc = nlp("Une pétition lancée sur Pétitions.org et relayée par nordinfo.be, lue sur https://www.exemple.fr/page.")
    assert [doc[s:e].text for s, e, _ in site_names(doc)] == ["Pétitions.org", "nordinfo.be"]
