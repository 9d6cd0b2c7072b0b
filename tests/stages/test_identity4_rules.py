"""Rules of the identity hand check 5 (issue 23): a clitic "lui" is not the referent of its verb's
pronoun subject ("Il lui a conseillé"); a movement qualified as an event ("le mouvement social",
"le mouvement de protestation") names no organisation nor person. Sentences invented for these tests."""
import pytest


@pytest.mark.model
def test_lui_is_not_the_referent_of_its_verbs_pronoun_subject(resolve):
    found = resolve("Le maire Paul Girard a déjeuné avec Marc Lenoir mardi. Il lui a conseillé de se présenter.")
    assert found.get(("Il", "pronoun")) != found.get(("lui", "pronoun")), found


@pytest.mark.model
def test_lui_after_a_name_subject_is_still_resolved(resolve):
    found = resolve("Paul Girard a reçu Marc Lenoir mardi. Sophie Martin lui a demandé de rester.")
    assert found.get(("lui", "pronoun")) in ("Marc Lenoir", "Paul Girard"), found


@pytest.mark.model
def test_a_social_movement_names_nobody(resolve):
    found = resolve("Le parti Renouveau a tenu son congrès samedi. Le ministre Jean Valois a parlé du mouvement social "
                    "de décembre. Le mouvement social a duré trois semaines.")
    assert not any(k[0].lower().startswith("le mouvement social") and v for k, v in found.items()), found


@pytest.mark.model
def test_a_protest_movement_names_nobody(resolve):
    found = resolve("L'Union démocratique a perdu les élections. Le mouvement de protestation réclame le départ "
                    "du gouvernement.")
    assert not any(k[0].lower().startswith("le mouvement de protestation") and v for k, v in found.items()), found


@pytest.mark.model
def test_a_role_then_a_party_word_and_a_name_is_apposed(resolve):
    found = resolve("Le ministre Jean Valois a parlé lundi. Une juge a convoqué jeudi le préfet de la région de Lyon, "
                    "le socialiste Marc Lenoir, pour une audition.")
    assert found.get(("le préfet de la région de Lyon", "role")) == "Marc Lenoir", found


@pytest.mark.model
def test_a_role_then_a_bracketed_party_and_a_place_then_a_name_is_apposed(resolve):
    found = resolve("Le sénateur Paul Girard a voté pour. La sénatrice (ex-PS) des Landes Sophie Martin a voté contre.")
    assert found.get(("La sénatrice", "role")) == "Sophie Martin", found


@pytest.mark.model
def test_a_place_noun_coordinated_with_another_names_the_area(resolve):
    found = resolve("Sophie Martin vit en Bretagne depuis dix ans. Elle enseigne la voile aux enfants du village et de "
                    "la région, parfois à des touristes.")
    assert found.get(("la région", "description")) is None, found


@pytest.mark.model
def test_the_predicate_of_a_qui_question_names_nobody(resolve):
    found = resolve("Le ministre Jean Valois a visité l'hôpital. Qui est responsable de la mort du patient Marc Lenoir ? "
                    "Personne ne répond.")
    assert all(v is None for k, v in found.items() if k[0].startswith("responsable")), found


@pytest.mark.model
def test_le_premier_is_the_first_person_of_the_last_list(resolve):
    found = resolve("Le médecin Paul Girard ouvre la porte du local. Les premiers patients arrivent à midi : Marc Lenoir "
                    "et Jean Valois. Fatigué, le premier, 52 ans, s'assoit près de la fenêtre.")
    assert found.get(("le premier", "pronoun")) == "Marc Lenoir", found


@pytest.mark.model
def test_le_premier_tour_is_no_pronoun(resolve):
    found = resolve("Paul Girard et Marc Lenoir sont candidats. Le premier tour aura lieu en mars.")
    assert not any(k[0].lower() == "le premier" for k in found), found
