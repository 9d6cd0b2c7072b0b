"""Who a first-person plural names inside a quote: "nous", "notre", "nos" said by a speaker the article
ties to a party are that party ("Nous avons perdu la moitié de nos élus", prévient le maire LR de Nantes
X -> Les Républicains); said by an organisation, that organisation.

Why apart from the chains: the chains run before the quotes stage and cannot know who speaks; this
asks the quotes (`speaker_cluster`) and the cluster records (`party`) once they exist, for the facts'
holders ("nous avons obtenu 8 %"). One sorted pass per document; each question is a bisection.
"""
from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..document import Document
    from ..records import Cluster, Quote

FIRST_PLURAL = frozenset({"nous", "notre", "nos"})


class SpeakerGroups:
    """The group a "nous" of a quote names, per document (built once, never shared).

    Example:
        >>> groups = SpeakerGroups(doc)  # doctest: +SKIP
        >>> groups.of(doc.text.index("nous"), doc.text.index("nous") + 4)  # doctest: +SKIP
        'Les Républicains'
    """

    def __init__(self, doc: "Document") -> None:
        self.text = doc.text
        self.quotes: list["Quote"] = sorted(doc.quotes or (), key=lambda q: q.start)
        self.starts = [q.start for q in self.quotes]
        self.clusters: dict[str, "Cluster"] = {c.id: c for c in doc.clusters or ()}
        self.by_canonical: dict[str, "Cluster"] = {}
        for c in doc.clusters or ():
            self.by_canonical.setdefault(c.canonical, c)

    def quote_at(self, at: int) -> "Quote | None":
        """The innermost quote whose text holds `at` (the latest one starting before it that holds it)."""
        i = bisect.bisect_right(self.starts, at)
        for quote in reversed(self.quotes[max(0, i - 3):i]):
            if quote.start <= at < quote.end:
                return quote
        return None

    def of(self, start: int, end: int) -> str | None:
        """The canonical name of the group a "nous"/"notre"/"nos" at [start, end) names, or None: the
        speaker's organisation when the speaker is one, else the party the article names with the
        speaker; None outside a quote, for a speaker of no known party, or for another word."""
        if self.text[start:end].lower() not in FIRST_PLURAL:
            return None
        quote = self.quote_at(start)
        if quote is None or quote.speaker_cluster is None:
            return None
        speaker = self.clusters.get(quote.speaker_cluster)
        if speaker is None:
            return None
        if speaker.kind in ("organisation", "government"):
            return speaker.canonical
        return speaker.party if speaker.kind == "person" else None

    def cluster_of(self, start: int, end: int) -> str | None:
        """The cluster id of `of`'s answer (None when the group is no entity of the article)."""
        name = self.of(start, end)
        found = self.by_canonical.get(name) if name is not None else None
        return found.id if found is not None else None
