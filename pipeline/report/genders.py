"""The gender of the people quoted, from what the records and the data say; never a guess.

Evidence, strongest first (the first that speaks decides, and says which it was):
1. `wikidata`: the person's entry in the shipped gazetteer (by the entity's Wikidata id or full name);
2. `title`: "M." or "Mme" written before the person's name in the article;
3. `agreement`: a role noun, description or pronoun the article uses for the person ("la ministre",
   "le porte-parole", "elle", "-t-il") or the cue's pronoun ("a-t-elle déclaré", "s'est dite");
4. `first_name`: the first name in the first-name lexicon (`pipeline.firstnames`), under one gender.
When the per-entity record of a run (`clusters.jsonl`, the identity layer) gives a gender for the
speaker's cluster (joined on doc_id and the quote's `speaker_cluster`), that gender, under the evidence it
names, replaces what this module reads in the text for that speaker; the knowledge base still comes first. A level whose votes disagree (less than
AGREE of them one way) does not decide; the next one may. Nothing speaks: the gender is None.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

import pandas as pd

from .. import firstnames
from ..firstnames import full_name_gender
from ..io import read_jsonl
from ..gazetteer import Gazetteer

LEVELS = ("wikidata", "title", "agreement", "first_name")
AGREE = 0.8
OVERRULE = 3
#: The words that open a phrase naming one woman or one man (a role, a description, a pronoun).
FEMININE_OPENINGS = frozenset({"la", "une", "cette", "elle", "-elle", "-t-elle", "celle", "celle-ci", "laquelle",
                               "l'ancienne", "l’ancienne"})
MASCULINE_OPENINGS = frozenset({"le", "un", "ce", "cet", "il", "-il", "-t-il", "celui", "celui-ci", "lequel",
                                "l'ancien", "l’ancien", "ce dernier"})
CUE_FEMININE = re.compile(r"-t?-elle\b|\bs'est (?:dite|montrée|déclarée|félicitée|réjouie|inquiétée|défendue)\b")
CUE_MASCULINE = re.compile(r"-t?-il\b|\bs'est (?:dit|montré|déclaré|félicité|réjoui|inquiété|défendu)\b")
TITLE = re.compile(r"(?:^|\W)(M\.|Mme|Mlle|Monsieur|Madame)\s*$")
GENDER_OF = {"fem": "F", "masc": "M", "F": "F", "M": "M"}

Key = tuple[str, str]  # (doc_id, the per-article canonical name of a speaker)


def first_names() -> dict[str, frozenset[str]]:
    return firstnames.first_names()


def opening_gender(text: str) -> str | None:
    """F or M for a phrase that opens with a word of one gender ("la ministre", "il"), else None."""
    words = text.lower().split()
    if not words:
        return None
    first = words[0]
    if first in FEMININE_OPENINGS or (first.startswith("-") and first.endswith("elle")):
        return "F"
    if first in MASCULINE_OPENINGS or " ".join(words[:2]) in MASCULINE_OPENINGS:
        return "M"
    return None


def cue_gender(cue: str | None) -> str | None:
    if not cue:
        return None
    fem, masc = CUE_FEMININE.search(cue.lower()), CUE_MASCULINE.search(cue.lower())
    return ("F" if fem else "M") if bool(fem) != bool(masc) else None


def title_gender(before: str) -> str | None:
    match = TITLE.search(before)
    if not match:
        return None
    return "M" if match.group(1) in ("M.", "Monsieur") else "F"


class Evidence:
    """Votes (level, gender) -> count for each (doc_id, canonical) of the output's person speakers."""

    def __init__(self, gazetteer: Gazetteer | None = None, names: dict[str, frozenset[str]] | None = None):
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.load()
        self.names = names if names is not None else first_names()
        self.votes: dict[Key, Counter] = defaultdict(Counter)
        self.from_cluster: set[Key] = set()

    def add(self, key: Key, level: str, gender: str | None, n: int = 1, cluster: bool = False) -> None:
        """One vote; once the per-entity record has spoken for a key, only it and the knowledge base
        vote for that key (the contract: the cluster's gender when the run has one, else the name's)."""
        if gender not in ("F", "M") or level not in LEVELS:
            return
        if cluster:
            self.from_cluster.add(key)
        elif key in self.from_cluster and level != "wikidata":
            return
        self.votes[key][(level, gender)] += n

    def from_output(self, quotes: pd.DataFrame, entities: pd.DataFrame, mentions: pd.DataFrame,
                    sentences: pd.DataFrame, clusters: list[dict]) -> "Evidence":
        speaking = quotes[quotes["speaker_canonical"].notna()]
        wanted = set(zip(speaking["doc_id"], speaking["speaker_canonical"]))
        self.from_clusters(speaking, clusters)
        self.from_knowledge_base(wanted, entities)
        self.from_titles(wanted, entities, sentences)
        self.from_agreement(wanted, speaking, mentions)
        for key in wanted:
            self.add(key, "first_name", self.first_name(key[1]))
        return self

    def from_clusters(self, speaking: pd.DataFrame, clusters: list[dict]) -> None:
        """The per-entity record's gender for the speaker's cluster (identity layer), when the run has it."""
        if not clusters or "speaker_cluster" not in speaking.columns:
            return
        by_id = {(c["doc_id"], c["id"]): c for c in clusters}
        for doc_id, canonical, cluster in zip(speaking["doc_id"], speaking["speaker_canonical"], speaking["speaker_cluster"]):
            found = by_id.get((doc_id, cluster)) if isinstance(cluster, str) else None
            if found and found.get("gender"):
                self.add((doc_id, canonical), found.get("gender_evidence") or "agreement", found["gender"],
                         cluster=True)

    def from_knowledge_base(self, wanted: set[Key], entities: pd.DataFrame) -> None:
        by_id = {item.wikidata: item for item in self.gazetteer.items if item.kind == "person"}
        if "wikidata" in entities.columns:
            linked = entities[entities["wikidata"].notna() & (entities["label"].astype(str) == "PER")]
            for doc_id, canonical, qid in zip(linked["doc_id"], linked["canonical"], linked["wikidata"]):
                item = by_id.get(qid)
                if (doc_id, canonical) in wanted and item is not None:
                    self.add((doc_id, canonical), "wikidata", item.gender)
        for key in wanted:
            if not self.votes[key]:
                item = self.gazetteer.person(key[1]) if len(key[1].split()) > 1 else None
                self.add(key, "wikidata", item.gender if item else None)

    def from_titles(self, wanted: set[Key], entities: Iterable, sentences: pd.DataFrame) -> None:
        """A title just before one of the person's names ("Mme Dati", "M. Philippot")."""
        persons = entities[entities["label"].astype(str) == "PER"]
        if not len(persons) or not len(sentences):
            return
        starts = dict(zip(sentences["id"], zip(sentences["start"], sentences["text"])))
        for doc_id, canonical, start, sentence in zip(persons["doc_id"], persons["canonical"], persons["start"],
                                                      persons["sentence"]):
            if (doc_id, canonical) not in wanted or sentence not in starts:
                continue
            s_start, s_text = starts[sentence]
            before = s_text[max(0, int(start) - s_start - 12):int(start) - s_start]
            self.add((doc_id, canonical), "title", title_gender(before))

    def from_agreement(self, wanted: set[Key], speaking: pd.DataFrame, mentions: pd.DataFrame) -> None:
        """Role nouns, descriptions and pronouns naming the person, and the cues' pronouns."""
        for doc_id, canonical, speaker, cue in zip(speaking["doc_id"], speaking["speaker_canonical"],
                                                   speaking["speaker"], speaking["cue"]):
            key = (doc_id, canonical)
            if isinstance(speaker, str) and speaker != canonical:
                self.add(key, "agreement", opening_gender(speaker))
            self.add(key, "agreement", cue_gender(cue if isinstance(cue, str) else None))
        if not len(mentions):
            return
        described = mentions[mentions["kind"].astype(str).isin(["role", "description", "pronoun"])]
        for doc_id, canonical, text in zip(described["doc_id"], described["canonical"], described["text"]):
            if (doc_id, canonical) in wanted:
                self.add((doc_id, canonical), "agreement", opening_gender(text))

    def first_name(self, canonical: str) -> str | None:
        words = canonical.split()
        if len(words) < 2:
            return None
        found = full_name_gender(self.names, words)
        return GENDER_OF.get(found) if found else None


def decide(votes: Counter) -> tuple[str | None, str | None]:
    """(gender, evidence) from the votes of one person: the strongest level that agrees, unless it is
    a text level the weaker ones contradict OVERRULE times over without a vote for it (one "M." typo
    before a woman's name the article calls "elle" four times). The knowledge base is never overruled."""
    for n, level in enumerate(LEVELS):
        fem, masc = votes.get((level, "F"), 0), votes.get((level, "M"), 0)
        if fem + masc == 0:
            continue
        gender = "F" if fem >= AGREE * (fem + masc) else "M" if masc >= AGREE * (fem + masc) else None
        if gender is None:
            continue
        other = "M" if gender == "F" else "F"
        weaker = LEVELS[n + 1:]
        against = sum(votes.get((w, other), 0) for w in weaker)
        backing = sum(votes.get((w, gender), 0) for w in weaker)
        if level != "wikidata" and backing == 0 and against >= OVERRULE * max(fem, masc):
            continue
        return gender, level
    return None, None


def clusters_of(data) -> list[dict]:
    """The per-entity records of an output (the identity layer's clusters.jsonl), [] when absent."""
    frame = getattr(data, "frames", {}).get("clusters")
    if frame is not None:
        return frame.to_dict("records")
    return read_jsonl(data.folder / "clusters.jsonl")
