"""The dates stage: (text, expected) tables on a blank tokenizer (no tense), and the seed article."""
from __future__ import annotations

import datetime as dt

import pytest
import spacy

from pipeline.document import Document
from pipeline.stages.dates import DateNormalizer, normalize

NEWS_DATE = dt.date(2020, 8, 30)  # a Sunday


@pytest.fixture(scope="module")
def stage():
    return DateNormalizer(spacy.blank("fr"))


def run(stage, text: str, date=NEWS_DATE) -> Document:
    doc = stage(Document(text, doc_id="t", date=date))
    assert doc.offset_errors() == []
    return doc


@pytest.mark.parametrize("text, span, kind, value", [
    ("L'élection du 9 août a été contestée.", "9 août", "DATE", "2020-08-09"),
    ("Elle a parlé samedi 29 août.", "samedi 29 août", "DATE", "2020-08-29"),
    ("Il est né le 3 mars 2019.", "3 mars 2019", "DATE", "2019-03-03"),
    ("Les élections de 2020 approchent.", "2020", "DATE", "2020"),
    ("Il partira fin septembre.", "fin septembre", "DATE", "2020-09"),
    ("On se verra mi-mars.", "mi-mars", "DATE", "2020-03"),
    ("C'était l'an dernier.", "l'an dernier", "DATE", "2019"),
    ("Il est arrivé hier.", "hier", "DATE", "2020-08-29"),
    ("Il est venu lundi dernier.", "lundi dernier", "DATE", "2020-08-24"),
    ("Rendez-vous la semaine prochaine.", "la semaine prochaine", "DATE", "2020-W36"),
    ("Il a atterri à 20h48.", "20h48", "TIME", "2020-08-30T20:48"),
    ("Il a parlé ce matin.", "ce matin", "TIME", "2020-08-30TMO"),
    ("Ils manifestent depuis trois semaines.", "trois semaines", "DURATION", "P3W"),
    ("Il a régné pendant deux ans.", "deux ans", "DURATION", "P2Y"),
    ("Ils défilent chaque lundi.", "chaque lundi", "SET", "XXXX-WXX-1"),
    ("Pour l'heure, rien.", "Pour l'heure", "DATE", "PRESENT_REF"),
    ("Il est actuellement en Lituanie.", "actuellement", "DATE", "PRESENT_REF"),
    ("Une rencontre dans les semaines à venir.", "dans les semaines à venir", "DATE", "FUTURE_REF"),
    ("Autrefois, la ville était calme.", "Autrefois", "DATE", "PAST_REF"),
    ("Il l'a dit il y a trois semaines.", "il y a trois semaines", "DATE", "2020-W32"),  # TimeML: the unit's grain
    ("Il a gouverné entre 2009 et 2017.", "entre 2009 et 2017", "DATE", "2009/2017"),
    ("Le festival a lieu du 3 au 5 mars 2021.", "du 3 au 5 mars 2021", "DATE", "2021-03-03/2021-03-05"),
])
def test_expressions(stage, text, span, kind, value):
    doc = run(stage, text)
    found = {d.text: (d.type, d.value) for d in doc.dates}
    assert found.get(span) == (kind, value), found


@pytest.mark.parametrize("text", [
    "Elle a exprimé sa position.",          # possessive "sa" is not a Saturday
    "Il a obtenu 80,1% des voix.",          # a percentage is not a year
    "Le score final est de 3-2.",           # a score
    "indique la chaîne Belarus 1.",         # a channel name
    "Les 2/3 des députés ont voté.",        # a fraction
    "Le Journal du Dimanche révèle.",       # a title
    "Il a reçu 2000 manifestants.",         # a count that looks like a year
    "La sonde part vers Mars demain soir.".replace(" demain soir", ""),  # a capitalised month alone
    "Noël Mamère a quitté les Verts.",      # a holiday as a first name
    "L'université d'été du PS s'ouvre à La Rochelle.",  # a season naming an event
])
def test_not_dates(stage, text):
    assert run(stage, text).dates == []


def test_range_values(stage):
    # the range record, then each end as an expression of its own (TimeML tags the ends)
    whole, first, last = run(stage, "Le festival a lieu du 3 au 5 mars 2021.").dates
    assert (whole.text, whole.range_start, whole.range_end) == ("du 3 au 5 mars 2021", "2021-03-03", "2021-03-05")
    assert [(first.text, first.value), (last.text, last.value)] == [("3", "2021-03-03"), ("5 mars 2021", "2021-03-05")]
    assert whole.start <= first.start and last.end <= whole.end


def test_weekday_checks_the_year(stage):
    # 29 August is a Saturday in 2020, not in 2021 or 2019: the year nearest the reference is kept
    (mention,) = run(stage, "Elle a parlé samedi 29 août.", date=dt.date(2021, 1, 10)).dates
    assert mention.value == "2020-08-29"


def test_without_document_date(stage):
    doc = run(stage, "Il est arrivé le 29 août, puis hier.", date=None)
    assert [(d.text, d.value, d.anchor) for d in doc.dates] == [("29 août", "XXXX-08-29", "none"),
                                                               ("hier", None, "none")][: len(doc.dates)]
    assert doc.dates[0].value == "XXXX-08-29"


def test_anchor_of_anaphora(stage):
    doc = run(stage, "Le vote a eu lieu le 9 août. La veille, il pleuvait.")
    first, second = doc.dates
    assert second.value == "2020-08-08" and second.anchor == first.id
    assert first.anchor == "document_date"


def test_iso_week_and_grains():
    assert normalize("la semaine dernière", dt.date(2013, 2, 12)).timex.value == "2013-W06"
    assert normalize("à 15h30", dt.datetime(2013, 2, 12, 4, 30)).timex.value == "2013-02-12T15:30"
    assert normalize("en 2012", dt.date(2013, 2, 12)).timex.value == "2012"


def test_records_have_sentence_and_ids(stage):
    doc = Document("Il est venu hier. Il repart demain.", doc_id="a1", date=NEWS_DATE)
    from pipeline.stages.segmentation import Segmenter

    blank = spacy.blank("fr")
    Segmenter(blank)(doc)
    DateNormalizer(blank)(doc)
    assert [d.id for d in doc.dates] == ["a1:d0", "a1:d1"]
    assert all(d.sentence is not None for d in doc.dates)


@pytest.mark.model
def test_seed_gold(seed_doc, seed_gold):
    found = {(d.start, d.end): d.value for d in seed_doc.dates}
    gold = {(g["start"], g["end"]): g["value"] for g in seed_gold["dates"]}
    assert found == gold
    assert seed_doc.offset_errors() == []


@pytest.mark.model
def test_tense_picks_the_weekday(fr_nlp):
    stage = DateNormalizer(fr_nlp)
    wednesday = dt.date(2020, 7, 1)

    def value(text):
        return stage.mentions(fr_nlp(text), wednesday)[0].timex.value

    assert value("Le ministre a été interrogé samedi.") == "2020-06-27"
    assert value("Le ministre sera interrogé samedi.") == "2020-07-04"


# -- TimeML conventions (issue 16) ------------------------------------------------------------------
@pytest.mark.parametrize("text, span, kind, value", [
    ("Le scrutin a lieu à 18 heures.", "18 heures", "TIME", "2020-08-30T18:00"),       # hh:mm, never T18
    ("Le vote a été clos à 0 h 15.", "0 h 15", "TIME", "2020-08-30T00:15"),             # after midnight
    ("Dans les années 60, tout allait bien.", "les années 60", "DATE", "196X"),
    ("Au XIXe siècle, la ville grandit.", "XIXe siècle", "DATE", "18XX"),
    ("Le procès dure depuis deux ans et demi.", "deux ans et demi", "DURATION", "P2Y6M"),
    ("Il attend depuis un an et demi.", "un an et demi", "DURATION", "P18M"),
    ("Il a fondé le parti il y a huit ans.", "il y a huit ans", "DATE", "2012"),       # the unit's grain
    ("Le candidat était ministre (2002-2004).", "2002", "DATE", "2002"),
    ("Il a été élu en 98.", "98", "DATE", "1998"),
    ("Elle est partie en octobre 97.", "octobre 97", "DATE", "1997-10"),
    ("Le rapport sortira au premier semestre 2021.", "premier semestre 2021", "DATE", "2021-H1"),
    ("La réforme du quinquennat avance.", "quinquennat", "DURATION", "P5Y"),
    ("Ils se disputent depuis des années.", "des années", "DURATION", "PXY"),
    ("Le dispositif coûte 300 euros par an.", "par an", "SET", "P1Y"),
    ("Le rapport annuel est paru.", "annuel", "SET", "P1Y"),
    ("Il vient tous les dimanches soir.", "tous les dimanches soir", "SET", "XXXX-WXX-7TEV"),
    ("Les ministres se voient le mardi matin.", "mardi matin", "SET", "XXXX-WXX-2TMO"),
    ("Il a répondu quelques jours plus tôt.", "quelques jours plus tôt", "DATE", "PAST_REF"),
    ("Il a parlé au printemps 2014.", "printemps 2014", "DATE", "2014-SP"),           # no preposition
    ("Réponse attendue d'ici la mi-septembre.", "mi-septembre", "DATE", "2020-09"),
    ("Il est en poste depuis le mois de juin 2017.", "le mois de juin 2017", "DATE", "2017-06"),
    ("Les comptes de l'année 2016 sont faux.", "l'année 2016", "DATE", "2016"),
    ("L'entretien publié ce 21 août a fait du bruit.", "ce 21 août", "DATE", "2020-08-21"),
])
def test_timeml_conventions(stage, text, span, kind, value):
    found = {d.text: (d.type, d.value) for d in run(stage, text).dates}
    assert found.get(span) == (kind, value), found


@pytest.mark.parametrize("text", [
    "Il a 45 ans et son fils 12 ans.",
    "Un homme de 52 ans a été interpellé.",
    "Les moins de 18 ans ne votent pas.",
    "Jean Martin (61 ans) préside le conseil.",
    "Âgée de 38 ans, elle dirige la liste.",
    "Selon le Journal du dimanche, le texte est prêt.",
    'Il soutient la coalition "Maintenant le peuple" en Europe.',
    "Une journée nationale de mobilisation est prévue.",
])
def test_ages_and_names_are_not_dates(stage, text):
    assert run(stage, text).dates == []


def test_clock_time_is_its_own_expression_on_the_date_before(stage):
    doc = run(stage, "La séance aura lieu samedi 5 septembre à 14 h 30, puis se terminera vers 17 heures.")
    assert [(d.text, d.type, d.value) for d in doc.dates] == [
        ("samedi 5 septembre", "DATE", "2020-09-05"), ("14 h 30", "TIME", "2020-09-05T14:30"),
        ("17 heures", "TIME", "2020-09-05T17:00")]


def test_coordinated_dates_share_the_year(stage):
    doc = run(stage, "Les comptes de mars et avril 2012 sont en cause.")
    assert [(d.text, d.value) for d in doc.dates] == [("mars", "2012-03"), ("avril 2012", "2012-04")]


def test_hostless_eve_takes_the_day_of_its_sentence(stage):
    doc = run(stage, "À la veille d'une journée de grève, le ministre a parlé jeudi 27 août.")
    veille, thursday = doc.dates
    assert (veille.text, veille.value, veille.anchor) == ("la veille", "2020-08-27", thursday.id)


def test_anaphora_on_the_last_date_mentioned(stage):
    doc = run(stage, "Le texte a été voté le 3 juillet. Ce jour-là, il pleuvait. Le même jour, il a démissionné.")
    first, that_day, same_day = doc.dates
    assert [that_day.value, same_day.value] == ["2020-07-03", "2020-07-03"]
    assert that_day.anchor == first.id


@pytest.mark.model
def test_year_follows_the_clause(fr_nlp):
    stage = DateNormalizer(fr_nlp)
    february = dt.date(2020, 2, 12)

    def value(text):
        return [m.timex.value for m in stage.mentions(fr_nlp(text), february)]

    assert value("Il a été élu le 3 novembre.") == ["2019-11-03"]
    assert value("Il reviendra le 15 janvier.") == ["2021-01-15"]
    # a date hanging on a noun or a bare participle takes no tense: the nearest occurrence
    assert value("Le candidat aux élections du 26 avril a renoncé.") == ["2020-04-26"]
    assert value("Il vise le scrutin prévu les 12 et 19 avril.") == ["2020-04-12", "2020-04-19"]
    # a bare weekday the parser hangs on a noun keeps the verb's tense; a bare participle reports
    assert value("L'élection du maire aura lieu samedi.") == ["2020-02-15"]
    assert value("Une décision annulée en novembre.") == ["2019-11"]


@pytest.mark.model
def test_vague_today_and_tomorrow(fr_nlp):
    stage = DateNormalizer(fr_nlp)
    day = dt.date(2020, 2, 12)

    def values(text):
        return [m.timex.value for m in stage.mentions(fr_nlp(text), day)]

    assert values("Il est aujourd'hui le favori des sondages.") == ["PRESENT_REF"]
    assert values("Le ministre a annoncé aujourd'hui sa démission.") == ["2020-02-12"]
    assert values("La France d'aujourd'hui doute.") == ["PRESENT_REF"]
    assert values('« Il faut que demain, la France produise plus », a-t-il dit.') == ["FUTURE_REF"]
    assert values("Le président se rendra demain à Lyon.") == ["2020-02-13"]
    assert values('« Nous partirons demain matin », a-t-il dit.') == ["2020-02-13TMO"]
    assert values('« Je déposerai demain une proposition de loi », a-t-il dit.') == ["2020-02-13"]
    assert values('« Si demain la crise revient, nous agirons », a-t-il dit.') == ["FUTURE_REF"]
