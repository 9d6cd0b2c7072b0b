"""Organisation descriptions, second round (pipeline/coreference/organisations.py and the organisation
functions of chains.py): a name apposed after a superlative, the party of the person who founded it
("le parti lancé par X"), a person's name right after a long "de" complement ("le parti de l'ancienne
figure de la gauche X": X's party, never X), no organisation in "en compagnie du président X", a known
party the entities stage labelled a person, and a name introduced as a medium that a company noun
skips. Sentences invented for these tests."""
import pytest

from pipeline.coreference.organisations import introduced_as_medium, organisation_kinds, person_complement, superlative_end
from tests.stages.test_orgs_organisations import E


def test_a_superlative_is_skipped_before_an_apposed_name():
    text = "le syndicat le plus ancien, la CGT"
    assert text[superlative_end(text, len("le syndicat")):] == ", la CGT"
    assert superlative_end(text, len("le syndicat le")) == len("le syndicat le")  # nothing to skip


def test_the_founder_after_a_participle_is_the_complements_person():
    text = "le parti lancé par Jean Dupont"
    found = person_complement(text, len("le parti"), [E(19, 30, "PER", "Jean Dupont")], lambda w: False)
    assert found is not None and found.canonical == "Jean Dupont"


def test_a_name_right_after_a_de_complement_is_the_complements_person():
    text = "le parti de l'ancienne figure de la gauche Jean Dupont"
    person = E(43, 54, "PER", "Jean Dupont")
    assert person_complement(text, len("le parti"), [person], lambda w: False, len(text) - 12) == person
    assert person_complement(text, len("le parti"), [person], lambda w: False) is None  # no phrase end given


def test_a_name_introduced_with_a_medium_noun_is_a_medium():
    assert introduced_as_medium("selon le magazine américain Forbes", [len("selon le magazine américain ")])
    assert not introduced_as_medium("le site industriel de Renault", [len("le site industriel de ")])
    assert not introduced_as_medium("le patron de Renault", [len("le patron de ")])


@pytest.mark.model
def test_the_armed_group_after_a_superlative_is_the_apposed_one(resolve):
    found = resolve("L'armée a signé un accord avec le FNLR. Mais la paix reste loin avec le groupe armé "
                    "le plus meurtrier, les Brigades unies du Nord (BUN), actives dans la région.")
    assert found[("le groupe armé", "description")] == "Brigades unies du Nord"


@pytest.mark.model
def test_the_party_launched_by_a_person_is_their_party(resolve):
    found = resolve("La France insoumise progresse dans les sondages. Exclue du Parti socialiste, la députée "
                    "a rejoint le parti fondé par Jean-Luc Mélenchon.")
    assert found[("le parti", "description")] == "La France insoumise"


@pytest.mark.model
def test_en_compagnie_du_president_names_no_organisation(resolve):
    found = resolve("Le ministre a parlé à Dakar en compagnie du président sénégalais Macky Sall, mardi.")
    assert all(text != "compagnie du président sénégalais" for text, _ in found)
    assert found.get(("président sénégalais", "role")) == "Macky Sall"


@pytest.mark.model
def test_a_person_after_a_party_in_a_complement_holds_the_outer_noun(resolve):
    found = resolve("Les Verts tiennent leur congrès à Lyon. Le bilan est mitigé, estime le numéro un du parti "
                    "Paul Martin.")
    assert found[("parti", "description")] == "Les Verts"


def test_a_ministry_named_by_its_field_is_an_institution():
    from tests.stages.test_orgs_organisations import kind
    assert kind("Intérieur") == "institution"
    assert kind("Travail") == "institution"
    assert not organisation_kinds().agrees("association", kind("Intérieur"))


@pytest.mark.model
def test_a_movement_down_is_a_trend(resolve):
    found = resolve("Les Républicains reculent dans notre baromètre. Le ministre parvient pourtant à enrayer "
                    "le mouvement à la baisse entamé en mars.")
    assert found.get(("le mouvement", "description")) is None


@pytest.mark.model
def test_a_description_coordinated_with_a_name_is_another_organisation(resolve):
    found = resolve("Le PDG de Peugeot a été entendu lundi. Le ministre a défendu l'accord entre Fiat et "
                    "le groupe français.")
    assert found[("le groupe français", "description")] == "Peugeot"


@pytest.mark.model
def test_an_apposed_movement_noun_makes_the_name_a_movement(resolve):
    found = resolve("Mardi, les élus LR ont reçu le mouvement Avenir commun. Le texte reprend des idées "
                    "d'Avenir commun, alors que la formation est jugée trop radicale par une partie de LR.")
    assert found[("la formation", "description")] == "Avenir commun"  # a party noun names a movement, not only LR


@pytest.mark.model
def test_the_movement_after_a_mobilisation_is_no_party(resolve):
    found = resolve("Le chef du Parti socialiste a soutenu les routiers. Des milliers de manifestants ont bloqué "
                    "les routes samedi. Le mouvement pourrait durer tout l'hiver, selon la préfecture.")
    assert found[("Le mouvement", "description")] is None


@pytest.mark.model
def test_the_movement_without_a_mobilisation_is_the_party(resolve):
    found = resolve("La France insoumise a réuni ses cadres samedi à Lille. Le mouvement prépare les "
                    "élections européennes.")
    assert found[("Le mouvement", "description")] == "La France insoumise"


@pytest.mark.model
def test_a_bare_societe_after_dans_is_society(resolve):
    found = resolve("Renault a présenté ses comptes mardi. Le rapport décrit la place des femmes dans la société.")
    assert found.get(("la société", "description")) is None


@pytest.mark.model
def test_societe_with_a_qualifier_after_dans_stays_a_company(resolve):
    found = resolve("Renault a présenté ses comptes mardi. L'État a investi dans la société automobile pour la sauver.")
    assert found[("la société automobile", "description")] == "Renault"
