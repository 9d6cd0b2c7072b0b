"""Building pipelines: stage order, requirement checks, pipe inputs, error policy (no model needed)."""
import pytest
import spacy

import pipeline
from pipeline.core import Pipeline, check_requirements, stage_class
from pipeline.document import Document
from pipeline.errors import PipelineError
from pipeline.stage import Stage
from pipeline.stages import Segmenter


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("fr")


class Needy(Stage):
    name = "needy"
    requires = frozenset({"sentences", "entities"})
    provides = frozenset({"facts"})

    def __call__(self, doc):
        return doc


class Broken(Stage):
    name = "broken"
    requires = frozenset({"sentences"})

    def __call__(self, doc):
        raise RuntimeError("boom")


def test_requirements_are_checked_when_built_and_name_what_is_missing(blank):
    with pytest.raises(PipelineError, match=r"'needy' needs entities, sentences"):
        Pipeline(blank, [Needy(blank)])
    with pytest.raises(PipelineError, match=r"'needy' needs entities"):
        Pipeline(blank, [Segmenter(blank), Needy(blank)])


def test_stages_run_in_the_order_given(blank):
    with pytest.raises(PipelineError):
        check_requirements([Broken(blank), Segmenter(blank)])
    check_requirements([Segmenter(blank), Broken(blank)])


def test_unknown_stage_is_an_error_before_any_model_loads():
    with pytest.raises(PipelineError, match="unknown stage 'tokens'"):
        pipeline.load(stages=["segmentation", "tokens"])


def test_stage_classes_are_importable_from_pipeline_stages():
    from pipeline.stages import EntityRecognizer

    assert stage_class("segmentation") is Segmenter
    assert EntityRecognizer.name == "entities"


def test_pipe_accepts_texts_pairs_and_documents_in_order(blank):
    nlp = Pipeline(blank, [Segmenter(blank)])
    docs = list(nlp.pipe(["Un. Deux.", ("Trois.", {"id": "b", "date": "2020-01-02"}), Document("Quatre.", doc_id="c")]))
    assert [d.doc_id for d in docs] == ["doc", "b", "c"]
    assert [len(d.sentences) for d in docs] == [2, 1, 1]
    assert str(docs[1].date) == "2020-01-02"


def test_call_returns_a_document_with_metadata(blank):
    doc = Pipeline(blank, [Segmenter(blank)])("Un. Deux.", doc_id="a1", date="2020-08-30")
    assert (doc.doc_id, doc.date.isoformat()) == ("a1", "2020-08-30")
    assert doc.to_records()["sentences"][1]["id"] == "a1:s1"


def test_stage_error_raises_in_library_and_is_recorded_on_request(blank):
    nlp = Pipeline(blank, [Segmenter(blank), Broken(blank)])
    with pytest.raises(RuntimeError):
        nlp("Un.")
    doc, ok = nlp.pipe(["Un.", "Deux."], on_error="record")
    assert doc.status == "error" and "stage 'broken' failed: RuntimeError: boom" in doc.error
    assert doc.sentences  # what earlier stages found is kept


def test_record_names_follow_the_stages(blank):
    assert Pipeline(blank, [Segmenter(blank)]).record_names == ["sentences", "documents"]


def test_importing_pipeline_loads_no_model():
    import subprocess
    import sys

    code = "import pipeline, pipeline.stages, pipeline.cli, sys; print('spacy.lang.fr' in sys.modules or any(m.startswith('fr_core') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
