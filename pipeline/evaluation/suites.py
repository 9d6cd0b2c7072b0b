"""The peer test suites of `shared/eval/` (dates/, numbers/, ner/), scored per source file and group.

Scoring (shared/eval/README.md): a case passes when the expected value is produced for the expected
span (the whole text when none is given), at the case's reference time. Numbers use
`pipeline.quantities` (no model); NER and dates need the spaCy model, which is loaded once, lazily,
through the `nlp_factory` handed in. Each suite returns rows `{"suite", "source", "group", ...}`
with `passed`/`total`/`accuracy` (or P/R/F1 for NER). What cannot be scored is listed under
"skipped" with a one-line reason, keyed by suite or file: a suite without its stage, a file that is
not JSONL, a case in another layout or with a value the suite cannot read (`suite_files`).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .dates_suite import check_case as check_date_case, evaluate_dates_suite
from .ner_suite import check_case as check_ner_case
from .suite_files import CaseError, read_cases, record_note, require

SUITES = ("dates", "numbers", "ner")
#: Files a suite folder may hold beside its .jsonl suites without being reported (SOURCE.txt, notes).
DOCUMENTATION = (".txt", ".md")
TEXT2NUM_TYPES = ("text2digits", "replace_numbers_threshold_0", "replace_numbers_threshold_7", "invalid")
NUMBER = (int, float)
#: Duckling unit names -> ours (ISO 4217 for money). "Unnamed" ("3 balles") accepts any currency.
DUCKLING_UNITS = {"Dollar": "USD", "USD": "USD", "EUR": "EUR", "Pound": "GBP", "GBP": "GBP", "ILS": "ILS",
                  "Rial": "IRR", "Riyal": "SAR", "Cup": "cup", "Tablespoon": "tablespoon", "Kilometre": "km",
                  "Mile": "mile", "Metre": "m", "Centimetre": "cm", "Celsius": "celsius", "Fahrenheit": "fahrenheit",
                  "Degree": "degree", "Millilitre": "ml", "Centilitre": "cl", "Litre": "l", "Gallon": "gallon",
                  "Hectolitre": "hl"}


def suite_folders(root: str | Path) -> dict[str, Path]:
    """The suites under `root`: its dates/, numbers/, ner/ subfolders, or `root` itself if it is one."""
    root = Path(root)
    if root.name in SUITES and root.is_dir():
        return {root.name: root}
    return {name: root / name for name in SUITES if (root / name).is_dir()}


def with_totals(tallies: dict[tuple[str, str], list[int]]) -> dict[tuple[str, str], list[int]]:
    """The tallies plus "all files" rows for the summary groups ("all", "day grain") when there are several files."""
    out = dict(tallies)
    if len({source for source, _ in tallies}) > 1:
        for (source, group), (passed, total) in tallies.items():
            if group in ("all", "day grain"):
                row = out.setdefault(("all files", group), [0, 0])
                row[0] += passed
                row[1] += total
    return out


def accuracy_rows(suite: str, tallies: dict[tuple[str, str], list[int]]) -> list[dict[str, Any]]:
    rows = []
    for (source, group), (passed, total) in sorted(with_totals(tallies).items()):
        rows.append({"suite": suite, "source": source, "group": group, "passed": passed, "total": total,
                     "accuracy": round(passed / total, 3) if total else 0.0})
    return rows


# -- numbers ------------------------------------------------------------------------------------
def range_ok(q, e: dict) -> bool:
    kind = e["range_kind"]
    if kind == "between":
        return q.bound == "between" and q.value == e.get("min", q.value) and q.high is not None
    if kind == "above":
        return q.bound in ("over", "at_least") and q.value == e["min"]
    return q.bound in ("under", "at_most") and q.value == e["max"]


def duckling_number_ok(case: dict, numbers, quantities) -> bool:
    """The expected value (and unit) for exactly the whole input (Duckling spans include the product)."""
    e = case["expected"][0]
    text = case["text"]
    if e["type"] in ("number", "ordinal"):
        kind = "ordinal" if e["type"] == "ordinal" else "cardinal"
        return any(m.kind == kind and m.value == e["value"] and (m.start, m.end) == (0, len(text))
                   for m in numbers.find(text))
    for q in quantities.find(text):
        if q.start != 0 or len(text) not in (q.end, q.of_end):
            continue
        unit_ok = (q.kind == "money") if e.get("unit") == "Unnamed" else DUCKLING_UNITS.get(e.get("unit")) == q.unit
        value_ok = range_ok(q, e) if e.get("range_kind") else q.value == e["value"]
        return unit_ok and value_ok
    return False


def text2num_ok(case: dict, numbers) -> bool:
    from ..quantities.numbers import digitize

    e = case["expected"][0]
    if e["type"] == "invalid":
        return numbers.parse(case["text"]) is None
    threshold = 0 if e["type"] in ("text2digits", "replace_numbers_threshold_0") else 7
    return digitize(case["text"], numbers, threshold) == e["value"]


def first_expected(case: dict) -> dict:
    require(case, "text", str)
    expected = require(case, "expected", list)
    if not expected:
        raise CaseError("empty expected list")
    if not isinstance(expected[0], dict):
        raise CaseError("expected[0] is not an object")
    return expected[0]


def check_duckling_case(case: dict) -> None:
    """CaseError unless `duckling_number_ok` can read the case (a value, or a range with its bounds)."""
    e = first_expected(case)
    require(case, "model", str, optional=True)
    kind = require(e, "type", str)
    require(e, "unit", str, optional=True)
    range_kind = None if kind in ("number", "ordinal") else require(e, "range_kind", str, optional=True)
    if range_kind is None:
        require(e, "value", NUMBER)
    elif range_kind in ("above", "under"):
        require(e, "min" if range_kind == "above" else "max", NUMBER)
    elif range_kind == "between":
        require(e, "min", NUMBER, optional=True)
    else:
        raise CaseError(f"unknown range_kind {range_kind!r}")


def check_text2num_case(case: dict) -> None:
    """CaseError unless the case is one of text2num's test kinds, with its digits as a string."""
    e = first_expected(case)
    kind = require(e, "type", str)
    if kind not in TEXT2NUM_TYPES:
        raise CaseError(f"unknown expected type {kind!r}")
    if kind != "invalid":
        require(e, "value", str)


def evaluate_numbers(folder: Path, limit: int | None = None, notes: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Accuracy per file and Duckling model / text2num test macro; `notes` gets the files' skipped cases."""
    from ..quantities import NumberReader, QuantityReader

    numbers = NumberReader()
    quantities = QuantityReader(numbers)
    tallies: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for path in sorted(folder.glob("*.jsonl")):
        check = check_duckling_case if "duckling" in path.name else check_text2num_case
        for case in record_note(notes, read_cases(path, check, limit)):
            if "duckling" in path.name:
                key, ok = case.get("model", "?"), duckling_number_ok(case, numbers, quantities)
            else:
                key, ok = case["expected"][0]["type"], text2num_ok(case, numbers)
            for group in (key, "all"):
                tallies[(path.stem, group)][0] += ok
                tallies[(path.stem, group)][1] += 1
    return accuracy_rows("numbers", tallies)


# -- NER ----------------------------------------------------------------------------------------
def evaluate_ner(folder: Path, nlp_factory: Callable, limit: int | None = None,
                 notes: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """P/R/F1 over PER/LOC/ORG per source (Wikipedia, Europarl, news), bare model and stage, in-context labels."""
    from .ner_suite import score

    nlp = nlp_factory(["segmentation", "entities"])
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        cases = record_note(notes, read_cases(path, check_ner_case, limit))
        if not cases:
            continue
        texts = [case["text"] for case in cases]
        bare = [{(e.start_char, e.end_char, e.label_) for e in d.ents} for d in nlp.nlp.pipe(texts)]
        stage = [{(e.start, e.end, e.label) for e in doc.entities}
                 for doc in nlp.pipe((case["text"], {"doc_id": str(case["id"])}) for case in cases)]
        gold = [{(e["start"], e["end"], e.get("label_contextual", e["label"])) for e in case["entities"]} for case in cases]
        by_source: dict[str, list[int]] = defaultdict(list)
        for i, case in enumerate(cases):
            by_source[case.get("source", path.stem)].append(i)
        for source, idx in sorted(by_source.items()) + [("all files", list(range(len(cases))))]:
            for system, pred in (("bare model", bare), ("entities stage", stage)):
                scores = score([pred[i] for i in idx], [gold[i] for i in idx])
                rows.append({"suite": "ner", "source": source, "group": system, "sentences": len(idx),
                             **{k: scores["all3"][k] for k in ("p", "r", "f1", "tp", "pred", "gold")},
                             "f1_by_label": {label: scores[label]["f1"] for label in ("PER", "LOC", "ORG", "MISC")}})
    return rows


def run_suites(root: str | Path, nlp_factory: Callable, limit: int | None = None) -> dict[str, Any]:
    """Every suite found under `root`: {"rows": [...], "skipped": {suite or file: why}}."""
    folders = suite_folders(root)
    if not folders:
        raise FileNotFoundError(f"no dates/, numbers/ or ner/ suite folder in {root}")
    rows: list[dict[str, Any]] = []
    skipped: dict[str, str] = {}
    for name, folder in folders.items():
        skipped.update(other_files(folder))
        if name == "numbers":
            rows += evaluate_numbers(folder, limit, skipped)
        elif name == "ner":
            rows += evaluate_ner(folder, nlp_factory, limit, skipped)
        else:
            result = evaluate_dates_suite(folder, nlp_factory, limit, skipped)
            if isinstance(result, str):
                skipped[name] = result
            else:
                rows += accuracy_rows("dates", result)
    return {"rows": rows, "skipped": skipped}


def other_files(folder: Path) -> dict[str, str]:
    """Files of a suite folder that are neither a .jsonl suite nor documentation: reported, not read."""
    return {f"{folder.name}/{path.name}": "skipped, not a .jsonl suite file (one JSON case a line)"
            for path in sorted(folder.iterdir())
            if path.is_file() and path.suffix != ".jsonl" and path.suffix not in DOCUMENTATION}
