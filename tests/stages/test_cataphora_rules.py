"""Cataphora (issue 23, helper "cataphora"): a role or description that names nobody yet names the
person the article later gives the same role; generic, former-versus-current and indefinite-then-
indefinite phrases stay unlinked. Sentences invented for these tests."""
import pytest


@pytest.mark.model
def test_a_bare_possessive_role_is_the_holder_named_later_with_its_owner(resolve):
    found = resolve("Paul Girard refuse de se rendre devant la commission. La convocation a été adressée "
                    "mardi à son avocat. Plus tôt dans la journée, l'avocat de Paul Girard, Me Jean Morel, "
                    "avait annoncé un recours.")
    assert found.get(("son avocat", "role")) == "Jean Morel", found


@pytest.mark.model
def test_a_definite_description_is_the_person_named_later_with_the_same_modifier(resolve):
    found = resolve("Marc Petit contre-attaque\n\nMarc Petit a mis en avant le soutien de la journaliste "
                    "britannique qui avait interrogé son épouse en 2007. La vidéo a été diffusée jeudi. "
                    "Le candidat a insisté lundi. Mais selon la journaliste britannique Claire Dawson, "
                    "ces propos sont faux.")
    assert found.get(("la journaliste britannique", "description")) == "Claire Dawson", found


@pytest.mark.model
def test_a_definite_office_in_the_lead_is_its_holder_named_later(resolve):
    found = resolve("Le procureur refuse de partir\n\nLe procureur a dénoncé vendredi l'annonce de son départ "
                    "par le ministre de la Justice. Le magistrat a refusé de démissionner. Samedi, le ministre "
                    "de la Justice, Paul Girard, a confirmé la décision.")
    assert found.get(("le ministre de la Justice", "role")) == "Paul Girard", found


@pytest.mark.model
def test_an_indefinite_role_in_the_title_is_the_holder_the_lead_names(resolve):
    found = resolve("Lyon : un ancien député jugé pour fraude\n\nL'ancien député de l'Ain Paul Girard "
                    "comparaît jeudi devant le tribunal correctionnel de Lyon.")
    assert found.get(("un ancien député", "role")) == "Paul Girard", found


@pytest.mark.model
def test_a_former_role_is_not_the_holder_of_the_current_one(resolve):
    found = resolve("L'ancien maire de Nantes s'en prend au gouvernement\n\nLe maire de Nantes Paul Girard "
                    "a répondu lundi aux critiques de son prédécesseur.")
    assert found.get(("L'ancien maire de Nantes", "role")) is None, found


@pytest.mark.model
def test_a_generic_indefinite_role_names_nobody(resolve):
    found = resolve("Cumul des mandats : la règle en question\n\nLa loi permet à un maire de présider une région. Le maire de Nantes, Paul Girard, "
                    "a choisi de ne pas le faire.")
    assert found.get(("un maire", "role")) is None, found


@pytest.mark.model
def test_a_role_of_another_organisation_is_not_the_holder(resolve):
    found = resolve("Syndicats : appel pour les petits métiers\n\nSelon le secrétaire général de FO, la crise a montré l'importance des petits métiers. "
                    "Le secrétaire général de la CGT, Paul Girard, a demandé une prime.")
    assert found.get(("le secrétaire général de FO", "role")) is None, found


@pytest.mark.model
def test_a_role_of_another_party_is_not_the_holder(resolve):
    found = resolve("La manœuvre d'un sénateur LR pour embaucher sa fille\n\nLa loi interdit désormais "
                    "aux parlementaires d'employer leur famille. Le texte a été voté en 2017. Le sénateur "
                    "socialiste Paul Girard a dénoncé la manœuvre.")
    assert found.get(("un sénateur LR", "role")) is None, found


@pytest.mark.model
def test_a_bare_definite_role_in_the_title_is_the_holder_the_lead_names(resolve):
    found = resolve("Reçus par la reine, deux lauréats lui offrent un tableau\n\nEn visite à Aarhus, la reine "
                    "Margrethe avait convié les lauréats du concours à sa table.")
    assert found.get(("la reine", "role")) == "Margrethe", found


@pytest.mark.model
def test_a_titles_indefinite_is_not_the_name_opening_the_lead_when_the_lead_names_its_holder(resolve):
    found = resolve("Paul Girard : le message cinglant d'un député LR\n\nPaul Girard, le pompier qui a sauvé "
                    "trois enfants dans l'incendie, ne fait pas l'unanimité. Sur Twitter, le député Marc "
                    "Petit a dénoncé vendredi une opération de communication.")
    assert found.get(("un député LR", "role")) == "Marc Petit", found


@pytest.mark.model
def test_a_premier_ministre_is_no_other_minister(resolve):
    found = resolve("Liban : le Premier ministre désigné renonce\n\nLe chef du gouvernement désigné a annoncé "
                    "samedi renoncer à former un gouvernement. La crise dure depuis des mois. Les partis se "
                    "sont opposés à son projet. Le ministre des Finances, Ali Hassan, a regretté la décision.")
    assert found.get(("le Premier ministre", "role")) is None, found


@pytest.mark.model
def test_a_possessive_role_in_the_title_is_the_holder_the_lead_names_with_its_words(resolve):
    found = resolve("Des opposants devant la prison où est détenu le frère de leur cheffe de file\n\n"
                    "Anna Kovac, cheffe de file de l'opposition, a appelé à manifester chaque soir.")
    assert [c for (text, kind), c in found.items() if text.startswith("leur cheffe")] == ["Anna Kovac"], found


@pytest.mark.model
def test_a_leads_described_role_is_the_one_holder_later_given_its_bare_head(resolve):
    found = resolve("Texas : la reprise à marche forcée\n\nDepuis le 1er mai, cet Etat orchestre sa reprise, "
                    "menée par un gouverneur républicain qui place l'économie au premier plan. Les hôpitaux "
                    "s'inquiètent. Les chiffres montent. Le gouverneur Paul Girard a défendu samedi sa politique.")
    assert found.get(("un gouverneur républicain", "role")) == "Paul Girard", found
