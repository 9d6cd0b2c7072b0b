"""The one resolver on the real model: built by the coreference stage, shared by quotes and facts.
Sentences are invented."""
import pytest

import pipeline
from pipeline.coreference.resolver import Resolver

pytestmark = pytest.mark.model

TEXT = ("La ministre de la Santé, Claire Vidal, a présenté jeudi son plan. « Nous recruterons 4.000 "
        "infirmiers », a-t-elle déclaré. Elle a ajouté que le budget augmenterait de 3 %.")


@pytest.fixture(scope="module")
def resolved(fr_nlp):
    nlp = pipeline.load(stages=["segmentation", "entities", "coreference", "quotes", "facts"], nlp=fr_nlp)
    return nlp(TEXT, doc_id="t")


def test_the_coreference_stage_builds_the_resolver_quotes_remember_their_speakers_in(resolved):
    assert isinstance(resolved.resolver, Resolver)
    assert resolved.resolver.coreference is resolved.coreference
    assert resolved.resolver.history and {s.canonical for s in resolved.resolver.history} == {"Claire Vidal"}


def test_any_phrase_is_asked_of_it(resolved):
    spacy_doc = resolved.spacy_doc
    role = next(t for t in spacy_doc if t.text == "ministre")
    pronoun = next(t for t in spacy_doc if t.text == "Elle")
    assert resolved.resolver.name_of(role) == "Claire Vidal"
    assert resolved.resolver.name_of(pronoun) == "Claire Vidal"


def test_quotes_and_facts_read_the_same_answer(resolved):
    assert resolved.quotes and {q.speaker_canonical for q in resolved.quotes} == {"Claire Vidal"}
    budget = [f for f in resolved.facts if f.kind == "quantity" and f.value == 3]
    assert budget and budget[0].source_canonical == "Claire Vidal"
