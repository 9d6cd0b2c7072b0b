"""Coreference: who roles, descriptions, pronouns and documents name (French sentences written for
these tests), name clusters (acronyms, short forms) and the mentions records."""
import pytest

from pipeline.coreference.index import Coreference
from pipeline.coreference.chains import Link
from pipeline.coreference.names import cluster_mentions, is_acronym, spells


# -- names: pure -----------------------------------------------------------------------------
@pytest.mark.parametrize("acronym, name, expected", [
    ("RN", "Rassemblement national", True),
    ("LREM", "La République en marche", True),
    ("REM", "République en marche", True),
    ("EELV", "Europe-Ecologie-les-Verts", True),
    ("ASE", "Aide sociale à l'enfance", True),
    ("JDD", "Journal du dimanche", True),
    ("LFI", "La France insoumise", True),
    ("PS", "Rassemblement national", False),
    ("LR", "Paris", False),
])
def test_an_acronym_spells_the_initials_of_its_expansion(acronym, name, expected):
    assert spells(acronym, name) is expected


def test_acronyms_are_short_capitalised_words():
    assert is_acronym("RN") and is_acronym("MoDem") and is_acronym("LaREM")
    assert not is_acronym("Ifop") and not is_acronym("Paris") and not is_acronym("R")


def test_an_acronym_joins_its_expansion_only_when_the_article_has_it():
    clusters = cluster_mentions([("Rassemblement national", "ORG"), ("RN", "ORG"), ("PS", "ORG")])
    assert clusters.canonical == ["Rassemblement national", "Rassemblement national", "PS"]
    assert clusters.ids[0] == clusters.ids[1] != clusters.ids[2]


def test_short_forms_join_the_one_longer_name_they_open():
    clusters = cluster_mentions([("Parlement européen", "ORG"), ("Parlement", "ORG"), ("France", "LOC"),
                                 ("France insoumise", "ORG"), ("Carla Bruni", "PER"), ("Carla", "PER")])
    assert clusters.canonical == ["Parlement européen", "Parlement européen", "France", "France insoumise",
                                  "Carla Bruni", "Carla Bruni"]


def test_a_place_is_named_without_the_article_of_a_sentence_start():
    clusters = cluster_mentions([("La Chine", "LOC"), ("Chine", "LOC"), ("Les Républicains", "ORG"),
                                 ("Républicains", "ORG"), ("La Rochelle", "LOC")])
    assert clusters.canonical == ["Chine", "Chine", "Les Républicains", "Les Républicains", "La Rochelle"]


def test_a_name_whose_article_belongs_to_it_gets_it_back():
    assert cluster_mentions([("Caire", "LOC"), ("Monde", "ORG")]).canonical == ["Le Caire", "Le Monde"]


def test_a_swapped_pair_of_letters_in_a_first_name_is_a_slip_not_another_person():
    clusters = cluster_mentions([("Guiseppe Conte", "PER"), ("Giuseppe Conte", "PER"), ("Giuseppe Conte", "PER"),
                                 ("Marine Lepic", "PER"), ("Marion Lepic", "PER")])
    assert clusters.canonical == ["Giuseppe Conte"] * 3 + ["Marine Lepic", "Marion Lepic"]
    assert len(set(clusters.ids)) == 3


def test_a_name_without_its_head_word_is_that_organisation():
    clusters = cluster_mentions([("Mouvement 5 étoiles", "ORG"), ("Cinq étoiles", "ORG"), ("Parti socialiste", "ORG")])
    assert clusters.canonical == ["Mouvement 5 étoiles", "Mouvement 5 étoiles", "Parti socialiste"]


def test_an_acronym_in_brackets_after_a_name_is_that_organisation_whatever_its_letters():
    from pipeline.coreference.names import bracketed_acronyms
    from pipeline.records import Entity

    text = "Selon le Centre national des ouragans (NHC), la tempête faiblit. Le NHC prévoit des pluies."
    def entity(name, cluster, label="ORG"):
        start = text.index(name) if name != "NHC" or cluster == 1 else text.rindex(name)
        return Entity("t", f"t:e{cluster}", start, start + len(name), name, label, name, cluster, None)
    merged = bracketed_acronyms([entity("Centre national des ouragans", 0), entity("NHC", 1), entity("NHC", 2)], text)
    assert [(e.cluster, e.canonical) for e in merged] == [(0, "Centre national des ouragans")] * 3


def test_the_index_prefers_a_resolved_mention():
    index = Coreference((Link(0, 11, "name", 0, "Jean Martin"), Link(30, 32, "pronoun", 0, "Jean Martin"),
                         Link(40, 55, "role", None, None)))
    assert index.canonical_at(30, 32) == "Jean Martin"
    assert index.at(41, 44).kind == "role" and index.canonical_at(41, 44) is None
    assert index.at(12, 20) is None


# -- chains: on the real model -----------------------------------------------------------------
@pytest.fixture(scope="module")
def resolve(fr_nlp):
    import pipeline

    nlp = pipeline.load(stages=["segmentation", "entities", "coreference"], nlp=fr_nlp)

    def run(text):
        doc = nlp(text, doc_id="t")
        assert doc.offset_errors() == []
        return {(m.text, m.kind): m.canonical for m in doc.mentions}, doc
    return run


CASES = [
    # apposition after the role, comma or not; the role keeps its holder for the article
    ("Le ministre de l'Économie, Bruno Lemaître, a reçu les syndicats. Plus tard, le ministre de l'Économie a "
     "promis une aide.", ("le ministre de l'Économie", "role"), "Bruno Lemaître"),
    ("La Première ministre Claire Dumont visite Lyon.", ("La Première ministre", "role"), "Claire Dumont"),
    # apposition before the role, then the role alone three sentences later
    ("Jean Martin, porte-parole de la préfecture, a confirmé la fermeture. La route est coupée. Les habitants "
     "attendent. Le porte-parole de la préfecture a ajouté que les travaux dureraient.",
     ("Le porte-parole de la préfecture", "role"), "Jean Martin"),
    # a role's complement is not its holder
    ("Le président Paul Girard est en voyage. Marc Petit, porte-parole du président, a démenti. Le porte-parole "
     "du président a précisé que rien n'était signé.", ("Le porte-parole du président", "role"), "Marc Petit"),
    # a definite description takes the person the article is about
    ("Le maire de Tulle, Bernard Combe, a été réélu dimanche. L'élu socialiste a promis de baisser les impôts.",
     ("L'élu socialiste", "role"), "Bernard Combe"),
    # pronouns by gender
    ("Marie Lefort a rencontré Paul Girard lundi. Elle a annoncé sa candidature.", ("Elle", "pronoun"),
     "Marie Lefort"),
    ("Marie Lefort a rencontré Paul Girard lundi. Selon elle, rien n'est fait. Il a refusé de répondre.",
     ("Il", "pronoun"), "Paul Girard"),
    # demonstratives: the person last named
    ("Paul Girard a salué Jacques Morel. Ce dernier a répondu sèchement.", ("Ce dernier", "pronoun"), "Jacques Morel"),
    # documents and services: their organisation
    ("Le Kremlin a réagi mardi. Le communiqué dénonce une provocation.", ("Le communiqué", "document"), "Kremlin"),
    ("Selon un sondage Ifop publié dimanche, 62 % des Français approuvent. Ce sondage a été réalisé en ligne.",
     ("Ce sondage", "document"), "Ifop"),
    # places
    ("Anne Hidalgo veut rénover Paris. La capitale comptera dix nouveaux parcs.", ("La capitale", "description"), "Paris"),
    # the role's own complement of names between it and its holder
    ("Le député Les Républicains (LR) de l'Ain Damien Abad a parlé. Il a critiqué le texte.",
     ("Le député", "role"), "Damien Abad"),
    # a feminine role prefers the woman over a man of unknown gender
    ("Marine Le Pen a perdu face à Emmanuel Macron. Depuis, la présidente du Front national se tait.",
     ("la présidente du Front national", "role"), "Marine Le Pen"),
    # a description with the words a person was introduced with ("édile" = "maire", "socialiste" = "PS"),
    # over a man named later; an epicene noun after "l'" says nothing of gender
    ("La maire PS de Rennes Nathalie Morin devance le candidat LREM Paul Girard et le dissident Marc Petit. "
     "La liste de l'édile socialiste arrive en tête.", ("l'édile socialiste", "role"), "Nathalie Morin"),
    # a group goes by its main party's name as well as its own, when the article names it
    ("Le groupe du FN doit justifier ses frais. Le groupe Europe des nations et des libertés a répondu lundi.",
     ("Le groupe du FN", "description"), "Europe des nations et des libertés"),
    # a poll without its institute is the article's poll, even when the institute is named only later
    ("Selon un sondage publié dimanche, Anne Morin est en tête. Cette enquête Elabe a été réalisée en ligne.",
     ("un sondage", "document"), "Elabe"),
    # a service of a role whose holder is named: the person
    ("Le Sénat a voté. Le texte sera retiré, a indiqué l'entourage du Premier ministre Paul Girard.",
     ("l'entourage du Premier ministre", "document"), "Paul Girard"),
    # a possessive document is the person's
    ("Édouard Philippe a parlé mardi. Sa déclaration de politique générale a duré une heure.",
     ("Sa déclaration de politique générale", "document"), "Édouard Philippe"),
    # "ce dernier" after an unnamed person is that person, named nobody
    ("La ministre Claire Martin a été interpellée par une jeune militante. Cette dernière lui a reproché son silence.",
     ("Cette dernière", "pronoun"), None),
    # a speaker does not describe himself in the third person, even when the parse hangs his name
    # on an adverbial ("Dans un livre publié chez X, son ami Y raconte que l'ancien ministre…")
    ("L'ex-président Paul Girard a quitté la politique. Dans une interview accordée à Paris Match, son vieil ami "
     "Jacques Morel assure que l'ancien chef de la gauche s'ennuie.", ("l'ancien chef de la gauche", "role"), "Paul Girard"),
    # a place or a company named before, even when the parse makes the next word a noun ("compte")
    ("La Chine a enregistré 3.000 nouveaux cas. Le pays compte désormais 80.000 malades.",
     ("Le pays", "description"), "Chine"),
    ("Sanofi a dégagé un bénéfice de 11 milliards d'euros. Le géant pharmaceutique emploie 100.000 salariés.",
     ("Le géant pharmaceutique", "description"), "Sanofi"),
    # a role between two names with commas is the one named after it
    ("Après Paul Girard, le chef du Parti radical, Jacques Morel, a été reçu à l'Élysée.",
     ("le chef du Parti radical", "role"), "Jacques Morel"),
    # a service names the organisation of its complement, not the one last named
    ("La chaîne Télé Nord a diffusé l'entretien. Le service de presse du Kremlin a ensuite publié un démenti.",
     ("Le service de presse du Kremlin", "document"), "Kremlin"),
    # a national government or ministry named by a common noun and a demonym is its country
    ("La Chine refuse tout dialogue. Le gouvernement chinois a convoqué l'ambassadeur.",
     ("Le gouvernement chinois", "description"), "Chine"),
    ("Le Japon a protesté lundi. Les autorités japonaises ont demandé des excuses.",
     ("Les autorités japonaises", "description"), "Japon"),
    # a gendered role in apposition outweighs an ambiguous first name ("Nicola" is a woman's name too),
    # and the name before the verb of a sentence the parse left without subject is its subject
    ("Paul Girard a quitté la réunion mardi. Les consultations se poursuivent.\n\nAvant Paul Girard, le chef "
     "du Parti radical, Nicola Bertini, était apparu optimiste à sa sortie. Il avait jugé possible un accord.",
     ("Il", "pronoun"), "Nicola Bertini"),
    # "les autorités" with no demonym: the one foreign country the article is about, never France, and
    # nobody when no country dominates
    ("Le Japon attend un cyclone. Au Japon, les écoles ferment. Les autorités ont ordonné l'évacuation.",
     ("Les autorités", "description"), "Japon"),
    ("La France attend un cyclone. En France, les écoles ferment. Les autorités ont ordonné l'évacuation.",
     ("Les autorités", "description"), None),
    ("Le Japon et la Corée du Sud attendent un cyclone. Les autorités ont ordonné l'évacuation.",
     ("Les autorités", "description"), None),
    # an indefinite description in the lead names the person introduced later with two of its words
    ("Une sénatrice écologiste du Vermont réclame une enquête. Le dossier inquiète.\n\nSelon Ellen Ward, "
     "sénatrice écologiste du Vermont, le rapport a été caché.", ("Une sénatrice écologiste du Vermont", "role"),
     "Ellen Ward"),
    # "le représentant" names a person only by apposition, never by salience
    ("Paul Girard a parlé lundi. Le représentant du ministère a ensuite refusé de commenter.",
     ("Le représentant du ministère", "role"), None),
    # a name right after "de" is the role's complement, not its holder; an organisation noun with a name after it
    ("Paul Girard a reçu Marc Petit, proche conseiller de Jacques Morel, lundi.", ("conseiller", "role"), None),
    ("Le Monde a publié le rapport. Il a été rédigé par l'organisation humanitaire Cesvi.",
     ("l'organisation humanitaire", "description"), "Cesvi"),
    # a place noun with a demonym is that country
    ("Les pèlerins voulaient gagner l'Ukraine par Kiev. Ils restent bloqués sur le territoire ukrainien.",
     ("le territoire ukrainien", "description"), "Ukraine"),
    # a definite outlet noun without a name is the medium last named
    ("Selon Mediapart, le maire a été payé deux fois. Le journal d'investigation publie les factures.",
     ("Le journal d'investigation", "description"), "Mediapart"),
    # a nickname of an institution, even in quote marks, when the article names it
    ("Le Conseil constitutionnel a rendu sa décision. Les \"Sages\" ont censuré trois articles.",
     ("Les \"Sages", "description"), "Conseil constitutionnel"),
    # a possessive document, plural too, is its owner's; an owned document needs its owner named
    ("Paul Girard a quitté le parti. Selon ses dires, il partira en juin.", ("ses dires", "document"), "Paul Girard"),
    ("Le Parisien a enquêté. Selon les informations du Parisien, le contrat est signé.",
     ("les informations du Parisien", "document"), "Le Parisien"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, mention, canonical", CASES)
def test_referring_mentions_name_their_entity(resolve, text, mention, canonical):
    found, _ = resolve(text)
    assert found.get(mention) == canonical, found


@pytest.mark.model
def test_impersonal_il_and_pronouns_inside_quotes_name_nobody(resolve):
    found, doc = resolve("Paul Girard est inquiet. Il faut agir, dit-on. « Il est trop tard », a répondu Marie Lefort.")
    assert ("Il", "pronoun") not in found
    assert [m.text for m in doc.mentions if m.kind == "pronoun"] == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Paul Girard a reçu son homologue lundi. Il a été convenu d'organiser un sommet en mars.",
    "Paul Girard a reçu son homologue lundi. Il est prévu que les deux pays signent un accord.",
    "Paul Girard a reçu son homologue lundi. Il lui a été reproché de ne pas avoir prévenu Berlin.",
    "Paul Girard commente l'actualité. Il est 8h15 ce mardi lorsque le député arrive au studio.",
])
def test_an_impersonal_passive_il_names_nobody(resolve, text):
    found, _ = resolve(text)
    assert ("Il", "pronoun") not in found, found


@pytest.mark.model
def test_a_pronoun_repeating_a_questions_noun_subject_names_no_person(resolve):
    found, _ = resolve("Lin Wei étudie à Boston. Mais l'Amérique conservera-t-elle son pouvoir d'attraction ?")
    assert ("elle", "pronoun") not in found, found


@pytest.mark.model
def test_a_relative_lequel_after_a_preposition_names_no_person(resolve):
    found, _ = resolve("Paul Girard a visité le bureau. C'est une petite pièce dans laquelle tout le monde travaille.")
    assert ("laquelle", "pronoun") not in found, found


@pytest.mark.model
def test_an_active_il_before_que_is_a_person(resolve):
    found, _ = resolve("Paul Girard a reçu son homologue lundi. Il a dit que rien n'était signé.")
    assert found.get(("Il", "pronoun")) == "Paul Girard"


@pytest.mark.model
def test_a_share_of_respondents_speaks_for_the_polls_institute(full_pipeline):
    doc = full_pipeline("Selon un sondage Elabe publié mardi, le maire sortant est en tête. 62 % des Français "
                        "estiment que la réforme est injuste.", doc_id="t")
    speakers = {q.speaker: q.speaker_canonical for q in doc.quotes}
    assert speakers.get("62 % des Français") == "Elabe", speakers


@pytest.mark.model
def test_an_outlet_noun_names_no_medium_when_a_name_follows(resolve):
    found, _ = resolve("Selon Mediapart, le maire a été payé. L'agence de presse officielle Irna a démenti.")
    assert found.get(("L'agence de presse officielle Irna", "description")) is None


@pytest.mark.model
def test_an_impersonal_il_is_no_fact_subject(full_pipeline):
    doc = full_pipeline("Marc Petit a rencontré Paul Girard lundi à Minsk. Il a été convenu d'organiser une "
                        "rencontre à Moscou.", doc_id="t")
    convened = [f for f in doc.facts if f.text.startswith("Il a été convenu")]
    assert convened and all(f.subject_canonical is None for f in convened), doc.facts


@pytest.mark.model
def test_an_indefinite_role_names_nobody(resolve):
    found, _ = resolve("Paul Girard a parlé lundi. Un conseiller ministériel a démenti.")
    assert found.get(("Un conseiller ministériel", "role")) is None


@pytest.mark.model
def test_names_are_mentions_with_their_entity_cluster(resolve):
    _, doc = resolve("Le Rassemblement national (RN) progresse. Le RN vise 30 %.")
    names = [(m.text, m.canonical) for m in doc.mentions if m.kind == "name"]
    assert names == [("Rassemblement national", "Rassemblement national"), ("RN", "Rassemblement national"),
                     ("RN", "Rassemblement national")]
    assert len({m.cluster for m in doc.mentions if m.kind == "name"}) == 1


@pytest.mark.model
def test_quote_speakers_and_fact_subjects_read_the_same_clusters(full_pipeline):
    doc = full_pipeline(
        "Le ministre de l'Intérieur, Paul Girard, a visité Lille. « Nous tiendrons bon », a déclaré le ministre "
        "de l'Intérieur. L'ancien préfet a obtenu 41 % des voix au premier tour.", doc_id="t")
    assert [q.speaker_canonical for q in doc.quotes] == ["Paul Girard"]
    assert doc.offset_errors() == []


@pytest.mark.model
def test_a_name_glued_to_the_speaker_phrase_names_it(full_pipeline):
    doc = full_pipeline("Selon le quotidien Le Parisien, le projet est abandonné.", doc_id="t")
    assert [(q.speaker, q.speaker_canonical) for q in doc.quotes] == [("le quotidien Le Parisien", "Le Parisien")]




@pytest.mark.model
def test_groups_and_impersonal_inversions_name_nobody(resolve):
    found, _ = resolve("Paul Girard a parlé. Les députés ont voté, semble-t-il, contre le texte.")
    assert not any(kind == "pronoun" or text == "Les députés" for text, kind in found)


@pytest.mark.model
def test_names_inside_a_referring_phrase_are_mentions_too(resolve):
    found, _ = resolve("Le candidat LREM Paul Girard a parlé. Le groupe du FN a protesté.")
    assert found.get(("LREM", "name")) == "LREM" and found.get(("FN", "name")) == "FN", found


@pytest.mark.model
def test_an_office_names_its_holder_on_the_articles_date_when_the_article_names_them(fr_nlp):
    import pipeline

    nlp = pipeline.load(stages=["segmentation", "entities", "coreference"], nlp=fr_nlp)
    text = ("La popularité d'Emmanuel Macron et d'Édouard Philippe progresse. Le chef de l'État gagne "
            "6 points. Le Premier ministre en gagne quatre.")
    found = {(m.text, m.kind): m.canonical for m in nlp(text, doc_id="t", date="2019-07-02").mentions}
    assert found[("Le chef de l'État", "role")] == "Emmanuel Macron", found
    assert found[("Le Premier ministre", "role")] == "Édouard Philippe", found
    # a former holder is the one before, never the one in office
    text = ("Emmanuel Macron a reçu François Hollande. L'ancien chef de l'État a critiqué la réforme.")
    found = {(m.text, m.kind): m.canonical for m in nlp(text, doc_id="t", date="2019-07-02").mentions}
    assert found[("L'ancien chef de l'État", "role")] == "François Hollande", found
    # an apposition gives the office to someone else: it wins over the calendar
    text = "Le président biélorusse Alexandre Loukachenko a été réélu. Le chef de l'État a remercié ses électeurs."
    found = {(m.text, m.kind): m.canonical for m in nlp(text, doc_id="t", date="2020-08-10").mentions}
    assert found.get(("Le chef de l'État", "role")) == "Alexandre Loukachenko", found
