"""Salience rules of the person mentions (issue 23, helper "salience"): who a description or a
pronoun cannot be, and who it continues. Sentences invented for these tests."""
import pytest


@pytest.mark.model
def test_a_description_is_not_the_subject_of_the_verb_it_is_the_object_of(resolve):
    found = resolve("Marc Petit a quitté le gouvernement en mars. Dimanche, Paul Girard s'en est pris "
                    "à l'ancien ministre lors d'un meeting à Lille.")
    assert found.get(("l'ancien ministre", "role")) == "Marc Petit", found


@pytest.mark.model
def test_a_description_is_not_the_subject_above_its_infinitive_given_by_a_role(resolve):
    found = resolve("Si la maire de Lyon Sophie Laurent n'a pas encore annoncé sa candidature, l'ancienne "
                    "journaliste Claire Morin a confirmé qu'elle souhaitait s'engager auprès de l'élue socialiste.")
    assert found.get(("l'élue socialiste", "role")) == "Sophie Laurent", found


@pytest.mark.model
def test_a_predicate_after_comme_stays_the_subjects_own_description(resolve):
    found = resolve("Claire Morin a été élue au Sénat en 2017, s'inscrivant comme la première femme "
                    "originaire de Guyane dans l'hémicycle.")
    assert found.get(("la première femme originaire de Guyane", "description")) == "Claire Morin", found


@pytest.mark.model
def test_lui_before_an_inverted_speaker_is_the_topic_not_the_speaker(resolve):
    found = resolve("Questionné sur sa réforme, Paul Girard a perdu patience pendant l'émission de Marc Petit. "
                    "\"Savez-vous seulement combien coûtera ce tunnel ?\", lui lance le journaliste.")
    assert found.get(("lui", "pronoun")) == "Paul Girard", found
    assert found.get(("le journaliste", "description")) == "Marc Petit", found


@pytest.mark.model
def test_il_after_a_thing_subject_names_nobody(resolve):
    found = resolve("Le ministre Paul Girard a présenté sa réforme lundi. Le projet de loi a été adopté par 300 voix "
                    "contre 120. Il sera examiné par le Sénat en juin.")
    assert ("Il", "pronoun") not in found, found


@pytest.mark.model
def test_elle_after_a_feminine_thing_subject_names_nobody(resolve):
    found = resolve("Sophie Laurent a visité une école mardi. Prise lors de la visite de Sophie Laurent, la photo montre "
                    "deux élèves hilares. Elle a été partagée des milliers de fois.")
    assert ("Elle", "pronoun") not in found, found


@pytest.mark.model
def test_il_after_a_person_noun_subject_still_names_the_person(resolve):
    found = resolve("Paul Girard a quitté son poste mardi. Le footballeur a été accueilli par ses supporters. "
                    "Il a remercié le club.")
    assert found.get(("Il", "pronoun")) == "Paul Girard", found


@pytest.mark.model
def test_an_impersonal_il_in_a_compound_tense_names_nobody(resolve):
    found = resolve("Paul Girard a été nommé ministre. Il aura fallu trois semaines pour former le gouvernement.")
    assert ("Il", "pronoun") not in found, found


@pytest.mark.model
def test_a_cataphoric_il_names_the_main_clauses_subject(resolve):
    found = resolve("Marc Petit a salué le travail des élus. Alors qu'il venait d'être réélu, Paul Girard a "
                    "annoncé sa démission.")
    assert found.get(("il", "pronoun")) == "Paul Girard", found


@pytest.mark.model
def test_a_cataphoric_il_of_a_thing_names_nobody(resolve):
    found = resolve("Marc Petit a salué le travail des élus. Alors qu'il avait publié ses rapports, le Conseil "
                    "a changé de président.")
    assert ("il", "pronoun") not in found, found


@pytest.mark.model
def test_a_predicate_of_devenir_stays_the_subjects_own_description(resolve):
    found = resolve("Marc Petit a félicité Paul Girard dimanche. S'il gagne encore, Paul Girard deviendrait "
                    "le premier maire de la ville à tenir quatre mandats.")
    assert found.get(("le premier maire de la ville", "role")) == "Paul Girard", found


@pytest.mark.model
def test_il_after_a_thing_subject_and_a_persons_relative_clause_names_the_person(resolve):
    found = resolve("La soirée a été marquée par un hommage à Paul Girard, qui a dirigé le club pendant vingt ans. "
                    "Il a remercié les supporters.")
    assert found.get(("Il", "pronoun")) == "Paul Girard", found


@pytest.mark.model
def test_a_name_after_selon_and_a_medium_is_the_subject_il_continues(resolve):
    found = resolve("Marc Petit était aussi invité à la fête. Quoi qu'il en soit, la soirée tombe mal. "
                    "Selon Le Parisien, Paul Girard serait arrivé vers minuit. Il est reparti une heure plus tard.")
    assert found.get(("Il", "pronoun")) == "Paul Girard", found
    assert ("il", "pronoun") not in found, found


@pytest.mark.model
def test_il_after_a_country_subject_names_nobody(resolve):
    found = resolve("Le ministre Paul Girard a présenté le bilan. Le Portugal a recensé le plus grand nombre de cas "
                    "de la région. Il est le troisième en nombre de décès.")
    assert ("Il", "pronoun") not in found, found


@pytest.mark.model
def test_il_n_en_est_rien_names_nobody(resolve):
    found = resolve("Paul Girard serait malade, selon la rumeur. Il n'en est rien.")
    assert ("Il", "pronoun") not in found, found


@pytest.mark.model
def test_an_inverted_speaker_is_not_the_subject_of_the_words_it_reports(resolve):
    found = resolve("La juge Claire Morin a rendu sa décision lundi. Marie Dupont \"peut être libérée\" sous "
                    "contrôle judiciaire, a-t-elle conclu.")
    assert found.get(("elle", "pronoun")) == "Claire Morin", found


@pytest.mark.model
def test_lui_after_an_impersonal_il_may_be_a_woman(resolve):
    found = resolve("Paul Girard a quitté le parti en juin. Claire Morin a affirmé au Figaro qu'il lui était "
                    "impossible de prédire l'issue du scrutin.")
    assert found.get(("lui", "pronoun")) == "Claire Morin", found


@pytest.mark.model
def test_il_lui_est_impossible_is_impersonal(resolve):
    found = resolve("Paul Girard a quitté le parti en juin. Il lui est \"impossible\" de revenir, selon ses proches.")
    assert ("Il", "pronoun") not in found, found


@pytest.mark.model
def test_a_description_out_of_reach_names_the_person_introduced_with_its_word(resolve):
    found = resolve("Le militant écologiste Paul Girard a été évacué vers Berlin. L'avion a décollé à l'aube. "
                    "L'appareil devait atterrir à Tegel. Mais il s'est posé ailleurs. Des ambulances attendaient "
                    "sur le tarmac. Le militant de 44 ans devrait être soigné à la Charité.")
    assert found.get(("Le militant de 44 ans", "description")) == "Paul Girard", found


@pytest.mark.model
def test_a_clitic_lui_before_an_inverted_speaker_may_be_the_woman_who_spoke(resolve):
    found = resolve("\"Vous mentez\", écrit Claire Morin à Paul Girard. \"Je n'ai jamais dit cela\", lui a rétorqué "
                    "Paul Girard lundi.")
    assert found.get(("lui", "pronoun")) == "Claire Morin", found


@pytest.mark.model
def test_il_after_a_thing_subject_whose_clause_reports_about_a_person_names_the_person(resolve):
    found = resolve("Paul Girard a été jugé en mars. Le tribunal a appris que l'accusé avait exprimé des remords. "
                    "Il avait alors qualifié ses actes d'odieux.")
    assert ("Il", "pronoun") in found, found
