"""Cheap checks on a document's text that warn, without changing it: language, HTML, controls, quotes.

The pipeline still processes such text (a user may want the entities of an English dispatch); the
warning goes to documents.jsonl and stderr so nobody mistakes poor output for French analysis.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

from .lexicons import read_lines
from .marks import find_marked_spans

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
HTML_TAG = re.compile(r"</?(?:html|head|body|div|p|span|a|br|script|meta|table|li|ul)\b[^>]*>", re.IGNORECASE)
MIN_WORDS = 20
MIN_FRENCH_SHARE = 0.15


class TextChecker:
    """Built once (it reads its word list); `warnings(text)` is pure."""

    def __init__(self) -> None:
        self.function_words = frozenset(read_lines("french_function_words.txt"))

    def warnings(self, text: str) -> list[str]:
        found = [self.language(text), html(text), controls(text), quotes(text)]
        return [w for w in found if w]

    def language(self, text: str) -> str | None:
        words = WORD.findall(text[:20000].lower())
        if len(words) < MIN_WORDS:
            return None
        latin = sum(1 for w in words if "LATIN" in unicodedata.name(w[0], ""))
        if latin < len(words) / 2:
            return "language: mostly non-Latin script, probably not French; results will be poor"
        share = sum(1 for w in words if w in self.function_words) / len(words)
        if share < MIN_FRENCH_SHARE:
            return f"language: probably not French ({share:.0%} French function words); results will be poor"
        return None


def html(text: str) -> str | None:
    tags = len(HTML_TAG.findall(text[:50000]))
    return f"looks like HTML ({tags} tags); tags are read as text" if tags >= 3 else None


def controls(text: str) -> str | None:
    count = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t")
    return f"{count} control characters in the text" if count else None


def quotes(text: str) -> str | None:
    """A warning when the quotes stage will leave a quotation mark open (and so degrade a quote).

    Counting marks is not enough: straight quotes are one character for opening and closing, and
    a quotation over several paragraphs reopens each paragraph without closing ("A¶"B"), so an odd
    count is often a clean text (4.7 % of 1,000 corpus articles). The marks are paired the way the
    quote stage pairs them (`find_marked_spans`), and only when the counts are off, so a clean text
    costs two `count` calls: then 0.9 % of the same articles warn, each with a mark really left open.
    """
    if text.count('"') % 2 == 0 and text.count("«") == text.count("»"):
        return None
    left_open = Counter(text[s.open] for s in find_marked_spans(text) if s.close is None)
    problems = [f"{n} {mark} left open" if mark != '"' else f'{n} straight " left open'
                for mark, n in sorted(left_open.items())]
    return f"unbalanced quotation marks ({', '.join(problems)})" if problems else None
