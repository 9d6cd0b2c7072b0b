"""A quote found by one rule, before its speaker is typed and resolved to an entity."""
from __future__ import annotations

from dataclasses import dataclass

from .phrases import TokenSpan


@dataclass(frozen=True)
class Candidate:
    """Content span (characters), with the cue and speaker as token spans of the parse.

    `follows` marks a direct quote with no reporting clause of its own that continues the previous
    quote's speaker (a quoted paragraph right after an attributed one).
    """

    kind: str  # direct, indirect, mixed, according_to
    start: int
    end: int
    cue: tuple[int, int] | None = None
    cue_lemma: str | None = None
    speaker: TokenSpan | None = None
    medium: TokenSpan | None = None
    follows: bool = False

    def overlaps(self, start: int, end: int) -> int:
        return max(0, min(self.end, end) - max(self.start, start))
