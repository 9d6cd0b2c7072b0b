"""Within-document clustering of entity mentions, and the canonical name of each cluster.

Rules (no coreference model for French is installable offline):
- persons: "Poutine" joins the most recent cluster holding a full name that ends with "Poutine"
  ("Vladimir Poutine"); a full name met after its bare surname absorbs that surname's cluster;
  two different first names with one surname stay apart.
- other labels: mentions with the same normalised text (case, apostrophes, leading article) share a
  cluster, whatever label the model gave each; the cluster's label is not changed here.
- `canonical` is the longest name in the cluster (most words, then most characters, then first seen),
  without a lower-case leading article ("le Kremlin" -> "Kremlin"; "La France insoumise" is kept).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

ARTICLE = re.compile(r"^(?:le|la|les|l')\s*", re.IGNORECASE)
LOWERCASE_ARTICLE = re.compile(r"^(?:le |la |les |l'|l’)")


def normalise(text: str) -> str:
    """Case-folded, apostrophes unified, spaces collapsed (accents kept)."""
    text = unicodedata.normalize("NFC", text).replace("’", "'").casefold()
    return " ".join(text.split())


def name_key(text: str) -> str:
    return ARTICLE.sub("", normalise(text))


@dataclass
class Clusters:
    ids: list[int] = field(default_factory=list)
    canonical: list[str] = field(default_factory=list)


@dataclass
class _Cluster:
    label: str
    members: list[int] = field(default_factory=list)
    names: set[tuple[str, ...]] = field(default_factory=set)


def cluster_mentions(mentions: list[tuple[str, str]]) -> Clusters:
    """Cluster (text, label) mentions given in document order."""
    clusters: list[_Cluster] = []
    for i, (text, label) in enumerate(mentions):
        words = tuple(name_key(text).replace("-", " - ").split()) or (text,)
        target = _find_person(clusters, words) if label == "PER" else _find_exact(clusters, words, label)
        if target is None:
            target = _Cluster(label)
            clusters.append(target)
        target.members.append(i)
        target.names.add(words)
    return _number(clusters, mentions)


def _find_exact(clusters: list[_Cluster], words: tuple[str, ...], label: str) -> _Cluster | None:
    for cluster in reversed(clusters):
        if cluster.label != "PER" and words in cluster.names:
            return cluster
    return None


def _find_person(clusters: list[_Cluster], words: tuple[str, ...]) -> _Cluster | None:
    persons = [c for c in reversed(clusters) if c.label == "PER"]
    for cluster in persons:
        if words in cluster.names:
            return cluster
    if len(words) == 1:
        for cluster in persons:
            if any(len(n) > 1 and n[-1] == words[0] for n in cluster.names):
                return cluster
        return None
    for cluster in persons:  # a full name absorbs an earlier bare surname, if no other first name holds it
        if all(len(n) == 1 for n in cluster.names) and (words[-1],) in cluster.names:
            return cluster
    return None


def _number(clusters: list[_Cluster], mentions: list[tuple[str, str]]) -> Clusters:
    ids = [0] * len(mentions)
    canonical = [""] * len(mentions)
    for number, cluster in enumerate(sorted(clusters, key=lambda c: c.members[0])):
        texts = [LOWERCASE_ARTICLE.sub("", mentions[i][0]) for i in cluster.members]
        best = max(texts, key=lambda t: (len(t.split()), len(t), -texts.index(t)))
        for i in cluster.members:
            ids[i] = number
            canonical[i] = best
    return Clusters(ids=ids, canonical=canonical)
