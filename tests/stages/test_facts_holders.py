"""Which phrase holds a number when the parse says it (`pipeline.claims.holders`): a possessive's
possessor, a name apposed to a subject. Invented sentences, or corpus ones (orangesum_monde, outside both dev sets) reworded."""
import pytest

pytestmark = pytest.mark.model


def quantity(doc, text):
    found = [f for f in doc.facts if f.kind == "quantity" and text in f.text]
    assert len(found) == 1, [f.text for f in doc.facts]
    return found[0]


def test_a_possessive_under_an_infinitive_is_the_one_the_verb_hands_it_to(full_pipeline):
    doc = full_pipeline("Le vote du Parlement autorise le chancelier Paul Martin à compléter son équipe de 18 ministres.",
                        doc_id="t", date="2021-03-01")
    assert quantity(doc, "18 ministres").subject_canonical == "Paul Martin"


def test_a_possessive_is_the_subject_of_its_clause(full_pipeline):
    # corpus (orangesum_monde): "la ville de New York, qui a dit envisager un modèle hybride, n'a pas encore
    # confirmé le format de la rentrée pour son 1,1 million d'élèves"
    doc = full_pipeline("Les écoles rouvrent en Europe. Mais le Portugal, qui a dit envisager des cours en ligne, "
                        "n'a pas encore fixé la rentrée pour ses 600.000 élèves.", doc_id="t", date="2021-03-01")
    assert quantity(doc, "600.000 élèves").subject_canonical == "Portugal"


def test_a_possessive_in_a_relative_clause_is_its_antecedents(full_pipeline):
    doc = full_pipeline("Le gouvernement a été remanié mardi. Paul Martin, qui a présenté son équipe de 12 ministres, "
                        "s'est dit confiant.", doc_id="t", date="2021-03-01")
    assert quantity(doc, "12 ministres").subject_canonical == "Paul Martin"


def test_a_pronoun_possessor_is_left_to_the_resolver(full_pipeline):
    doc = full_pipeline("Le Portugal rouvre ses écoles. Il a fixé la rentrée pour ses 600.000 élèves.",
                        doc_id="t", date="2021-03-01")
    assert quantity(doc, "600.000 élèves").subject_canonical == "Portugal"


def test_a_name_apposed_to_a_common_noun_subject_names_it(full_pipeline):
    # corpus (orangesum_monde): "La directrice de campagne de Mme X, Maria Moroz, a pour sa part été interpellée"
    doc = full_pipeline("Le sommet s'est achevé alors que le groupe jihadiste, Boko Haram, a revendiqué trois attaques "
                        "cette semaine.", doc_id="t", date="2021-03-01")
    assert quantity(doc, "trois attaques").subject_canonical == "Boko Haram"

