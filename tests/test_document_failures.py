"""One document's failure is that document's error, never the run's (issue 25, item 1).

Failures are injected: a stage that raises or kills its process (tests/failing_pipelines.py), a
spaCy component that raises, output that cannot be serialised, a document over the model's limit.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from failing_pipelines import BREAKS, KILLS, Fragile, FragileSpec
from pipeline.core import Pipeline
from pipeline.document import Document
from pipeline.executors import PipelineSpec, ordered_window
from pipeline.runner import run
from pipeline.stages import Segmenter

TEXTS = {
    "a": "Le maire a parlé. Il a promis des écoles.",
    "b": f"Le conseil a voté. Une {BREAKS} est survenue.",
    "c": "La ministre est venue à Lyon.",
    "d": "Le préfet a signé un arrêté. Les habitants attendent.",
}


@Language.component("fails_on_breaks")
def fails_on_breaks(doc):
    if BREAKS in doc.text:
        raise ValueError("the model cannot read this")
    return doc


def fragile_pipeline(max_length: int | None = None, component: bool = False) -> Pipeline:
    nlp = spacy.blank("fr")
    if max_length:
        nlp.max_length = max_length
    if component:
        nlp.add_pipe("fails_on_breaks")
    return Pipeline(nlp, [Segmenter(nlp), Fragile(nlp)])


def corpus(tmp_path: Path, texts: dict[str, str]) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(json.dumps({"id": k, "text": v}) for k, v in texts.items()), encoding="utf-8")
    return path


def documents(out: Path) -> dict[str, dict]:
    lines = (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    return {d["doc_id"]: d for d in map(json.loads, lines)}


def sentences_by_doc(out: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in (out / "sentences.jsonl").read_text(encoding="utf-8").splitlines():
        doc_id = json.loads(line)["doc_id"]
        counts[doc_id] = counts.get(doc_id, 0) + 1
    return counts


def test_a_failing_stage_costs_its_document_only(tmp_path):
    summary = run(PipelineSpec(), [corpus(tmp_path, TEXTS)], tmp_path / "out", nlp=fragile_pipeline(), chunk_size=4)
    docs = documents(tmp_path / "out")
    assert list(docs) == ["a", "b", "c", "d"] and summary.failed == 1
    assert docs["b"]["error"] == "stage 'fragile' failed: KeyError: 'a record the stage needed is missing'"
    assert [d["status"] for k, d in docs.items() if k != "b"] == ["ok"] * 3
    assert sentences_by_doc(tmp_path / "out") == {"a": 2, "b": 2, "c": 1, "d": 2}


def test_a_model_component_failing_on_one_document_spares_its_batch():
    nlp = fragile_pipeline(component=True)
    docs = list(nlp.pipe([(t, {"id": k}) for k, t in TEXTS.items()], on_error="record"))
    assert [d.doc_id for d in docs] == list(TEXTS)
    assert docs[1].error == "could not be parsed: ValueError: the model cannot read this"
    assert all(d.status == "ok" and d.sentences for d in docs if d.doc_id != "b")


def test_a_longer_max_chars_raises_the_models_limit(tmp_path):
    long_text = "Le maire a parlé longuement. " * 40  # 1,160 characters, over the model's 500
    texts = {"a": TEXTS["a"], "long": long_text}
    nlp = fragile_pipeline(max_length=500)
    (refused,) = [d for d in nlp.pipe([long_text], on_error="record")]
    assert refused.error.startswith("could not be parsed: ValueError: [E088]")

    run(PipelineSpec(), [corpus(tmp_path, texts)], tmp_path / "out", nlp=nlp, max_chars=2_000)
    docs = documents(tmp_path / "out")
    assert docs["long"]["status"] == "ok" and docs["long"]["n_sentences"] == 40
    assert nlp.nlp.max_length == 2_000


def test_output_that_cannot_be_written_is_the_documents_error(tmp_path, monkeypatch):
    to_records = Document.to_records

    def fails_for_c(self):
        if self.doc_id == "c" and not self.error:
            raise TypeError("Object of type set is not JSON serializable")
        return to_records(self)

    monkeypatch.setattr(Document, "to_records", fails_for_c)
    run(PipelineSpec(), [corpus(tmp_path, {k: v for k, v in TEXTS.items() if k != "b"})], tmp_path / "out",
        nlp=fragile_pipeline())
    docs = documents(tmp_path / "out")
    assert docs["c"]["error"].startswith("output could not be written: TypeError")
    assert docs["a"]["status"] == docs["d"]["status"] == "ok"
    assert "c" not in sentences_by_doc(tmp_path / "out")


def test_worker_processes_record_a_failing_stage_and_a_killed_worker(tmp_path):
    texts = dict(TEXTS, e=f"Un orage. La {KILLS} tombe sur la mairie.", f="Le dernier article du lot.")
    summary = run(FragileSpec(), [corpus(tmp_path, texts)], tmp_path / "out", workers=2, chunk_size=2)
    docs = documents(tmp_path / "out")
    assert list(docs) == list(texts) and summary.failed == 2
    assert docs["b"]["error"].startswith("stage 'fragile' failed: KeyError")
    assert docs["e"]["error"].startswith("worker failed: BrokenProcessPool")
    assert {k for k, d in docs.items() if d["status"] == "ok"} == {"a", "c", "d", "f"}
    assert sentences_by_doc(tmp_path / "out") == {"a": 2, "b": 2, "c": 1, "d": 2, "f": 1}


def test_a_chunk_whose_result_fails_is_sent_again_one_document_at_a_time():
    chunk = [Document("Un.", doc_id="x"), Document("Deux.", doc_id="y"), Document("Trois.", doc_id="z")]

    def submit(docs):
        return docs

    def result(docs):
        if len(docs) > 1 or docs[0].doc_id == "y":
            raise EOFError("the worker went away")
        return [docs[0].doc_id]

    (tag, out), = ordered_window(submit, result, [("t", chunk)], window=2, names=["documents"])
    assert tag == "t" and out[0] == "x" and out[2] == "z"
    assert out[1].document["doc_id"] == "y" and out[1].document["error"] == "worker failed: EOFError: the worker went away"
    with pytest.raises(EOFError):  # without record names the failure is the caller's
        list(ordered_window(submit, result, [("t", chunk)], window=2))
