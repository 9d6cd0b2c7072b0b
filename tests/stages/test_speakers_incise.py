"""The speaker pronoun of an incise after a quote continues the speaker of the quote before it
(issue 23, helper "speakers"). Sentences invented for these tests."""
import pytest


@pytest.mark.model
def test_an_incise_pronoun_continues_the_speaker_not_the_person_in_his_apposed_role(resolve):
    found = resolve("\"Nous n'avons aucune preuve d'une quelconque agression\", a affirmé Dmitri Orlov, porte-parole "
                    "du président Vladimir Poutine lors d'un point presse.\n\n\"Comment peut-on parler "
                    "d'empoisonnement sans poison?\", a-t-il ajouté.")
    assert found.get(("il", "pronoun")) == "Dmitri Orlov", found
