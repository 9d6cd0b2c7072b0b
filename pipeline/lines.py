"""Where a line starts, and whether it is blank before a position, without scanning the whole text.

Why: `text.rfind("\\n", 0, at)` (and `text.find("\\n", at)`) called for every quote mark, sentence
or date walks to the start (end) of the text when the text has no newline (a scraped page on one
line, a pasted image): quadratic in its length. `blank_before`/`blank_after` walk only over
spaces, so they give the exact answer; `line_start` looks back at most `PARAGRAPH_REACH`
characters, far more than any real paragraph (the longest of 2,000 OrangeSum articles has 1,149).
"""
from __future__ import annotations

#: how far back a line's start is looked for: a longer line is taken to start there
PARAGRAPH_REACH = 5_000


def line_start(text: str, at: int, reach: int = PARAGRAPH_REACH) -> int:
    """The index after the last newline before `at`, within `reach` characters (else `at - reach`)."""
    lo = max(0, at - reach)
    newline = text.rfind("\n", lo, at)
    return newline + 1 if newline >= 0 else lo


def blank_before(text: str, at: int) -> bool:
    """Only spaces between the start of `at`'s line and `at` (same as `text[line:at].strip() == ""`)."""
    i = at
    while i > 0 and text[i - 1] != "\n" and text[i - 1].isspace():
        i -= 1
    return i == 0 or text[i - 1] == "\n"


def blank_after(text: str, at: int) -> bool:
    """Only spaces between `at` and the end of its line."""
    i, n = at, len(text)
    while i < n and text[i] != "\n" and text[i].isspace():
        i += 1
    return i == n or text[i] == "\n"
