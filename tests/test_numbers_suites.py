"""Peer suites for numbers (Duckling FR corpus, text2num FR unit tests), scored by the evaluation package.

The scoring lives in `pipeline.evaluation.suites.evaluate_numbers` (one code path with `extract-eval`);
these tests keep floors just under the measured figures so a regression fails loudly. Run
`python tests/test_numbers_suites.py` to print accuracy by file and type.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluation.suites import evaluate_numbers

DATA = Path(__file__).parent / "data" / "numbers"
FLOORS = {"Numeral": 0.90, "Ordinal": 0.90, "AmountOfMoney": 0.90, "text2digits": 0.95, "invalid": 0.95,
          "replace_numbers_threshold_7": 0.85}
CASES = {"duckling_fr_numeric": 154, "text2num_fr_tests": 121}


@pytest.fixture(scope="module")
def rows() -> dict[tuple[str, str], dict]:
    return {(row["source"], row["group"]): row for row in evaluate_numbers(DATA)}


def group_row(rows: dict, group: str) -> dict:
    matches = [row for (source, name), row in rows.items() if name == group and source in CASES]
    assert len(matches) == 1, group
    return matches[0]


@pytest.mark.parametrize("group", sorted(FLOORS))
def test_floor(rows, group):
    row = group_row(rows, group)
    assert row["passed"] / row["total"] >= FLOORS[group], f"{group}: {row['passed']}/{row['total']}"


@pytest.mark.parametrize("source, total", sorted(CASES.items()))
def test_every_case_ran(rows, source, total):
    assert rows[(source, "all")]["total"] == total


if __name__ == "__main__":
    for row in evaluate_numbers(DATA):
        print(f"{row['source']:22s} {row['group']:30s} {row['passed']:4d}/{row['total']:<4d} {row['accuracy']:.3f}")
