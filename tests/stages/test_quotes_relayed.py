"""Who speaks when the reporting clause names someone else too: the addressee of an inverted cue,
a journalist relaying the words, a medium that reports a statement (issues 22 and 23).

Each expected quote is (kind, content, speaker text or None), compared as exact strings of the
document. The sentences are invented, or paraphrase corpus articles outside both dev sets (the
OrangeSum id is given where one did).
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

ADDRESSEE = [  # the addressee of an inverted cue ends at its medium; the speaker follows it
    # orangesum-1195: '…", a déclaré à l'AFP Darien Chen, organisateur de la marche'
    ('"Nous marcherons malgré tout", a déclaré à l\'AFP Karin Olsen, organisatrice du cortège.',
     [("direct", "Nous marcherons malgré tout", "Karin Olsen")]),
    # orangesum-6259: '…", confie à l'AFP Deniece Laurent-Mantey, Afro-Américaine de 31 ans'
    ('"Nous sommes revenus avec un message d\'espoir", confie à l\'AFP Mariam Diallo, une étudiante de 22 ans.',
     [("direct", "Nous sommes revenus avec un message d'espoir", "Mariam Diallo")]),
    # a listed medium of several words
    ('"La réforme est enterrée", a assuré au Washington Post Peter Miles, un sénateur de l\'Ohio.',
     [("direct", "La réforme est enterrée", "Peter Miles")]),
    # orangesum-11355: '…", a assuré à l'AFP, un responsable de l'Organisation internationale …'
    ('"Les camps sont pleins", a indiqué à Reuters, un responsable humanitaire de la région.',
     [("direct", "Les camps sont pleins", "un responsable humanitaire de la région")]),
    # orangesum-27849: '…", a expliqué au Point, le sénateur LR Pierre Charon'
    ('"Le texte ne passera pas", a expliqué au Point, le sénateur Paul Girard.',
     [("direct", "Le texte ne passera pas", "le sénateur Paul Girard")]),
    # the medium alone, then a participle: nobody after the comma
    ('"Le texte ne passera pas", a expliqué le sénateur à l\'AFP, ajoutant que le vote serait reporté.',
     [("direct", "Le texte ne passera pas", "le sénateur"),
      ("indirect", "le vote serait reporté", "le sénateur")]),
]


@pytest.fixture(scope="module")
def quote_pipeline(fr_nlp):
    import pipeline

    return pipeline.load(stages=["segmentation", "entities", "quotes"], nlp=fr_nlp)


def found(quote_pipeline, text):
    doc = quote_pipeline(text, doc_id="t")
    assert doc.offset_errors() == []
    return [(q.kind, q.text, q.speaker) for q in doc.quotes]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=f"addressee-{i}") for i, (t, e) in enumerate(ADDRESSEE)])
def test_addressee_then_speaker(quote_pipeline, text, expected):
    assert found(quote_pipeline, text) == expected
