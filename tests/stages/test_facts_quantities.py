"""Numbers and quantities on plain strings (no model): values, units, bounds, and what is not a quantity."""
import pytest

from pipeline.quantities import NumberReader, QuantityReader


@pytest.fixture(scope="module")
def reader():
    return QuantityReader()


@pytest.mark.parametrize("text, value, unit, extra", [
    ("avec 80,1% des voix", 80.1, "percent", {"of": "voix", "text": "80,1%"}),
    ("avec 80,1 % des voix", 80.1, "percent", {"of": "voix"}),
    ("80,1 pour cent des suffrages", 80.1, "percent", {"of": "suffrages"}),
    ("quatre-vingts pour cent des Français", 80, "percent", {"of": "Français"}),
    ("un budget de 6,8 millions d'euros", 6800000, "EUR", {}),
    ("3 milliards de dollars", 3000000000, "USD", {}),
    ("un peu plus de 16.000 euros", 16000, "EUR", {"bound": "over", "approximate": True}),
    ("près de 2 000 manifestants", 2000, None, {"approximate": True, "of": "manifestants"}),
    ("au moins 10 euros", 10, "EUR", {"bound": "at_least"}),
    ("pas plus de 10 dollars", 10, "USD", {"bound": "at_most"}),
    ("entre 10 et 20 euros", 10, "EUR", {"bound": "between", "high": 20}),
    ("17 députés ont voté", 17, None, {"of": "députés"}),
    ("une quarantaine de collaborateurs", 40, None, {"approximate": True, "of": "collaborateurs"}),
    ("un Français sur deux", 0.5, "ratio", {"of": "Français"}),
    ("la moitié des électeurs", 0.5, "ratio", {"of": "électeurs"}),
    ("deux tiers des sondés", 0.6667, "ratio", {}),
    ("en hausse de 3 points", 3, "point", {"direction": "up"}),
    ("a reculé de 2,5%", 2.5, "percent", {"direction": "down"}),
    ("arrivé deuxième du scrutin", 2, "rank", {}),
    ("condamné à 3 ans de prison", 3, "year", {"kind": "sentence"}),
    ("l'emporte avec 54,3 à 55,2% des voix", 54.3, "percent", {"bound": "between", "high": 55.2}),
    ("augmenté de 150 m2 la surface", 150, "m2", {}),
    ("entre 10 et 20 % des voix", 10, "percent", {"bound": "between", "high": 20, "of": "voix"}),
    ("de 3 à 5 millions de personnes", 3000000, None, {"bound": "between", "high": 5000000, "of": "personnes"}),
    ("de 1,5 à 2 milliards d'euros", 1500000000, "EUR", {"bound": "between", "high": 2000000000}),
    ("entre 200 et 300 manifestants", 200, None, {"bound": "between", "high": 300, "of": "manifestants"}),
    ("de 20 à 25 ans de prison", 20, "year", {"bound": "between", "high": 25}),
    ("le chômage est passé de 10 à 20 %", 20, "percent", {"bound": None, "high": None}),
    ("leur activité a chuté de 20 à 70%", 20, "percent", {"bound": "between", "high": 70}),
    ("onze des accusés ont fait appel", 11, None, {"of": "accusés", "text": "onze"}),
    ("trois de ses adjoints", 3, None, {"of": "adjoints"}),
    ("une trentaine d'entre elles ont voté", 30, None, {"of": None, "approximate": True, "text": "une trentaine d'entre elles"}),
    ("des centaines de manifestants", 100, None, {"of": "manifestants", "approximate": True}),
    # vague multiples take the unit value; a bare "de" before a plural multiple counts too
    ("plusieurs dizaines de blessés", 10, None, {"of": "blessés", "text": "plusieurs dizaines"}),
    ("des milliers d'interpellations", 1000, None, {"of": "interpellations"}),
    ("un conseil formé de centaines de notables", 100, None, {"of": "notables", "text": "centaines"}),
    # "points" of a list are counted; percentage points need a sentence about shares or a change
    ("le syndicat présente un programme en cinq points", 5, None, {"of": "points"}),
    ("le candidat a gagné cinq points", 5, "point", {}),
    ("trois ou quatre conseillers", 3, None, {"high": 4, "of": "conseillers"}),
    ("réduit d'un tiers des dépenses", 0.3333, "ratio", {"of": "dépenses"}),
    ("les trois-quarts du budget", 0.75, "ratio", {"of": "budget"}),
])
def test_quantities(reader, text, value, unit, extra):
    found = reader.find(text)
    assert len(found) == 1, found
    q = found[0]
    assert (q.value, q.unit) == (value, unit)
    for key, expected in extra.items():
        assert getattr(q, key) == expected, key
    assert text[q.start:q.end] == q.text


@pytest.mark.parametrize("text, expected", [
    ("chez les ouvriers (44 %, +6) et les cadres", [(44, "percent", None), (6, "point", "up")]),
    ("les retraités (51 %, -2) restent", [(51, "percent", None), (2, "point", "down")]),
    ("X creuse l'écart, cinq points devant Y, et huit devant Z", [(5, "point", None), (8, "point", None)]),
    ("la liste écologiste en gagne 4 à 12 %", [(4, "point", "up"), (12, "percent", None)]),
    ("le maire perd 3 points à 41 %", [(3, "point", "down"), (41, "percent", None)]),
])
def test_points_left_unwritten(reader, text, expected):
    """A change after a score, a gain before the new score, a repeated gap: percentage points."""
    assert [(q.value, q.unit, q.direction) for q in reader.find(text)] == expected


@pytest.mark.parametrize("text", [
    "le 9 août 2020",
    "en 2017 Emmanuel Macron",
    "la Covid-19 à 20h48",
    "l'un comme l'autre",
    "un logement neuf",
    "depuis trois ans",
    "le Premier ministre",
    "au premier rang",
    "tous deux candidats",
    "les discussions d'entre deux tours",
    "le vote de vingt et une heures",
    "des centaines de milliers de",
    "des jeunes d'une vingtaine d'années",  # an age, no count
    "le prix de millier de choses",  # "de" + a singular multiple counts nothing
])
def test_not_quantities(reader, text):
    assert reader.find(text) == []


@pytest.mark.parametrize("text, value", [
    ("80,1", 80.1), ("100 000", 100000), ("100\u202f000", 100000), ("1.200.000", 1200000),
    ("6.700,54", 6700.54), ("1,2M", 1200000), ("vingt et un", 21), ("quatre vingt dix neuf", 99),
    ("trois millions", 3000000), ("6,8 millions", 6800000), ("moins 12", -12),
])
def test_numbers(text, value):
    mention = NumberReader().parse(text)
    assert mention is not None and mention.value == value


def test_ordinals_and_decimals_in_words():
    found = NumberReader().find("la vingt-cinquième fois, douze virgule cinq")
    assert [(m.value, m.kind) for m in found] == [(25, "ordinal"), (12.5, "cardinal")]
