"""One person stated as a count (`claims.singles`): value 1 when the person undergoes harm or custody.
Invented sentences in the style of the corpus."""
import pytest

pytestmark = pytest.mark.model


def counts(full_pipeline, text):
    doc = full_pipeline(text, doc_id="t", date="2021-03-01")
    return {f.text: f.value for f in doc.facts if f.kind == "quantity"}


def test_persons_among_victims_and_harmed_are_counts_of_one(full_pipeline):
    found = counts(full_pipeline, "Le proviseur, un enseignant et un chauffeur figurent aussi parmi les otages. "
                                  "Lors de la rentrée, un directeur de lycée a été tué, un professeur blessé.")
    assert found.get("un enseignant") == found.get("un chauffeur") == found.get("un directeur") == 1
    assert found.get("un professeur") == 1


def test_one_of_the_counted_people(full_pipeline):
    found = counts(full_pipeline, "L'armée a confirmé l'attaque. Un des policiers, grièvement blessé, a été évacué "
                                  "vers un hôpital.")
    assert found.get("Un des policiers") == 1


def test_an_article_is_no_count(full_pipeline):
    found = counts(full_pipeline, "Un homme a déclaré qu'une femme était partie. La police a arrêté un homme qui a "
                                  "tué sa voisine. Un enfant, disparu il y a dix ans, a été retrouvé.")
    assert not any(text.lower().startswith(("un ", "une ")) for text in found)
