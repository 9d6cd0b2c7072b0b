"""Topic salience (pipeline/coreference/topic_salience.py): the subject the parse missed, and the
earlier subject a "lui" continues. Sentences invented, or taken from corpus articles outside both dev
sets (orangesum-35617)."""
import pytest
import spacy
from spacy.tokens import Doc

from pipeline.coreference.topic_salience import opens_with_apposed_name, subject_title
from pipeline.records import Entity


def person(text: str, name: str, cluster: int = 0) -> Entity:
    start = text.index(name)
    return Entity("t", f"t:e{cluster}", start, start + len(name), name, "PER", name, cluster, None)


def test_a_name_opening_its_sentence_before_a_comma_is_apposed():
    text = "Marc Petit a parlé. Pierre Durand, 45 ans, est lui-même un ancien ouvrier."
    durand = person(text, "Pierre Durand")
    assert opens_with_apposed_name(text, text.index("Pierre"), durand.start, [durand])


def test_a_name_after_other_words_or_without_a_comma_is_not():
    text = "Selon Pierre Durand, le texte est mauvais. Pierre Durand parle."
    first = person(text, "Pierre Durand")
    assert not opens_with_apposed_name(text, 0, first.start, [first])
    second = Entity("t", "t:e1", text.rindex("Pierre"), text.rindex("Pierre") + 13, "Pierre Durand", "PER",
                    "Pierre Durand", 0, None)
    assert not opens_with_apposed_name(text, text.rindex("Pierre"), second.start, [second])


def test_a_courtesy_title_parsed_as_the_subject_makes_the_name_the_subject():
    vocab = spacy.blank("fr").vocab
    doc = Doc(vocab, words=["M.", "Morel", "a", "dit", "non"], heads=[3, 0, 3, 3, 3],
              deps=["nsubj", "flat:name", "aux:tense", "ROOT", "obj"])
    assert subject_title(doc[1], frozenset({"m.", "mme"})).i == 0
    object_title = Doc(vocab, words=["Il", "a", "vu", "M.", "Morel"], heads=[2, 2, 2, 2, 3],
                       deps=["nsubj", "aux:tense", "ROOT", "obj", "flat:name"])
    assert subject_title(object_title[4], frozenset({"m.", "mme"})) is None


@pytest.mark.model
def test_il_after_a_title_subject_is_that_person(resolve):
    found = resolve("Jacques Morel a été élu maire en 2014. Le conseil municipal a voté le budget mardi. "
                    "M. Morel a expliqué à Paul Girard qu'il tiendrait ses promesses.")
    assert found.get(("il", "pronoun")) == "Jacques Morel", found


@pytest.mark.model
def test_il_after_a_name_opening_its_sentence_with_an_apposition_is_that_person(resolve):
    found = resolve("S'il aimerait que le président tweete moins, le républicain votera sans hésiter pour Donald "
                    "Trump le 3 novembre, estimant qu'il est le meilleur pour sortir le pays de la profonde crise "
                    "économique. Il apprécie aussi la renégociation des grands accords commerciaux internationaux qui "
                    "a plu aux agriculteurs de sa région. Alexander Blake Weiland, ancien militaire de 25 ans reconverti "
                    "dans l'organisation de festivals, partage son diagnostic. Cheveux longs, sandales, il avait "
                    "préféré ne pas voter en 2016.")
    assert found.get(("il", "pronoun")) == "Alexander Blake Weiland", found


@pytest.mark.model
def test_pour_lui_continues_the_subject_of_the_sentence_before(resolve):
    found = resolve("Paul Girard a rencontré dimanche les élus de la région, avant une visite de Marc Petit. "
                    "Pour lui, le texte doit être revu avant l'été.")
    assert found.get(("lui", "pronoun")) == "Paul Girard", found


@pytest.mark.model
def test_lui_of_the_subjects_own_sentence_stays_the_other_person(resolve):
    found = resolve("Paul Girard a visité dimanche une usine de Roubaix. Sur place, Marc Petit a reçu le ministre "
                    "pour lui présenter ses machines.")
    assert found.get(("lui", "pronoun")) == "Paul Girard", found
