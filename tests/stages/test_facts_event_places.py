"""Where a count happened when the parse does not say it (`claims.places.fronted_place`, `claims.subjects`):
a sentence's opening locative, a headline's label, a coordinated clause's destination, a count of
protesters with a group named, "soit" restating a figure, an adjunct the parse took for a subject.
Invented sentences in the style of the corpus (orangesum_monde)."""
import pytest

pytestmark = pytest.mark.model


def quantity(doc, text):
    found = [f for f in doc.facts if f.kind == "quantity" and text in f.text]
    assert len(found) == 1, [f.text for f in doc.facts]
    return found[0]


def test_a_fronted_locative_is_the_place_of_a_count_of_people(full_pipeline):
    text = ("Le Chili manifeste contre le gouvernement. A Valparaiso, plusieurs milliers de personnes se sont "
            "rassemblées devant le parlement pour dénoncer la réforme des retraites.")
    doc = full_pipeline(text, doc_id="t", date="2021-03-01")
    assert quantity(doc, "plusieurs milliers").subject_canonical == "Valparaiso"


def test_a_headline_label_is_the_place_of_its_count(full_pipeline):
    text = ("Kenya : 12 morts dans l'effondrement d'un immeuble\n\n"
            "Un immeuble de six étages s'est effondré mardi, a annoncé la police kényane.")
    doc = full_pipeline(text, doc_id="t", date="2021-03-01")
    assert quantity(doc, "12 morts").subject_canonical == "Kenya"


def test_a_destination_in_a_coordinated_clause_is_not_the_place_of_the_count(full_pipeline):
    text = ("Le Soudan s'enfonce dans la guerre. Le Soudan compte des milliers de déplacés. Dans la région, "
            "20.000 personnes ont fui les combats, pour la plupart vers les villes, et d'autres sont parties au "
            "Tchad voisin.")
    doc = full_pipeline(text, doc_id="t", date="2021-03-01")
    assert quantity(doc, "20.000 personnes").subject_canonical == "Soudan"


def test_a_count_of_protesters_is_the_place_not_the_group_named_with_them(full_pipeline):
    text = "Quatre activistes Greenpeace ont déployé une banderole devant la cathédrale de Cologne."
    doc = full_pipeline(text, doc_id="t", date="2021-03-01")
    assert quantity(doc, "Quatre activistes").subject_canonical == "Cologne"


def test_soit_restates_the_figure_before_it(full_pipeline):
    text = ("La Grèce a accueilli 31 millions de touristes en 2019 - soit 12 % de plus que l'année "
            "précédente.")
    doc = full_pipeline(text, doc_id="t", date="2021-03-01")
    first = quantity(doc, "31 millions")
    assert first.subject_canonical == "Grèce"
    assert quantity(doc, "12 %").subject_canonical == first.subject_canonical


def parsed(words, heads, deps, pos):
    """A hand-built parse (the misparses these rules guard against do not reproduce on short texts)."""
    import spacy

    return spacy.tokens.Doc(spacy.blank("fr").vocab, words=words, heads=heads, deps=deps, pos=pos)


@pytest.mark.parametrize("count, holder_word, expected", [
    ("onze", "vidéo", True),  # "Dans une vidéo, qui a pu être vérifiée, onze garçons déclinent ...": an adjunct
])
def test_an_adjunct_reached_through_a_relative_is_no_holder(count, holder_word, expected):
    from types import SimpleNamespace

    from pipeline.claims.places import PlaceWords
    from pipeline.claims.subjects import adjunct

    words = ["Dans", "une", "vidéo", ",", "qui", "a", "pu", "être", "vérifiée", ",", "onze", "garçons", "déclinent",
             "leur", "identité", "."]
    heads = [2, 2, 2, 2, 6, 6, 2, 8, 6, 6, 11, 6, 6, 14, 12, 2]
    deps = ["case", "det", "ROOT", "punct", "nsubj", "aux:tense", "acl:relcl", "aux:pass", "xcomp", "punct", "nummod",
            "obl:mod", "xcomp", "det", "obj", "punct"]
    pos = ["ADP", "DET", "NOUN", "PUNCT", "PRON", "AUX", "VERB", "AUX", "VERB", "PUNCT", "NUM", "NOUN", "VERB", "DET",
           "NOUN", "PUNCT"]
    doc = parsed(words, heads, deps, pos)
    clause = SimpleNamespace(head=doc[words.index(count)], doc=SimpleNamespace(entities=[]), of="garçons", places=PlaceWords.load())
    assert adjunct(clause, doc[words.index(holder_word)]) is expected


def test_a_relatives_own_object_keeps_its_antecedent():
    from types import SimpleNamespace

    from pipeline.claims.places import PlaceWords
    from pipeline.claims.subjects import adjunct

    words = ["vivent", "dans", "le", "pays", ",", "qui", "a", "accueilli", "trois", "millions", "de", "réfugiés", "."]
    heads = [0, 3, 3, 0, 7, 7, 7, 3, 9, 7, 11, 9, 0]
    deps = ["ROOT", "case", "det", "obl:mod", "punct", "nsubj", "aux:tense", "acl:relcl", "nummod", "obj", "case", "nmod",
            "punct"]
    pos = ["VERB", "ADP", "DET", "NOUN", "PUNCT", "PRON", "AUX", "VERB", "NUM", "NOUN", "ADP", "NOUN", "PUNCT"]
    doc = parsed(words, heads, deps, pos)
    clause = SimpleNamespace(head=doc[8], doc=SimpleNamespace(entities=[]), of="réfugiés", places=PlaceWords.load())
    assert adjunct(clause, doc[3]) is False


def test_a_count_a_preposition_introduces_keeps_its_antecedent():
    from types import SimpleNamespace

    from pipeline.claims.places import PlaceWords
    from pipeline.claims.subjects import adjunct

    words = ["détenus", "dans", "les", "cellules", "destinées", "à", "quatre", "personnes", "."]
    heads = [0, 3, 3, 0, 3, 7, 7, 4, 0]
    deps = ["ROOT", "case", "det", "obl:mod", "acl", "case", "nummod", "obl:arg", "punct"]
    pos = ["VERB", "ADP", "DET", "NOUN", "VERB", "ADP", "NUM", "NOUN", "PUNCT"]
    doc = parsed(words, heads, deps, pos)
    clause = SimpleNamespace(head=doc[6], doc=SimpleNamespace(entities=[]), of="personnes", places=PlaceWords.load())
    assert adjunct(clause, doc[3]) is False


def test_a_count_without_holder_takes_the_place_the_sentence_opens_with(full_pipeline):
    doc = full_pipeline("Dans toute la province de Mendoza, environ 60 écoles ont été fermées.",
                        doc_id="t", date="2021-03-01")
    assert quantity(doc, "environ 60 écoles").subject_canonical == "Mendoza"


@pytest.mark.parametrize("text, count, whole", [
    ("Le gouvernement a présenté mardi un plan de lutte contre la fraude fiscale en dix points.", "dix points", "plan"),
    ("Le Premier ministre a détaillé lundi un plan de déconfinement en trois étapes.", "trois étapes", "plan"),
    ("La ministre veut instaurer une nouvelle procédure en deux temps.", "deux temps", "procédure"),
])
def test_the_parts_a_thing_is_made_of_are_that_things(full_pipeline, text, count, whole):
    doc = full_pipeline(text, doc_id="t", date="2021-03-01")
    found = quantity(doc, count)
    assert whole in (found.subject_canonical or "")


def test_a_share_said_with_nous_in_a_quote_is_the_speakers_party(full_pipeline):
    text = ("Le maire Les Républicains de Nantes, Paul Girard, veut refonder son parti. \"Aux régionales, nous "
            "sommes tombés d'un quart des voix à 6 %. Il faut tout changer\", prévient Paul Girard.")
    doc = full_pipeline(text, doc_id="t")
    assert quantity(doc, "6 %").subject_canonical == "Les Républicains"
    assert quantity(doc, "un quart").subject_canonical == "Les Républicains"
