"""Coreference rules of the identity hand check (issue 23): impersonal "il" after a modal, foreign
offices and roles of another country, place and party nouns by kind, organisations introduced by an
apposition. Sentences invented for these tests."""
import pytest


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Paul Girard a parlé lundi. Va-t-il falloir renoncer aux vacances ?",
    "Paul Girard a parlé lundi. Il va falloir travailler plus.",
    "Paul Girard a parlé lundi. Il devrait y avoir des annonces.",
    "Paul Girard parle de mémoire. Il s'agit de voir comment avancer.",
])
def test_an_impersonal_il_after_a_modal_or_se_names_nobody(resolve, text):
    found = resolve(text)
    assert not any(kind == "pronoun" for _, kind in found), found


@pytest.mark.model
def test_an_active_il_before_an_infinitive_is_still_a_person(resolve):
    found = resolve("Paul Girard a parlé lundi. Il estime y avoir droit.")
    assert found.get(("Il", "pronoun")) == "Paul Girard", found


@pytest.mark.model
def test_a_role_of_one_country_is_not_a_person_given_a_role_of_another(resolve):
    found = resolve("Le Premier ministre suédois Lars Berg a signé un accord, sous l'égide de Paul Girard. "
                    "\"C'est un grand jour\", a déclaré le président des Etats-Unis.")
    assert found.get(("le président des Etats-Unis", "role")) == "Paul Girard", found


@pytest.mark.model
def test_the_us_presidency_has_its_holder_on_the_articles_date(resolve):
    found = resolve("Donald Trump et Angela Merkel se sont parlé. Le président américain a ensuite quitté la salle.",
                    date="2019-06-01")
    assert found.get(("Le président américain", "role")) == "Donald Trump", found


@pytest.mark.model
def test_a_foreign_prime_minister_is_no_french_office(fr_nlp):
    from pipeline.coreference.lexicon import coref_lexicon

    lexicon = coref_lexicon()
    assert lexicon.office_of("premier ministre israélien") is None
    assert lexicon.office_of("premier ministre par intérim") == "premier ministre"
    assert lexicon.office_of("président américain") == "président des états-unis"


@pytest.mark.model
def test_a_role_in_apposition_across_par_interim(resolve):
    found = resolve("Le ministre de l'Agriculture par intérim, Marc Petit, a visité la ferme.")
    assert found.get(("Le ministre de l'Agriculture", "role")) == "Marc Petit", found


@pytest.mark.model
def test_le_pays_is_a_country_and_la_ville_no_country(resolve):
    found = resolve("Le maire de Quito, Ana Ruiz, a parlé. En Équateur, l'épidémie gagne Quito. Le virus circule dans le pays.")
    assert found.get(("le pays", "description")) == "Équateur", found
    found = resolve("Le Chili a fermé ses frontières avec Santiago en première ligne. La ville est confinée.")
    assert found.get(("La ville", "description")) == "Santiago", found


@pytest.mark.model
def test_an_organisation_introduced_by_an_apposition_is_named_by_its_head_noun_later(resolve):
    found = resolve("Les Patriotes, parti fondé en 2017 par Paul Girard, tiennent congrès à Lyon. Le Monde en parle. "
                    "Le parti revendique 8.000 adhérents.")
    assert found.get(("Le parti", "description")) == "Les Patriotes", found
    found = resolve("Le lycée Jean-Moulin, établissement de 900 élèves, ferme. La mairie proteste. "
                    "L'établissement rouvrira en mars.")
    assert found.get(("L'établissement", "description")) == "lycée Jean-Moulin", found


@pytest.mark.model
def test_an_apposition_only_noun_alone_names_nobody(resolve):
    found = resolve("Le ministre Paul Girard visite Lyon. L'école doit changer, dit-il.")
    assert ("L'école", "description") not in found, found


@pytest.mark.model
def test_le_parti_prefers_the_party_named_over_a_newspaper(resolve):
    found = resolve("Le Parti radical tient congrès. Selon Libération, les débats sont vifs. Le parti votera dimanche.")
    assert found.get(("Le parti", "description")) == "Parti radical", found


@pytest.mark.model
def test_a_role_in_apposition_across_a_bracketed_acronym_or_a_place(resolve):
    found = resolve("Les partis dénoncent la majorité et la présidente de la commission des Lois, Yaëlle Bernard. "
                    "Le débat reprend.")
    assert found.get(("la présidente de la commission", "role")) == "Yaëlle Bernard", found
    found = resolve("En échange, le candidat de droite sur la ville, Étienne Blanc, s'efface devant Paul Girard.")
    assert found.get(("le candidat de droite", "role")) == "Étienne Blanc", found


@pytest.mark.model
def test_an_organisation_noun_of_an_act_names_no_organisation(resolve):
    found = resolve("Le Parti radical se réunit. Il réclame l'organisation d'un second vote.")
    assert ("l'organisation d'un second vote", "description") not in found, found


@pytest.mark.model
def test_an_indefinite_role_in_the_title_is_the_person_the_lead_names_with_it(resolve):
    found = resolve("Lille : la permanence d'un député LREM dégradée\nLes locaux du député Jean Morin ont été tagués.")
    assert found.get(("un député LREM", "role")) == "Jean Morin", found


@pytest.mark.model
def test_an_emphatic_pronoun_after_a_thing_subject_names_no_person(resolve):
    found = resolve("Paul Girard dirige la base. Le protocole d'hygiène a lui aussi été renforcé.")
    assert ("lui", "pronoun") not in found, found
    found = resolve("Marie Lefort a protesté. Paul Girard a lui aussi protesté.")
    assert found.get(("lui", "pronoun")) == "Paul Girard", found


@pytest.mark.model
def test_a_minister_is_not_the_president_in_office(resolve):
    found = resolve("Emmanuel Macron a réuni le gouvernement. \"Il ne faut pas céder\", a prévenu le ministre.",
                    date="2019-05-05")
    assert found.get(("le ministre", "role")) != "Emmanuel Macron", found


@pytest.mark.model
def test_a_former_office_is_a_former_holder_the_article_names(resolve):
    found = resolve("Nicolas Sarkozy reste populaire. Le président des Républicains, Paul Girard, arrive loin derrière. "
                    "L'ancien chef de l'État a gardé la main.", date="2018-10-01")
    assert found.get(("L'ancien chef de l'État", "role")) == "Nicolas Sarkozy", found


@pytest.mark.model
def test_two_coordinated_roles_are_two_people(resolve):
    found = resolve("Nicolas Sarkozy et Paul Girard restent populaires. L'ancien chef de l'État et le maire de Pau "
                    "sont en retrait.", date="2018-10-01")
    assert found.get(("L'ancien chef de l'État", "role")) == "Nicolas Sarkozy", found
    assert found.get(("le maire de Pau", "role")) != "Nicolas Sarkozy", found


@pytest.mark.model
def test_a_role_keeps_its_holder_when_its_organisation_is_named_otherwise(resolve):
    found = resolve("Statut d'auto-entrepreneur : Jean Morel se défend\nLe leader de la France insoumise (LFI) est "
                    "revenu sur le statut de Paul Girard. Depuis quelques jours, Paul Girard est au cœur d'une "
                    "polémique. Selon le leader de LFI, le statut est injuste.")
    assert found.get(("le leader de LFI", "role")) == "Jean Morel", found


@pytest.mark.model
def test_nous_in_a_quote_is_the_speakers_party(full_pipeline):
    from pipeline.coreference.collective import SpeakerGroups

    text = ("Le maire Les Républicains de Nantes, Paul Girard, veut refonder son parti. \"En sept ans, nous avons "
            "perdu la moitié de nos élus. Il faut tout changer\", prévient Paul Girard.")
    doc = full_pipeline(text, doc_id="t")
    groups = SpeakerGroups(doc)
    at = text.index("nous")
    assert groups.of(at, at + 4) == "Les Républicains", (doc.quotes, doc.clusters)
    assert groups.cluster_of(at, at + 4) is not None
    outside = text.index("son")
    assert groups.of(outside, outside + 3) is None


@pytest.mark.model
def test_a_role_that_opens_a_clause_after_a_name_is_its_subject_not_an_apposition(resolve):
    found = resolve("Interrogé sur une possible destitution de François Hollande, le Premier ministre a défendu le "
                    "président. En cause : une réponse de Manuel Valls à un député.", date="2016-11-22")
    assert found.get(("le Premier ministre", "role")) == "Manuel Valls", found


@pytest.mark.model
def test_a_town_noun_is_not_the_departement_bracketed_after_a_town(resolve):
    found = resolve("Le maire sortant de Vouvray (Indre-et-Loire) a été réélu mardi. Trente personnes ont assisté "
                    "à cette élection dans cette commune de 3.000 habitants.")
    assert found.get(("cette commune de 3.000 habitants", "description")) == "Vouvray", found


@pytest.mark.model
def test_a_role_in_apposition_across_a_coordinated_complement(resolve):
    found = resolve("\"Rentrez\", a lancé jeudi le ministre suédois de l'Énergie et des ressources en eau, Lars Berg.")
    assert found.get(("le ministre suédois de l'Énergie", "role")) == "Lars Berg", found


@pytest.mark.model
def test_a_role_in_apposition_across_a_complement_of_attachment_or_place(resolve):
    found = resolve("La rencontre a eu lieu entre Paul Girard et le secrétaire d'État auprès du ministre des "
                    "Comptes publics, Jean Dumas. Le débat reprend.")
    assert found.get(("le secrétaire d'État", "role")) == "Jean Dumas", found
    found = resolve("Il a reçu l'ambassadeur et le chef de la mission de l'ONU au Mali (Minusma), Mahamat Saleh, lundi.")
    assert found.get(("le chef de la mission de l'ONU", "role")) == "Mahamat Saleh", found


@pytest.mark.model
def test_an_office_is_not_a_person_given_another_role(resolve):
    found = resolve("Le ministre de l'Intérieur, Paul Girard, a parlé. Le Premier ministre a ensuite démenti.",
                    date="2017-02-28")
    assert found.get(("Le Premier ministre", "role")) is None, found


@pytest.mark.model
def test_a_group_noun_with_a_name_the_entities_missed_names_no_other_group(resolve):
    found = resolve("La présidente du FN a publié des images d'exécutions menées par le groupe État islamique.")
    assert not any(text.startswith("le groupe") for text, _ in found), found


@pytest.mark.model
def test_a_capital_word_inside_a_role_of_the_complement_is_no_unknown_name(resolve):
    found = resolve("Pas de trêve chez LREM. Le parti du président de la République a écrit à ses adhérents.")
    assert found.get(("Le parti du président de la République", "description")) == "LREM", found
