"""`extract-export` (CliRunner) on a hand-built output folder: formats, --joined, clear errors (no model)."""
import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline import io
from pipeline.document import Document
from pipeline.export.cli import app
from pipeline.records import Sentence

runner = CliRunner()
TEXT = "Le maire de Lyon a présenté son budget."


@pytest.fixture
def out(tmp_path):
    doc = Document(TEXT, doc_id="a1", date="2020-08-30", source=str(tmp_path / "a1.txt"), section="politique")
    doc.sentences = [Sentence("a1", "a1:s0", 0, len(TEXT), TEXT, 0, False)]
    folder = tmp_path / "out"
    folder.mkdir()
    for name, rows in doc.to_records().items():
        (folder / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return folder


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_help_lists_the_formats():
    result = invoke("--help")
    assert result.exit_code == 0
    assert "--format" in result.output and "csv|parquet|timeml" in result.output and "--joined" in result.output


def test_csv_export_plain_and_joined(out, tmp_path):
    result = invoke(out, "--to", tmp_path / "csv")
    assert result.exit_code == 0, result.output
    assert "csv files in" in result.stdout
    assert pd.read_csv(tmp_path / "csv" / "sentences.csv")["text"].tolist() == [TEXT]
    result = invoke(out, "--to", tmp_path / "joined", "--format", "csv", "--joined")
    assert result.exit_code == 0
    joined = pd.read_csv(tmp_path / "joined" / "sentences.csv")
    assert joined["doc_date"].tolist() == ["2020-08-30"] and joined["doc_section"].tolist() == ["politique"]


def test_parquet_export_or_a_clear_error(out, tmp_path):
    result = invoke(out, "--to", tmp_path / "pq", "--format", "parquet")
    if io.parquet_available():
        assert result.exit_code == 0 and (tmp_path / "pq" / "documents.parquet").is_file()
    else:
        assert result.exit_code == 1 and "pip install pyarrow" in result.stderr


@pytest.mark.parametrize("args,message", [
    (["--to", "{tmp}/e", "--format", "timeml", "--joined"], "--joined applies to csv and parquet only"),
    (["--to", "{tmp}/e", "--input", "{tmp}/a.txt"], "--input applies to timeml only"),
    (["--to", "{out}"], "--to must be another folder than OUT"),
])
def test_option_errors_are_named(out, tmp_path, args, message):
    result = invoke(out, *[a.format(tmp=tmp_path, out=out) for a in args])
    assert result.exit_code == 1 and message in result.stderr


def test_a_folder_that_is_not_an_output_is_refused(tmp_path):
    result = invoke(tmp_path / "nowhere", "--to", tmp_path / "e")
    assert result.exit_code == 1
    assert "is not an output folder of extract (no documents.jsonl)" in result.stderr
    assert not (tmp_path / "e").exists()


def test_an_unknown_format_is_a_usage_error(out, tmp_path):
    result = invoke(out, "--to", tmp_path / "e", "--format", "xlsx")
    assert result.exit_code == 2 and "xlsx" in result.output


def test_a_missing_destination_is_a_usage_error(out):
    result = invoke(out)
    assert result.exit_code == 2 and "--to" in result.output
