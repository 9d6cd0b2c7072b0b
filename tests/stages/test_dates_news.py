"""Dates on news outside French politics (issue 26): vague references, parts of day, nights, duration
ranges, and look-alikes that are no dates. Sentences are from the OrangeSum corpus (outside both dev
sets) or invented; blank tokenizer, so no tense."""
from __future__ import annotations

import datetime as dt

import pytest
import spacy

from pipeline.document import Document
from pipeline.stages.dates import DateNormalizer

NEWS_DATE = dt.date(2020, 6, 20)  # a Saturday


@pytest.fixture(scope="module")
def stage():
    return DateNormalizer(spacy.blank("fr"))


def found(stage, text: str, date=NEWS_DATE) -> dict[str, tuple[str, str]]:
    doc = stage(Document(text, doc_id="t", date=date))
    assert doc.offset_errors() == []
    return {d.text: (d.type, d.value) for d in doc.dates}


@pytest.mark.parametrize("text, span, kind, value", [
    # vague references keep all their words
    ("Plus tôt, le Dr Anthony Fauci, éminent membre de la cellule de crise, avait averti.", "Plus tôt", "DATE", "PAST_REF"),
    ("\"C'est injuste\", avait déclaré plus tôt l'ancien vice-président.", "plus tôt", "DATE", "PAST_REF"),
    ("avait aussi lancé un peu plus tôt Agnès Buzyn.", "un peu plus tôt", "DATE", "PAST_REF"),
    ("Le Sénat a jusqu'ici voté sans trop barguigner les premiers textes.", "jusqu'ici", "DATE", "PRESENT_REF"),
    ("Jusqu'à présent, l'Australie faisait figure de bon élève.", "Jusqu'à présent", "DATE", "PRESENT_REF"),
    ("un rapport \"dans les plus brefs délais\".", "dans les plus brefs délais", "DATE", "FUTURE_REF"),
    ("Le second tour doit se tenir dans les meilleurs délais.", "dans les meilleurs délais", "DATE", "FUTURE_REF"),
    ("Le texte sera examiné dans un très proche avenir, promet-il.", "dans un très proche avenir", "DATE", "FUTURE_REF"),
    ("Ils négocieront dans la semaine qui suivra l'accord.", "dans la semaine qui suivra", "DATE", "FUTURE_REF"),
    # parts of day
    ("En fin de journée, des manifestants ont franchi le périmètre.", "fin de journée", "TIME", "2020-06-20TEV"),
    ("Je pleure en plein milieu de la journée.", "milieu de la journée", "TIME", "2020-06-20TMI"),
    ("Ils ont attaqué jeudi 18 juin au petit matin un convoi.", "petit matin", "TIME", "2020-06-18TMO"),
    ("Ils ont attaqué jeudi 18 juin au petit matin un convoi.", "jeudi 18 juin", "DATE", "2020-06-18"),
    ("Il s'est fait remarquer samedi 13 juin au soir.", "soir", "TIME", "2020-06-13TEV"),
    # a night from one date to the next is one TIME, on its first day
    ("les affrontements meurtriers de la nuit du 15 au 16 juin au Ladakh", "nuit du 15 au 16 juin", "TIME", "2020-06-15TNI"),
    ("un naufrage dans la nuit du 4 au 5 juin 2019", "nuit du 4 au 5 juin 2019", "TIME", "2019-06-04TNI"),
    # durations: the lower bound of "N ou M", approximators inside the span, "des jours durant"
    ("des restrictions seront levées dans une ou deux semaines", "une ou deux semaines", "DURATION", "P1W"),
    ("Les travaux reprendront deux ou trois jours après l'accord.", "deux ou trois jours", "DURATION", "P2D"),
    ("Le virus reste trois à quatre jours sur le métal.", "trois à quatre jours", "DURATION", "P3D"),
    ("Les manifestations ont été réprimées des jours durant.", "des jours", "DURATION", "PXD"),
    ("La réunion a duré environ une heure.", "environ une heure", "DURATION", "PT1H"),
    ("Les écoles sont fermées depuis près d'un mois.", "près d'un mois", "DURATION", "P1M"),
    ("Le système s'est arrêté pendant une seconde.", "une seconde", "DURATION", "PT1S"),
])
def test_news_expressions(stage, text, span, kind, value):
    dates = found(stage, text)
    assert dates.get(span) == (kind, value), dates


@pytest.mark.parametrize("text", [
    "Les vaccins arriveront plus tôt que prévu.",             # a comparison
    "Il faut arriver le plus tôt possible.",                  # a comparison
    "Les autorités auraient dû agir plus tôt.",               # a modal: earlier than they did
    "pourquoi il n'a pas été stoppé plus tôt",                # a negation
    "Si nous pouvons le faire plus tôt, nous le ferons.",     # a condition
    "Le premier, c'est la sécurité sanitaire.",               # a rank, not the first of the month
    "le Kurdistan a été le premier à décréter le confinement",
    "le monde redoute une seconde vague de l'épidémie",       # an ordinal, not one second
    "Son coeur a failli s'arrêter une seconde fois.",
    "les vacances d'été commenceront bien",                   # "d'été", "d'hiver" qualify a noun
    "les Jeux olympiques d'hiver",
    "la crèche installée pour la messe de minuit du 24",     # a name, not a clock time
])
def test_not_dates(stage, text):
    dates = found(stage, text)
    assert not any(v[1] in ("PAST_REF", "PT1S") or "T00:00" in v[1] or "SU" in v[1] or "WI" in v[1]
                   or v[1].endswith("-01") for v in dates.values()), dates


def test_clock_range_is_no_duration_range(stage):
    """"le 16 à 18h" and "de 16 à 18h" stay a day and a clock time."""
    dates = found(stage, "Rendez-vous le 16 à 18h.")
    assert dates.get("18h") == ("TIME", "2020-06-16T18:00"), dates
    assert "16 à 18h" not in dates


def test_eve_in_the_evening_stays_one_expression(stage):
    """A part of day joined by "au" to a relative day is one expression ("la veille au soir")."""
    dates = found(stage, "Il était arrivé le 12 juin. La veille au soir, il avait dîné à Lyon.")
    assert dates.get("La veille au soir") == ("TIME", "2020-06-11TEV"), dates


@pytest.mark.model
def test_today_as_nowadays_or_the_day(fr_nlp):
    """The rule of `temporal/deixis.py`, on corpus sentences (outside both dev sets) and invented ones."""
    stage = DateNormalizer(fr_nlp)

    def values(text):
        return [m.timex.value for m in stage.mentions(fr_nlp(text), NEWS_DATE) if "ujourd" in m.text]

    # an apposition with no verb of its own, whatever the tense around it
    assert values("Les faits se seraient produits pendant une interview avec M. d'Estaing, "
                  "aujourd'hui âgé de 94 ans.") == ["PRESENT_REF"]
    assert values("Il a rencontré l'ancien ministre, aujourd'hui président de la région.") == ["PRESENT_REF"]
    # fronted before a present-tense clause: nowadays, against the past told before
    assert values("Longtemps poreuse, la frontière a été renforcée. Aujourd'hui, Mme Abbo déplore "
                  "le refoulement des travailleurs.") == ["PRESENT_REF"]
    # a state verb, even one the model lemmatises badly ("reste")
    assert values("Il a longtemps vécu en exil et reste aujourd'hui le visage de la résistance.") == ["PRESENT_REF"]
    # the complement of an event noun is the day; of any other noun, nowadays
    assert values("« Avec la séance d'aujourd'hui, le texte est adopté », a-t-il dit.") == ["2020-06-20"]
    assert values("La jeunesse d'aujourd'hui doute.") == ["PRESENT_REF"]
    # an event reported in the past or the future, or after its present-tense verb, is the day
    assert values("Le ministre a annoncé aujourd'hui sa démission.") == ["2020-06-20"]
    assert values("Le président se rend aujourd'hui à Lyon.") == ["2020-06-20"]
    assert values("Le ministre a annoncé, aujourd'hui, sa démission.") == ["2020-06-20"]


def test_offset_counts_from_the_month_or_year_being_told(stage):
    """A relative expression counts from the date the text is talking about, at that date's grain."""
    dates = found(stage, "Le conflit avait débuté en juin 1950. Il s'est terminé trois ans plus tard sur un armistice.")
    assert dates.get("trois ans plus tard") == ("DATE", "1953"), dates
    dates = found(stage, "Le chef religieux a désigné l'enfant en mai 1995. Arrêté trois jours plus tard, "
                         "il n'a pas été revu depuis.")
    assert dates.get("trois jours plus tard") == ("DATE", "1995-05"), dates
    # a day named after the month wins; a year still to come is a prospect, not the time told
    dates = found(stage, "En mai 1995, il a été élu. Le 3 juin, il est parti. Deux jours plus tard, il revenait.")
    assert dates.get("Deux jours plus tard") == ("DATE", "2020-06-05"), dates
    dates = found(stage, "Le territoire est autonome jusqu'en 2047. Un an plus tard, la ville change.")
    assert dates.get("Un an plus tard") == ("DATE", "2021"), dates


@pytest.mark.model
def test_hostless_eve_in_a_past_clause_takes_the_day_told(fr_nlp):
    """"à la veille du sommet" with no date in its sentence: in a past-tense clause, the last past day the
    text named (its story's day); in a present-tense clause, the day of the article."""
    stage = DateNormalizer(fr_nlp)

    def values(text):
        return {m.text: m.timex.value for m in stage.mentions(fr_nlp(text), NEWS_DATE)}

    told = ("Des centaines de personnes ont manifesté jeudi à Londres. Le ministre a réagi sur Twitter, "
            "à la veille du sommet européen.")
    assert values(told)["la veille"] == "2020-06-18"
    now = "Des centaines de personnes ont manifesté jeudi. Cet enlèvement survient à la veille du sommet européen."
    assert values(now)["la veille"] == "2020-06-20"
    awaited = ("La grande manifestation aura lieu lundi 22 juin. Le ministre a réagi à la veille de "
               "cette mobilisation.")
    assert values(awaited)["la veille"] == "2020-06-20"


@pytest.mark.model
def test_weekday_after_a_modal_of_the_future(fr_nlp):
    """"doit s'exprimer dimanche", "devrait se prononcer vendredi": the next one (8 of 10 such
    weekdays changed in 250 corpus articles were right, checked against the events)."""
    stage = DateNormalizer(fr_nlp)

    def values(text):
        return [m.timex.value for m in stage.mentions(fr_nlp(text), NEWS_DATE)]

    assert values("Le chef de l'Etat doit s'exprimer dimanche pour dresser un premier bilan de la crise.") == ["2020-06-21"]
    assert values("L'écologiste devrait se prononcer vendredi sur ses intentions pour le second tour.") == ["2020-06-26"]
    assert values("Le chef de l'Etat s'est exprimé dimanche.") == ["2020-06-14"]


@pytest.mark.model
def test_weekday_of_an_event_scheduled_in_the_present(fr_nlp):
    """"a lieu samedi", "se tient mardi" announce the next one; "a eu lieu samedi" reports the last."""
    stage = DateNormalizer(fr_nlp)
    wednesday = dt.date(2020, 6, 17)

    def values(text):
        return [m.timex.value for m in stage.mentions(fr_nlp(text), wednesday)]

    assert values("La marche a lieu samedi à Paris.") == ["2020-06-20"]
    assert values("Le sommet se tient mardi à Bruxelles.") == ["2020-06-23"]
    assert values("La marche a eu lieu samedi.") == ["2020-06-13"]
