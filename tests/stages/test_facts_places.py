"""Whose count of people it is in international news: the place of the event, a demonym's country,
the article's main place (`pipeline.claims.places`). Invented sentences in the style of the corpus."""
import pytest

pytestmark = pytest.mark.model


def quantity(doc, text):
    found = [f for f in doc.facts if f.kind == "quantity" and text in f.text]
    assert len(found) == 1, [f.text for f in doc.facts]
    return found[0]


def test_casualties_caused_by_an_event_are_the_place_of_the_event(full_pipeline):
    doc = full_pipeline("Une embuscade contre une patrouille a blessé quatre soldats mardi au Niger.",
                        doc_id="t", date="2021-03-01")
    assert quantity(doc, "quatre soldats").subject_canonical == "Niger"


def test_a_count_of_people_without_holder_is_the_place_its_clause_names(full_pipeline):
    doc = full_pipeline("Dans le sud du Pérou, 45 personnes ont été enlevées lundi par des hommes armés.",
                        doc_id="t", date="2021-03-01")
    assert quantity(doc, "45 personnes").subject_canonical == "Pérou"


def test_without_a_place_in_the_sentence_the_count_is_the_articles_main_place(full_pipeline):
    text = ("Tentative de putsch au Venezuela. Le Venezuela a connu une nuit agitée. Près de 800 militaires ont été "
            "arrêtés samedi. Le Venezuela reste sous tension, selon Caracas.")
    doc = full_pipeline(text, doc_id="t", date="2021-03-01")
    assert quantity(doc, "800 militaires").subject_canonical == "Venezuela"


def test_a_place_in_a_clause_of_its_own_is_another_events(full_pipeline):
    doc = full_pipeline("Au Soudan, 20.000 personnes ont fui les combats et d'autres sont parties au Tchad voisin.",
                        doc_id="t", date="2021-03-01")
    assert quantity(doc, "20.000 personnes").subject_canonical == "Soudan"


def test_a_subject_that_holds_the_people_keeps_them(full_pipeline):
    doc = full_pipeline("A Lyon, le lycée Saint-Exupéry accueille 900 élèves.", doc_id="t", date="2021-03-01")
    assert quantity(doc, "900 élèves").subject_canonical != "Lyon"


def test_a_demonym_in_a_count_of_people_names_its_country(full_pipeline):
    doc = full_pipeline("Le nouveau gouvernement a obtenu la confiance des 245 députés tunisiens présents. "
                        "Jeudi, des milliers d'Algériens ont manifesté.", doc_id="t", date="2021-03-01")
    assert quantity(doc, "245 députés").subject_canonical == "Tunisie"
    found = quantity(doc, "des milliers")
    assert (found.value, found.subject_canonical) == (1000, "Algérie")


def test_a_demonym_on_a_thing_does_not_take_it_from_its_owner(full_pipeline):
    doc = full_pipeline("Selon la presse, Jean Dupont avait deux passeports libanais.", doc_id="t", date="2021-03-01")
    assert quantity(doc, "deux passeports").subject_canonical != "Liban"


def test_a_share_of_a_people_polled_is_not_their_country(full_pipeline):
    doc = full_pipeline("Selon un sondage Ifop, 62 % des Italiens approuvent la réforme du président.",
                        doc_id="t", date="2021-03-01")
    assert quantity(doc, "62 %").subject_canonical != "Italie"


def test_a_number_after_avec_is_the_name_before_it_or_the_one_its_apposition_describes(full_pipeline):
    doc = full_pipeline("La Catalogne, région la plus touchée avec 700 morts, reste confinée. L'Inde est en tête, "
                        "suivie par le Mexique avec 8.000 morts. Il s'est imposé à Lyon avec 52 % des voix.",
                        doc_id="t", date="2021-03-01")
    assert quantity(doc, "700 morts").subject_canonical == "Catalogne"
    assert quantity(doc, "8.000 morts").subject_canonical == "Mexique"
    assert quantity(doc, "52 %").subject_canonical != "Lyon"


def test_a_relative_after_a_place_is_that_places_event(full_pipeline):
    doc = full_pipeline("L'attaque s'est produite deux mois après celle de Kaboul qui avait fait 40 morts.",
                        doc_id="t", date="2021-03-01")
    assert quantity(doc, "40 morts").subject_canonical == "Kaboul"


def test_a_group_word_after_counted_people_is_their_group(full_pipeline):
    doc = full_pipeline("Le gouvernement a accepté la libération de 300 prisonniers talibans.", doc_id="t", date="2021-03-01")
    assert quantity(doc, "300 prisonniers").subject_canonical == "talibans"


def test_a_demonym_on_the_owner_of_counted_people_names_its_country(full_pipeline):
    doc = full_pipeline("Plus de 90 membres des forces de sécurité nigérianes ont perdu la vie dans ces violences.",
                        doc_id="t", date="2021-03-01")
    assert quantity(doc, "90 membres").subject_canonical in ("Nigeria", "Nigéria")


def test_a_participial_phrase_describes_the_person_before_it(full_pipeline):
    doc = full_pipeline("La cérémonie précède l'investiture du président Marc Obiang (79 ans) au pouvoir depuis 1990, "
                        "réélu pour un sixième mandat avec 68,5% des votes.", doc_id="t", date="2021-03-01")
    assert quantity(doc, "68,5%").subject_canonical == "Marc Obiang"


def test_there_is_a_count_in_a_place(full_pipeline):
    doc = full_pipeline("Selon l'institut, il y a eu près de 1.800 nouveaux départs de feu en deux jours dans "
                        "l'ensemble du Portugal.", doc_id="t", date="2021-03-01")
    assert quantity(doc, "1.800").subject_canonical == "Portugal"


def test_a_national_noun_with_a_demonym_is_its_country_but_not_any_noun(full_pipeline):
    doc = full_pipeline("Le PIB japonais a reculé de 2 % au premier trimestre. Une vaste assemblée afghane, formée "
                        "de milliers de notables, a voté.", doc_id="t", date="2021-03-01")
    assert quantity(doc, "2 %").subject_canonical == "Japon"
    assert quantity(doc, "milliers de notables").subject_canonical != "Afghanistan"


def test_le_pays_said_as_where_is_the_articles_country(full_pipeline):
    doc = full_pipeline("Au Brésil, la saison est sèche. D'après l'institut, 60.000 feux de forêt ont été enregistrés "
                        "dans le pays depuis janvier.", doc_id="t", date="2021-03-01")
    assert quantity(doc, "60.000 feux").subject_canonical == "Brésil"
