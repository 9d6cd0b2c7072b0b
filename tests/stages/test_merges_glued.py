"""A person's span glued to a place, a party, a role word or a tail is cut back to the name
(`pipeline.entities.glued`). Sentences are invented."""
import pytest
import spacy

from pipeline.document import Document
from pipeline.entities.glued import GluedPersons, is_hyphenated_place
from pipeline.entities.mentions import Mention
from pipeline.entities.persons import FirstNamePersons
from pipeline.entities.roles import Demonyms
from pipeline.stages import EntityRecognizer, Segmenter


@pytest.fixture(scope="module")
def glued():
    return GluedPersons(FirstNamePersons(), Demonyms.load(), frozenset())


def cut(glued, words, start, end, others=()):
    """The pieces of the PER span over words[start:end] of a blank doc, as (text, label); `others`
    are the article's other mentions, by word index too."""
    doc = spacy.blank("fr")(" ".join(words))

    def mention(s, e, label):
        span = doc.char_span(len(" ".join(words[:s])) + (s > 0), len(" ".join(words[:e])))
        return Mention(span.start, span.end, label)

    person = mention(start, end, "PER")
    mentions = [person] + [mention(s, e, label) for s, e, label in others]
    return [(doc[m.start:m.end].text, m.label) for m in glued.cut(doc, mentions)
            if person.start <= m.start and m.end <= person.end]


@pytest.mark.parametrize("words, start, end, expected", [
    # a capital, a country, an acronym, a hyphenated place before a first name and a surname
    ("le maire de Madrid Lucia Ortega a parlé".split(), 3, 6, [("Madrid", "LOC"), ("Lucia Ortega", "PER")]),
    ("le président de la Bolivie Carlos Mesa".split(), 4, 7, [("Bolivie", "LOC"), ("Carlos Mesa", "PER")]),
    ("selon la députée LR Claire Martin".split(), 3, 6, [("LR", "ORG"), ("Claire Martin", "PER")]),
    ("le conseiller des Alpes-de-Haute-Provence Paul Girard".split(), 3, 6,
     [("Alpes-de-Haute-Provence", "LOC"), ("Paul Girard", "PER")]),
    # a demonym before the name goes
    ("l' Espagnol Pedro Ruiz".split(), 1, 4, [("Pedro Ruiz", "PER")]),
    # a demonym before capitalised names goes, whether or not the first one is a listed first name
    ("un Afghan Abou Karim al-Hassani".split(), 1, 5, [("Abou Karim al-Hassani", "PER")]),
    ("son conseiller Lorrain de Vaux".split(), 2, 5, [("Lorrain de Vaux", "PER")]),
    # a first name opens the span, or the words before the first name are no known name: left whole
    ("Florence Marie Dupuis a parlé".split(), 0, 3, [("Florence Marie Dupuis", "PER")]),
    ("Abdoulaye Moussa Traoré a parlé".split(), 0, 3, [("Abdoulaye Moussa Traoré", "PER")]),
    # a first name without a surname after it is no person's name: left whole
    ("selon la députée LR Claire".split(), 3, 5, [("LR Claire", "PER")]),
])
def test_a_place_or_organisation_glued_before_a_name_is_cut_off(glued, words, start, end, expected):
    assert cut(glued, words, start, end) == expected


def test_a_name_the_article_gives_an_organisation_elsewhere_is_cut_off_with_its_label(glued):
    words = "le parti Zorba appelle . le chef de Zorba Marco Bianchi parle".split()
    assert cut(glued, words, 8, 11, others=[(2, 3, "ORG")]) == [("Zorba", "ORG"), ("Marco Bianchi", "PER")]


@pytest.mark.parametrize("words, start, end, expected", [
    ("selon le professeur Lemaire".split(), 2, 4, [("Lemaire", "PER")]),
    ("depuis l' affaire Dumont".split(), 2, 4, [("Dumont", "PER")]),
    # name particles and street or building nouns stay
    ("il cite van Gogh".split(), 2, 4, [("van Gogh", "PER")]),
    ("près de la place Jean Moulin".split(), 3, 6, [("place Jean Moulin", "PER")]),
    # a first name typed in lower case stays
    ("a tweeté hélène Vasseur".split(), 2, 4, [("hélène Vasseur", "PER")]),
])
def test_a_lower_case_role_word_before_a_name_is_cut_off(glued, words, start, end, expected):
    assert cut(glued, words, start, end) == expected


@pytest.mark.parametrize("text, start, end, expected", [
    ("a déclaré Pierre Lenoir mardi .", 2, 5, [("Pierre Lenoir", "PER")]),
    ("reçu par Paul Morel à Matignon .", 2, 6, [("Paul Morel", "PER"), ("Matignon", "ORG")]),
    ("reçu par Paul Morel à Trifouilly .", 2, 6, [("Paul Morel", "PER")]),
    ("a dit Hugo Lefort hier soir", 2, 5, [("Hugo Lefort", "PER")]),
    ("la marche de Jeanne Roux sur Madrid .", 3, 7, [("Jeanne Roux", "PER"), ("Madrid", "LOC")]),
    ("dont Marc Petit - président du club", 1, 5, [("Marc Petit", "PER")]),
    ("Sophie Durand : la réforme", 0, 3, [("Sophie Durand", "PER")]),
    # particles are part of a name; a hyphen inside a name is no spaced dash
    ("Charles de Gaulle a dit", 0, 3, [("Charles de Gaulle", "PER")]),
    ("Abdel-Fattah al-Sissi a dit", 0, 2, [("Abdel-Fattah al-Sissi", "PER")]),
])
def test_words_glued_after_a_name_are_cut_off(glued, text, start, end, expected):
    assert cut(glued, text.split(), start, end) == expected


def test_a_heading_in_capitals_before_a_spaced_dash_is_cut_off(glued):
    assert cut(glued, "BONNE RENTRÉE - Claire Martin promet des baisses".split(), 1, 5) == [("Claire Martin", "PER")]
    assert cut(glued, "AUDIO - Lenoir répond".split(), 0, 3) == [("Lenoir", "PER")]


@pytest.mark.parametrize("text, expected", [
    ("le député Paul Morel LREM a voté", [("Paul Morel", "PER"), ("LREM", "ORG")]),
    ("la reine Elizabeth II a parlé", [("Elizabeth II", "PER")]),
])
def test_an_acronym_after_a_name_is_an_organisation(glued, text, expected):
    words = text.split()
    assert cut(glued, words, 2, 2 + len(expected[0][0].split()) + (len(expected) > 1)) == expected


def test_two_names_joined_by_a_spaced_dash_are_two_persons(glued):
    assert cut(glued, "Débat : Léa Simon - Hugo Bernard ce soir".split(), 2, 7) == [("Léa Simon", "PER"), ("Hugo Bernard", "PER")]


@pytest.mark.parametrize("word, expected", [
    ("Bouches-du-Rhône", True), ("Seine-Saint-Denis", True), ("Saint-Rémy-de-Provence", True),
    ("Jean-Marie", False), ("Vallaud-Belkacem", False), ("Jean-Pierre-Louis", False),
])
def test_hyphenated_places(word, expected):
    assert is_hyphenated_place(word) is expected


@pytest.fixture(scope="module")
def recognise(fr_nlp):
    segmenter, entities = Segmenter(fr_nlp), EntityRecognizer(fr_nlp)
    return lambda text: entities(segmenter(Document(text, doc_id="t")))


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Selon le maire de Séville Lucia Ortega, la ville est prête.", [("Séville", "LOC"), ("Lucia Ortega", "PER")]),
    ("La conseillère régionale ex-LR Claire Martin votera contre.", [("LR", "ORG"), ("Claire Martin", "PER")]),
    ("L'opération a été suivie par le professeur Lemaire.", [("Lemaire", "PER")]),
])
def test_glued_names_in_real_text(recognise, text, expected):
    doc = recognise(text)
    assert [(e.text, e.label) for e in doc.entities] == expected
    assert not doc.offset_errors()


@pytest.mark.model
def test_a_role_before_a_cut_name_resolves_to_the_person(resolve):
    found = resolve("Le mouvement Zorba a manifesté samedi. Le dirigeant de Zorba Marco Bianchi a dénoncé la réforme.")
    assert found[("Le dirigeant de Zorba", "role")] == "Marco Bianchi"


@pytest.mark.model
def test_a_role_whose_phrase_the_parse_ends_inside_a_place_still_takes_the_name_after_it(resolve):
    found = resolve("Il a reçu les présidents chinois Xi Jinping, russe Vladimir Poutine ou le prince héritier "
                    "d'Arabie saoudite Mohammed ben Salmane, tous critiqués.")
    assert [canonical for (text, kind), canonical in found.items() if text.startswith("le prince")] == ["Mohammed ben Salmane"]
