"""`extract-eval --suites` on suite files it does not know: skipped with a reason, the rest scored, exit 0."""
import json

import pytest
from typer.testing import CliRunner

from pipeline.evaluation.cli import app
from pipeline.evaluation.suite_files import CaseError, read_cases, require

runner = CliRunner()

TEXT2NUM_CASE = {"id": "t-1", "text": "vingt et un", "expected": [{"text": "vingt et un", "value": "21", "type": "text2digits"}]}
DUCKLING_CASE = {"id": "d-1", "text": "trois", "model": "Numeral",
                 "expected": [{"text": "trois", "value": 3, "type": "number"}]}


def write_jsonl(path, *items):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join((item if isinstance(item, str) else json.dumps(item)) + "\n" for item in items),
                    encoding="utf-8")


def check_has_text(case):
    require(case, "text", str)


def test_a_file_keeps_its_readable_cases_and_says_why_the_others_are_skipped(tmp_path):
    path = tmp_path / "numbers" / "mixed.jsonl"
    write_jsonl(path, {"id": "a", "text": "un"}, "{broken", ["a", "list"], {"id": "b", "text": 4}, {"id": "c", "text": "deux"})
    suite_file = read_cases(path, check_has_text)
    assert [case["id"] for case in suite_file.cases] == ["a", "c"]
    assert suite_file.note() == "3 of 5 cases skipped (line 2: not JSON; line 3: not a JSON object; b: `text` has the wrong type (int))"


def test_a_file_without_a_readable_case_is_skipped_as_a_whole(tmp_path):
    path = tmp_path / "ner" / "other.jsonl"
    write_jsonl(path, {"id": "x"}, {"id": "y"}, {"id": "z"}, {"id": "w"})
    suite_file = read_cases(path, check_has_text)
    assert suite_file.name == "ner/other.jsonl" and suite_file.cases == ()
    assert suite_file.note() == "skipped, no case in a layout it knows (x: no `text`; y: no `text`; z: no `text`; …)"


def test_require_refuses_a_bool_for_a_number():
    with pytest.raises(CaseError, match=r"`value` has the wrong type \(bool\)"):
        require({"value": True}, "value", (int, float))


def test_unknown_number_suite_files_are_listed_as_skipped_and_the_rest_scored(tmp_path):
    write_jsonl(tmp_path / "numbers" / "text2num_sample.jsonl", TEXT2NUM_CASE)
    write_jsonl(tmp_path / "numbers" / "duckling_extra.jsonl", DUCKLING_CASE,
                {**DUCKLING_CASE, "id": "d-2", "expected": []},
                {**DUCKLING_CASE, "id": "d-3", "expected": [{"type": "number", "value": "2016-SU"}]})
    write_jsonl(tmp_path / "numbers" / "sequoia_like.jsonl",  # another suite's layout in the wrong folder
                {"id": "s-1", "text": "Gutenberg", "entities": [{"start": 0, "end": 9, "label": "PER"}]})
    (tmp_path / "numbers" / "cases.csv").write_text("text,value\ntrois,3\n", encoding="utf-8")

    result = runner.invoke(app, ["--suites", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["suites"]["skipped"] == {
        "numbers/cases.csv": "skipped, not a .jsonl suite file (one JSON case a line)",
        "numbers/duckling_extra.jsonl": "2 of 3 cases skipped (d-2: empty expected list; d-3: `value` has the wrong type (str))",
        "numbers/sequoia_like.jsonl": "skipped, no case in a layout it knows (s-1: no `expected`)",
    }
    totals = {(row["source"], row["group"]): row["total"] for row in payload["suites"]["rows"]}
    assert totals[("duckling_extra", "all")] == 1 and totals[("text2num_sample", "all")] == 1

    table = runner.invoke(app, ["--suites", str(tmp_path)], env={"COLUMNS": "200"})
    assert table.exit_code == 0 and "Traceback" not in table.output
    assert "numbers/sequoia_like.jsonl: skipped, no case in a layout it knows (s-1: no `expected`)" in table.output


@pytest.mark.model
def test_a_season_value_in_a_dates_suite_is_a_skipped_case(monkeypatch, fr_nlp, tmp_path):
    monkeypatch.setattr("pipeline.core.load_spacy", lambda model: fr_nlp)
    case = {"id": "p-1", "text": "le 11 mai 2014", "expression": "11 mai 2014", "reference": "2012-11-13T00:00:00",
            "expected": "2014-05-11T00:00:00", "expected_start": "2014-05-11T00:00:00", "expected_end": None,
            "type": "DATE", "grain": "day", "source": "hand-written"}
    season = {**case, "id": "p-2", "text": "l'été 2016", "expression": "l'été 2016", "expected": "2016-SU",
              "expected_start": None}
    write_jsonl(tmp_path / "dates" / "timex_values.jsonl", case, season)
    result = runner.invoke(app, ["--suites", str(tmp_path / "dates"), "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["suites"]["skipped"] == {
        "dates/timex_values.jsonl": "1 of 2 cases skipped (p-2: expected value '2016-SU' is not an ISO date-time)"}
    rows = {row["group"]: row for row in payload["suites"]["rows"]}
    assert (rows["all"]["passed"], rows["all"]["total"]) == (1, 1)
