"""Entities with the model: person names the model tags MISC or ORG (pipeline.entities.persons), and
the place or person a model span glues after an organisation's pattern ("le G7 de Biarritz").
Sentences from corpus articles outside the dev sets (some shortened)."""
import pytest

from pipeline.document import Document
from pipeline.stages import EntityRecognizer, Segmenter


@pytest.fixture(scope="module")
def recognise(fr_nlp):
    segmenter, entities = Segmenter(fr_nlp), EntityRecognizer(fr_nlp)
    return lambda text: entities(segmenter(Document(text, doc_id="t")))


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # the model's MISC or ORG for a foreign person's name
    ("La cheffe de l'exécutif pro-Pékin Carrie Lam a par ailleurs fait part lundi de son intention de revoir les programmes.",
     [("Carrie Lam", "PER")]),
    ("Le ministre de la Défense Peter Hultqvist et le chef des armées ont dû se justifier.", [("Peter Hultqvist", "PER")]),
    ("Le chef du GNA, Fayez al-Sarraj a rencontré samedi à Alger le président algérien.",
     [("GNA", "ORG"), ("Fayez al-Sarraj", "PER"), ("Alger", "LOC")]),
    # an organisation's pattern, "de", then a place, a person, or both
    ("Le G7 de Biarritz renforce sa prééminence.", [("G7", "ORG"), ("Biarritz", "LOC")]),
    ("Le maire Les Républicains de Tourcoing a accepté après le refus de son adjoint.",
     [("Les Républicains", "ORG"), ("Tourcoing", "LOC")]),
    ("Gérald Darmanin a répondu au député Les Républicains de Moselle Fabien Di Filippo.",
     [("Gérald Darmanin", "PER"), ("Les Républicains", "ORG"), ("Moselle", "LOC"), ("Fabien Di Filippo", "PER")]),
])
def test_names_the_model_labels_or_glues_wrong(recognise, text, expected):
    doc = recognise(text)
    assert [(e.text, e.label) for e in doc.entities] == expected
    assert not doc.offset_errors()


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # a capital standing for its government is a place (dev README convention), whatever the model says
    ("Le projet de loi a été critiqué par Washington, qui menace de sanctions.", ("Washington", "LOC")),
    ("Ce groupe armé est considéré comme terroriste par Ankara.", ("Ankara", "LOC")),
])
def test_a_capital_for_its_government_is_a_place(recognise, text, expected):
    assert expected in [(e.text, e.label) for e in recognise(text).entities]


@pytest.mark.model
def test_a_capital_that_is_a_person_s_surname_stays_a_person(recognise):
    doc = recognise("George Washington fut le premier président. Washington mourut en 1799.")
    assert [(e.text, e.label) for e in doc.entities] == [("George Washington", "PER"), ("Washington", "PER")]
