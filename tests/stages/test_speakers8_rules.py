"""Speaker salience (issue 23, helper "speakers"): who a speaker noun or a pronoun after a reported
sentence names (`pipeline/coreference/speaker_salience.py`). Sentences invented for these tests."""
import pytest
import spacy

from pipeline.coreference.speaker_salience import incise_comma, profession_words


@pytest.mark.model
def test_a_profession_noun_after_a_quote_is_the_person_introduced_by_that_profession(resolve):
    found = resolve("Le producteur Marc Delorme est accusé de harcèlement par plusieurs actrices. Selon Julien Ferrand, "
                    "envoyé spécial de la chaîne LCI à New York, l'affaire pourrait durer des mois. Marc Delorme a nié "
                    "les faits devant un tribunal de Manhattan. \"Il n'a jamais reconnu la moindre faute\", rappelle "
                    "le journaliste.")
    assert found.get(("le journaliste", "description")) == "Julien Ferrand", found


@pytest.mark.model
def test_a_profession_noun_without_such_an_introduction_keeps_the_subject(resolve):
    found = resolve("Selon Julien Ferrand, maire de la ville, l'usine pourrait fermer. Marc Delorme, ancien reporter, "
                    "a rencontré les salariés mardi. \"Personne ne nous a prévenus\", raconte le journaliste.")
    assert found.get(("le journaliste", "description")) == "Marc Delorme", found


@pytest.mark.model
def test_lui_after_an_inverted_speaker_role_is_the_speaker_not_the_reported_subject(resolve):
    found = resolve("Anton Sokolov a fondé le site Kolva en 2015. Pendant la crise, Ivan Petrov recevait 300 messages "
                    "par heure, indique son fondateur. Selon lui, la censure ne fait que commencer.")
    assert found.get(("lui", "pronoun")) == "Anton Sokolov", found


@pytest.mark.model
def test_il_after_an_inverted_named_speaker_is_the_speaker_not_the_reported_subject(resolve):
    found = resolve("Anton Sokolov a fondé le site Kolva en 2015. Pendant la crise, Ivan Petrov recevait 300 messages "
                    "par heure, raconte Anton Sokolov. Il a dû recruter deux modérateurs.")
    assert found.get(("Il", "pronoun")) == "Anton Sokolov", found


@pytest.mark.model
def test_il_after_a_quote_and_an_inverted_named_speaker_is_the_speaker(resolve):
    found = resolve("La ville a été privée d'eau pendant trois jours. Le maire Paul Girard n'a pas su gérer la crise "
                    "\"et a laissé les habitants sans réponse\", a critiqué M. Jean Vasseur, lui-même candidat aux "
                    "municipales. Il demande une enquête indépendante.")
    assert found.get(("Il", "pronoun")) == "Jean Vasseur", found


@pytest.mark.model
def test_an_object_after_a_reporting_verb_is_no_inverted_speaker(resolve):
    found = resolve("Paul Girard, lui-même candidat à la mairie, a accusé jeudi Jean Vasseur de mentir. \"Il ment "
                    "depuis des mois\", a déclaré sur une radio le député du Var.")
    assert found.get(("le député du Var", "role")) == "Paul Girard", found


@pytest.mark.model
def test_the_journalist_asking_is_not_the_minister_interviewed(resolve):
    found = resolve("Invitée de Radio Nord mardi, la ministre de la Culture Claire Morin a défendu sa réforme. "
                    "\"Nous irons jusqu'au bout\", a-t-elle affirmé. \"Même si les théâtres ferment ?\", demande "
                    "alors la journaliste.")
    assert found.get(("la journaliste", "description")) is None, found


@pytest.mark.model
def test_the_journalist_is_still_a_person_given_no_other_role(resolve):
    found = resolve("Claire Morin a interrogé Paul Girard sur sa réforme. \"Même si les théâtres ferment ?\", "
                    "demande alors la journaliste.")
    assert found.get(("la journaliste", "description")) == "Claire Morin", found


@pytest.mark.model
def test_the_object_of_a_participle_after_a_comma_is_no_inverted_speaker(resolve):
    found = resolve("Le député Paul Girard a répondu aux attaques, qualifiant notamment Jean Vasseur de menteur. "
                    "Il a ensuite quitté l'hémicycle.")
    assert found.get(("Il", "pronoun")) == "Paul Girard", found


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("fr")


def test_profession_words_read_the_title_and_the_apposition(blank):
    doc = blank("Selon Me Claire Morin, conseil des salariés, et Julien Ferrand, envoyé spécial de LCI, rien n'est joué.")
    for t in doc:
        t.pos_ = "NOUN" if t.is_lower else "PROPN"
    claire = doc[2:4]
    julien = doc[10:12]
    assert profession_words(claire) >= {"avocat", "avocate"}
    assert profession_words(julien) == {"journaliste"}


def test_profession_words_ignore_a_name_without_profession(blank):
    doc = blank("Selon Julien Ferrand, maire de la ville, rien n'est joué.")
    for t in doc:
        t.pos_ = "NOUN" if t.is_lower else "PROPN"
    assert profession_words(doc[1:3]) == frozenset()


def test_no_incise_without_a_comma_before_the_verb(blank):
    doc = blank("Le maire a dit Paul Girard.")
    for t in doc:
        t.pos_ = "VERB" if t.text == "dit" else "PROPN"
    assert incise_comma(doc[3]) is None


@pytest.mark.model
def test_a_former_profession_still_names_a_politician(resolve):
    found = resolve("Sophie Martin, candidate aux municipales, a parlé mardi. \"Je suis prête\", confirme l'ancienne "
                    "journaliste.")
    assert found.get(("l'ancienne journaliste", "description")) == "Sophie Martin", found


@pytest.mark.model
def test_a_fronted_topic_keeps_its_rank_before_an_inverted_speaker(resolve):
    found = resolve("Anne Roy égrène le casting de son équipe. Pour Sophie Martin, l'enjeu devait être de mobiliser "
                    "son électorat, confiait Paul Girard. Dans la dernière ligne droite, l'ancienne ministre de la "
                    "Santé partage son temps entre le terrain et les médias.")
    assert found.get(("l'ancienne ministre de la Santé", "role")) == "Sophie Martin", found
