"""The one resolver of who a phrase names (`pipeline.coreference.resolver`) and its rule modules, on
hand-built parses: no model. Sentences are invented."""
import pytest

from pipeline.coreference.affiliation import affiliation
from pipeline.coreference.lexicon import coref_lexicon
from pipeline.coreference.phrases import after_de, balanced, is_definite, told_gender
from pipeline.coreference.resolver import Resolver, is_pronoun, resolver_of
from pipeline.coreference.roles import office_of, role_words
from pipeline.coreference.topic import article_topic
from pipeline.document import Document
from pipeline.records import Entity, Sentence

spacy = pytest.importorskip("spacy")


def parsed(rows):
    """A spaCy Doc from (word, head, dep, pos, lemma, morph) rows; heads are token indices."""
    from spacy.tokens import Doc

    vocab = spacy.blank("fr").vocab
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][0] not in (",", ".") for i in range(len(rows))]
    return Doc(vocab, words=words, spaces=spaces, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], lemmas=[r[4] for r in rows], morphs=[r[5] for r in rows])


def entity(doc, text, label, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(text, start + 1)
    return Entity(doc_id="t", id=f"e{start}", start=start, end=start + len(text), text=text, label=label,
                  canonical=text, cluster=0, sentence=None)


def document(spacy_doc, names):
    doc = Document(spacy_doc.text, doc_id="t")
    doc.entities = sorted((entity(doc, *n) for n in names), key=lambda e: e.start)
    doc.provided = {"entities"}
    return doc


#: "Le maire de Lyon, Paul Girard, a parlé. Le maire a démenti. Il a ri."
MAYOR = [
    ("Le", 1, "det", "DET", "le", ""), ("maire", 9, "nsubj", "NOUN", "maire", "Gender=Masc|Number=Sing"),
    ("de", 3, "case", "ADP", "de", ""), ("Lyon", 1, "nmod", "PROPN", "Lyon", ""),
    (",", 5, "punct", "PUNCT", ",", ""), ("Paul", 1, "appos", "PROPN", "Paul", ""),
    ("Girard", 5, "flat:name", "PROPN", "Girard", ""), (",", 5, "punct", "PUNCT", ",", ""),
    ("a", 9, "aux", "AUX", "avoir", ""), ("parlé", 9, "ROOT", "VERB", "parler", ""), (".", 9, "punct", "PUNCT", ".", ""),
    ("Le", 12, "det", "DET", "le", ""), ("maire", 14, "nsubj", "NOUN", "maire", "Gender=Masc|Number=Sing"),
    ("a", 14, "aux", "AUX", "avoir", ""), ("démenti", 14, "ROOT", "VERB", "démentir", ""), (".", 14, "punct", "PUNCT", ".", ""),
    ("Il", 18, "nsubj", "PRON", "il", ""), ("a", 18, "aux", "AUX", "avoir", ""), ("ri", 18, "ROOT", "VERB", "rire", ""),
    (".", 18, "punct", "PUNCT", ".", ""),
]


@pytest.fixture(scope="module")
def mayor():
    spacy_doc = parsed(MAYOR)
    doc = document(spacy_doc, [("Lyon", "LOC"), ("Paul Girard", "PER")])
    return doc, spacy_doc, Resolver.build(doc, spacy_doc, [])


def test_a_name_in_apposition_is_what_the_phrase_names(mayor):
    _, spacy_doc, resolver = mayor
    assert resolver.name_of(spacy_doc[1]) == "Paul Girard"


def test_a_definite_role_names_the_person_the_article_gives_it(mayor):
    _, spacy_doc, resolver = mayor
    assert [r.canonical for r in resolver.roles] == ["Paul Girard"]
    assert resolver.is_role(spacy_doc[12])
    assert resolver.name_of(spacy_doc[12]) == "Paul Girard"


def test_a_pronoun_names_the_latest_person_of_its_gender(mayor):
    _, spacy_doc, resolver = mayor
    assert is_pronoun(spacy_doc[16])
    assert resolver.name_of(spacy_doc[16]) == "Paul Girard"


def test_the_resolver_is_built_once_per_document(mayor):
    doc, spacy_doc, _ = mayor
    doc.resolver = None
    first = resolver_of(doc, spacy_doc, [])
    assert resolver_of(doc, spacy_doc, [(0, 5)]) is first


#: "Le PS a réagi. Le communiqué est bref."
RELEASE = [
    ("Le", 1, "det", "DET", "le", ""), ("PS", 3, "nsubj", "PROPN", "PS", ""), ("a", 3, "aux", "AUX", "avoir", ""),
    ("réagi", 3, "ROOT", "VERB", "réagir", ""), (".", 3, "punct", "PUNCT", ".", ""),
    ("Le", 6, "det", "DET", "le", ""), ("communiqué", 8, "nsubj", "NOUN", "communiqué", "Gender=Masc|Number=Sing"),
    ("est", 8, "cop", "AUX", "être", ""), ("bref", 8, "ROOT", "ADJ", "bref", ""), (".", 8, "punct", "PUNCT", ".", ""),
]


def test_a_document_without_its_owner_is_the_organisation_named_last():
    spacy_doc = parsed(RELEASE)
    doc = document(spacy_doc, [("PS", "ORG")])
    resolver = Resolver.build(doc, spacy_doc, [])
    assert resolver.names_document(spacy_doc[6])
    assert resolver.name_of(spacy_doc[6]) == "PS"


@pytest.mark.parametrize("role, office", [
    ("Le chef de l'État", "président de la république"),
    ("l'actuel Premier ministre", "premier ministre"),
    ("le porte-parole du Premier ministre", None),  # an office inside the phrase is someone else's
])
def test_a_role_phrase_names_its_one_holder_office(role, office):
    assert office_of(role, 0, len(role), coref_lexicon()) == office


def test_role_words_leave_out_determiners_and_tenses():
    spacy_doc = parsed([("l'", 2, "det", "DET", "le", ""), ("ancienne", 2, "amod", "ADJ", "ancien", ""),
                        ("ministre", 2, "ROOT", "NOUN", "ministre", "Gender=Fem")])
    assert role_words(spacy_doc.text, spacy_doc[2]) == {"ministre"}
    assert is_definite(spacy_doc[2]) and told_gender(spacy_doc[2]) == "fem"


@pytest.mark.parametrize("text, length, head_word, expected", [
    # text, tokens in the parse's phrase (from the first), its head, the phrase once balanced
    ("le groupe majoritaire ( 296 membres ) est menacé", 5, "groupe", "le groupe majoritaire"),
    ('La liste " Luynes Avenir " avait obtenu', 5, "liste", 'La liste " Luynes Avenir "'),
    ("le chef du département « génie climatique » , qui", 6, "chef", "le chef du département"),
    ("Un pari perdu » , résume Sabrina", 6, "pari", "Un pari perdu"),
    ("le projet ( PLFR ) prend", 5, "projet", "le projet ( PLFR )"),
    ("« La République » a gagné", 4, "République", "« La République »"),
])
def test_phrases_never_leave_a_bracket_or_quote_mark_unpaired(text, length, head_word, expected):
    doc = spacy.blank("fr").make_doc(text)
    head = next(t.i for t in doc if t.text == head_word)
    first, last = balanced(doc, 0, length - 1, head)
    assert doc[first:last + 1].text == expected


def test_a_name_behind_de_is_someone_else():
    doc = spacy.blank("fr").make_doc("la rivale de Jean Morel et la maire Anne Roux")
    text = doc.text
    assert after_de(doc, text.index("Jean"))
    assert not after_de(doc, text.index("Anne"))


def test_the_topic_is_the_name_counted_most_with_the_title_twice():
    text = "Anne Roux en tête\nAnne Roux et Jean Morel débattent. Jean Morel répond. Le Monde résume."
    doc = Document(text, doc_id="t")
    doc.sentences = [Sentence("t", "s0", 0, 17, text[:17], 0, True)]
    doc.entities = [entity(doc, "Anne Roux", "PER"), entity(doc, "Anne Roux", "PER", 1), entity(doc, "Jean Morel", "PER"),
                    entity(doc, "Jean Morel", "PER", 1), entity(doc, "Le Monde", "ORG")]
    assert article_topic(doc, lambda name: False) == "Anne Roux"  # 2 (title) + 1 against 2
    assert article_topic(doc, lambda name: name == "Anne Roux") == "Jean Morel"


def test_a_party_is_read_next_to_a_name_never_a_medium():
    text = "Le maire LR de Nice Paul Girard a parlé au Figaro. Selon Le Figaro, Jean Morel (PS) hésite."
    doc = Document(text, doc_id="t")
    doc.entities = [entity(doc, "LR", "ORG"), entity(doc, "Nice", "LOC"), entity(doc, "Paul Girard", "PER"),
                    entity(doc, "Le Figaro", "ORG"), entity(doc, "Jean Morel", "PER"), entity(doc, "PS", "ORG")]
    assert affiliation(doc, "Paul Girard", lambda name: False).canonical == "LR"
    assert affiliation(doc, "Jean Morel", lambda name: name == "Le Figaro").canonical == "PS"
