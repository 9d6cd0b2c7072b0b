"""The corpus-level speaker index: one row per speaker across all articles (`speakers.jsonl`).

Each quote already names its speaker with a per-article canonical (`speaker_canonical`, the longest
name of the speaker's cluster in that article). Across articles, one person still shows up under
several names: an article that only writes "Macron" gives the canonical "Macron", another gives
"Emmanuel Macron". The corpus-level rule, for persons only:
- names are compared by the key the within-article clustering uses (`coreference.names.name_key`: case,
  apostrophes and a leading article do not count, so "Le Pen" is the surname "pen"), accents folded
  too ("Edouard Philippe" is "Édouard Philippe");
- a bare surname (one word) joins the full name of the corpus that ends with it, the full names
  being every person speaker and every PER entity canonical of two words or more: the only one, or
  one that holds DOMINANT of the documents naming such a full name (entity noise such as "Duel
  Macron-Le Pen" or a rare namesake must not keep a surname from its person);
- otherwise, when several full names end with it ("Marine Le Pen" and "Jean-Marie Le Pen" both
  common), the surname is ambiguous and stays a row of its own, flagged `ambiguous`, with its
  most frequent `candidates`.
Before all this, person names the linking stage tied to a Wikidata id (`entities.wikidata`) are merged
by that id ("Edouard Philippe", "Édouard Philippe" and a linked "Philippe" are one person), and the row
says so (`merged_by` "wikidata", else "canonical").
Other speakers (organisations, media, documents, groups) are merged on the same key only.
Quotes without a speaker canonical are not in the index (the index page counts them).
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pandas as pd

from ..coreference.names import name_key

#: Speaker types that stand for a person (a resolved pronoun's canonical names its antecedent).
PERSON_TYPES = frozenset({"person", "pronoun"})
#: A bare surname joins the full name named in at least this share of the documents naming one.
DOMINANT = 0.9
MAX_CANDIDATES = 8
#: Full names named in fewer documents do not make a surname ambiguous (unless there is no other).
MIN_DOCUMENTS = 2
NOT_NAME = re.compile(r"[^\w']+")
#: The group key of the speakers joined by a Wikidata id: (WIKIDATA, id).
WIKIDATA = "\x00wikidata"
#: speakers.jsonl, beside the record files of the output folder.
SPEAKERS_FILE = "speakers.jsonl"


@dataclass
class Speaker:
    """One row of speakers.jsonl (field order = key order)."""

    id: int
    canonical: str
    label: str  # the speaker type most of its quotes give: person, organisation, media, ...
    aliases: list[str]
    documents: list[str]
    quotes: list[str]
    n_quotes: int = 0
    n_documents: int = 0
    ambiguous: bool = False
    candidates: list[str] = field(default_factory=list)
    gender: str | None = None  # "F", "M" or None (persons only; see report.genders)
    gender_evidence: str | None = None  # wikidata, title, agreement, first_name
    wikidata: str | None = None
    merged_by: str = "canonical"  # "wikidata" when the speaker's names were joined by their Wikidata id


def words(name: str) -> tuple[str, ...]:
    """The comparison key of a name, as words: accents folded, hyphens and other punctuation as
    spaces ("Jean-Louis Borloo" is "Jean Louis Borloo")."""
    folded = "".join(c for c in unicodedata.normalize("NFD", name_key(name)) if not unicodedata.combining(c))
    return tuple(NOT_NAME.sub(" ", folded).split())


def surname_targets(surnames: set[tuple[str, ...]], documents: Counter) -> dict[tuple[str, ...], list]:
    """Bare surname -> the full names ending with it, most documents first; a single one when it is
    the only one or a dominant one (the surname joins it), else all of them (ambiguous). Full names
    of a single document (typos, entity noise) count only where there is no other."""
    by_last: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for full in documents:
        if len(full) > 1:
            by_last[full[-1]].append(full)
    targets = {}
    for surname in surnames:
        found = sorted(by_last.get(surname[0], []), key=lambda f: (-documents[f], f))
        found = [f for f in found if documents[f] >= MIN_DOCUMENTS] or found
        total = sum(documents[f] for f in found)
        targets[surname] = found[:1] if found and documents[found[0]] >= DOMINANT * total else found
    return targets


def speaker_type(types: Counter) -> str:
    """The most frequent type, pronouns counting as persons; ties go to the alphabetical first."""
    merged = Counter()
    for kind, n in types.items():
        merged["person" if kind == "pronoun" else kind] += n
    return min(merged, key=lambda k: (-merged[k], k)) if merged else "unknown"


def build_speakers(quotes: pd.DataFrame, entities: pd.DataFrame) -> tuple[list[Speaker], dict[tuple[str, str], int]]:
    """The speakers, most quoted first, and (doc_id, speaker_canonical) -> speaker id."""
    attributed = quotes[quotes["speaker_canonical"].notna()]
    forms: dict[str, Counter] = defaultdict(Counter)  # per-article canonical -> its speaker types
    for name, kind in zip(attributed["speaker_canonical"], attributed["speaker_type"].astype(str)):
        forms[name][kind] += 1
    persons = entities[entities["label"].astype(str) == "PER"][["doc_id", "canonical"]].dropna()
    named_persons = set(persons["canonical"])
    # a person: most of its quotes say so, or some do and the article's entities name it as a person
    person_forms = {n for n, types in forms.items() if speaker_type(types) == "person"
                    or (n in named_persons and types["person"] + types["pronoun"] > 0)}
    display: dict[tuple[str, ...], Counter] = defaultdict(Counter)  # key -> its written forms
    for name in persons["canonical"].unique():
        display[words(name)][name] += 0
    named = {(doc_id, words(name)) for doc_id, name in zip(persons["doc_id"], persons["canonical"])}
    named |= {(doc_id, words(name)) for doc_id, name in zip(attributed["doc_id"], attributed["speaker_canonical"])
              if name in person_forms}
    targets = surname_targets({words(n) for n in person_forms if len(words(n)) == 1},
                              Counter(key for _, key in named))
    linked = linked_names(attributed, entities, person_forms)
    group_of: dict[str, tuple] = {}
    for name, types in forms.items():
        key = words(name) or (name,)
        person = name in person_forms
        if person and len(key) == 1 and len(targets.get(key, [])) == 1:
            key = targets[key][0]
        group_of[name] = ("person" if person else "other", key)
    by_key = {words(name): qid for name, qid in linked.items()}
    by_key |= {group_of[name][1]: qid for name, qid in linked.items()}
    for name, types in forms.items():
        kind, key = group_of[name]
        if kind == "person" and (linked.get(name) or by_key.get(key)):
            key = (WIKIDATA, linked.get(name) or by_key[key])
            group_of[name] = (kind, key)
        display[key][name] += sum(types.values())
    return assemble(attributed, forms, group_of, display, targets)


def linked_names(attributed: pd.DataFrame, entities: pd.DataFrame, person_forms: set[str]) -> dict[str, str]:
    """Person canonical -> the Wikidata id the linking stage gave it, when it gave one id only and in
    at least half the articles quoting that name (an old output without `wikidata`: none)."""
    if "wikidata" not in entities.columns:
        return {}
    persons = entities[(entities["label"].astype(str) == "PER") & entities["canonical"].isin(person_forms)]
    ids: dict[str, Counter] = defaultdict(Counter)
    for doc_id, name, qid in zip(persons["doc_id"], persons["canonical"], persons["wikidata"]):
        ids[name][(doc_id, qid if isinstance(qid, str) else None)] = 1
    quoted = Counter(name for _, name in set(zip(attributed["doc_id"], attributed["speaker_canonical"])))
    out = {}
    for name, found in ids.items():
        qids = Counter(qid for (_, qid) in found if qid)
        if len(qids) == 1:
            qid, n = qids.most_common(1)[0]
            if n >= 0.5 * max(quoted[name], 1):
                out[name] = qid
    return out


def assemble(attributed, forms, group_of, display, targets) -> tuple[list[Speaker], dict[tuple[str, str], int]]:
    rows: dict[tuple, dict] = defaultdict(lambda: {"types": Counter(), "aliases": set(), "docs": {}, "quotes": []})
    for doc_id, qid, name in zip(attributed["doc_id"], attributed["id"], attributed["speaker_canonical"]):
        row = rows[group_of[name]]
        row["aliases"].add(name)
        row["docs"].setdefault(doc_id, None)
        row["quotes"].append(qid)
    for name, group in group_of.items():
        rows[group]["types"].update(forms[name])
    ordered = sorted(rows.items(), key=lambda item: (-len(item[1]["quotes"]), best_form(display[item[0][1]])))
    speakers = []
    for number, ((kind, key), row) in enumerate(ordered):
        canonical = best_form(display[key])
        candidates = targets.get(key, []) if kind == "person" and len(key) == 1 else []
        wikidata_id = key[1] if key[:1] == (WIKIDATA,) else None
        speakers.append(Speaker(
            id=number, canonical=canonical, label="person" if kind == "person" else speaker_type(row["types"]),
            aliases=sorted(row["aliases"] - {canonical}), documents=list(row["docs"]), quotes=row["quotes"],
            n_quotes=len(row["quotes"]), n_documents=len(row["docs"]), ambiguous=len(candidates) > 1,
            candidates=[best_form(display[c]) for c in candidates[:MAX_CANDIDATES]] if len(candidates) > 1 else [],
            wikidata=wikidata_id, merged_by="wikidata" if wikidata_id else "canonical",
        ))
    number_of = {group: number for number, (group, _) in enumerate(ordered)}
    index = {(doc_id, name): number_of[group_of[name]]
             for doc_id, name in zip(attributed["doc_id"], attributed["speaker_canonical"])}
    return speakers, index


def add_genders(speakers: list[Speaker], index: dict[tuple[str, str], int], votes: dict, gazetteer=None) -> None:
    """Each person speaker's gender and the evidence that decided it (`genders.decide`), from the votes
    of every (doc_id, canonical) that joined it and, for a linked speaker, its gazetteer entry."""
    from .genders import decide

    summed: dict[int, Counter] = defaultdict(Counter)
    for key, number in index.items():
        summed[number].update(votes.get(key, Counter()))
    people = {i.wikidata: i for i in gazetteer.items if i.kind == "person"} if gazetteer is not None else {}
    for speaker in speakers:
        if speaker.label != "person":
            continue
        item = people.get(speaker.wikidata)
        if item is not None and item.gender:
            summed[speaker.id][("wikidata", item.gender)] += 1
        speaker.gender, speaker.gender_evidence = decide(summed[speaker.id])


def best_form(forms: Counter) -> str:
    """The written form a key is shown as: the most quoted, then the longest, then alphabetical."""
    return min(forms, key=lambda f: (-forms[f], -len(f), f))


def speakers_with_genders(data) -> tuple[list[Speaker], dict[tuple[str, str], int]]:
    """The speakers of an output (`io.Output`) with their gender: what `extract-report` writes."""
    from ..gazetteer import Gazetteer
    from .genders import Evidence, clusters_of

    speakers, index = build_speakers(data.quotes, data.entities)
    gazetteer = Gazetteer.load()
    evidence = Evidence(gazetteer).from_output(data.quotes, data.entities, data.mentions, data.sentences,
                                               clusters_of(data))
    add_genders(speakers, index, evidence.votes, gazetteer)
    return speakers, index


def write_speakers(speakers: list[Speaker], folder: str | Path) -> Path:
    """OUT/speakers.jsonl, one speaker a line, most quoted first."""
    path = Path(folder) / SPEAKERS_FILE
    with path.open("w", encoding="utf-8") as handle:
        for speaker in speakers:
            handle.write(json.dumps(asdict(speaker), ensure_ascii=False) + "\n")
    return path


def load_speakers(folder: str | Path) -> pd.DataFrame:
    """speakers.jsonl of an output folder as a DataFrame (written by `extract-report`)."""
    path = Path(folder) / SPEAKERS_FILE
    if not path.is_file():
        raise FileNotFoundError(f"no {SPEAKERS_FILE} in {folder}: run `extract-report {folder}` first")
    documents = Path(folder) / "documents.jsonl"
    if documents.is_file() and documents.stat().st_mtime > path.stat().st_mtime:
        raise FileNotFoundError(f"{path} is older than the run's records: run `extract-report {folder}` again")
    return pd.read_json(path, lines=True, dtype={"canonical": str, "label": "category"})
