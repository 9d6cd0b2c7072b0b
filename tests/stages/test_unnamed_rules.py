"""Unnamed persons and relational roles (issue 23, helper "unnamed"): an unnamed speaker keeps the
pronouns that follow it, a possessive relation names the one person given it, an "ex-" rank before a
name is a second description of the holder. Sentences invented for these tests."""
import pytest


@pytest.mark.model
def test_il_after_an_unnamed_speaker_names_nobody(resolve):
    found = resolve("Le ministre Paul Girard a rencontré son homologue lundi. \"Aucun accord n'est attendu avant "
                    "l'été\", a indiqué un responsable du ministère. Il a ajouté que les discussions se poursuivraient.")
    assert found.get(("Il", "pronoun")) is None, found


@pytest.mark.model
def test_il_after_a_name_that_follows_the_unnamed_speaker_names_it(resolve):
    found = resolve("Le ministre Paul Girard a rencontré son homologue lundi. \"Aucun accord n'est attendu avant "
                    "l'été\", a indiqué un responsable du ministère. Paul Girard a démenti mardi. Il a ajouté que "
                    "les discussions se poursuivraient.")
    assert found.get(("Il", "pronoun")) == "Paul Girard", found


@pytest.mark.model
def test_a_possessive_relation_names_the_person_introduced_with_it(resolve):
    found = resolve("Sophie Laurent a débattu mardi avec son principal rival, Paul Girard, à Lyon. Les électeurs "
                    "ont jugé le débat animé. La candidate a ensuite critiqué le programme de son rival.")
    assert found.get(("son rival", "description")) == "Paul Girard", found


@pytest.mark.model
def test_an_ex_rank_between_a_role_and_a_name_redescribes_the_holder(resolve):
    found = resolve("Le chef d'état-major a défendu la décision. Son prédécesseur, l'ex-général Marc Petit, "
                    "a critiqué cette position dans une tribune.")
    assert found.get(("Son prédécesseur", "description")) == "Marc Petit", found


@pytest.mark.model
@pytest.mark.parametrize("text, mention, holder", [
    ("Jean Dupont conteste les faits. \"Il n'a rien fait\", a déclaré son avocat, Me Paul Roux, lundi.",
     ("son avocat", "role"), "Paul Roux"),
    ("L'avocate de la plaignante, Me Claire Morin, a salué la décision du tribunal.",
     ("L'avocate de la plaignante", "role"), "Claire Morin"),
])
def test_a_lawyers_title_before_the_name_keeps_the_apposition(resolve, text, mention, holder):
    found = resolve(text)
    assert found.get(mention) == holder, found


@pytest.mark.model
@pytest.mark.parametrize("text, mention, holder", [
    ("Le budget a été présenté mercredi par le ministre de l'Économie et des Finances Paul Roux à Paris.",
     ("le ministre de l'Économie", "role"), "Paul Roux"),
    ("La députée La République en marche Claire Morin a déposé un amendement.",
     ("La députée", "role"), "Claire Morin"),
])
def test_a_coordinated_complement_or_a_party_name_before_the_holder_keeps_the_apposition(resolve, text, mention, holder):
    found = resolve(text)
    assert found.get(mention) == holder, found


@pytest.mark.model
def test_a_role_inside_another_roles_complement_is_not_the_name_after_it(resolve):
    found = resolve("Le secrétaire d'État auprès du ministre de l'Économie et des Finances Paul Roux a démissionné.")
    assert found.get(("ministre de l'Économie", "role")) != "Paul Roux", found


@pytest.mark.model
def test_a_fronted_pronoun_announcing_a_name_is_not_blocked_by_an_unnamed_subject(resolve):
    found = resolve("Paul Girard a publié un livre. Un ancien ministre ne quitte jamais vraiment la politique. "
                    "S'il assure qu'il a tourné la page, Paul Girard reste très présent dans les médias.")
    assert found.get(("il", "pronoun")) == "Paul Girard", found
