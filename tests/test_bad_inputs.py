"""The bad-input matrix of issue 25, items 5-10, through `extract` (CliRunner, a blank model: no parse needed).

Each case checks the status of the run or the document and the message the user reads.
"""
import json
import os
import subprocess
import sys

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.output_lock import LOCK_NAME

runner = CliRunner()
TEXT = "Le maire de Lyon a présenté son budget. Il sera voté en mars."


@pytest.fixture
def blank_model(monkeypatch):
    spacy = pytest.importorskip("spacy")
    monkeypatch.setattr("pipeline.core.load_spacy", lambda model: spacy.blank("fr"))


def extract(*args):
    return runner.invoke(app, [*map(str, args), "--stages", "segmentation", "--quiet"])


def documents(out):
    return [json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]


def outputs(out):
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.jsonl"))}


# -- 6. .json and .csv --------------------------------------------------------------------------
def test_a_json_array_is_read_like_jsonl(blank_model, tmp_path):
    path = tmp_path / "articles.json"
    path.write_text(json.dumps([{"id": "a1", "text": TEXT, "date": "30/08/2020", "section": "politique"},
                                {"id": "a2", "text": TEXT, "url": "https://example.org/a2"}]), encoding="utf-8")
    result = extract(path, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    a1, a2 = documents(tmp_path / "out")
    assert (a1["doc_id"], a1["date"], a1["section"], a1["source"]) == ("a1", "2020-08-30", "politique", f"{path}[0]")
    assert a1["warnings"] == ["date '30/08/2020' read as 2020-08-30"]
    assert (a2["url"], a2["source"]) == ("https://example.org/a2", f"{path}[1]")


def test_a_json_object_holding_a_list_of_articles_is_read(blank_model, tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"count": 1, "articles": [{"id": "b1", "text": TEXT}]}), encoding="utf-8")
    assert extract(path, "--out", tmp_path / "out").exit_code == 0
    assert [d["doc_id"] for d in documents(tmp_path / "out")] == ["b1"]


@pytest.mark.parametrize("content,message", [
    ({"name": "config", "values": [1, 2]}, "a .json input must hold an array of articles"),
    ("just a string", "a .json input must hold an array of articles (objects with `text`); got str"),
])
def test_other_json_is_refused_by_name(blank_model, tmp_path, content, message):
    path = tmp_path / "data.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    result = extract(path, "--out", tmp_path / "out")
    assert result.exit_code == 1
    (doc,) = documents(tmp_path / "out")
    assert doc["status"] == "error" and message in doc["error"] and message in result.stderr


def test_a_csv_with_a_text_column_is_read_with_its_metadata_columns(blank_model, tmp_path):
    path = tmp_path / "corpus.csv"
    pd.DataFrame({"id": ["c1", "c2"], "title": ["Budget", ""], "text": [TEXT, "Le conseil, réuni jeudi, vote."],
                  "date": ["2020-08-30", "dimanche 30 août 2020"], "section": ["politique", "monde"],
                  "likes": ["3", "4"]}).to_csv(path, index=False)
    result = extract(path, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    c1, c2 = documents(tmp_path / "out")
    assert (c1["doc_id"], c1["title"], c1["date"], c1["section"], c1["source"]) == (
        "c1", "Budget", "2020-08-30", "politique", f"{path}[0]")
    assert (c2["title"], c2["date"], c2["section"]) == (None, "2020-08-30", "monde")


def test_a_csv_from_a_french_spreadsheet_with_semicolons_is_read(blank_model, tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes("id;date;text\nx1;30/08/2020;\"Le maire, élu en mars; a présenté son budget.\"\n".encode("cp1252"))
    result = extract(path, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    (doc,) = documents(tmp_path / "out")
    assert (doc["doc_id"], doc["date"], doc["n_chars"]) == ("x1", "2020-08-30", 45)
    assert doc["warnings"][0].endswith("decoded as Windows-1252")


def test_a_csv_without_a_text_column_is_refused_by_name(blank_model, tmp_path):
    path = tmp_path / "table.csv"
    path.write_text("id,body\n1,Un texte.\n", encoding="utf-8")
    result = extract(path, "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert "a .csv input needs a `text` column (one article a row); its columns are: id, body" in result.stderr


# -- 8. folders ------------------------------------------------------------------------------------
def corpus_folder(tmp_path):
    raw = tmp_path / "raw"
    (raw / "sub").mkdir(parents=True)
    (raw / ".hidden").mkdir()
    for name in ("b.txt", "a.txt", "sub/c.txt", ".hidden/x.txt", ".draft.txt"):
        (raw / name).write_text(TEXT, encoding="utf-8")
    (raw / "a.json").write_text(json.dumps({"date": "2020-08-30"}), encoding="utf-8")  # a's sidecar
    (raw / "notes.md").write_text("# not an input", encoding="utf-8")
    return raw


def test_a_folder_is_read_recursively_in_order_skipping_hidden_files_and_sidecars(blank_model, tmp_path):
    raw = corpus_folder(tmp_path)
    result = extract(raw, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert f"note: {raw}: 3 input files (3 .txt)" in result.stderr
    assert [(d["doc_id"], d["date"]) for d in documents(tmp_path / "out")] == [
        ("a", "2020-08-30"), ("b", None), ("c", None)]


def test_extract_dir_and_extract_dir_star_txt_write_the_same_output(blank_model, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("b.txt", "a-2020-08-30.txt", "c.txt"):
        (raw / name).write_text(f"{name}. {TEXT}", encoding="utf-8")
    (raw / "c.json").write_text(json.dumps({"title": "Titre", "date": "30 août 2020"}), encoding="utf-8")
    assert extract(raw, "--out", tmp_path / "dir").exit_code == 0
    star = sorted(str(p) for p in raw.glob("*.txt"))  # the shell's glob order (LC_ALL=C)
    assert extract(*star, "--out", tmp_path / "star").exit_code == 0
    assert outputs(tmp_path / "dir") == outputs(tmp_path / "star")


def test_the_output_folder_inside_the_input_folder_is_skipped(blank_model, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(TEXT, encoding="utf-8")
    assert extract(raw, "--out", raw / "out").exit_code == 0
    result = extract(raw, "--out", raw / "out", "--overwrite")  # out/*.jsonl are not read as inputs
    assert result.exit_code == 0 and [d["doc_id"] for d in documents(raw / "out")] == ["a"]


def test_an_empty_folder_is_a_usage_error(tmp_path):
    (tmp_path / "empty").mkdir()
    result = extract(tmp_path / "empty", "--out", tmp_path / "out")
    assert result.exit_code == 2 and "no input files" in result.stderr


# -- 10. smaller -------------------------------------------------------------------------------------
def test_the_same_file_twice_is_read_once_with_a_note(blank_model, tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = extract(tmp_path / "a.txt", tmp_path / "a.txt", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert f"note: {tmp_path / 'a.txt'} given twice; read once" in result.stderr
    assert [d["doc_id"] for d in documents(tmp_path / "out")] == ["a"]


def test_a_huge_title_is_cut_with_a_warning(blank_model, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "t1", "text": TEXT, "title": "Titre " * 200_000}) + "\n", encoding="utf-8")
    result = extract(path, "--out", tmp_path / "out")
    (doc,) = documents(tmp_path / "out")
    assert len(doc["title"]) == 1000
    assert doc["warnings"] == ["title of 1,200,000 characters cut to its first 1,000"]
    assert f"warning: {path}:1 (t1): title of 1,200,000 characters" in result.stderr


@pytest.mark.parametrize("value", ["true", "False", "1"])
def test_a_value_after_a_flag_is_not_read_as_an_input(tmp_path, value):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = extract(tmp_path / "a.txt", "--overwrite", value, "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert "flags such as --overwrite, --resume and --quiet take no value" in result.output
    assert not (tmp_path / "out").exists()


def test_help_shows_flags_as_flags_and_keeps_brackets():
    result = runner.invoke(app, ["--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    assert "<bool>" not in result.output and "[dask]" in result.output
    assert "--overwrite  " in result.output and "--resume  " in result.output


def test_ctrl_c_says_what_is_kept_and_how_to_finish(blank_model, monkeypatch, tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("pipeline.runner.run", interrupted)
    result = extract(tmp_path / "a.txt", "--out", tmp_path / "out")
    assert result.exit_code == 130
    assert "interrupted: 0 of 1 documents were written" in result.stderr
    assert "run the same command with --resume to finish" in result.stderr


# -- 5. the lock ----------------------------------------------------------------------------------------
def write_lock(out, pid, process_start=None):
    out.mkdir(parents=True, exist_ok=True)
    import socket
    (out / LOCK_NAME).write_text(json.dumps({"pid": pid, "host": socket.gethostname(),
                                             "started": "2020-08-30T14:32:00+00:00", "process_start": process_start}))


@pytest.mark.parametrize("flag", [[], ["--resume"], ["--overwrite"]])
def test_a_second_writer_is_refused_naming_the_running_one(blank_model, tmp_path, flag):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    assert extract(tmp_path / "a.txt", "--out", out).exit_code == 0
    live = out / ".partial-1"  # a live run's staging folder
    live.mkdir()
    (live / "records.tsv").write_text("", encoding="utf-8")
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        from pipeline.output_lock import process_start
        write_lock(out, sleeper.pid, process_start(sleeper.pid))
        result = extract(tmp_path / "a.txt", "--out", out, *flag)
    finally:
        sleeper.kill()
        sleeper.wait()
    assert result.exit_code == 2
    assert f"is being written by another extract run (pid {sleeper.pid} on" in result.stderr
    assert "started 2020-08-30T14:32:00+00:00" in result.stderr
    assert live.is_dir()  # never deleted under the live run
    assert (out / LOCK_NAME).is_file()  # the owner's lock is left alone


def dead_pid():
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_a_stale_lock_is_removed_and_the_run_goes_on(blank_model, tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    pid = dead_pid()
    write_lock(out, pid)
    result = extract(tmp_path / "a.txt", "--out", out)
    assert result.exit_code == 0, result.output
    assert f"note: {out}: removed a stale lock of pid {pid} on" in result.stderr
    assert not (out / LOCK_NAME).exists()  # released at the end


def test_a_reused_pid_is_a_stale_lock(blank_model, tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    write_lock(out, os.getppid(), process_start="1")  # alive, but not the process that took the lock
    if not os.path.exists(f"/proc/{os.getppid()}/stat"):
        pytest.skip("no /proc: a reused pid cannot be told apart")
    assert extract(tmp_path / "a.txt", "--out", out).exit_code == 0


def test_the_lock_is_released_after_an_error(blank_model, tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    assert extract(tmp_path / "a.txt", "--out", out).exit_code == 0
    refused = extract(tmp_path / "a.txt", "--out", out)
    assert refused.exit_code == 2 and "--overwrite" in refused.stderr
    assert not (out / LOCK_NAME).exists()
