"""Bad metadata through `extract` (CliRunner): never dropped silently, always named (no model needed).

A blank French pipeline stands in for the model: only the segmentation stage runs, and what is
tested here (reading the inputs, the warnings on stderr and in documents.jsonl) does not need a parse.
"""
import json

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()
TEXT = "Le maire de Lyon a présenté son budget. Il sera voté en mars."


@pytest.fixture
def blank_model(monkeypatch):
    spacy = pytest.importorskip("spacy")
    monkeypatch.setattr("pipeline.core.load_spacy", lambda model: spacy.blank("fr"))


def extract(tmp_path, *args):
    out = tmp_path / "out"
    result = runner.invoke(app, [*map(str, args), "--out", str(out), "--stages", "segmentation", "--quiet"])
    documents = [json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    return result, {d["doc_id"]: d for d in documents}


def write_jsonl(path, *items):
    path.write_text("\n".join(json.dumps(item, ensure_ascii=False) for item in items) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("bad,reason", [
    ("not-a-date", "is not a date"),
    ("2020-02-30", "is not a real date"),
    ("20200830", "is not a full date (a day, a month and a year)"),
    ("08/09", "is not a full date (a day, a month and a year)"),
    ("hier", "is not a date"),
])
def test_an_invalid_jsonl_date_is_a_warning_and_the_next_source_is_used(blank_model, tmp_path, bad, reason):
    path = write_jsonl(tmp_path / "a.jsonl", {"id": "a1", "text": TEXT, "date": bad})
    result, docs = extract(tmp_path, path, "--date", "2021-03-04")
    message = f"date '{bad}' {reason}; ignored"
    assert result.exit_code == 0, result.output
    assert docs["a1"]["status"] == "ok" and docs["a1"]["date"] == "2021-03-04"
    assert docs["a1"]["warnings"] == [message]
    assert f"warning: {path}:1 (a1): {message}" in result.stderr


def test_a_jsonl_date_in_another_form_is_read_with_a_warning(blank_model, tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", {"id": "a1", "text": TEXT, "date": "Publié le 30 août 2020 à 14h32"})
    result, docs = extract(tmp_path, path, "--date", "2021-03-04")
    assert docs["a1"]["date"] == "2020-08-30"
    assert docs["a1"]["warnings"] == ["date 'Publié le 30 août 2020 à 14h32' read as 2020-08-30"]


def test_an_invalid_sidecar_date_falls_back_to_the_file_name(blank_model, tmp_path):
    (tmp_path / "budget-2020-09-01.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "budget-2020-09-01.json").write_text(json.dumps({"date": "not-a-date", "title": ["Budget"]}))
    result, docs = extract(tmp_path, tmp_path / "budget-2020-09-01.txt")
    doc = docs["budget-2020-09-01"]
    assert result.exit_code == 0, result.output
    assert (doc["date"], doc["title"]) == ("2020-09-01", None)
    assert doc["warnings"] == ["date 'not-a-date' is not a date; ignored", "`title` is not a string (got list); ignored"]
    assert "date 'not-a-date' is not a date; ignored" in result.stderr


def test_an_impossible_date_in_the_file_name_is_named(blank_model, tmp_path):
    (tmp_path / "note-2020-13-45.txt").write_text(TEXT, encoding="utf-8")
    result, docs = extract(tmp_path, tmp_path / "note-2020-13-45.txt")
    assert docs["note-2020-13-45"]["date"] is None
    assert docs["note-2020-13-45"]["warnings"] == ["file-name date '2020-13-45' is not a real date; ignored"]


def test_a_sidecar_that_is_not_an_object_is_a_warning(blank_model, tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.json").write_text('["2020-08-30"]')
    result, docs = extract(tmp_path, tmp_path / "a.txt")
    assert docs["a"]["status"] == "ok"
    assert docs["a"]["warnings"] == ["sidecar a.json is not a JSON object (got list); ignored"]


@pytest.mark.parametrize("value", ["not-a-date", "2020-02-30", "20200830"])
def test_an_invalid_date_option_is_a_usage_error_naming_it(tmp_path, value):
    result = runner.invoke(app, [str(tmp_path / "x.txt"), "--date", value, "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert f"'{value}' is not a date in YYYY-MM-DD form" in result.output
    assert not (tmp_path / "out").exists()


def test_wrong_types_in_jsonl_lines(blank_model, tmp_path):
    path = write_jsonl(
        tmp_path / "c.jsonl",
        {"id": "n1", "text": 42},
        {"id": "n2", "text": None},
        {"id": "n3"},
        {"id": ["n4"], "text": TEXT},
        {"id": "", "text": TEXT},
        {"id": "n6", "text": TEXT, "title": 2020, "url": {"href": "https://example.org"}},
        {"id": 7, "text": TEXT, "url": "https://example.org/7"},
    )
    result, docs = extract(tmp_path, path)
    assert result.exit_code == 1  # some lines failed
    errors = {doc_id: d["error"] for doc_id, d in docs.items() if d["status"] == "error"}
    assert errors == {
        "n1": "`text` is not a string (got int)",
        "n2": "`text` is not a string (got null)",
        "n3": "no `text` field",
        "c-4": "`id` is not a string (got list)",
        "c-5": "`id` is an empty string",
    }
    assert docs["n6"]["status"] == "ok" and docs["n6"]["title"] is None and docs["n6"]["source"] == f"{path}:6"
    assert docs["n6"]["warnings"] == ["`url` is not a string (got dict); ignored", "`title` is not a string (got int); ignored"]
    assert docs["7"]["status"] == "ok" and docs["7"]["url"] == "https://example.org/7"  # an integer id is an id
    assert docs["7"]["source"] == f"{path}:7"  # where the text was read; the URL is kept apart
    for line in ["error: " + f"{path}:1 (n1): `text` is not a string (got int)",
                 f"warning: {path}:6 (n6): `title` is not a string (got int); ignored"]:
        assert line in result.stderr
