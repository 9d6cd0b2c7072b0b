"""Salience rules of the identity hand check 3 (issue 23): a name inside a role's complement or an
infinitive's object ranks below the clause's subject; "selon X" is a source as salient as a subject.
Sentences invented for these tests."""
import pytest


@pytest.fixture(scope="module")
def resolve(fr_nlp):
    import pipeline

    nlp = pipeline.load(stages=["segmentation", "entities", "coreference"], nlp=fr_nlp)

    def run(text, date=None):
        doc = nlp(text, doc_id="t", date=date)
        assert doc.offset_errors() == []
        return {(m.text, m.kind): m.canonical for m in doc.mentions}
    return run


@pytest.mark.model
def test_a_name_in_a_roles_complement_ranks_below_the_apposed_subject(resolve):
    found = resolve("Le porte-parole du maire Paul Girard, Marc Petit, fait polémique. Il a insulté plusieurs élus mardi.")
    assert found.get(("Il", "pronoun")) == "Marc Petit", found


@pytest.mark.model
def test_the_object_of_an_infinitive_clause_ranks_below_the_subject(resolve):
    found = resolve("Le maire Jacques Morel a nommé lundi Sophie Laurent pour remplacer Paul Girard au conseil. "
                    "Il a salué son travail.")
    assert found.get(("Il", "pronoun")) == "Jacques Morel", found
