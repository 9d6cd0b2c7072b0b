"""Who said it: speaker phrases the quote finders read across layout and word order (issue 13).

Each case is (text, words of the quote, expected speaker text, expected canonical or ANY); the
sentences are written for these tests. The quote is the one whose content holds the given words.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

ANY = object()

CASES = [
    # a bare title whose name a paragraph break pushed to the next line
    ('"Nous irons jusqu\'au bout de cette réforme", a déclaré M.\n\nDurand, maire de la ville.',
     "jusqu'au bout", "M.\n\nDurand", ANY),
    # an adverbial phrase between the inverted verb and its subject
    ('"Le projet est mort-né", tranche de son côté un cadre du parti.',
     "mort-né", "un cadre du parti", None),
    ('"Nous voterons contre ce texte", annonce pour sa part la sénatrice Claire Martin.',
     "voterons contre", "la sénatrice Claire Martin", "Claire Martin"),
]


@pytest.fixture(scope="module")
def speaker_pipeline(fr_nlp):
    import pipeline

    return pipeline.load(stages=["segmentation", "entities", "coreference", "quotes"], nlp=fr_nlp)


@pytest.mark.parametrize("text, words, speaker, canonical", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_speaker(speaker_pipeline, text, words, speaker, canonical):
    doc = speaker_pipeline(text, doc_id="t")
    quotes = [q for q in doc.quotes if words in q.text]
    assert len(quotes) == 1, [(q.text, q.speaker) for q in doc.quotes]
    assert quotes[0].speaker == speaker
    if canonical is not ANY:
        assert quotes[0].speaker_canonical == canonical
    assert doc.offset_errors() == []
