"""Whose score it is when a count, a poll or a body credits someone with it, and whose a total is
(`claims.subjects`, `claims.sources`, `claims.turnout`). Invented sentences in the style of the corpus."""
import pytest

pytestmark = pytest.mark.model


def quantity(doc, text):
    found = [f for f in doc.facts if f.kind == "quantity" and text in f.text]
    assert len(found) == 1, [f.text for f in doc.facts]
    return found[0]


def run(full_pipeline, text):
    return full_pipeline(text, doc_id="t", date="2021-03-01")


def test_a_results_verb_gives_the_score_to_its_recipient_and_the_count_is_the_source(full_pipeline):
    doc = run(full_pipeline, "Lundi soir, le dépouillement accorde 54 % au maire sortant, contre 38 % à son rival Paul Leroy.")
    first, second = quantity(doc, "54 %"), quantity(doc, "38 %")
    assert "maire sortant" in first.subject_canonical and second.subject_canonical == "Paul Leroy"
    assert first.source_canonical == second.source_canonical == "dépouillement"


def test_polls_that_credit_someone_are_the_source(full_pipeline):
    doc = run(full_pipeline, "Les sondages, qui créditent Julie Martin de 27 %, sont publiés jeudi.")
    found = quantity(doc, "27 %")
    assert (found.subject_canonical, found.source_canonical) == ("Julie Martin", "sondages")


def test_the_agent_of_a_crediting_participle_is_the_source(full_pipeline):
    doc = run(full_pipeline, "Créditée de 8 % par la commission, Julie Martin recule.")
    found = quantity(doc, "8 %")
    assert (found.subject_canonical, found.source_canonical) == ("Julie Martin", "commission")


def test_a_role_after_contre_pour_is_the_person_holding_it(full_pipeline):
    doc = run(full_pipeline, "Le président Marc Durand est candidat. Son adversaire a obtenu 21 % des voix, "
                             "contre 70 % pour le président sortant.")
    assert quantity(doc, "70 %").subject_canonical == "Marc Durand"


def test_a_share_of_a_total_is_the_candidates_and_the_total_the_elections(full_pipeline):
    doc = run(full_pipeline, "Au premier tour, Jean Dupont a obtenu 60 % des 2.000 voix exprimées.")
    assert quantity(doc, "60 %").subject_canonical == "Jean Dupont"
    assert quantity(doc, "2.000 voix").subject == "premier tour"


def test_an_acronym_source_is_the_name_the_article_spells_out(full_pipeline):
    doc = run(full_pipeline, "Selon l'Institut national de la statistique (INS) du Niger, la population a augmenté. "
                             "D'après l'INS, 2.500 nouveaux logements ont été construits.")
    assert quantity(doc, "2.500").source_canonical == "Institut national de la statistique"
