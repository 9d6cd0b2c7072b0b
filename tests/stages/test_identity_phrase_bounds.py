"""Where a role or description phrase ends (coreference `ChainBuilder.phrase`): before a negation or
another adverb ("le ministre | n'a pas"), before a courtesy title that opens a name ("la rivale de |
M. X": X is the complement, not the apposition), over a hyphenated word the tokenizer split ("chef
d'état-major" is not "chef d'état"), and a rank after a comma re-introduces the role's holder ("le chef
d'état-major, le général X"). Sentences invented for these tests, on constructions read in corpus articles."""
import pytest


@pytest.mark.model
def test_a_phrase_stops_before_a_negation(resolve):
    found = resolve("Le ministre de l'Économie Paul Girard a présenté son budget lundi. "
                    "Le ministre n'a pas donné de chiffres sur la dette.")
    assert found.get(("Le ministre", "role")) == "Paul Girard", found
    assert not any(text.endswith(("n'", " ne")) for text, _ in found), found


@pytest.mark.model
def test_a_name_after_a_courtesy_title_is_the_complement(resolve):
    found = resolve("L'opposante Maria Kovac a dénoncé le scrutin. \"C'est une farce\", a déclaré Maria Kovac, "
                    "la principale rivale de M. Petrenko, qui vit en exil.")
    roles = {text: who for (text, kind), who in found.items() if text.startswith("la principale rivale")}
    assert roles, found
    assert all(not text.endswith("M.") and who != "Petrenko" for text, who in roles.items()), found


@pytest.mark.model
def test_a_hyphenated_role_is_one_word(resolve):
    found = resolve("Le président Paul Girard a reçu les généraux. Le chef d'état-major des armées, le général "
                    "Marc Lenoir, a présenté son plan.")
    phrases = {text: who for (text, kind), who in found.items() if text.lower().startswith("le chef d'état")}
    assert list(phrases) == ["Le chef d'état-major des armées"], found
    assert phrases["Le chef d'état-major des armées"] == "Marc Lenoir", found


@pytest.mark.model
def test_a_hyphenated_region_stays_whole(resolve):
    found = resolve("Le préfet de la région Provence-Alpes-Côte-d'Azur a pris un arrêté vendredi.")
    assert any(text == "Le préfet de la région Provence-Alpes-Côte-d'Azur" for text, _ in found), found


@pytest.mark.model
def test_a_capitalised_word_tagged_adverb_stays_in_the_phrase(resolve):
    found = resolve("Au moment où certains pays arabes se rapprochent de Damas, le prince héritier d'Abou Dhabi, "
                    "Karim ben Salem, a appelé le président syrien.")
    assert found.get(("le prince héritier d'Abou Dhabi", "role")) == "Karim ben Salem", found


@pytest.mark.model
def test_a_titles_definite_role_names_the_person_the_lead_names_with_it(resolve):
    found = resolve("Le pape réforme la curie\n\nSamedi, le pape Benoît Lenoir a signé un décret qui réorganise "
                    "la curie romaine.")
    assert found.get(("Le pape", "role")) == "Benoît Lenoir", found


@pytest.mark.model
def test_a_titles_definite_role_named_by_nobody_later_stays_nobody(resolve):
    found = resolve("Le ministre recule\n\nLa réforme des retraites a été reportée, a annoncé lundi Paul Girard, "
                    "le porte-parole du syndicat.")
    assert found.get(("Le ministre", "role")) is None, found
