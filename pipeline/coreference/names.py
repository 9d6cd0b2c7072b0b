"""Within-document clustering of entity mentions, and the canonical name of each cluster.

Rules (no coreference model for French is installable offline):
- persons: "Poutine" joins the most recent cluster holding a full name that ends with "Poutine"
  ("Vladimir Poutine"); a full name met after its bare surname absorbs that surname's cluster;
  two different first names with one surname stay apart.
- other labels: mentions with the same normalised text (case, apostrophes, leading article) share a
  cluster, whatever label the model gave each; the cluster's label is not changed here.
- an acronym joins the organisation whose initials it spells ("RN" and "Rassemblement national",
  "LREM" and "La République en marche", "EELV" and "Europe-Ecologie-les-Verts", "ASE" and "Aide
  sociale à l'enfance"), with or without the small words of the name; only when the expansion is in
  the article (the annotation rule: "RN" alone stays "RN");
- a one-word organisation that opens exactly one longer organisation name of the article is that
  organisation ("Parlement" after "Parlement européen", "Assemblée" after "Assemblée nationale");
- a first name alone that opens exactly one full name of the article is that person ("Carla" after
  "Carla Bruni").
- `canonical` is the longest name in the cluster (most words, then most characters, then first seen),
  without a lower-case leading article ("le Kremlin" -> "Kremlin"; "La France insoumise" is kept).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..firstnames import without_accents
from .lexicon import coref_lexicon

if TYPE_CHECKING:
    from ..records import Entity

ARTICLE = re.compile(r"^(?:(?:les|le|la)\s+|l')", re.IGNORECASE)  # not the 'La' of 'Laurent'
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


SMALL_WORDS = frozenset({"de", "du", "des", "d'", "à", "au", "aux", "et", "l'", "la", "le", "les", "pour", "sur", "en"})
ARTICLES = frozenset({"l'", "la", "le", "les"})


def cluster_mentions(mentions: list[tuple[str, str]], expansions: dict[str, str] | None = None) -> Clusters:
    """Cluster (text, label) mentions given in document order.

    expansions: known acronyms -> what they stand for ("LR" -> "Les Républicains"): an acronym only
    joins a name of the article that is its known expansion."""
    clusters: list[_Cluster] = []
    for i, (text, label) in enumerate(mentions):
        words = tuple(name_key(text).replace("-", " - ").split()) or (text,)
        target = _find_person(clusters, words) if label == "PER" else _find_exact(clusters, words, label)
        if target is None:
            target = _Cluster(label)
            clusters.append(target)
        target.members.append(i)
        target.names.add(words)
    clusters = _merge_short_forms(clusters, mentions, expansions or {})
    return _number(clusters, mentions)


def _merge_short_forms(clusters: list[_Cluster], mentions: list[tuple[str, str]],
                       expansions: dict[str, str]) -> list[_Cluster]:
    """Acronyms into their expansion, a lone first word into the one longer name it opens."""
    merged: list[_Cluster] = []
    for cluster in clusters:
        target = _expansion_of(cluster, clusters, mentions, expansions) or _longer_name_of(cluster, clusters) \
            or _headless_form_of(cluster, clusters)
        if target is None or target is cluster:
            merged.append(cluster)
            continue
        target.members.extend(cluster.members)
        target.names |= cluster.names
    for cluster in merged:
        cluster.members.sort()
    return merged


def _expansion_of(cluster: _Cluster, clusters: list[_Cluster], mentions: list[tuple[str, str]],
                  expansions: dict[str, str]) -> _Cluster | None:
    if cluster.label == "PER":
        return None
    acronyms = {mentions[i][0] for i in cluster.members if is_acronym(mentions[i][0])}
    if not acronyms:
        return None

    def stands_for(acronym: str, name: str) -> bool:
        if acronym in expansions:
            return loose_key(expansions[acronym]) == loose_key(name)
        return spells(acronym, name)

    candidates = [other for other in clusters if other is not cluster and other.label in ("ORG", "MISC")
                  and any(stands_for(acronym, mentions[i][0]) for acronym in acronyms for i in other.members)]
    return candidates[0] if len(candidates) == 1 else None


def _longer_name_of(cluster: _Cluster, clusters: list[_Cluster]) -> _Cluster | None:
    """"Parlement" -> the one "Parlement européen"; "Carla" -> the one "Carla Bruni"."""
    if any(len(n) != 1 for n in cluster.names):
        return None
    word = next(iter(cluster.names))[0]
    lexicon = coref_lexicon()
    if cluster.label != "PER" and word not in lexicon.nouns["institution_heads"]:
        return None  # "France" is not "France insoumise"
    candidates = [other for other in clusters if other is not cluster and other.label == cluster.label
                  and any(len(n) > 1 and n[0] == word for n in other.names)
                  and not (cluster.label == "PER" and any(len(n) > 1 and n[-1] == word for n in other.names))]
    return candidates[0] if len(candidates) == 1 else None


NUMBER_WORDS = {"un": "1", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "six": "6", "sept": "7",
                "huit": "8", "neuf": "9", "dix": "10"}


def _headless_form_of(cluster: _Cluster, clusters: list[_Cluster]) -> _Cluster | None:
    """"Cinq étoiles" -> the one "Mouvement 5 étoiles": an organisation name of two words or more that
    is another's without its first word (numbers in words or digits alike)."""
    if cluster.label == "PER" or any(len(n) < 2 for n in cluster.names):
        return None
    tails = {tuple(NUMBER_WORDS.get(w, w) for w in n) for n in cluster.names}
    candidates = [other for other in clusters if other is not cluster and other.label in ("ORG", "MISC")
                  and any(len(n) > 2 and tuple(NUMBER_WORDS.get(w, w) for w in n[1:]) in tails for n in other.names)]
    return candidates[0] if len(candidates) == 1 else None


def bracketed_acronyms(entities: "list[Entity]", text: str) -> "list[Entity]":
    """An acronym in brackets right after an organisation's name is that organisation, whatever its
    letters ("Institut national de recherche spatiale (INPE)", "Mouvement 5 étoiles (M5S)",
    "Extinction Rebellion (XR)"): its cluster joins the name's, under the name's canonical."""
    ordered = sorted(entities, key=lambda e: e.start)
    named: dict[str, Entity] = {}  # acronym -> the name it follows in brackets (the first such)
    for before, acronym in zip(ordered, ordered[1:]):
        if acronym.label == "ORG" and before.label in ("ORG", "MISC") \
                and text[before.end:acronym.start] == " (" and text[acronym.end:acronym.end + 1] == ")" \
                and BRACKETED_ACRONYM.fullmatch(acronym.text):
            named.setdefault(acronym.text, before)
    into = {e.cluster: named[e.text] for e in ordered if e.label == "ORG" and e.text in named
            and e.cluster != named[e.text].cluster}
    if not into:
        return entities
    return [replace(e, cluster=into[e.cluster].cluster, canonical=into[e.cluster].canonical) if e.cluster in into else e
            for e in entities]


BRACKETED_ACRONYM = re.compile(r"(?=(?:.*[A-Z]){2})[A-Za-z0-9&.]{2,8}")


def loose_key(name: str) -> str:
    """Case, accents, hyphens and a leading article folded: "Europe-Ecologie-les-Verts" ==
    "Europe Écologie-Les Verts", "la République en marche" == "La République en Marche"."""
    folded = without_accents(normalise(name))
    return ARTICLE.sub("", " ".join(folded.replace("-", " ").split()))


def is_acronym(text: str) -> bool:
    """"RN", "LREM", "EELV", "MoDem", "LaREM": 2 to 6 letters, at least two capitals, no space."""
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and sum(c.isupper() for c in letters) >= 2 and " " not in text


def spells(acronym: str, name: str) -> bool:
    """Whether the capitals of `acronym` are the initials of `name`, with or without its small words."""
    letters = "".join(c for c in acronym if c.isupper())
    words = [w for w in re.split(r"[\s\-]+", normalise(name).replace("'", "' ")) if w]
    if len(words) < 2:
        return False
    readings = (
        words,
        [w for w in words if w not in SMALL_WORDS],
        [w for w in words if w not in ARTICLES],
        words[1:] if words[0] in ARTICLES else words,
    )
    return any("".join(w[0] for w in reading).upper() == letters for reading in readings if len(reading) >= 2)


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
    for cluster in persons:  # "Guiseppe Conte" is a misspelt "Giuseppe Conte"
        if any(misspelt(n, words) for n in cluster.names):
            return cluster
    return None


def misspelt(name: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Two full names of one surname whose first names of 6+ letters differ by one letter swapped
    with its neighbour ("Guiseppe"/"Giuseppe"): a typing slip, not two people ("Marine"/"Marion",
    "Jean"/"Joan" stay apart)."""
    if len(name) != len(other) or len(name) < 2 or name[1:] != other[1:]:
        return False
    a, b = name[0], other[0]
    if len(a) != len(b) or len(a) < 6 or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _without_sentence_articles(texts: list[str]) -> list[str]:
    """A place written with a capitalised article at a sentence start ("La Chine a répondu") and
    elsewhere without it ("la Chine"), or a country (demonym_countries.txt), is named without
    it ("Chine"): the article is the sentence's, not the name's. Parties and newspapers keep theirs ("Les Républicains", "Le Monde")."""
    bare = {t.casefold() for t in texts}
    countries = coref_lexicon().country_names
    return [ARTICLE.sub("", t) if ARTICLE.match(t) and (ARTICLE.sub("", t).casefold() in bare or loose_key(t) in countries)
            else t for t in texts]


def _number(clusters: list[_Cluster], mentions: list[tuple[str, str]]) -> Clusters:
    ids = [0] * len(mentions)
    canonical = [""] * len(mentions)
    article_names = coref_lexicon().article_names
    for number, cluster in enumerate(sorted(clusters, key=lambda c: c.members[0])):
        texts = [LOWERCASE_ARTICLE.sub("", mentions[i][0]) for i in cluster.members]
        if cluster.label == "LOC":
            texts = _without_sentence_articles(texts)
        best = max(texts, key=lambda t: (len(t.split()), len(t), texts.count(t) if cluster.label == "PER" else 0, -texts.index(t)))
        best = article_names.get(loose_key(best), best)
        for i in cluster.members:
            ids[i] = number
            canonical[i] = best
    return Clusters(ids=ids, canonical=canonical)
