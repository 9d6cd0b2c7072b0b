"""The speaker pronoun of an incise after a quote continues the speaker of the quote before it
(issue 23, helper "speakers"). Sentences invented for these tests."""
import pytest


@pytest.mark.model
def test_an_incise_pronoun_continues_the_speaker_not_the_person_in_his_apposed_role(resolve):
    found = resolve("\"Nous n'avons aucune preuve d'une quelconque agression\", a affirmé Dmitri Orlov, porte-parole "
                    "du président Vladimir Poutine lors d'un point presse.\n\n\"Comment peut-on parler "
                    "d'empoisonnement sans poison?\", a-t-il ajouté.")
    assert found.get(("il", "pronoun")) == "Dmitri Orlov", found


@pytest.mark.model
def test_an_incise_pronoun_after_an_unnamed_speaker_names_nobody(resolve):
    found = resolve("\"Nous devons coopérer\", a lancé le ministre Paul Girard.\n\n\"Les Etats-Unis ont refusé. Ce sont "
                    "eux qui s'isolent\", a déploré un responsable européen.\n\n\"Mais nous travaillons avec des "
                    "fondations très puissantes\", a-t-il souligné.")
    assert ("il", "pronoun") not in found, found


@pytest.mark.model
def test_an_incise_pronoun_after_a_named_speaker_still_names_him(resolve):
    found = resolve("\"Les Etats-Unis ont refusé\", a déploré un responsable européen.\n\n\"Nous devons coopérer\", "
                    "a lancé le ministre Paul Girard. \"Mais nous travaillons avec des fondations\", a-t-il souligné.")
    assert found.get(("il", "pronoun")) == "Paul Girard", found


@pytest.mark.model
def test_a_pronoun_inside_a_quote_is_left_alone(resolve):
    found = resolve("Paul Girard a reçu Marc Petit lundi. \"Il ne comprend rien\", a déploré le ministre.")
    assert ("Il", "pronoun") not in found, found
