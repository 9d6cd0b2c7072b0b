"""Who a role phrase names when its words say more than its head (issue 23, helper "roles";
pipeline/coreference/role_holders.py): a bare role right after a name, a party word, a person in
the complement. Sentences invented for these tests."""
import pytest

BOOK = ("Paul Girard publie un livre de souvenirs. Paul Girard y évoque son enfance à Lyon. Paul Girard y raconte "
        "aussi ses années au gouvernement. Le livre compte 400 pages. La maison d'édition espère un succès. "
        "Les libraires restent prudents. Le premier tirage atteint 50 000 exemplaires. ")


@pytest.mark.model
def test_a_bare_role_right_after_a_name_is_its_predicate(resolve):
    found = resolve("Présidentielle : Paul Girard candidat, Marc Lenoir en soutien ?")
    assert found.get(("candidat", "role")) == "Paul Girard", found


@pytest.mark.model
def test_a_bare_role_after_a_name_in_a_title_names_that_person(resolve):
    found = resolve("Municipales : Claire Morin candidate à Nantes ?")
    assert found.get(("candidate", "role")) == "Claire Morin", found


@pytest.mark.model
def test_a_verb_homograph_after_a_name_is_no_role(resolve):
    found = resolve("Paul Girard juge \"inacceptable\" la décision du conseil.")
    assert not [m for m, kind in found if kind == "role"], found
    found = resolve("Paul Girard juge Moscou responsable de la crise.")
    assert not [m for m, kind in found if kind == "role"], found


@pytest.mark.model
def test_a_party_role_is_not_the_person_of_another_party(resolve):
    found = resolve("La démocrate Claire Morin a présenté son programme lundi. La républicaine Sophie Laurent a "
                    "répondu mardi. La candidate démocrate a promis une réforme de la santé.")
    assert found.get(("La candidate démocrate", "role")) == "Claire Morin", found


@pytest.mark.model
def test_a_party_role_as_a_copula_predicate_keeps_its_subject(resolve):
    found = resolve("Paul Girard, député LREM, a été condamné mardi. Le tribunal a relevé des repas payés deux fois : "
                    "une fois par la mairie de Fresnes, dont il était le maire PS, et une fois par l'association.")
    assert found.get(("le maire PS", "role")) == "Paul Girard", found


@pytest.mark.model
def test_a_role_whose_complement_is_a_person_names_the_dominant_person(resolve):
    found = resolve(BOOK + "L'ancien ministre de l'Intérieur de Jacques Chirac y dénonce les juges.")
    assert found.get(("L'ancien ministre de l'Intérieur de Jacques Chirac", "role")) == "Paul Girard", found


@pytest.mark.model
def test_a_role_without_a_person_complement_takes_no_dominant_person(resolve):
    found = resolve(BOOK + "L'ancien ministre de l'Intérieur y dénonce les juges.")
    assert found.get(("L'ancien ministre de l'Intérieur", "role"), "absent") is None, found


@pytest.mark.model
def test_no_dominant_person_when_two_are_named_as_often(resolve):
    found = resolve("Paul Girard publie un livre de souvenirs avec Marc Lenoir. Paul Girard et Marc Lenoir y évoquent "
                    "leur enfance à Lyon. Le livre compte 400 pages. La maison d'édition espère un succès. Les libraires "
                    "restent prudents. Le premier tirage atteint 50 000 exemplaires. L'ancien ministre de l'Intérieur "
                    "de Jacques Chirac y dénonce les juges.")
    assert found.get(("L'ancien ministre de l'Intérieur de Jacques Chirac", "role"), "absent") is None, found


@pytest.mark.model
def test_the_current_holder_is_not_the_one_given_the_former_role(resolve):
    found = resolve(BOOK + "L'ancien ministre de l'Intérieur de Jacques Chirac y dénonce les juges. "
                    "L'actuel ministre de l'Intérieur a refusé de commenter.")
    assert found.get(("L'ancien ministre de l'Intérieur de Jacques Chirac", "role")) == "Paul Girard", found
    assert found.get(("L'actuel ministre de l'Intérieur", "role")) != "Paul Girard", found


@pytest.mark.model
def test_a_party_leader_role_out_of_reach_names_the_leader_the_article_names(resolve):
    found = resolve("Marine Le Pen a tenu un meeting à Lyon. Le parti a réuni 3000 personnes. Les militants ont "
                    "applaudi. Le service d'ordre était nombreux. La salle était pleine. La présidente du FN a promis "
                    "de gagner.")
    assert found.get(("La présidente du FN", "role")) == "Marine Le Pen", found


@pytest.mark.model
def test_a_party_leader_role_takes_no_leader_of_another_party(resolve):
    found = resolve("Marine Le Pen a tenu un meeting à Lyon. Le parti a réuni 3000 personnes. Les militants ont "
                    "applaudi. Le service d'ordre était nombreux. La salle était pleine. La présidente du PS a réagi.")
    assert found.get(("La présidente du PS", "role"), "absent") is None, found


@pytest.mark.model
def test_a_definite_role_predicate_of_etre_names_its_subject(resolve):
    found = resolve("Emmanuel Macron a commenté un sondage publié dimanche. Selon ce sondage, Paul Girard est "
                    "le président préféré des Français.", date="2021-05-01")
    assert found.get(("le président", "role")) == "Paul Girard", found  # not the president in office


@pytest.mark.model
def test_a_cleft_ce_is_no_subject_a_role_predicate_names(resolve):
    found = resolve("Marc Lenoir a présenté son programme mardi. Selon un sondage publié dimanche, ce n'est pas "
                    "le ministre le plus populaire du gouvernement.")
    assert found.get(("le ministre", "role")) == "Marc Lenoir", found


@pytest.mark.model
def test_a_known_party_leader_is_tied_to_the_party_without_a_party_word(resolve):
    found = resolve("\"Joe Biden est un homme faible\", a dit Donald Trump dans un meeting. Le candidat démocrate a "
                    "répondu mercredi.")
    assert found.get(("Le candidat démocrate", "role")) == "Joe Biden", found


@pytest.mark.model
def test_a_known_party_leader_is_not_excluded_from_his_own_party_role(resolve):
    found = resolve("\"Joe Biden est un homme faible\", a dit Donald Trump dans un meeting. Le candidat républicain a "
                    "ensuite quitté la salle.")
    assert found.get(("Le candidat républicain", "role")) == "Donald Trump", found


@pytest.mark.model
def test_a_bare_role_after_the_agent_of_a_passive_is_not_the_agents(resolve):
    found = resolve("Sophie Martin vit une semaine mouvementée. Mercredi, l'ancienne ministre, nommée par Paul Girard "
                    "ambassadrice chargée des pôles, a tenté de s'expliquer.")
    assert found.get(("ambassadrice", "role")) != "Paul Girard", found


@pytest.mark.model
def test_a_definite_role_after_a_pronoun_and_etre_keeps_the_holder_named_with_it(resolve):
    found = resolve("Marc Lenoir, l'avocat des victimes de la police\n\nPaul Girard, Anne Roy, Luc Petit... il est "
                    "l'avocat de ceux dont les noms sont scandés dans la rue. L'avocat s'oriente vite vers la défense.")
    assert found.get(("L'avocat", "role")) != "Paul Girard", found
