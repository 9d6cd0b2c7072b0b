"""Rules of the seventh round on issue 23. Each is shown on a sentence invented for the test and on one
taken (shortened) from corpus articles outside both dev sets:
- a clitic "lui" is not the person its own clause's subject names when that subject is a role or a
  description ("ce dernier lui a répondu", "le ministre lui a promis"), as it already was not for a name
  or a pronoun: that would be "se";
- a generic person noun after a noun of rights or conditions ("les droits de l'homme", "la condition de
  la femme", "les droits du citoyen") names a kind of person: no mention, so nobody;
- a phrase opened by a preposition after an incise's verb ('"...", a-t-il rétorqué à ce militant') is
  spoken to, not the speaker, so it is not the person of the incise's subject; and the subject of an
  inverted incise ("-t-il") counts as the verb's subject whatever the parse made of the clitic.
"""
import pytest


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Jeanne Roux reçoit le ministre Paul Martin. Ce dernier lui a aussi serré la main.",
    # corpus (orangesum-25090), shortened
    'Et alors qu\'un homme lance à François Hollande : "On vous regrette déjà", ce dernier lui a répondu une '
    "phrase très sibylline.",
])
def test_a_clitic_lui_is_not_the_role_or_description_subject_of_its_clause(resolve, text):
    found = resolve(text)
    subject = found.get(("ce dernier", "pronoun"), found.get(("Ce dernier", "pronoun")))
    assert subject is not None and found.get(("lui", "pronoun")) != subject


@pytest.mark.model
@pytest.mark.parametrize("text, phrase", [
    ("Paul Biya a reçu des militants des droits de l'Homme et des défenseurs des droits du citoyen.", "l'Homme"),
    ("Marie Dupont a longuement parlé de la condition de la femme en prison.", "la femme"),
    # corpus (orangesum-34788), shortened
    ("Dans un autre rapport, le Centre Abdorrahman Boroumand pour les droits de l'homme en Iran, dirigé par "
     "Hadi Ghaemi, a estimé que la propagation du virus était plus importante.", "l'homme"),
])
def test_a_person_noun_after_a_noun_of_rights_names_nobody(resolve, text, phrase):
    found = resolve(text)
    assert not any(text_ == phrase or text_.startswith(phrase + " ") for text_, _ in found)


@pytest.mark.model
def test_a_generic_person_noun_elsewhere_is_still_a_mention(resolve):
    found = resolve("Paul Biya a reçu des militants. L'homme a souri.")
    assert found.get(("L'homme", "description")) == "Paul Biya"


@pytest.mark.model
@pytest.mark.parametrize("text, phrase", [
    ('"Nous ne céderons pas", a lancé Jeanne Roux. "Vous avez tort", a-t-elle ensuite répliqué à cette militante.',
     "cette militante"),
    # corpus (orangesum-11638), shortened
    ('"C\'est aussi les Français", lui a répondu M. Djebbari. "Je parle avec d\'autres syndicats de la SNCF et vous '
     'représentez une vision", a-t-il aussi rétorqué à ce militant.', "ce militant"),
])
def test_a_phrase_spoken_to_after_an_incise_is_not_its_speaker(resolve, text, phrase):
    assert resolve(text).get((phrase, "description")) is None


@pytest.mark.model
def test_the_speaker_after_a_quote_is_still_the_incise_subject(resolve):
    found = resolve('Jeanne Roux a reçu les grévistes. "Nous verrons", a répondu la porte-parole du collectif.')
    assert found.get(("la porte-parole du collectif", "role")) == "Jeanne Roux"
