"""Facts stage on the real model: the seed gold, offsets, sources and times with and without peers."""
import dataclasses

import pytest

import pipeline
from pipeline.claims.descriptions import bare, description_name
from pipeline.document import Document
from pipeline.records import DateMention, Quote
from pipeline.stages.facts import FactExtractor

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def facts_pipeline(fr_nlp):
    """Segmentation, entities and facts only: the stage must work without quotes and dates."""
    return pipeline.load(stages=["segmentation", "entities", "facts"], nlp=fr_nlp)


@pytest.fixture(scope="module")
def extractor(fr_nlp):
    return FactExtractor(fr_nlp)


def overlaps(a, b) -> bool:
    return a.start < b["end"] and b["start"] < a.end


def check_seed(doc, gold):
    assert doc.offset_errors() == []
    assert all(doc.text[f.start:f.end] == f.text for f in doc.facts)
    percent = [f for f in doc.facts if f.value == 80.1 and f.unit == "percent"]
    assert len(percent) == 1
    fact = percent[0]
    assert (fact.subject_canonical, fact.of, fact.predicate) == ("Alexandre Loukachenko", "voix", "remporter")
    assert "Commission électorale centrale" in fact.source_canonical
    others = [g for g in gold["facts"] if g["kind"] != "quantity"]
    assert all(any(overlaps(f, g) for f in doc.facts) for g in others)


def test_seed_without_quotes_and_dates(facts_pipeline, seed_text, seed_gold):
    check_seed(facts_pipeline(seed_text, doc_id="seed", date="2020-08-30"), seed_gold)


def test_seed_with_every_available_stage(seed_doc, seed_gold):
    check_seed(seed_doc, seed_gold)


def test_ids_kinds_and_sentences(facts_pipeline, seed_text):
    doc = facts_pipeline(seed_text, doc_id="seed", date="2020-08-30")
    assert [f.id for f in doc.facts] == [f"seed:f{i}" for i in range(len(doc.facts))]
    assert {f.kind for f in doc.facts} <= {"quantity", "event", "statement"}
    assert all(f.sentence == doc.sentence_id_at(f.start) for f in doc.facts)


def one_quantity(nlp, text):
    doc = nlp(text, doc_id="t", date="2021-03-01")
    quantities = [f for f in doc.facts if f.kind == "quantity"]
    assert len(quantities) == 1, quantities
    return quantities[0]


def test_reporting_verb_gives_the_source(facts_pipeline):
    fact = one_quantity(facts_pipeline, "Le taux de chômage a atteint 8,1% au deuxième trimestre, a indiqué l'Insee.")
    assert (fact.value, fact.unit) == (8.1, "percent")
    assert fact.source is not None and "Insee" in fact.source


def test_conditional_is_hedged_and_money_is_normalised(facts_pipeline):
    fact = one_quantity(facts_pipeline, "Le gouvernement aurait dépensé plus de 3 milliards d'euros.")
    assert (fact.value, fact.unit, fact.bound, fact.hedged) == (3000000000, "EUR", "over", True)
    assert fact.subject == "Le gouvernement"


def test_negation(facts_pipeline):
    fact = one_quantity(facts_pipeline, "Le candidat n'a pas obtenu 10% des voix.")
    assert fact.negated and fact.value == 10


def test_reference_to_a_known_set_is_not_a_count(facts_pipeline):
    doc = facts_pipeline("Les deux chefs d'État se sont parlé.", doc_id="t")
    assert [f for f in doc.facts if f.kind == "quantity"] == []


def test_quote_speaker_and_date_value_are_used_when_present(fr_nlp, extractor):
    text = "Selon lui, le parti a recueilli 12% des voix le 9 août."
    doc = Document(text, doc_id="t", date="2020-08-30")
    for stage in pipeline.load(stages=["segmentation", "entities"], nlp=fr_nlp).stages:
        stage(doc)
    start = text.index("le parti")
    doc.quotes = [Quote(doc_id="t", id="t:q0", kind="according_to", start=start, end=len(text) - 1,
                        text=text[start:-1], speaker="lui", speaker_start=6, speaker_end=9,
                        speaker_canonical="Jean Dupont", cue="Selon", cue_lemma="selon")]
    day = text.index("9 août")
    doc.dates = [DateMention(doc_id="t", id="t:d0", start=day, end=day + 6, text="9 août", type="DATE", value="2020-08-09")]
    fact = one_fact(extractor(doc))
    assert (fact.source_canonical, fact.time, fact.value) == ("Jean Dupont", "2020-08-09", 12)


def one_fact(doc):
    quantities = [f for f in doc.facts if f.kind == "quantity"]
    assert len(quantities) == 1
    return quantities[0]


def test_score_in_brackets_belongs_to_the_name_before(facts_pipeline):
    doc = facts_pipeline("A Paris, Rachida Dati (LR, 22,7%) est arrivée derrière Anne Hidalgo (PS, 29,3%).", doc_id="t")
    holders = {f.value: f.subject for f in doc.facts if f.unit == "percent"}
    assert holders == {22.7: "Rachida Dati", 29.3: "Anne Hidalgo"}


def test_scores_in_a_list_belong_to_the_name_before_their_bracketed_label(facts_pipeline):
    doc = facts_pipeline("Bruno Gilles, dissident LR, recueille 6,2%, Samia Ghali (DVG) 2,7% et Yvon Berland "
                         "(LREM-UDI) 1,6%.", doc_id="t")
    holders = {f.value: f.subject_canonical for f in doc.facts if f.unit == "percent"}
    assert holders == {6.2: "Bruno Gilles", 2.7: "Samia Ghali", 1.6: "Yvon Berland"}


def test_score_after_contre_belongs_to_the_name_after_pour(facts_pipeline):
    doc = facts_pipeline("Anne Hidalgo a obtenu 29,3% des voix contre 22,7% pour Rachida Dati.", doc_id="t")
    holders = {f.value: f.subject_canonical for f in doc.facts if f.unit == "percent"}
    assert holders == {29.3: "Anne Hidalgo", 22.7: "Rachida Dati"}


def test_election_result_takes_the_date_of_the_election(fr_nlp, extractor, seed_text):
    doc = Document(seed_text, doc_id="seed", date="2020-08-30")
    for stage in pipeline.load(stages=["segmentation", "entities"], nlp=fr_nlp).stages:
        stage(doc)
    day = seed_text.index("9 août")
    doc.dates = [DateMention(doc_id="seed", id="seed:d0", start=day, end=day + 6, text="9 août", type="DATE",
                             value="2020-08-09")]
    fact = next(f for f in extractor(doc).facts if f.value == 80.1)
    assert fact.time == "2020-08-09"


def test_range_fills_value_max(facts_pipeline):
    doc = facts_pipeline("Selon un sondage Ifop, Marine Le Pen obtiendrait entre 20 et 22 % des voix.", doc_id="t")
    fact = one_fact(doc)
    assert (fact.value, fact.value_max, fact.unit, fact.bound, fact.of) == (20, 22, "percent", "between", "voix")
    assert fact.subject_canonical == "Marine Le Pen" and fact.source_canonical == "Ifop"


def test_scaled_range_of_money(facts_pipeline):
    fact = one_quantity(facts_pipeline, "Le gouvernement a prévu de 3 à 5 millions d'euros pour ce plan.")
    assert (fact.value, fact.value_max, fact.unit) == (3000000, 5000000, "EUR")


def test_pronoun_subject_is_the_person_named_before(facts_pipeline):
    doc = facts_pipeline("Jean Lassalle a annoncé sa candidature. Il est crédité d'1% des intentions de vote.", doc_id="t")
    fact = one_fact(doc)
    assert (fact.value, fact.subject, fact.subject_canonical) == (1, "Il", "Jean Lassalle")


def test_pronoun_agrees_in_gender(facts_pipeline):
    doc = facts_pipeline("Anne Hidalgo et Emmanuel Macron débattent. S'il fait 25 %, il sera qualifié.", doc_id="t")
    assert one_fact(doc).subject_canonical == "Emmanuel Macron"


def test_title_gives_the_person_named_beside_it(facts_pipeline):
    doc = facts_pipeline("La présidente Les Républicains de la région, Valérie Pécresse, est créditée de 38 % des voix.",
                         doc_id="t")
    assert one_fact(doc).subject_canonical == "Valérie Pécresse"


def test_score_opening_the_clause_belongs_to_its_subject(facts_pipeline):
    doc = facts_pipeline("Jean Lassalle est candidat. Avec 6 %, il est loin derrière Emmanuel Macron.", doc_id="t")
    assert one_fact(doc).subject_canonical == "Jean Lassalle"


def test_list_of_scores(facts_pipeline):
    doc = facts_pipeline("Marine Le Pen obtient 20 % des voix, Eric Zemmour de 13 à 15 % et Yannick Jadot 7 %.", doc_id="t")
    holders = {f.value: f.subject_canonical for f in doc.facts if f.unit == "percent"}
    assert holders == {20: "Marine Le Pen", 13: "Eric Zemmour", 7: "Yannick Jadot"}
    assert all(doc.text[f.start:f.end] == f.text for f in doc.facts)


def test_object_of_a_reporting_verb_is_not_a_report(facts_pipeline):
    fact = one_quantity(facts_pipeline, "La loi de finances prévoit 5,5 milliards d'euros pour ce dispositif.")
    assert fact.source is None and fact.subject == "La loi de finances"


def test_infinitive_adjunct_shares_the_main_subject(facts_pipeline):
    doc = facts_pipeline("Édouard Philippe semble disposer d'une avance après avoir récolté 43,6% des voix.", doc_id="t")
    assert one_fact(doc).subject_canonical == "Édouard Philippe"


@pytest.fixture(scope="module")
def all_stages(fr_nlp):
    return pipeline.load(nlp=fr_nlp)


def quantity(doc, text):
    found = [f for f in doc.facts if f.kind == "quantity" and f.text.startswith(text)]
    assert len(found) == 1, [f.text for f in doc.facts]
    return found[0]


def test_subject_and_source_spans_are_the_words_that_hold_them(all_stages, seed_text):
    doc = all_stages(seed_text, doc_id="seed", date="2020-08-30")
    for f in doc.facts:
        for role in ("subject", "source"):
            start, end = getattr(f, f"{role}_start"), getattr(f, f"{role}_end")
            assert (start is None) == (end is None)
            if start is not None and getattr(f, role) is not None:
                assert doc.text[start:end] == getattr(f, role)


def test_poll_shares_are_the_institutes_and_about_what_is_judged(all_stages):
    text = ("Le sondage de la semaine. Selon une enquête Odoxa publiée mardi, 64 % des Français estiment que "
            "Jean Castex est un bon Premier ministre. Ils sont 58 % à juger sa politique efficace.")
    doc = all_stages(text, doc_id="t", date="2020-10-06")
    share = quantity(doc, "64 %")
    assert (share.of, share.source_canonical, share.subject_canonical) == ("Français", "Odoxa", "Jean Castex")
    assert quantity(doc, "58 %").source_canonical == "Odoxa"  # no "selon" of its own: the article's poll


def test_poll_institute_named_only_at_the_end(all_stages):
    text = ("Valérie Pécresse progresse. La candidate recueille 17 % des intentions de vote, contre 14 % pour "
            "Xavier Bertrand. Cette enquête Ifop a été réalisée en ligne.")
    doc = all_stages(text, doc_id="t", date="2021-10-06")
    assert quantity(doc, "17 %").source_canonical == "Ifop"
    assert quantity(doc, "14 %").subject_canonical == "Xavier Bertrand"


def test_an_office_names_the_person_given_it_never_the_nearest_one(all_stages):
    text = ("Le président Emmanuel Macron a reçu Jean Castex à l'Élysée. "
            "La cote de popularité du chef de l'État a reculé de 3 points.")
    fact = quantity(all_stages(text, doc_id="t", date="2020-10-06"), "3 points")
    assert fact.subject_canonical == "Emmanuel Macron"


def test_a_pronoun_source_is_resolved_or_left_empty(all_stages):
    text = "Marc Dupont était à Lyon. Selon lui, 300 manifestants ont défilé. Selon eux, 500 personnes étaient là."
    doc = all_stages(text, doc_id="t", date="2020-10-06")
    assert quantity(doc, "300").source_canonical == "Marc Dupont"
    assert quantity(doc, "500").source_canonical is None


def test_members_counted_belong_to_their_party(all_stages):
    doc = all_stages("Depuis janvier, sept députés ont quitté Les Républicains.", doc_id="t", date="2020-10-06")
    assert quantity(doc, "sept").subject_canonical == "Les Républicains"


def test_an_ordinal_rank_is_no_fact(all_stages):
    doc = all_stages("Le candidat écologiste est arrivé en troisième position.", doc_id="t", date="2020-10-06")
    assert [f for f in doc.facts if f.kind == "quantity"] == []


def test_a_quoted_number_is_its_speakers(all_stages):
    text = 'Le maire de Lille, Paul Martin, réclame depuis des mois "200 policiers supplémentaires" pour sa ville.'
    fact = quantity(all_stages(text, doc_id="t", date="2020-10-06"), "200 policiers")
    assert fact.source_canonical == "Paul Martin"


def test_a_list_score_is_its_leaders_and_a_share_given_to_it_too(all_stages):
    text = ("Selon un sondage Ifop, 31 % des suffrages reviendraient à la liste socialiste emmenée par Nathalie Morin. "
            "Avec 18 %, la troisième position irait à la liste écologiste dirigée par Paul Girard.")
    doc = all_stages(text, doc_id="t", date="2020-10-06")
    assert quantity(doc, "31 %").subject_canonical == "Nathalie Morin"
    assert quantity(doc, "18 %").subject_canonical == "Paul Girard"


def test_a_noun_phrase_names_whose_number_it_is(all_stages):
    text = ("Le ministre n'a pas signé le prêt de 2 milliards d'euros demandé par Airbus. "
            "Le gouvernement prépare une baisse de 5 euros des allocations. "
            "Jeudi, 800 manifestants recensés par la préfecture ont défilé.")
    doc = all_stages(text, doc_id="t", date="2020-10-06")
    assert quantity(doc, "2 milliards").subject_canonical == "Airbus"
    assert quantity(doc, "5 euros").subject == "allocations"
    assert quantity(doc, "800 manifestants").subject_canonical != "préfecture"  # an estimate's agent is its source


def test_a_polls_sample_and_margin_are_the_polls(all_stages):
    text = ("Selon un sondage Elabe publié jeudi, 41 % des personnes interrogées approuvent Paul Girard. "
            "L'enquête, menée en ligne, porte sur un échantillon de 1.002 personnes. Sa marge d'erreur va de 1,5 à 3 points.")
    doc = all_stages(text, doc_id="t", date="2020-10-06")
    sample = quantity(doc, "1.002 personnes")
    assert (sample.subject, sample.source_canonical) == ("L'enquête", "Elabe")
    assert quantity(doc, "1,5 à 3 points").subject == "L'enquête"
    assert quantity(doc, "41 %").subject != "L'enquête"  # a finding, not the sample


def test_members_counted_among_others_belong_to_their_party(all_stages):
    text = ("Selon Le Parisien, 60 députés Les Républicains siègent à l'Assemblée nationale et une trentaine "
            "d'entre eux soutiennent le texte.")
    doc = all_stages(text, doc_id="t", date="2020-10-06")
    assert quantity(doc, "une trentaine").subject_canonical == "Les Républicains"


def test_turnout_is_the_elections_and_a_score_beside_it_stays_its_holders(all_stages):
    text = ("Le second tour des municipales a lieu dimanche. À midi, la participation atteignait 21 %. "
            "Paul Girard a obtenu 58 % des voix, avec une participation de 44 %.")
    doc = all_stages(text, doc_id="t", date="2020-06-28")
    turnout = quantity(doc, "21 %")
    assert (turnout.subject, turnout.of) == ("municipales", "participation")
    assert quantity(doc, "58 %").subject_canonical == "Paul Girard"


def test_a_quotes_je_is_its_speaker_and_its_nous_the_speakers_party(all_stages):
    text = ('Le maire LR de Lyon, Paul Martin, a déclaré : "J\'ai obtenu 60 % des voix." '
            '"Nous sommes passés de 30 % des voix à 8 %", a regretté Paul Martin.')
    doc = all_stages(text, doc_id="t", date="2020-10-06")
    assert quantity(doc, "60 %").subject_canonical == "Paul Martin"
    assert quantity(doc, "8 %").subject_canonical == "LR"


def test_a_score_opening_the_sentence_before_a_poll_that_places_a_list(all_stages):
    text = ("Selon un sondage Ifop, Anne Morin est en tête. En troisième place avec 12 % des voix, le sondage place "
            "une liste LR conduite par Paul Girard.")
    doc = all_stages(text, doc_id="t", date="2020-10-06")
    fact = quantity(doc, "12 %")
    assert (fact.subject_canonical, fact.source_canonical) == ("Paul Girard", "Ifop")


def test_an_object_control_verb_gives_its_infinitive_its_subject(all_stages):
    text = "La Commission a laissé une dernière chance au Parti socialiste pour justifier 80.000 euros de frais."
    doc = all_stages(text, doc_id="t", date="2020-10-06")
    assert quantity(doc, "80.000 euros").subject_canonical == "Parti socialiste"


def test_a_rate_is_no_time(all_stages):
    doc = all_stages("Chaque année, le parti reçoit 50.000 euros de l'État.", doc_id="t", date="2020-10-06")
    assert [d.type for d in doc.dates] == ["SET"]
    assert quantity(doc, "50.000 euros").time is None


def test_a_judges_inquiry_is_no_poll_and_holds_what_it_targets(all_stages):
    text = ("La Cour des comptes a saisi le parquet. L'enquête vise 17 sénateurs et les salaires "
            "d'une trentaine d'assistants.")
    doc = all_stages(text, doc_id="t", date="2020-10-06")
    fact = quantity(doc, "17 sénateurs")
    assert (fact.subject, fact.subject_canonical, fact.source) == ("L'enquête", "enquête", None)


def test_a_subject_naming_no_entity_is_given_as_its_short_noun_phrase(all_stages):
    text = 'Selon un sondage Elabe, une liste "citoyenne" recueillerait 9 % des intentions de vote.'
    doc = all_stages(text, doc_id="t", date="2020-10-06")
    fact = quantity(doc, "9 %")
    assert (fact.subject, fact.subject_canonical) == ('une liste "citoyenne"', "liste citoyenne")


def test_polled_people_judge_the_person_a_description_names(all_stages):
    text = ("Emmanuel Macron a reçu les syndicats. Selon un sondage Odoxa, 75 % des Français trouvent que "
            "la formule s'applique bien au pensionnaire de l'Élysée.")
    doc = all_stages(text, doc_id="t", date="2019-07-01")
    assert quantity(doc, "75 %").subject_canonical == "Emmanuel Macron"


@pytest.mark.parametrize("phrase, expected", [
    ('une liste "gilets jaunes"', "liste gilets jaunes"),
    ("L'enquête", "enquête"),
    ("la Commission électorale centrale", "Commission électorale centrale"),
    ("leur  alliance", "alliance"),
    ("la « réforme des retraites »", "réforme des retraites"),
])
def test_bare_phrases_lose_their_determiner_and_quote_marks(phrase, expected):
    assert bare(phrase) == expected


def test_a_bracketed_score_after_a_thing_is_the_things(all_stages):
    text = ("Selon un sondage Odoxa, les sondés reprochent à Paul Girard la suppression de la CSG (58 %), loin "
            "devant la hausse des loyers (31 %). Les sympathisants LR (29 %) et les retraités (45 %) le jugent "
            "sévèrement, dans une moindre mesure (12 %).")
    doc = all_stages(text, doc_id="t", date="2020-10-06")
    assert quantity(doc, "58 %").subject == "la suppression de la CSG"
    assert quantity(doc, "31 %").subject == "la hausse des loyers"
    for text in ("29 %", "45 %", "12 %"):
        assert quantity(doc, text).subject not in ("les retraités", "une moindre mesure")


def test_an_example_of_the_subject_is_not_its_holder(all_stages):
    text = ("Le Sénat a rappelé que les sénateurs centristes tels que Paul Girard se voient allouer "
            "chaque mois une enveloppe de 7.000 euros.")
    doc = all_stages(text, doc_id="t", date="2020-10-06")
    assert quantity(doc, "7.000 euros").subject_canonical != "Paul Girard"


def test_a_number_after_a_demonstrative_takes_up_the_earlier_ones_subject(all_stages):
    text = ('"La redevance va baisser pour 70 % des ménages, mais pour ces 70 % cela se fera en deux étapes", '
            'a expliqué Paul Girard.')
    doc = all_stages(text, doc_id="t", date="2020-10-06")
    first, second = [f for f in doc.facts if f.kind == "quantity" and f.value == 70]
    assert first.subject_canonical == second.subject_canonical == "redevance"
    assert doc.text[second.subject_start:second.subject_end] == second.subject


def test_counted_people_belong_where_they_come_from(all_stages):
    text = "Le groupe RDSE compte 24 sénateurs, près de la moitié issus du Parti socialiste."
    doc = all_stages(text, doc_id="t", date="2020-10-06")
    assert quantity(doc, "près de la moitié").subject_canonical == "Parti socialiste"


@pytest.mark.parametrize("text, words, head, at, expected", [
    ("Il est visé par l'affaire Bygmalion. Quatorze protagonistes de l'affaire", "l'affaire", "affaire", 60,
     "affaire Bygmalion"),
    ('La liste complète comptera 79 candidats. Cette liste baptisée "Ralliement citoyen" (RIC)', "La liste complète",
     "liste", 0, "Ralliement citoyen"),
    ('Une liste "gilets jaunes" obtient 13 %. La liste', "La liste", "liste", 40, "liste gilets jaunes"),
    ("La réforme a été votée.", "La réforme", "réforme", 0, "réforme"),  # named nowhere: its own words
])
def test_a_definite_description_is_given_the_name_the_article_gives_it(text, words, head, at, expected):
    assert bare(description_name(text, (0, 0), words, head, words.split()[0] if " " in words else "l'", at)) == expected


def test_a_plural_pronoun_restating_a_predicate_takes_its_subject(all_stages):
    text = ("Paul Girard a promis que les dépenses reculeront de 12 milliards d'euros d'ici 2024. "
            "Elles reculeront d'environ 4 milliards d'euros en 2021, a annoncé le ministre.")
    doc = all_stages(text, doc_id="t", date="2020-10-06")
    fact = quantity(doc, "4 milliards")
    assert (fact.subject, fact.subject_canonical) == ("les dépenses", "dépenses")


def test_a_name_deep_in_a_pour_complement_holds_nothing(all_stages):
    text = ("L'enquête vise les salaires d'une trentaine d'assistants pour un dommage chiffré par la "
            "Cour des comptes. Au second tour, Anne Morin a obtenu 52 % contre 48 % pour la candidate LR Julie Petit.")
    doc = all_stages(text, doc_id="t", date="2020-10-06")
    assert quantity(doc, "une trentaine").subject_canonical != "Cour des comptes"
    assert quantity(doc, "48 %").subject_canonical == "Julie Petit"


def test_a_person_before_an_apposition_holds_what_the_parse_left_without_subject(all_stages):
    text = ("Radouane Lakdim, 25 ans, connu des services de renseignements, a tué quatre personnes et en a blessé "
            "une autre lors de trois attaques. Marine Le Pen, présidente du Rassemblement national, s'est contentée "
            "de deux tweets.")
    doc = all_stages(text, doc_id="t", date="2018-03-27")
    assert quantity(doc, "trois attaques").subject_canonical == "Radouane Lakdim"
    assert quantity(doc, "deux tweets").subject_canonical == "Marine Le Pen"


def test_a_since_date_after_a_change_dates_that_change_only(all_stages):
    text = ("Paul Girard recueille 42 % de bonnes opinions (-1 point depuis mars, -8 points depuis février) "
            "et 36 % des Français s'intéressent à cette élection (+4 points seulement depuis septembre).")
    doc = all_stages(text, doc_id="t", date="2016-04-30")
    times = {f.text: f.time for f in doc.facts if f.kind == "quantity"}
    assert times["-8 points"] == "2016-02" and times["4 points"] == "2015-09"
    assert times["42 % de bonnes"] is None and times["36 % des Français"] is None


def test_a_bracketed_score_after_a_measure_is_its_owners(all_stages):
    text = ("Paul Girard perd du terrain. Seuls les sympathisants PS ont toujours une bonne opinion de lui (56 %). "
            "Grâce à un taux de profit exorbitant (65 %), il aurait encaissé un million d'euros.")
    doc = all_stages(text, doc_id="t", date="2016-04-30")
    assert quantity(doc, "56 %").subject_canonical == "Paul Girard"
    assert quantity(doc, "65 %").subject != "un taux de profit exorbitant"


def test_a_clause_opened_by_ou_after_a_place_is_that_places(all_stages):
    text = ("L'onde de choc a continué de se propager samedi en France où plus de 23.000 manifestants ont dénoncé "
            "les violences policières.")
    doc = all_stages(text, doc_id="t", date="2020-06-08")
    assert quantity(doc, "plus de 23.000 manifestants").subject_canonical == "France"


def test_a_thing_the_parse_makes_a_reporting_verbs_subject_is_no_source(all_stages):
    text = ("Selon un sondage Odoxa, les sondés qui collent l'étiquette de \"ministre des patrons\" au chef du "
            "gouvernement lui reprochent la réforme des retraites (58 %), loin devant la hausse des loyers (31 %).")
    doc = all_stages(text, doc_id="t", date="2019-07-01")
    assert quantity(doc, "31 %").source_canonical == "Odoxa"


def test_an_outlet_description_as_source_is_the_medium_named(all_stages):
    text = ("Selon Mediapart, le sénateur a commandé du vin. Le devis mentionne des tarifs inférieurs à 100 euros "
            "par caisse, remarque le journal d'investigation.")
    doc = all_stages(text, doc_id="t", date="2019-07-01")
    fact = quantity(doc, "100 euros")
    assert (fact.source, fact.source_canonical) == ("le journal d'investigation", "Mediapart")


def test_bracketed_scores_after_times_units_and_a_persons_object(all_stages):
    text = ("Selon un sondage Ifop, Jean Castex recueille 57 % d'opinions favorables, au-dessus d'Édouard Philippe le "
            "mois dernier (54 %). Nicolas Sarkozy est celui qui incarne le mieux la droite (86 %). "
            "La liste du PS perd un point (5,5 %).")
    doc = all_stages(text, doc_id="t", date="2020-09-01")
    assert quantity(doc, "54 %").subject_canonical == "Édouard Philippe"
    assert quantity(doc, "86 %").subject != "la droite"
    assert quantity(doc, "5,5 %").subject != "un point"


def test_members_belong_to_the_party_their_own_phrase_names(all_stages):
    text = ("Les magistrates ont retenu l'emploi fictif de deux élus. Une tribune est signée par 60 parlementaires "
            "de la majorité et du MoDem. Le groupe compte 110 députés de toutes les tendances politiques.")
    doc = all_stages(text, doc_id="t", date="2020-09-01")
    assert quantity(doc, "60 parlementaires").subject_canonical == "MoDem"
    assert quantity(doc, "110 députés").subject != "toutes les tendances politiques"


def test_a_quoted_sentence_is_no_subject(all_stages):
    text = ('"C\'est le plan du sapeur Camember", a déploré Olivier Faure, interrogé sur le plan de 100 milliards '
            "d'euros.")
    doc = all_stages(text, doc_id="t", date="2020-09-01")
    assert quantity(doc, "100 milliards").subject is None or "sapeur" not in quantity(doc, "100 milliards").subject


def test_a_change_verbs_amount_is_about_its_object_not_its_agent(all_stages):
    text = ("Le candidat de l'UPR a dit vouloir remonter le budget de la Défense à 3 % du PIB. "
            "Le maire Paul Girard a réduit son salaire de 10 %. "
            "Manuel Valls remonte de 4 points, Martine Aubry de 3 points. "
            "La réforme va relever de 2.300 à 2.700 euros l'indemnité de trois conseillers délégués.")
    doc = all_stages(text, doc_id="t", date="2020-07-01")
    assert quantity(doc, "3 % du PIB").subject == "le budget de la Défense"
    assert quantity(doc, "10 %").subject_canonical == "Paul Girard"
    assert quantity(doc, "4 points").subject_canonical == "Manuel Valls"
    assert quantity(doc, "2.300 à 2.700 euros").subject == "l'indemnité"


def test_an_intent_verbs_subject_holds_the_number_of_its_infinitive(all_stages):
    text = ("Le gouvernement prévoit de recourir à 29 ordonnances. Olivier Véran a rappelé l'objectif du "
            "gouvernement de réaliser 700.000 tests par semaine.")
    doc = all_stages(text, doc_id="t", date="2020-07-01")
    assert quantity(doc, "29 ordonnances").subject == "Le gouvernement"
    assert quantity(doc, "700.000 tests").subject_canonical == "gouvernement"


def test_a_count_without_holder_is_its_places_and_a_restated_figures_change_too(all_stages):
    text = ("Fin 2019, 52.000 patients étaient suivis par les centres de soins en France, un chiffre en "
            "recul de 2,6 % en un an. Le président a reçu à l'Élysée une vingtaine d'élèves.")
    doc = all_stages(text, doc_id="t", date="2019-07-01")
    assert quantity(doc, "52.000 patients").subject_canonical == "France"
    assert quantity(doc, "2,6 %").subject_canonical == "France"
    assert quantity(doc, "une vingtaine d'élèves").subject_canonical != "Élysée"


def test_a_specificational_copula_gives_its_attribute(all_stages):
    text = ('Les thèmes les plus cités par les électeurs ont été les "retraites", '
            "pour 61 % d'entre eux.")
    doc = all_stages(text, doc_id="t", date="2019-07-01")
    assert quantity(doc, "61 %").subject_canonical == "retraites"
    doc = all_stages("La première préoccupation des électeurs est le pouvoir d'achat (45 %).", doc_id="t", date="2019-07-01")
    assert quantity(doc, "45 %").subject == "le pouvoir d'achat"


def test_a_comme_le_rapporte_clause_sources_the_sentence(all_stages):
    text = ("Comme le raconte L'Obs dans ses pages, Paul Girard a touché 412.000 euros. "
            "Jean-Luc Mélenchon apparaît comme le leader de la gauche (76 % des sympathisants).")
    doc = all_stages(text, doc_id="t", date="2020-07-01")
    assert quantity(doc, "412.000 euros").source_canonical == "L'Obs"
    assert quantity(doc, "76 %").source is None or "leader" not in quantity(doc, "76 %").source


def test_a_count_held_by_its_passive_subject_keeps_it(all_stages):
    text = ("Le projet de réforme voulu par Richard Ferrand et qui compte 42 articles est examiné depuis lundi "
            "à Paris.")
    doc = all_stages(text, doc_id="t", date="2019-05-29")
    assert quantity(doc, "42 articles").subject_canonical != "Paris"


def test_a_score_in_a_fronted_participle_is_the_main_clauses_person(all_stages):
    text = ("Arrivé en tête avec 29,8 % des voix, Jean Dupont affrontera Marie Martin au second tour. "
            "Crédité de 12 % des intentions de vote, le candidat écologiste Yannick Jadot progresse. "
            "Mais si le candidat concède un score de 10,8 %, Paul Girard formule des exigences.")
    doc = all_stages(text, doc_id="t", date="2020-07-01")
    assert quantity(doc, "29,8 %").subject_canonical == "Jean Dupont"
    assert quantity(doc, "12 %").subject_canonical == "Yannick Jadot"
    assert quantity(doc, "10,8 %").subject_canonical != "Paul Girard"


def test_polled_people_judge_the_thing_they_approve_or_the_one_they_trust(all_stages):
    text = ("Selon un sondage Ifop publié dimanche, 85 % des Français approuvent l'obligation de porter un masque. "
            "Huit Français sur dix ont une bonne opinion des maires. 67 % désapprouvent sa politique. "
            "Pour 73 % des Français, Marine Le Pen ne ferait pas une bonne présidente.")
    doc = all_stages(text, doc_id="t", date="2020-07-01")
    assert quantity(doc, "85 %").subject == "l'obligation"
    assert quantity(doc, "Huit Français sur dix").subject == "maires"
    assert quantity(doc, "67 %").subject != "sa politique"
    assert quantity(doc, "73 %").subject != "une bonne présidente"
