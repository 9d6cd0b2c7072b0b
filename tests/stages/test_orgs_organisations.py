"""Organisation descriptions (pipeline/coreference/organisations.py): a description's head noun and
its antecedent agree in kind (a company noun never names a medium cited as a source, a party noun
only a party), "le parti de X" is X's party and never X, and some phrases name no organisation of
the article ("la société civile", "le mouvement pro-démocratie", "le mouvement des gilets jaunes").
Sentences invented for these tests."""
from dataclasses import dataclass

import pytest

from pipeline.coreference.affiliation import affiliation_of
from pipeline.coreference.lexicon import coref_lexicon
from pipeline.coreference.organisations import bare_name, organisation_kinds, person_complement


@dataclass(frozen=True)
class E:
    start: int
    end: int
    label: str
    canonical: str
    cluster: int = 0


def kind(name):
    return organisation_kinds().kind_of(name, coref_lexicon().is_medium)


def test_kinds_of_names():
    assert kind("Le Huffington Post") == "medium"
    assert kind("Voix du Nord") == "medium"
    assert kind("Les Républicains") == "party"
    assert kind("Parti démocratique de Côte d'Ivoire") == "party"
    assert kind("CGT") == "union"
    assert kind("Cour suprême") == "institution"
    assert kind("Otan") == "international"
    assert kind("Amazon") == "other"


def test_a_company_noun_never_names_a_medium_or_a_party():
    kinds = organisation_kinds()
    assert kinds.agrees("firme", "other")
    assert not kinds.agrees("firme", "medium")
    assert not kinds.agrees("entreprise", "party")
    assert kinds.agrees("parti", "party") and not kinds.agrees("parti", "institution")
    assert kinds.agrees("institution", "institution") and not kinds.agrees("institution", "medium")
    assert kinds.agrees("capitale", "medium")  # a noun of no listed type keeps the older rule


def test_bare_name_drops_the_leading_article():
    assert bare_name("Le Huffington Post") == "huffington post"
    assert bare_name("L’Obs") == "obs"
    assert bare_name("Le") == "le"


def test_person_in_the_complement_of_an_organisation_noun():
    text = "le parti du président Jean Valois a gagné"
    person = E(text.index("Jean"), text.index(" a gagné"), "PER", "Jean Valois")
    head_end = text.index(" du")
    role = lambda w: w in ("président", "ancien")
    assert person_complement(text, head_end, [person], role) == person
    text2 = "le mouvement autour de Jean Valois a gagné"
    person2 = E(text2.index("Jean"), text2.index(" a gagné"), "PER", "Jean Valois")
    assert person_complement(text2, text2.index(" autour"), [person2], role) is None


def test_affiliation_of_a_persons_mentions():
    text = "Le député Renouveau Jean Valois a parlé. Le Monde le cite."
    person = E(text.index("Jean"), text.index(" a parlé"), "PER", "Jean Valois", 1)
    party = E(text.index("Renouveau"), text.index(" Jean"), "ORG", "Renouveau", 2)
    medium = E(text.index("Le Monde"), text.index(" le cite"), "ORG", "Le Monde", 3)
    entities = [party, person, medium]
    between = lambda lo, hi: [e for e in entities if lo <= e.start < hi]
    assert affiliation_of(text, [person], between, lambda canonical: canonical == "Le Monde") == party
    assert affiliation_of(text, [person], between, lambda canonical: True) is None


@pytest.mark.model
def test_a_company_noun_skips_the_medium_cited_as_a_source(resolve):
    found = resolve("Renault va fermer trois usines en Bretagne, révèle Le Parisien. Le constructeur emploie "
                    "2.000 salariés dans la région.")
    assert found.get(("Le constructeur", "description")) == "Renault", found


@pytest.mark.model
def test_a_medium_noun_still_names_the_medium(resolve):
    found = resolve("Renault va fermer trois usines, révèle Le Parisien. Selon le quotidien, 2.000 emplois sont menacés.")
    assert found.get(("le quotidien", "description")) == "Le Parisien", found


@pytest.mark.model
def test_the_party_of_a_person_is_never_the_person(resolve):
    found = resolve("Le député Renouveau Jean Valois a voté contre le texte. Le parti de Jean Valois demande un "
                    "nouveau débat.")
    assert found.get(("Le parti", "description")) != "Jean Valois", found
    assert found.get(("Le parti", "description")) in ("Renouveau", None), found


@pytest.mark.model
def test_a_party_noun_never_names_a_court(resolve):
    found = resolve("Le Conseil d'Etat a rejeté le recours lundi. Le scrutin ne se présente pas bien pour le parti "
                    "présidentiel.")
    assert found.get(("le parti présidentiel", "description")) is None, found


@pytest.mark.model
def test_a_movement_of_a_cause_names_no_organisation(resolve):
    found = resolve("La police a dispersé les manifestants, selon l'AFP. Le mouvement pro-démocratie appelle à "
                    "une nouvelle marche dimanche.")
    assert not any(k[0].lower().startswith("le mouvement") and v for k, v in found.items()), found


@pytest.mark.model
def test_a_movement_named_by_its_members_names_no_organisation(resolve):
    found = resolve("L'Assemblée nationale a voté la loi mardi. Le mouvement des chauffeurs routiers appelle à "
                    "bloquer les dépôts.")
    assert not any(k[0].lower().startswith("le mouvement") and v for k, v in found.items()), found


@pytest.mark.model
def test_civil_society_is_no_company(resolve):
    found = resolve("Le groupe Renault a présenté ses comptes. Des membres de la société civile ont protesté.")
    assert found.get(("la société civile", "description")) is None, found


@pytest.mark.model
def test_a_party_noun_then_a_comma_and_a_named_party(resolve):
    found = resolve("Le Conseil d'Etat a tranché jeudi. Le principal parti d'opposition, le Parti du progrès, "
                    "conteste la décision.")
    assert found.get(("Le principal parti d'opposition", "description")) == "Parti du progrès", found


@pytest.mark.model
def test_a_party_noun_then_a_comma_and_a_person_is_not_that_person(resolve):
    found = resolve("Le PS a choisi samedi une personnalité qui n'est pas issue du parti, Paul Girard, pour conduire "
                    "sa liste.")
    assert "Paul Girard" not in {v for k, v in found.items() if k[1] == "description"}, found


@pytest.mark.model
def test_the_party_of_the_president_after_the_named_party(resolve):
    found = resolve("Le Parti du progrès, le parti du président Jean Valois, a annoncé jeudi son candidat.")
    assert found.get(("le parti du président", "description")) == "Parti du progrès", found


@pytest.mark.model
def test_an_association_with_a_quoted_name_is_not_the_last_organisation(resolve):
    found = resolve("La conférence de Sciences Po Paris a été annulée. L'association \"Raison critique\", qui "
                    "l'organisait, a protesté.")
    assert found.get(("L'association", "description")) is None, found


@pytest.mark.model
def test_an_institution_before_a_quotation_still_names_the_court(resolve):
    found = resolve("La Cour suprême a rendu son arrêt lundi. La haute juridiction \"protège les droits de tous\", "
                    "a salué l'avocat.")
    assert found.get(("La haute juridiction", "description")) == "Cour suprême", found


@pytest.mark.model
def test_the_party_a_person_leaves_is_their_own(resolve):
    found = resolve("Le député Paul Girard (LR) a dénoncé l'alliance avec le FN. Il a quitté le parti en 2017.")
    assert found.get(("le parti", "description")) == "LR", found


@pytest.mark.model
def test_the_party_a_named_person_leaves_is_their_own(resolve):
    found = resolve("Le député LR Paul Girard a critiqué le Front national mardi. Paul Girard a quitté le parti en 2017.")
    assert found.get(("le parti", "description")) == "LR", found


@pytest.mark.model
def test_the_authorities_of_an_article_about_hong_kong_are_hong_kongs(resolve):
    found = resolve("Hong Kong a interdit les rassemblements. La Chine soutient la mesure. A Hong Kong, les militants "
                    "dénoncent une loi injuste. Les manifestants de Hong Kong restent chez eux. Les autorités ont "
                    "promis de rouvrir les parcs.")
    assert found.get(("Les autorités", "description")) == "Hong Kong", found


@pytest.mark.model
def test_the_hong_kong_authorities_by_their_demonym(resolve):
    found = resolve("La Chine a salué la loi. Hong Kong a rouvert ses écoles. Les autorités hongkongaises ont "
                    "annoncé des tests gratuits.")
    assert found.get(("Les autorités hongkongaises", "description")) == "Hong Kong", found


@pytest.mark.model
def test_a_newspaper_noun_skips_the_news_agency(resolve):
    found = resolve("Le député Paul Girard est mis en cause par Le Monde. Son avocat a transmis un communiqué à l'AFP. "
                    "Selon le quotidien, les faits remontent à 2010.")
    assert found.get(("le quotidien", "description")) == "Le Monde", found


@pytest.mark.model
def test_the_party_of_a_known_leader_when_the_article_names_it(resolve):
    found = resolve("La France insoumise a présenté sa liste lundi. Les écologistes hésitent encore. Selon Le Monde, "
                    "le mouvement de Jean-Luc Mélenchon veut un accord avant l'été.")
    assert found.get(("le mouvement", "description")) == "La France insoumise", found


@pytest.mark.model
def test_an_association_named_by_its_members_then_its_acronym_in_brackets(resolve):
    found = resolve("La ministre Sophie Martin était l'invitée de l'association des journalistes de la santé (AJS) "
                    "mardi.")
    assert found.get(("l'association des journalistes de la santé", "description")) == "AJS", found


@pytest.mark.model
def test_the_training_of_police_officers_is_no_mention(resolve):
    found = resolve("Le ministre Jean Valois a reçu les syndicats de police. La formation des policiers sera "
                    "allongée.")
    assert not any(k[0].startswith("La formation") for k in found), found


@pytest.mark.model
def test_an_adjective_of_an_unresolved_party_names_no_person(resolve):
    found = resolve("Officiellement investi par le parti républicain, Paul Girard a lancé lundi sa campagne.")
    assert not any(k[0] == "républicain" for k in found), found
    assert found.get(("le parti républicain", "description")) != "Paul Girard", found


@pytest.mark.model
def test_the_party_of_a_person_apposed_after_them(resolve):
    found = resolve("Les électeurs votent en masse pour le parti de Jean Valois, le Parti du progrès, depuis dix ans.")
    assert found.get(("le parti", "description")) == "Parti du progrès", found
