"""The `extract` command through typer's CliRunner, with the session's model (loaded once)."""
import json

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()


@pytest.fixture
def shared_model(monkeypatch, fr_nlp):
    """`extract` loads its model through pipeline.core.load_spacy: hand it the session's model."""
    monkeypatch.setattr("pipeline.core.load_spacy", lambda model: fr_nlp)


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.model
def test_extract_two_files_and_a_bad_one(shared_model, tmp_path, seed_text):
    (tmp_path / "belarus-2020-08-30.txt").write_text(seed_text, encoding="utf-8")
    (tmp_path / "autre.txt").write_text("M. Macron est à l'Élysée. Il parle.", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    out = tmp_path / "out"
    files = [str(tmp_path / n) for n in ("belarus-2020-08-30.txt", "image.txt", "autre.txt")]
    result = runner.invoke(app, [*files, "--out", str(out), "--date", "2021-01-01"])
    assert result.exit_code == 1, result.output
    assert "error: " in result.output and "binary file" in result.output
    assert "3 documents (1 failed)" in result.output

    documents = read_jsonl(out / "documents.jsonl")
    assert [(d["doc_id"], d["status"], d["date"]) for d in documents] == [
        ("belarus-2020-08-30", "ok", "2021-01-01"), ("image", "error", None), ("autre", "ok", "2021-01-01")]
    assert list(documents[0])[:8] == ["doc_id", "source", "date", "title", "n_chars", "n_sentences", "status", "error"]

    texts = {"belarus-2020-08-30": seed_text, "autre": "M. Macron est à l'Élysée. Il parle."}
    for path in out.glob("*.jsonl"):
        if path.name == "documents.jsonl":
            continue
        for record in read_jsonl(path):
            assert texts[record["doc_id"]][record["start"]:record["end"]] == record["text"], (path.name, record)
    assert len(read_jsonl(out / "sentences.jsonl")) == 20


@pytest.mark.model
def test_date_from_file_name_and_exit_code_zero(shared_model, tmp_path, seed_text):
    (tmp_path / "belarus-2020-08-30.txt").write_text(seed_text, encoding="utf-8")
    result = runner.invoke(app, [str(tmp_path / "belarus-2020-08-30.txt"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert read_jsonl(tmp_path / "o" / "documents.jsonl")[0]["date"] == "2020-08-30"


@pytest.mark.model
def test_a_subset_of_stages_writes_only_its_files(shared_model, tmp_path):
    (tmp_path / "a.txt").write_text("Un. Deux.", encoding="utf-8")
    result = runner.invoke(app, [str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"), "--stages", "segmentation"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == ["documents.jsonl", "run.json", "sentences.jsonl"]


def test_bad_options_are_refused_before_any_work(tmp_path):
    result = runner.invoke(app, ["x.txt", "--date", "30/08/2020"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output
    result = runner.invoke(app, ["x.txt", "--stages", "segmentation,nope", "--out", str(tmp_path)])
    assert result.exit_code == 2 and "unknown stage 'nope'" in result.output
