"""Salience reach counts the sentences the article tells, not those wholly inside quotation marks: a
speaker named before a long quote is still the role or pronoun that follows it. Sentences invented
for these tests, on a construction read in corpus articles (interviews, speeches at the Assemblée)."""
import pytest

LONG_QUOTE = ("Le député Paul Girard a interpellé la ministre mardi. \"Les hôpitaux craquent. Les médecins "
              "s'alarment. Les urgences ferment. Les patients attendent. Les soignants partent. Que "
              "proposez-vous ?\", a lancé {speaker}.")


@pytest.mark.model
def test_a_role_after_a_long_quote_names_the_speaker_before_it(resolve):
    found = resolve(LONG_QUOTE.format(speaker="le député insoumis"))
    assert found.get(("le député insoumis", "role")) == "Paul Girard", found


@pytest.mark.model
def test_a_pronoun_after_a_long_quote_names_the_speaker_before_it(resolve):
    found = resolve(LONG_QUOTE.replace(", a lancé {speaker}.", ", a-t-il lancé."))
    assert found.get(("il", "pronoun")) == "Paul Girard", found


@pytest.mark.model
def test_told_sentences_still_put_a_person_out_of_reach(resolve):
    found = resolve("Le député Paul Girard a visité l'usine lundi. La direction a présenté son plan. Les "
                    "syndicats ont protesté. La grève a commencé mardi. Les ventes ont chuté en mai. Le "
                    "carnet de commandes est vide. Il a démissionné jeudi.")
    assert found.get(("Il", "pronoun")) is None, found
