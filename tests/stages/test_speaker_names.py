"""The speaker-phrase identity rules of `coreference/speaker_names.py`, on hand-built parses and a stub
resolver (no model): a pronoun by gender, a definite role by its determiner, a name in apposition but
not behind "de", a document's owner."""
import spacy
from spacy.tokens import Doc

from pipeline.coreference.speaker_names import apposed_mention, owner_mention, pronoun_person, role_holder
from pipeline.mentions import Mention


class StubResolver:
    """Answers `person_for_pronoun` with the gender it was asked, to show what the rules ask."""

    def person_for_pronoun(self, at, gender):
        return {"fem": "Anne Martin", "masc": "Paul Durand", None: "anyone"}[gender]


def parsed(words):
    return Doc(spacy.blank("fr").vocab, words=words)


def test_a_pronoun_asks_for_a_person_of_its_gender():
    resolver = StubResolver()
    assert pronoun_person("-elle", 0, resolver) == "Anne Martin"
    assert pronoun_person("ce dernier", 0, resolver) == "Paul Durand"
    assert pronoun_person("on", 0, resolver) is None


def test_a_definite_role_names_a_person_of_its_determiners_gender_an_indefinite_one_nobody():
    resolver = StubResolver()
    doc = parsed(["la", "ministre", "a", "dit"])
    assert role_holder(doc, 0, 1, resolver) == "Anne Martin"
    doc = parsed(["un", "proche", "du", "pouvoir"])
    assert role_holder(doc, 0, 1, resolver) is None


def test_a_name_in_apposition_is_the_speaker_but_not_one_behind_de():
    doc = parsed(["le", "journal", "Le", "Monde"])
    monde = Mention(11, 19, "ORG", "Le Monde")
    assert apposed_mention(doc, 1, [monde]) == monde
    doc = parsed(["la", "rivale", "de", "Paul", "Durand"])
    durand = Mention(13, 24, "PER", "Paul Durand")
    assert apposed_mention(doc, 1, [durand]) is None


def test_a_document_belongs_to_the_organisation_named_after_it_before_a_place_or_person():
    doc = parsed(["un", "communiqué", "du", "Kremlin", "à", "Moscou"])
    kremlin, moscou = Mention(17, 24, "ORG", "Kremlin"), Mention(27, 33, "LOC", "Moscou")
    assert owner_mention(doc, 1, [moscou, kremlin]) == kremlin
