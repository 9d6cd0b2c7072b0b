"""A quote found by one rule, before its speaker is typed and resolved to an entity."""
from __future__ import annotations

from dataclasses import dataclass

from .phrases import TokenSpan


@dataclass(frozen=True)
class Candidate:
    """Content span (characters), with the cue and speaker as token spans of the parse.

    `follows` marks a direct quote with no reporting clause of its own that continues the previous
    quote's speaker (a quoted paragraph right after an attributed one).

    `relay` marks content attributed by a cue outside it that does not introduce it ("Y, rapporte
    X", "Comme le rapporte X, Y"): Y may hold another speaker's statement, which is then the nearer
    speaker's quote ("Le ministre a déclaré que Z, rapporte Le Monde" is the minister's).
    """

    kind: str  # direct, indirect, mixed, according_to
    start: int
    end: int
    cue: tuple[int, int] | None = None
    cue_lemma: str | None = None
    speaker: TokenSpan | None = None
    medium: TokenSpan | None = None
    follows: bool = False
    relay: bool = False

    def holds(self, other: "Candidate") -> bool:
        """The other candidate's content lies inside this one's (and is not the same span)."""
        return self.start <= other.start and other.end <= self.end and (self.start, self.end) != (other.start, other.end)

    def overlaps(self, start: int, end: int) -> int:
        return max(0, min(self.end, end) - max(self.start, start))


def without_relays(reported: list[Candidate]) -> list[Candidate]:
    """The candidates but the relayed contents ("Y, rapporte X") that hold another reporting
    clause's quote with a speaker ("Le ministre a déclaré que Z, rapporte Le Monde"): the words are
    the nearer speaker's, recorded once by them, not by whoever relays them."""
    holders = [c for c in reported if not c.relay and c.kind != "according_to" and c.speaker is not None]
    return [c for c in reported if not (c.relay and any(c.holds(other) for other in holders))]
