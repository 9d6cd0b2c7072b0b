"""The per-document answer of the coreference layer: what quotes and facts read."""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from .chains import Link


@dataclass(frozen=True)
class Coreference:
    """Mentions in text order (names, roles, descriptions, pronouns, documents) with their cluster.

    Example:
        >>> c = Coreference((Link(0, 5, "name", 0, "Jean Martin"), Link(20, 23, "pronoun", 0, "Jean Martin")))
        >>> c.canonical_at(20, 23)
        'Jean Martin'
    """

    links: tuple[Link, ...]
    #: (position, canonical) of each poll institute the article names with a poll, in text order.
    institutes: tuple[tuple[int, str], ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", [link.start for link in self.links])

    def at(self, start: int, end: int) -> Link | None:
        """The mention that best covers [start, end): the longest one overlapping it with a
        cluster, a resolved one before an unresolved one."""
        i = bisect.bisect_left(self._starts, end)
        best = None
        for link in reversed(self.links[:i]):
            if link.end <= start:
                if start - link.end > 400:
                    break
                continue
            rank = (link.cluster is not None, link.end - link.start)
            if best is None or rank > (best.cluster is not None, best.end - best.start):
                best = link
        return best

    def institute_near(self, at: int) -> str | None:
        """The article's poll institute for a share of respondents at `at` ("75 % des Français
        trouvent que..."): the one named with a poll last before it, else the first after it."""
        i = bisect.bisect_left(self.institutes, (at, ""))
        if i > 0:
            return self.institutes[i - 1][1]
        return self.institutes[0][1] if self.institutes else None

    def canonical_at(self, start: int, end: int) -> str | None:
        link = self.at(start, end)
        return link.canonical if link is not None else None
