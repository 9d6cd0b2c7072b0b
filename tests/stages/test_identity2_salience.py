"""Salience rules of the identity hand check 3 (issue 23): a name inside a role's complement or an
infinitive's object ranks below the clause's subject; "selon X" is a source as salient as a subject.
Sentences invented for these tests."""
import pytest


@pytest.mark.model
def test_a_name_in_a_roles_complement_ranks_below_the_apposed_subject(resolve):
    found = resolve("Le porte-parole du maire Paul Girard, Marc Petit, fait polémique. Il a insulté plusieurs élus mardi.")
    assert found.get(("Il", "pronoun")) == "Marc Petit", found


@pytest.mark.model
def test_the_object_of_an_infinitive_clause_ranks_below_the_subject(resolve):
    found = resolve("Le maire Jacques Morel a nommé lundi Sophie Laurent pour remplacer Paul Girard au conseil. "
                    "Il a salué son travail.")
    assert found.get(("Il", "pronoun")) == "Jacques Morel", found


@pytest.mark.model
def test_a_main_clauses_subject_beats_the_subject_of_a_subordinate_clause(resolve):
    found = resolve("Paul Girard l'a toujours dit : si Marc Petit remporte la primaire, il le soutiendra.")
    assert found.get(("il", "pronoun")) == "Paul Girard", found


@pytest.mark.model
def test_a_role_is_apposed_to_the_name_after_its_owners_complement(resolve):
    found = resolve("Le directeur de la communication de Paul Girard à la mairie, Marc Petit, fait déjà polémique. "
                    "Il a insulté plusieurs élus.")
    assert found.get(("Le directeur de la communication", "role")) == "Marc Petit", found
    assert found.get(("Il", "pronoun")) == "Marc Petit", found


@pytest.mark.model
def test_a_role_is_never_the_person_of_its_own_complement(resolve):
    found = resolve("Pour l'avocat de Paul Girard, son client est dans son bon droit.")
    assert found.get(("l'avocat", "role")) is None, found


@pytest.mark.model
def test_a_clitic_lui_is_never_the_subject_of_its_own_verb(resolve):
    found = resolve("Le député Marc Petit a accusé mardi le gouvernement de mentir. "
                    "Le ministre de l'Intérieur Paul Girard lui a répondu sèchement.")
    assert found.get(("lui", "pronoun")) == "Marc Petit", found


@pytest.mark.model
def test_an_emphatic_lui_after_the_auxiliary_is_the_subject(resolve):
    found = resolve("Le député Marc Petit a accusé mardi le gouvernement de mentir. "
                    "Le ministre de l'Intérieur Paul Girard a lui aussi témoigné.")
    assert found.get(("lui", "pronoun")) == "Paul Girard", found


@pytest.mark.model
def test_ce_dernier_is_the_last_person_named_not_the_last_pronoun(resolve):
    found = resolve("Le maire Paul Girard a reçu Marc Petit à la mairie. Il a ensuite félicité ce dernier pour son élection.")
    assert (found.get(("ce dernier", "pronoun")) or "").startswith("Marc Petit"), found


@pytest.mark.model
def test_a_fronted_pour_x_is_the_source_of_the_inverted_speaker_pronoun(resolve):
    found = resolve("Le maire Marc Petit a parlé le premier. Pour Paul Girard, président du groupe, "
                    "\"le parti est mort\", a-t-il affirmé après le vote.")
    assert found.get(("il", "pronoun")) == "Paul Girard", found


@pytest.mark.model
def test_quant_a_x_is_the_topic_the_pronoun_continues(resolve):
    found = resolve("Quant à Paul Girard, lui aussi nommé par Marc Petit, il s'est opposé à cette décision.")
    assert found.get(("il", "pronoun")) == "Paul Girard", found


@pytest.mark.model
def test_ce_dernier_may_be_a_person_named_inside_a_quote(resolve):
    found = resolve("\"Paul Girard a ouvert la porte\", a affirmé la maire Sophie Laurent. Ce dernier avait lancé un appel samedi.")
    assert found.get(("Ce dernier", "pronoun")) == "Paul Girard", found


@pytest.mark.model
def test_ce_dernier_before_a_noun_is_no_pronoun(resolve):
    found = resolve("Le jeu mettait en scène \"Jean Brutus\" pour la droite ou encore \"Marc Orange\" pour le centre. "
                    "Ce dernier surnom évoque Marc Lenoir.")
    assert not any(kind == "pronoun" for _, kind in found), found


@pytest.mark.model
def test_the_speaker_after_a_quote_is_the_subject_the_next_inverted_pronoun_continues(resolve):
    found = resolve("Le ministre Paul Girard a reçu les syndicats lundi. \"Ce serait une défaite pour les jeunes\", "
                    "a affirmé M. Marc Petit aux Échos. \"Aucun jeune ne grandit ainsi\", a-t-il poursuivi.")
    assert found.get(("il", "pronoun")) == "Marc Petit", found


@pytest.mark.model
def test_a_minister_or_senator_is_never_the_prime_minister_in_office(resolve):
    found = resolve("\"La question est à l'étude\", a indiqué dimanche le Premier ministre Jean Castex lors de sa visite. "
                    "Un avis partagé par le ministre de la Santé.", date="2020-09-01")
    assert found.get(("le ministre de la Santé", "role")) is None, found
