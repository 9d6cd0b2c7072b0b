"""Texts that used to take quadratic time give the same results as their short versions (issue 25,
items 2 and 3). No timing here: the times are in benchmarks/scaling.py."""
from __future__ import annotations

import pytest

from pipeline.lines import blank_after, blank_before, line_start
from pipeline.quantities.numbers import NumberReader

RUN = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk" * 3_400  # 200k characters, no space
ARTICLE = ("Le ministre de l'Économie Bruno Le Maire a annoncé mardi à Paris un plan de 6,8 milliards d'euros. "
           "« Nous tiendrons nos engagements », a-t-il déclaré devant les députés.")


def readings(text: str) -> list[tuple[str, int | float]]:
    return [(m.text, m.value) for m in NumberReader().find(text)]


def test_a_number_after_a_run_without_spaces_is_read_as_without_it():
    assert len(RUN) > 200_000
    sentence = "soit moins 12 millions d'euros, au moins 3 fois plus ou moins 4 points."
    expected = [("moins 12 millions", -12_000_000), ("3", 3), ("4", 4)]
    assert readings(sentence) == expected
    assert readings(RUN + " " + sentence)[-3:] == expected
    assert readings(RUN + " moins 7") == [("moins 7", -7)]


def test_moins_after_a_word_cut_by_the_window_is_read_as_after_the_whole_word():
    assert readings("x" * 100 + "au moins 7") == [("moins 7", -7)]  # "xxx…au" is no blocker
    assert readings("x" * 100 + " au moins 7") == [("7", 7)]  # "au moins": at least
    assert readings("x" * 100 + "moins 7") == [("7", 7)]  # "xxx…moins" is no word "moins"


def test_a_range_after_spaces_is_still_a_range():
    assert readings("de 10" + " " * 5000 + "- 20") == [("10", 10), ("20", 20)]


def test_line_helpers_answer_as_slices_do():
    text = "Titre\n\n   « Oui », dit-il.\nSuite  \n"
    for at in range(len(text) + 1):
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        assert line_start(text, at) == start
        assert blank_before(text, at) == (text[start:at].strip() == "")
        assert blank_after(text, at) == (text[at:len(text) if end < 0 else end].strip() == "")
    assert line_start("x" * 20_000, 19_000) == 19_000 - 5_000  # no newline: bounded


@pytest.mark.model
def test_an_article_inside_20000_nested_divs_reads_as_the_article(full_pipeline):
    alone = full_pipeline(ARTICLE, doc_id="a", date="2020-08-30")
    depth = 20_000
    wrapped = full_pipeline("<div>" * depth + ARTICLE + "</div>" * depth, doc_id="a", date="2020-08-30")
    shift = 5 * depth
    assert wrapped.error is None
    assert [(e.text, e.start - shift) for e in wrapped.entities if e.label == "PER"] == \
        [(e.text, e.start) for e in alone.entities if e.label == "PER"]
    assert [(q.text, q.speaker) for q in wrapped.quotes] == [(q.text, q.speaker) for q in alone.quotes]
    assert [d.value for d in wrapped.dates] == [d.value for d in alone.dates]


@pytest.mark.model
def test_a_number_after_a_200000_character_run_is_a_fact(full_pipeline):
    text = ARTICLE + "\n\n" + RUN + "\n\nLe déficit atteindrait moins 12 millions d'euros en 2021, selon Bercy."
    doc = full_pipeline(text, doc_id="b", date="2020-08-30")
    assert doc.error is None and not doc.offset_errors()
    values = [f.value for f in doc.facts if f.kind == "quantity"]
    assert -12_000_000 in values and 6_800_000_000 in values


def test_quantities_after_a_run_without_spaces_keep_their_spans_and_values():
    from pipeline.quantities.quantities import QuantityReader
    reader = QuantityReader()
    sentence = " Le billet coûte entre 7 et 10 euros, soit 1 euro et 20 centimes de plus (52 %, +3)."
    alone = [(q.start, q.end, q.value, q.unit) for q in reader.find(sentence)]
    shifted = [(q.start - len(RUN), q.end - len(RUN), q.value, q.unit) for q in reader.find(RUN + sentence)]
    assert alone and shifted[-len(alone):] == alone
