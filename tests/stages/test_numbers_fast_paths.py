"""The number reader's shortcuts answer as the general rules do."""
from __future__ import annotations

from pipeline.quantities.numbers import FIRST_ORDINALS, NumberReader


def test_every_first_ordinal_holds_a_shortcut_stem():
    assert all("premi" in word or "second" in word for word in FIRST_ORDINALS)


def test_first_ordinals_found_in_any_case_and_skipped_without_them():
    found = NumberReader.first_ordinals("La PREMIÈRE fois, puis les Secondes places.")
    assert [(m.text, m.value) for m in found] == [("PREMIÈRE", 1), ("Secondes", 2)]
    assert NumberReader.first_ordinals("Trois fois rien.") == []


def test_number_words_with_and_without_hyphens():
    reader = NumberReader()
    assert reader.is_number_word("Trois") and reader.is_number_word("vingt-et-un")
    assert not reader.is_number_word("et") and not reader.is_number_word("et-un")
    assert not reader.is_number_word("maison") and not reader.is_number_word("trois-maisons")
    assert reader.is_ordinal_word("vingt-deuxième") and not reader.is_ordinal_word("deux")
