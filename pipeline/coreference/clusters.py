"""One record per entity of an article (`clusters.jsonl`): what the article says of it.

Why here: the coreference layer already knows every mention of an entity (names, roles,
pronouns); the record sums it up for readers and for the speaker index: the canonical name and the
mention it came from, a kind (person, organisation, place, country, government), the gender the text
says (never guessed: a title "M."/"Mme", a role's agreement "la ministre X", else the first-name
lexicon; None otherwise), the roles given in apposition, the party named with the person, and the
mention count. Quotes' `speaker_cluster` and facts' `subject_cluster`/`source_cluster` point to it.
All look-ups are per cluster or bounded windows: linear in the article's length.
"""
from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Iterable

from ..firstnames import without_accents
from ..lexicons import read_lines
from ..records import Cluster
from .affiliation import affiliation_of
from .lexicon import CorefLexicon
from .names import loose_key

if TYPE_CHECKING:
    from ..document import Document
    from ..records import Entity, Fact, Quote
    from .chains import ChainBuilder, Link

LABELS = ("PER", "ORG", "LOC")
GENDER_CODES = {"fem": "F", "masc": "M"}
#: Characters past an apposition's opening after a name where its party may still stand ("X, députée | LFI").
PARTY_TAIL = 25


@cache
def party_names() -> frozenset[str]:
    """`coreference_parties.txt`, case and accents folded."""
    return frozenset(fold(name) for name in read_lines("coreference_parties.txt"))


def fold(name: str) -> str:
    return without_accents(" ".join(name.replace("’", "'").casefold().split()))


def is_party(canonical: str) -> bool:
    folded = fold(canonical)
    return folded in party_names() or folded.startswith("parti ")


def cluster_ids(entities: Iterable["Entity"]) -> dict[int, str]:
    """Entity cluster number -> "c0", "c1"... in order of first mention (PER, ORG, LOC only)."""
    ids: dict[int, str] = {}
    for e in sorted(entities, key=lambda e: (e.start, e.end)):
        if e.label in LABELS and e.cluster not in ids:
            ids[e.cluster] = f"c{len(ids)}"
    return ids


def build_clusters(doc: "Document", builder: "ChainBuilder", links: list["Link"]) -> tuple[Cluster, ...]:
    """The cluster records of a document, from its entities and the chains' links."""
    ids = cluster_ids(doc.entities)
    members: dict[int, list["Entity"]] = {}
    for e in doc.entities:
        if e.cluster in ids:
            members.setdefault(e.cluster, []).append(e)
    counts = Counter(link.cluster for link in links if link.cluster is not None)
    parties = [e for e in doc.entities if e.label == "ORG" and is_party(e.canonical)]
    records = []
    for number, cid in ids.items():
        mentions = sorted(members[number], key=lambda e: e.start)
        label = Counter(e.label for e in mentions).most_common(1)[0][0]
        canonical = mentions[0].canonical
        source = canonical_mention(mentions, canonical)
        gender, evidence = (None, None)
        if label == "PER":
            gender, evidence = person_gender(doc.text, mentions, builder.given.get(number, []), builder.lexicon)
        roles = tuple(dict.fromkeys(g.role for g in builder.given.get(number, [])))
        records.append(Cluster(
            doc_id=doc.doc_id, id=cid, start=source.start, end=source.end, text=source.text,
            canonical=canonical, label=label, kind=kind_of(label, canonical, builder.lexicon),
            gender=gender, gender_evidence=evidence, roles=roles,
            party=party_of(doc.text, mentions, parties) if label == "PER" else None,
            n_mentions=max(counts.get(number, 0), len(mentions)),
        ))
    return tuple(records)


def canonical_mention(mentions: list["Entity"], canonical: str) -> "Entity":
    """The mention that gave the canonical name: one written as it ("Vladimir Poutine"), else one the
    name holds ("Caire" of "Le Caire"), else the longest."""
    folded = fold(canonical)
    for e in mentions:
        if fold(e.text) == folded:
            return e
    inside = [e for e in mentions if fold(e.text) in folded]
    return max(inside or mentions, key=lambda e: (len(e.text), -e.start))


def kind_of(label: str, canonical: str, lexicon: CorefLexicon) -> str:
    if label == "PER":
        return "person"
    if label == "LOC":
        return "country" if loose_key(canonical) in lexicon.country_names else "place"
    first = fold(canonical).split()[:1]
    return "government" if first and first[0] in lexicon.nouns["government"] else "organisation"


def person_gender(text: str, mentions: list["Entity"], given: list, lexicon: CorefLexicon) -> tuple[str | None, str | None]:
    """The gender the article says, by the strongest evidence that is not split: a title before a
    name ("Mme", "M."), then a role's agreement in apposition ("la ministre X", "X, présidente de"),
    then the first name. Split or no evidence: None."""
    titles = Counter()
    for e in mentions:
        before = text[max(0, e.start - 30):e.start].replace("’", "'").lower().split()
        if before and before[-1] in lexicon.titles["fem"]:
            titles["fem"] += 1
        elif before and before[-1] in lexicon.titles["masc"]:
            titles["masc"] += 1
    agreement = Counter(g.gender for g in given if g.gender is not None)
    first_name = Counter()
    for e in mentions:
        words = e.canonical.split()
        if len(words) > 1:
            gender = lexicon.gender_of_first_name(words[0])
            if gender is None and "-" in words[0]:
                gender = lexicon.gender_of_first_name(words[0].split("-")[0])
            if gender is not None:
                first_name[gender] += 1
                break
    for evidence, votes in (("title", titles), ("agreement", agreement), ("first_name", first_name)):
        if votes and votes["fem"] != votes["masc"]:
            return GENDER_CODES["fem" if votes["fem"] > votes["masc"] else "masc"], evidence
    return None, None


def party_of(text: str, mentions: list["Entity"], parties: list["Entity"]) -> str | None:
    """The party named with a person: in the words before a name in its sentence ("le député LR de
    l'Ain X"), or in brackets or an apposition right after it ("X (PS)", "X, députée La France
    insoumise"); the nearest one, at the person's first mention that has one."""
    if not parties:
        return None
    starts = [p.start for p in parties]
    found = affiliation_of(text, mentions, lambda lo, hi: parties[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)],
                           lambda canonical: False, tail=PARTY_TAIL)
    return found.canonical if found is not None else None


class ClusterIndex:
    """Canonical name -> cluster id for one document, built once per stage call (never shared)."""

    def __init__(self, doc: "Document") -> None:
        self.doc = doc
        self.by_canonical: dict[str, list[str]] = {}
        for c in doc.clusters:
            self.by_canonical.setdefault(c.canonical, []).append(c.id)
        self.ids = cluster_ids(doc.entities) if doc.clusters else {}

    def of(self, canonical: str | None, start: int | None = None, end: int | None = None) -> str | None:
        """The cluster id a canonical name (a speaker's, a fact's subject or source) names, or None
        when it names no entity of the article. Two entities sharing one canonical name: the one the
        coreference layer puts at [start, end), else the first."""
        same = self.by_canonical.get(canonical or "", [])
        if len(same) > 1 and start is not None and end is not None and self.doc.coreference is not None:
            link = self.doc.coreference.at(start, end)
            if link is not None and self.ids.get(link.cluster) in same:
                return self.ids[link.cluster]
        return same[0] if same else None


def with_speaker_clusters(quotes: list["Quote"], doc: "Document") -> list["Quote"]:
    """Quotes with `speaker_cluster`: the cluster their `speaker_canonical` names (None if none)."""
    index = ClusterIndex(doc)
    return [replace(q, speaker_cluster=index.of(q.speaker_canonical, q.speaker_start, q.speaker_end)) for q in quotes]


def with_fact_clusters(facts: list["Fact"], doc: "Document") -> list["Fact"]:
    """Facts with `subject_cluster` and `source_cluster` (None when not an entity of the article)."""
    index = ClusterIndex(doc)
    return [replace(f, subject_cluster=index.of(f.subject_canonical, f.subject_start, f.subject_end),
                    source_cluster=index.of(f.source_canonical, f.source_start, f.source_end)) for f in facts]
