"""pipeline.entities.persons: a MISC or ORG span that reads as "<first name> <surname>" is a person.

Sentences invented or paraphrased from corpus articles outside the dev sets; tokens from
spacy.blank("fr"), the span given as the model would tag it."""
from __future__ import annotations

import pytest
import spacy

from pipeline.entities.mentions import Mention
from pipeline.entities.persons import FirstNamePersons

NLP = spacy.blank("fr")
RULE = FirstNamePersons({"noun": ["assurance", "service"]})


def label_of(sentence: str, name: str, label: str = "MISC") -> str:
    doc = NLP(sentence)
    start = sentence.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None, name
    return RULE.relabelled(doc, Mention(span.start, span.end, label)).label


@pytest.mark.parametrize("sentence, name, label", [
    ("Il faut agir vite, a expliqué Lucy Brown, 41 ans, venue avec ses enfants.", "Lucy Brown", "MISC"),
    ("La cheffe de l'exécutif pro-Pékin Carrie Lam a défendu le texte.", "Carrie Lam", "MISC"),
    ("Le président turc, Recep Tayyip Erdogan, a répondu mardi.", "Recep Tayyip Erdogan", "MISC"),
    ("Le chef du gouvernement d'union, Fayez al-Sarraj, a rencontré les émissaires.", "Fayez al-Sarraj", "ORG"),
    ("Le capitaine Alfred Dreyfus fut réhabilité en 1906.", "Alfred Dreyfus", "MISC"),
    ("Le président égyptien Abdel-Fattah al-Sissi a reçu son homologue.", "Abdel-Fattah al-Sissi", "ORG"),
    ("Le député Joachim Son-Forget a publié cinquante messages.", "Joachim Son-Forget", "MISC"),
    ("Le ministre de la Défense Peter Hultqvist et son homologue ont signé.", "Peter Hultqvist", "MISC"),
    ("Le film avait pour héroïne Jeanne d'Arc, jouée par une inconnue.", "Jeanne d'Arc", "MISC"),
])
def test_a_first_name_and_a_surname_make_a_person(sentence, name, label):
    assert label_of(sentence, name, label) == "PER"


@pytest.mark.parametrize("sentence, name, label", [
    ("selon le Washington Post, la décision est prise.", "Washington Post", "ORG"),       # an article before it
    ("Un porte-parole de Malaysia Airlines a confirmé.", "Malaysia Airlines", "ORG"),       # a company's word
    ("Les élèves du lycée Victor Hugo ont manifesté.", "Victor Hugo", "ORG"),               # a noun of a thing before it
    ("Le film « Marie Antoinette » est ressorti.", "Marie Antoinette", "MISC"),             # a title in quote marks
    ("Le groupe Aviva Assurances a annoncé des pertes.", "Aviva Assurances", "ORG"),        # a plural common noun
    ("a révélé Paris Match jeudi.", "Paris Match", "ORG"),                                  # a first name of no gender
    ("La chaîne Fox News a diffusé l'entretien.", "Fox News", "ORG"),                       # a medium's word
    ("NICOLAS HULOT, la démission", "NICOLAS HULOT", "MISC"),                               # capitals: a heading
    ("la Marine chilienne se tient prête.", "Marine chilienne", "ORG"),                     # a lower-case word
    ("Il conduit une Mercedes-Benz noire.", "Mercedes-Benz", "ORG"),                         # a hyphen, then no first name
    ("selon Fox Radio, qui cite un proche", "Fox Radio", "ORG"),                              # a medium's word
    ("le collectif Georgia Advancing Communities Together", "Georgia Advancing Communities Together", "MISC"),  # too long
])
def test_names_of_things_stay_as_the_model_tagged_them(sentence, name, label):
    assert label_of(sentence, name, label) == label


def test_persons_and_places_are_left_alone():
    assert label_of("Selon Lucy Brown, rien ne change.", "Lucy Brown", "LOC") == "LOC"
