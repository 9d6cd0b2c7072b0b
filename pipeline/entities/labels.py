"""One name, one label per document.

"Macron" is PER when "Emmanuel Macron" is, a surname of a person named in full is PER wherever it
stands alone ("Dati" after "Rachida Dati"), and so is the surname of a person the news names often
(`person_surnames.txt`, derived from the corpus: "a dit à Macron"); otherwise the label most of a
string's mentions carry wins (pattern labels first).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from spacy.tokens import Doc


#: Label weights when one string got several labels in a document: the model tags unknown
#: capitalised words as places far more often than it mistakes a place for a person or organisation.
LABEL_WEIGHT = {"PER": 2.0, "ORG": 1.5, "LOC": 1.0, "MISC": 0.5}


class TokenMention(Protocol):
    start: int
    end: int
    label: str
    from_pattern: bool


def harmonised_labels(spacy_doc: "Doc", mentions: list, known_persons: frozenset[str] = frozenset()) -> list:
    """One label per name string, and PER for every bare surname of a person named in full or
    of a person the news names often (`person_surnames.txt`: "a dit à Macron" is no place)."""
    texts = [spacy_doc[m.start:m.end].text for m in mentions]
    surnames = set(known_persons)
    for m, text in zip(mentions, texts):
        words = text.split()
        if m.label == "PER" and len(words) > 1:
            surnames.add(" ".join(words[1:]))
            surnames.add(words[-1])
    votes: dict[str, Counter] = {}
    for m, text in zip(mentions, texts):
        votes.setdefault(text, Counter())[m.label] += 4 if m.from_pattern else LABEL_WEIGHT.get(m.label, 1.0)
    result = []
    for m, text in zip(mentions, texts):
        if text in surnames and not m.from_pattern:
            label = "PER"
        elif votes[text]["ORG"] and votes[text]["LOC"] and not any(t.has_vector for t in spacy_doc[m.start:m.end]):
            label = "ORG"  # a word the model has no vector for: its place reading is a guess ("via Publifact")
        else:
            label = votes[text].most_common(1)[0][0]
            if votes[text][m.label] == votes[text][label]:
                label = m.label  # a tie keeps what this mention had
        result.append(m if label == m.label else replace(m, label=label))
    return result


def surname_strings(spacy_doc: "Doc", mentions: list, lemma_index: dict[str, object],
                    is_first_name=lambda word: False) -> dict[str, str]:
    """Surnames of persons named in full ("Rachida Dati" -> "Dati"), to find them standing alone.
    A first word that is a common noun ("Affaire Bygmalion") makes no full name, unless it is also a
    first name ("Benjamin Griveaux", "Pierre Moscovici")."""
    names = {}
    for m in mentions:
        tokens = spacy_doc[m.start:m.end]
        first = tokens[0].lower_ if len(tokens) else ""
        if m.label == "PER" and len(tokens) > 1 and tokens[0].text[:1].isupper() \
                and (is_first_name(tokens[0].text) or not any(first in words for words in lemma_index.values())):
            surname = " ".join(t.text for t in tokens[1:]) if len(tokens) > 2 and tokens[1].text[:1].isupper() else tokens[-1].text
            if len(surname) >= 3 and surname[:1].isupper():
                names[surname] = "PER"
    return names


def first_name_strings(spacy_doc: "Doc", mentions: list, is_first_name) -> dict[str, str]:
    """First names of persons named in full, when one person of the article has it ("Carla" after
    "Carla Bruni", "Marine" after "Marine Le Pen"), to find them standing alone."""
    owners: dict[str, set[str]] = {}
    for m in mentions:
        tokens = spacy_doc[m.start:m.end]
        if m.label == "PER" and len(tokens) > 1 and is_first_name(tokens[0].text):
            owners.setdefault(tokens[0].text, set()).add(tokens.text)
    return {first: "PER" for first, full in owners.items() if len(full) == 1 and len(first) >= 3}
