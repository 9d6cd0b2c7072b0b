"""The text of a spaCy Doc and its token offsets, computed once.

spaCy rebuilds `Doc.text` by joining every token on each access, so a rule that reads
`doc.text[a:b]` inside a loop is quadratic in the document length (it was a third of the stages'
time on news articles). `doc_text(doc)` caches the string in the Doc's own `user_data`; likewise
`token_starts(doc)`, the character offset of every token, read in one call from spaCy's arrays.
Both assume the Doc is not retokenised after the parse (no stage merges or splits tokens).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

KEY = "pipeline.text"
STARTS_KEY = "pipeline.token_starts"


def doc_text(doc: "Doc") -> str:
    text = doc.user_data.get(KEY)
    if text is None:
        text = doc.user_data[KEY] = doc.text
    return text


def span_text(span: "Span") -> str:
    """`span.text` sliced from the cached Doc text (`Span.text` joins its tokens on every access)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def token_starts(doc: "Doc") -> list[int]:
    """Character offset of each token, in token order (for bisecting offsets to tokens)."""
    starts = doc.user_data.get(STARTS_KEY)
    if starts is None:
        starts = doc.user_data[STARTS_KEY] = doc.to_array("IDX").tolist() if len(doc) else []
    return starts
