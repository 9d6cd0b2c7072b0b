"""Reliability: the bad-input matrix, refusing to clobber output, resume, kill -9, determinism."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()
GOOD = "Le président Emmanuel Macron a déclaré mardi à Paris que la réforme serait votée. "
ENGLISH = "The president said on Tuesday that the reform would be passed by the parliament before the summer. " * 3
RUSSIAN = "Президент заявил во вторник, что реформа будет принята парламентом до лета этого года. " * 3

# name, bytes, expected status, a piece of the expected message (error or warning)
MATRIX = [
    ("empty.txt", b"", "error", "empty file"),
    ("blank.txt", b"  \n\t \n", "error", "whitespace only"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "error", "binary file"),
    ("bom.txt", b"\xef\xbb\xbf" + GOOD.encode("utf-8"), "ok", "byte-order mark"),
    ("latin1.txt", GOOD.encode("latin-1"), "ok", "decoded as Windows-1252"),
    ("cp1252.txt", ("L’Élysée « répond » : " + GOOD).encode("cp1252"), "ok", "decoded as Windows-1252"),
    ("utf16.txt", GOOD.encode("utf-16"), "ok", "UTF-16"),
    ("english.txt", ENGLISH.encode(), "ok", "probably not French"),
    ("russian.txt", RUSSIAN.encode(), "ok", "non-Latin script"),
    ("page.txt", f"<html><body><p>{GOOD}</p><div>x</div></body></html>".encode(), "ok", "looks like HTML"),
    ("quotes.txt", ("« Il a dit « non, puis \"oui. " + GOOD).encode(), "ok", "unbalanced quotation marks"),
    ("controls.txt", ("Le\x00 président\x07 parle.\x1b " + GOOD).encode("utf-8").replace(b"\x00", b"\x01"), "ok",
     "control characters"),
    ("oneline.txt", ("mot " * 50_000).encode(), "ok", None),
]


@pytest.fixture
def shared_model(monkeypatch, fr_nlp):
    monkeypatch.setattr("pipeline.core.load_spacy", lambda model: fr_nlp)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.jsonl"))}


@pytest.mark.model
def test_bad_input_matrix(shared_model, tmp_path):
    for name, data, _, _ in MATRIX:
        (tmp_path / name).write_bytes(data)
    (tmp_path / "huge.txt").write_bytes(b"mot " * 5_000_000)  # 20 MB
    (tmp_path / "corpus.jsonl").write_text("\n".join([
        json.dumps({"id": "j1", "text": GOOD}), "{broken", json.dumps({"id": "j3"}), json.dumps({"id": "j1", "text": GOOD}),
    ]), encoding="utf-8")
    (tmp_path / "a-directory").mkdir()
    files = [str(tmp_path / n) for n, *_ in MATRIX] + [
        str(tmp_path / n) for n in ("huge.txt", "corpus.jsonl", "missing.txt", "a-directory")]
    out = tmp_path / "out"
    result = runner.invoke(app, [*files, "--out", str(out)])
    assert result.exit_code == 1, result.output

    documents = {d["doc_id"] + ("#dup" if d["doc_id"] == "j1" and d["status"] == "error" else ""): d
                 for d in read_jsonl(out / "documents.jsonl")}
    for name, _, status, message in MATRIX:
        record = documents[Path(name).stem]
        assert record["status"] == status, (name, record)
        if message:
            assert message in " ".join([record["error"] or "", *record["warnings"]]), (name, record)
            assert message in result.output  # and one line on stderr
    expected_errors = {"huge": "too large", "corpus-2": "broken JSON line", "j3": "no `text` field",
                       "j1#dup": "duplicate doc_id", "missing": "no such file"}
    for doc_id, message in expected_errors.items():
        assert message in documents[doc_id]["error"], documents[doc_id]
    assert documents["j1"]["status"] == "ok"
    assert "a-directory: 0 input files" in result.output  # an empty folder adds no document, with a note

    texts = {}
    for name, data, status, _ in MATRIX:
        if status == "ok":
            texts[Path(name).stem] = None
    for path in out.glob("*.jsonl"):
        for record in read_jsonl(path):
            assert record["doc_id"] in documents or record["doc_id"] == "j1"
            if "start" in record:
                assert record["end"] >= record["start"]
    assert len([d for d in documents.values() if d["status"] == "ok"]) == 11


def test_unreadable_file_is_reported(monkeypatch, tmp_path):
    from pipeline.inputs import read_inputs

    path = tmp_path / "secret.txt"
    path.write_text("Texte.")
    monkeypatch.setattr(Path, "read_bytes", lambda self: (_ for _ in ()).throw(PermissionError(13, "denied")))
    (doc,) = read_inputs([path])
    assert doc.error == "permission denied"


@pytest.mark.model
def test_refuses_existing_output_then_overwrites_or_resumes(shared_model, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    assert runner.invoke(app, [str(tmp_path / "a.txt"), "--out", str(out)]).exit_code == 0
    first = outputs(out)
    refused = runner.invoke(app, [str(tmp_path / "a.txt"), "--out", str(out)])
    assert refused.exit_code == 2 and "--overwrite" in refused.output
    assert outputs(out) == first  # nothing touched
    assert runner.invoke(app, [str(tmp_path / "a.txt"), "--out", str(out), "--overwrite"]).exit_code == 0
    assert outputs(out) == first  # deterministic
    resumed = runner.invoke(app, [str(tmp_path / "a.txt"), "--out", str(out), "--resume"])
    assert "1 carried over" in resumed.output and outputs(out) == first
    manifest = json.loads((out / "run.json").read_text())
    assert manifest["model_version"] and manifest["spacy_version"] and manifest["counts"]["carried_over"] == 1
    assert not list(out.glob(".partial-*"))


def corpus_file(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": f"d{i:03d}", "date": "2020-08-30",
                         "text": f"Article {i}.\n\nSelon l'AFP, M. Dupont a obtenu {i},5 % des voix à Lyon. " + GOOD})
             for i in range(n)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def extract_process(args: list[str]) -> subprocess.Popen:
    code = "from pipeline.cli import app; app()"
    return subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.model
@pytest.mark.slow
def test_killed_run_leaves_whole_documents_and_resume_finishes_it(tmp_path):
    corpus = corpus_file(tmp_path, 400)
    out = tmp_path / "out"
    process = extract_process([str(corpus), "--out", str(out), "-q"])
    staged = None
    deadline = time.time() + 120
    while time.time() < deadline and process.poll() is None:
        staged = next(out.glob(".partial-*/records.tsv"), None) if out.exists() else None
        if staged and staged.read_bytes().count(b"documents\t") >= 30:
            break
        time.sleep(0.05)
    assert process.poll() is None, "the run ended before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    assert not list(out.glob("*.jsonl"))  # nothing committed, nothing half-committed
    lines = staged.read_bytes().splitlines(keepends=True)
    by_doc: dict[str, set[str]] = {}
    for line in lines:
        assert line.endswith(b"\n")
        name, _, body = line.partition(b"\t")
        record = json.loads(body)  # every line parses
        by_doc.setdefault(record["doc_id"], set()).add(name.decode())
    assert by_doc and all("documents" in names for names in by_doc.values())  # all of a document or none
    done_before = len(by_doc)

    resumed = extract_process([str(corpus), "--out", str(out), "-q", "--resume"])
    stdout, stderr = resumed.communicate(timeout=600)
    assert resumed.returncode == 0, stderr.decode()
    assert f"{done_before} carried over" in stdout.decode()

    fresh = tmp_path / "fresh"
    complete = extract_process([str(corpus), "--out", str(fresh), "-q"])
    complete.communicate(timeout=600)
    assert outputs(out) == outputs(fresh)  # byte-identical to an uninterrupted run
    assert len(read_jsonl(out / "documents.jsonl")) == 400


@pytest.mark.model
def test_resume_reprocesses_a_changed_file(shared_model, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    files = [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert runner.invoke(app, [*files, "--out", str(out)]).exit_code == 0
    (tmp_path / "b.txt").write_text("Marine Le Pen a parlé à Lille.", encoding="utf-8")
    result = runner.invoke(app, [*files, "--out", str(out), "--resume"])
    assert "1 carried over" in result.output
    entities = [e["text"] for e in read_jsonl(out / "entities.jsonl") if e["doc_id"] == "b"]
    assert entities == ["Marine Le Pen", "Lille"]


def children_of(pid: int) -> set[int]:
    """Pids of the live processes whose parent is `pid` (read from /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")
def test_kill_9_of_the_main_process_takes_its_workers_along(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": f"d{i}", "text": f"Article {i}. Le maire a parlé."})
                                for i in range(200)), encoding="utf-8")
    tests = Path(__file__).parent
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tests), os.environ.get("PYTHONPATH", "")]))
    parent = subprocess.Popen([sys.executable, str(tests / "failing_pipelines.py"), str(corpus), str(tmp_path / "out")],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 120
        workers: set[int] = set()
        while time.time() < deadline and parent.poll() is None:  # both workers started and working
            staged = next((tmp_path / "out").glob(".partial-*/records.tsv"), None)
            workers = children_of(parent.pid)
            if len(workers) >= 3 and staged and staged.read_bytes().count(b"documents\t") >= 2:
                break  # two workers and the resource tracker
            time.sleep(0.1)
        assert parent.poll() is None and len(workers) >= 2, "the run ended or never started its workers"
    finally:
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
    deadline = time.time() + 10
    while time.time() < deadline and any(alive(pid) for pid in workers):
        time.sleep(0.1)
    assert not [pid for pid in workers if alive(pid)], "workers outlived their parent"
