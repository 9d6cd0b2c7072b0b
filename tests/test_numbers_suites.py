"""Peer suites for numbers (Duckling FR corpus, text2num FR unit tests), scored as the eval README says.

A case passes when the expected value is produced for the expected span (the whole input for
Duckling). Run `python tests/test_numbers_suites.py` to print accuracy by suite and type; the tests
keep floors just under the measured figures so a regression fails loudly.
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from pipeline.quantities import NumberReader, QuantityReader
from pipeline.quantities.numbers import digitize

DATA = Path(__file__).parent / "data" / "numbers"
#: Duckling unit names -> ours (ISO 4217 for money). "Unnamed" ("3 balles") accepts any unit.
DUCKLING_UNITS = {"Dollar": "USD", "USD": "USD", "EUR": "EUR", "Pound": "GBP", "GBP": "GBP", "ILS": "ILS",
                  "Rial": "IRR", "Riyal": "SAR", "Cup": "cup", "Tablespoon": "tablespoon", "Kilometre": "km",
                  "Mile": "mile", "Metre": "m", "Centimetre": "cm", "Celsius": "celsius", "Fahrenheit": "fahrenheit",
                  "Degree": "degree", "Millilitre": "ml", "Centilitre": "cl", "Litre": "l", "Gallon": "gallon",
                  "Hectolitre": "hl"}
FLOORS = {"Numeral": 0.90, "Ordinal": 0.90, "AmountOfMoney": 0.90, "text2digits": 0.95, "invalid": 0.95,
          "replace_numbers_threshold_7": 0.85}


def load(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def range_ok(q, e: dict) -> bool:
    kind = e["range_kind"]
    if kind == "between":
        return q.bound == "between" and q.value == e.get("min", q.value) and q.high is not None
    if kind == "above":
        return q.bound in ("over", "at_least") and q.value == e["min"]
    return q.bound in ("under", "at_most") and q.value == e["max"]


def duckling_case_ok(case: dict, numbers: NumberReader, quantities: QuantityReader) -> bool:
    """The expected value (and unit) for exactly the whole input."""
    e = case["expected"][0]
    text = case["text"]
    if e["type"] in ("number", "ordinal"):
        kind = "ordinal" if e["type"] == "ordinal" else "cardinal"
        return any(m.kind == kind and m.value == e["value"] and (m.start, m.end) == (0, len(text))
                   for m in numbers.find(text))
    for q in quantities.find(text):
        if q.start != 0 or len(text) not in (q.end, q.of_end):  # Duckling spans include the product
            continue
        unit_ok = (q.kind == "money") if e.get("unit") == "Unnamed" else DUCKLING_UNITS.get(e.get("unit")) == q.unit
        value_ok = range_ok(q, e) if e.get("range_kind") else q.value == e["value"]
        return unit_ok and value_ok
    return False


def text2num_case_ok(case: dict, numbers: NumberReader) -> bool:
    e = case["expected"][0]
    if e["type"] == "invalid":
        return numbers.parse(case["text"]) is None
    threshold = 0 if e["type"] in ("text2digits", "replace_numbers_threshold_0") else 7
    return digitize(case["text"], numbers, threshold) == e["value"]


def suite_accuracy(numbers: NumberReader, quantities: QuantityReader) -> dict[str, tuple[int, int]]:
    """(passed, total) per Duckling model and per text2num test macro."""
    scores: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in load("duckling_fr_numeric.jsonl"):
        scores[case["model"]][0] += duckling_case_ok(case, numbers, quantities)
        scores[case["model"]][1] += 1
    for case in load("text2num_fr_tests.jsonl"):
        kind = case["expected"][0]["type"]
        scores[kind][0] += text2num_case_ok(case, numbers)
        scores[kind][1] += 1
    return {k: (v[0], v[1]) for k, v in scores.items()}


@pytest.fixture(scope="module")
def scores() -> dict[str, tuple[int, int]]:
    numbers = NumberReader()
    return suite_accuracy(numbers, QuantityReader(numbers))


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_floor(scores, kind):
    passed, total = scores[kind]
    assert passed / total >= FLOORS[kind], f"{kind}: {passed}/{total}"


def test_every_case_ran(scores):
    assert sum(total for _, total in scores.values()) == 154 + 121


if __name__ == "__main__":
    numbers = NumberReader()
    for kind, (passed, total) in sorted(suite_accuracy(numbers, QuantityReader(numbers)).items()):
        print(f"{kind:32s} {passed:4d}/{total:<4d} {passed / total:.3f}")
