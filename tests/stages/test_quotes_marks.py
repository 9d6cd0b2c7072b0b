"""Quote-mark spans on raw text: pairing, nesting, the multi-paragraph convention, stray marks.

No model needed: `find_marked_spans` works on the text alone.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.verb_forms import guessed_infinitives
from pipeline.marks import find_marked_spans

CASES = [
    ("«A b», dit-il.", ["A b"]),
    ("«A, dit-elle. B»", ["A, dit-elle. B"]),  # an incise inside the marks stays in one quote
    ("«Premier.\n«Second», a-t-il dit.", ["Premier.\n«Second"]),  # reopened on the next paragraph
    ("«Premier.\n\n«Second.»\n\nAutre chose.", ["Premier.\n\n«Second."]),
    ("Il a dit «bonjour. Puis rien\nNouveau «ok».", ["bonjour. Puis rien", "ok"]),  # never closed
    ("Stray » here «fine».", ["fine"]),  # a closer with nothing open is ignored
    ('Il parle de "abus de confiance" et "recel".', ["abus de confiance", "recel"]),
    ('"Je sais", a dit X. Et "odd quote\nNext "para".', ["Je sais", "odd quote", "para"]),
    ("«Il a dit “non” et «oui»», a-t-elle dit.", ["Il a dit “non” et «oui»"]),  # nested quotes
    ('"Premier.\n\n"Second", dit-il.', ['Premier.\n\n"Second']),
    ("«  espaces  »", ["espaces"]),
    ("‹A› et “B”", ["A", "B"]),
    # a quote going on in the next paragraph without reopening, closed there: one quote
    ('"Premier point.\n\nSecond point !", dit-il.', ["Premier point.\n\nSecond point !"]),
    ("«Premier point.\n\nSecond point», dit-il.", ["Premier point.\n\nSecond point"]),
    # ... but not when the next paragraph's first mark opens a quote of its own or is another kind
    ('"Jamais fermé.\n\nIl dit "oui" puis part.', ["Jamais fermé.", "oui"]),
    ('«Mélange " a-t-il dit.\n\nPuis : "Autre » dit-il.', ['Mélange " a-t-il dit.', "Autre » dit-il."]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_marked_spans(text, expected):
    spans = find_marked_spans(text)
    assert [text[s.start:s.end] for s in spans] == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='ab «»“”"\n.,', max_size=60))
def test_any_arrangement_of_marks_gives_valid_spans(text):
    spans = find_marked_spans(text)
    for span in spans:
        assert 0 <= span.open < span.start <= span.end <= len(text)
    for a, b in zip(spans, spans[1:]):
        assert a.outer_end <= b.open  # no overlap


@pytest.mark.parametrize("form, infinitive", [
    ("indique", "indiquer"), ("estime", "estimer"), ("martèle", "marteler"), ("répète", "répéter"),
    ("appelle", "appeler"), ("déclarait", "déclarer"), ("fustigent", "fustiger"),
])
def test_guessed_infinitives(form, infinitive):
    assert infinitive in guessed_infinitives(form)


def test_token_mask_marks_tokens_starting_inside_ranges():
    import spacy

    from pipeline.attribution.phrases import token_index_at, token_mask

    doc = spacy.blank("fr")("Il a dit « nous partons » puis « non » hier.")
    text = doc.text
    outer = (text.index("«"), text.index("»") + 1)
    inner = (text.index("nous"), text.index("partons") + len("partons"))
    second = (text.rindex("«"), text.rindex("»") + 1)
    mask = token_mask(doc, [outer, inner, second])
    inside = [t.text for t in doc if mask[t.i]]
    assert inside == ["«", "nous", "partons", "»", "«", "non", "»"]
    assert token_index_at(doc, text.index("artons")) == doc[5].i and doc[5].text == "partons"
    assert token_mask(doc, []) == bytearray(len(doc))


@pytest.mark.parametrize("text, expected", [
    ("BFMTV", True), ("bfmtv a dit", True), ("Figaro", True), ("le Figaro", True),
    ("Figaroscope", False), ("la tribune de Genève", False), ("", False),
])
def test_starts_with_media_name(text, expected):
    from pipeline.attribution.clauses import starts_with_media_name
    from pipeline.attribution.lexicon import QuoteLexicon

    assert starts_with_media_name(text, QuoteLexicon.load()) is expected
