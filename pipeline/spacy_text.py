"""The text of a spaCy Doc, computed once.

spaCy rebuilds `Doc.text` by joining every token on each access, so a rule that reads
`doc.text[a:b]` inside a loop is quadratic in the document length (it was a third of the stages'
time on news articles). `doc_text(doc)` caches the string in the Doc's own `user_data`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

KEY = "pipeline.text"


def doc_text(doc: "Doc") -> str:
    text = doc.user_data.get(KEY)
    if text is None:
        text = doc.user_data[KEY] = doc.text
    return text
