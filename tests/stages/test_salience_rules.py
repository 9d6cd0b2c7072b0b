"""Salience rules of the person mentions (issue 23, helper "salience"): who a description or a
pronoun cannot be, and who it continues. Sentences invented for these tests."""
import pytest


@pytest.mark.model
def test_a_description_is_not_the_subject_of_the_verb_it_is_the_object_of(resolve):
    found = resolve("Marc Petit a quitté le gouvernement en mars. Dimanche, Paul Girard s'en est pris "
                    "à l'ancien ministre lors d'un meeting à Lille.")
    assert found.get(("l'ancien ministre", "role")) == "Marc Petit", found


@pytest.mark.model
def test_a_description_is_not_the_subject_above_its_infinitive_given_by_a_role(resolve):
    found = resolve("Si la maire de Lyon Sophie Laurent n'a pas encore annoncé sa candidature, l'ancienne "
                    "journaliste Claire Morin a confirmé qu'elle souhaitait s'engager auprès de l'élue socialiste.")
    assert found.get(("l'élue socialiste", "role")) == "Sophie Laurent", found


@pytest.mark.model
def test_a_predicate_after_comme_stays_the_subjects_own_description(resolve):
    found = resolve("Claire Morin a été élue au Sénat en 2017, s'inscrivant comme la première femme "
                    "originaire de Guyane dans l'hémicycle.")
    assert found.get(("la première femme originaire de Guyane", "description")) == "Claire Morin", found


@pytest.mark.model
def test_lui_before_an_inverted_speaker_is_the_topic_not_the_speaker(resolve):
    found = resolve("Questionné sur sa réforme, Paul Girard a perdu patience pendant l'émission de Marc Petit. "
                    "\"Savez-vous seulement combien coûtera ce tunnel ?\", lui lance le journaliste.")
    assert found.get(("lui", "pronoun")) == "Paul Girard", found
    assert found.get(("le journaliste", "description")) == "Marc Petit", found
