"""A LOC, ORG or MISC span apposed to a person's role is a person (`pipeline.entities.persons.ApposedPersons`).
Sentences are invented; the span's model label is forced, so that the test reads the rule, not the model."""
import pytest

from pipeline.entities.mentions import Mention
from pipeline.entities.persons import FirstNamePersons
from pipeline.entities.words import lemma_words

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def persons(fr_nlp):
    return FirstNamePersons(lemma_words(fr_nlp))


def relabelled(fr_nlp, persons, text, name, label="LOC"):
    """(text, label) of the span `name` of `text` once the rule has read it."""
    doc = fr_nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    mention = persons.relabelled(doc, Mention(span.start, span.end, label))
    return doc[mention.start:mention.end].text, mention.label


@pytest.mark.parametrize("text, name, label, expected", [
    # after a role's phrase, a comma between or not
    ("La maire de Saint-Lô, Odile Farjeux, a présenté son budget mardi.", "Odile Farjeux", "LOC", "PER"),
    ("Le ministre de la Santé Tomas Verhaege a démissionné.", "Tomas Verhaege", "ORG", "PER"),
    ("Le candidat écologiste Rui Saldanha a obtenu 12 % des voix.", "Rui Saldanha", "MISC", "PER"),
    # before ", <role>"
    ("Odile Farjeux, maire de Saint-Lô, a présenté son budget mardi.", "Odile Farjeux", "LOC", "PER"),
    ("Selon Tomas Verhaege, ancien ministre de la Santé, rien n'est joué.", "Tomas Verhaege", "ORG", "PER"),
])
def test_a_name_apposed_to_a_role_is_a_person(fr_nlp, persons, text, name, label, expected):
    assert relabelled(fr_nlp, persons, text, name, label) == (name, expected)


def test_a_party_acronym_the_model_put_in_front_goes(fr_nlp, persons):
    text = "Le candidat LR Elio Marchetti a été battu dimanche."
    assert relabelled(fr_nlp, persons, text, "LR Elio Marchetti", "ORG") == ("Elio Marchetti", "PER")


@pytest.mark.parametrize("text, name, label", [
    # inside the role's complement, not apposed to it
    ("Le maire de Santa Monica a présenté son budget.", "Santa Monica", "LOC"),
    ("Le président de Radio Bleue Armorique a démissionné.", "Radio Bleue Armorique", "ORG"),
    # the role opens the next phrase: "X, le ministre Y"
    ("Il était mardi à Port Louis, le ministre l'a confirmé.", "Port Louis", "LOC"),
    ("Selon le Canard Enchaîné, le ministre aurait cédé.", "Canard Enchaîné", "ORG"),
    # a place or a thing's name: a place word, a common word first, a name after it
    ("Le sénateur de Beverly Hills était présent.", "Beverly Hills", "LOC"),
    ("La députée Nouvelle Gauche de Bretagne, Odile Farjeux, a voté contre.", "Nouvelle Gauche de Bretagne", "ORG"),
    ("Le Royaume-Uni et la République d'Irlande, membre de l'UE, ont signé.", "République d'Irlande", "LOC"),
    # an organisation's noun before it, a country inside it, a bracketed acronym after it
    ("Selon Paul Martel, porte-parole de l'ONG Solidarité Pérou, rien n'a changé.", "Solidarité Pérou", "ORG"),
    ("Le président du Parti Chrétien-Social (PCS), Paul Martel, a parlé.", "Parti Chrétien-Social", "ORG"),
    # a first name is no role noun ("benjamin")
    ("Invité de France Inter, Benjamin Martel a répondu.", "France Inter", "ORG"),
])
def test_a_span_that_is_no_holder_keeps_its_label(fr_nlp, persons, text, name, label):
    assert relabelled(fr_nlp, persons, text, name, label) == (name, label)


def test_a_surname_like_a_rare_plural_is_still_a_name(fr_nlp, persons):
    """"Cayeux" is no plural of the rare noun "cayeu": only a frequent noun's plural makes a business."""
    doc = fr_nlp("Aviva Assurances et Caroline Cayeux")
    assert persons.is_plural_noun(doc[1]) and not persons.is_plural_noun(doc[4])


def test_a_portfolio_the_model_put_in_front_goes(fr_nlp, persons):
    text = "La ministre de la Culture Odile Farjeux a visité le musée."
    assert relabelled(fr_nlp, persons, text, "Culture Odile Farjeux", "ORG") == ("Odile Farjeux", "PER")


@pytest.mark.parametrize("text, expected", [
    ("L'ex-ministre de la Santé Tomas Verhaege a été entendu.", ["Tomas Verhaege"]),
    ("La maire de Saint-Lô, Odile Farjeux, a présenté son budget.", ["Odile Farjeux"]),
    # inside the complement, or no first name
    ("Le candidat de Marine Dupuis a perdu.", []),
    ("Le ministre de la Santé Verhaege a été entendu.", []),
    # the name goes on after a hyphen
    ("La ministre de la Santé Odile Farjeux-Martin a parlé.", []),
])
def test_an_unlabelled_name_after_a_role_is_found(fr_nlp, persons, text, expected):
    doc = fr_nlp(text)
    assert [doc[m.start:m.end].text for m in persons.apposed.unlabelled(doc, [])] == expected
