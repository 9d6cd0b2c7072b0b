"""The per-entity records (`clusters.jsonl`) and the cluster ids quotes and facts point to
(French sentences written for these tests)."""
import pytest

from pipeline.coreference.clusters import is_party, person_gender
from pipeline.coreference.chains import Given
from pipeline.coreference.lexicon import coref_lexicon
from pipeline.records import Entity


def test_parties_are_listed_names_or_open_with_parti():
    assert is_party("LR") and is_party("La France insoumise") and is_party("Parti pirate")
    assert not is_party("Kremlin") and not is_party("Assemblée nationale")


def person(text, start, canonical):
    return Entity("t", "t:e", start, start + len(text), text, "PER", canonical, 0, None)


@pytest.mark.parametrize("text, given, expected", [
    ("Mme Lefort a parlé.", [], ("F", "title")),
    ("Claude Lefort a parlé.", [Given(0, 0, "ministre", "fem")], ("F", "agreement")),
    ("Claude Lefort a parlé.", [], (None, None)),  # an epicene first name says nothing
    ("Marie Lefort a parlé.", [], ("F", "first_name")),
    ("M. Marie Lefort a parlé.", [], ("M", "title")),  # the title outranks the first name
])
def test_gender_comes_from_the_strongest_evidence_and_is_never_guessed(text, given, expected):
    name = text.split(" a ")[0].removeprefix("Mme ").removeprefix("M. ")
    at = text.index(name)
    canonical = name if " " in name else "Lefort"
    assert person_gender(text, [person(name, at, canonical)], given, coref_lexicon()) == expected


@pytest.fixture(scope="module")
def article(full_pipeline):
    text = ("La ministre de la Santé, Claire Dumont, a présenté son plan lundi. Le député LR de l'Ain Marc Petit "
            "a dénoncé un texte \"bâclé\". \"Nous voterons contre\", a déclaré M. Petit. Selon le gouvernement "
            "italien, 30 % des hôpitaux manquent de lits. L'Italie a demandé une aide européenne.")
    return full_pipeline(text, doc_id="t", date="2021-03-01")


@pytest.mark.model
def test_a_cluster_record_per_entity_with_what_the_article_says(article):
    by_name = {c.canonical: c for c in article.clusters}
    dumont, petit, italy = by_name["Claire Dumont"], by_name["Marc Petit"], by_name["Italie"]
    assert [c.id for c in article.clusters] == [f"c{i}" for i in range(len(article.clusters))]
    assert (dumont.kind, dumont.gender, dumont.gender_evidence, dumont.roles) == \
        ("person", "F", "agreement", ("ministre de la Santé",))
    assert (petit.gender, petit.gender_evidence, petit.party) == ("M", "title", "LR")
    assert (italy.kind, italy.label) == ("country", "LOC")
    # ids come from the linking stage's gazetteer: the country has one, the invented people none
    assert (italy.wikidata, dumont.wikidata, petit.wikidata) == ("Q38", None, None)
    assert article.offset_errors() == []


@pytest.mark.model
def test_speakers_and_fact_holders_point_to_their_cluster(article):
    ids = {c.canonical: c.id for c in article.clusters}
    speakers = {q.speaker_canonical: q.speaker_cluster for q in article.quotes}
    assert speakers.get("Marc Petit") == ids["Marc Petit"]
    assert all(q.speaker_cluster is None for q in article.quotes if q.speaker_canonical not in ids)
    assert all(f.subject_cluster == ids.get(f.subject_canonical) for f in article.facts)
    assert all(f.source_cluster == ids.get(f.source_canonical) for f in article.facts)
