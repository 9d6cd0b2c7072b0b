"""Corrections of the entities stage that need a lexicon or the whole document.

Why a module of its own: `entities.py` trims and filters one model span at a time; these rules look
at words around a span (a role it belongs to), at the language (is this capitalised word a common
noun of French?) or at the other mentions of the document (one name, one label):

- roles are no entities: nothing inside "garde des Sceaux" (`entity_role_phrases.txt`), and no portfolio
  after a ministerial head ("ministre de l'Intérieur allemand", "ministre des Solidarités et de la
  Santé");
- demonyms are no entities ("les Italiens", "un Allemand"), and a lower-case nationality adjective ends
  no organisation's name ("Parti de gauche suédois" -> "Parti de gauche"; `demonyms.txt`);
- a capitalised common word alone at the start of a heading or sentence, or in capitals, is no entity
  ("Famille", "Logement :", "Chiffré", "VIDÉO"): the model's lemma is a noun, adjective or verb that the
  French lemmatizer's own word lists know, and the same word is not a name elsewhere in the text;
- a seat of power where something takes place is the place, not the institution ("une réunion à
  Matignon", "mardi matin à Matignon": LOC; "conseiller à l'Élysée" stays ORG; `entity_seats.txt`);
- one name, one label per document: "Macron" is PER when "Emmanuel Macron" is, a surname of a person
  named in full is PER wherever it stands alone ("Dati" after "Rachida Dati"), and so is the surname
  of a person the news names often (`person_surnames.txt`, derived from the corpus: "a dit à Macron");
  otherwise the label most of a string's mentions carry wins (pattern labels first).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from ..lexicons import prefixed_lines, read_lines

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

PREPOSITIONS = frozenset({"de", "du", "des", "d'", "d’", "à", "au", "aux", "chargé", "chargée", "la", "l'", "l’", "les"})
COMMON_POS = frozenset({"NOUN", "ADJ", "VERB"})
#: How far back from a mention a ministerial head is looked for, over its other portfolios
#: ("ministre de l'Action et des Comptes publics": 5 tokens before "Comptes").
PORTFOLIO_REACH = 6
#: Label weights when one string got several labels in a document: the model tags unknown
#: capitalised words as places far more often than it mistakes a place for a person or organisation.
LABEL_WEIGHT = {"PER": 2.0, "ORG": 1.5, "LOC": 1.0, "MISC": 0.5}


class TokenMention(Protocol):
    start: int
    end: int
    label: str
    from_pattern: bool


def inflections(word: str) -> set[str]:
    """Masculine singular demonym -> its four forms ("italien" -> italienne, italiens, italiennes)."""
    irregular = {"grec": "grecque", "turc": "turque"}
    if word in irregular:
        fem = irregular[word]
    elif word.endswith("ien") or word.endswith("éen"):
        fem = word + "ne"
    elif word.endswith("e"):
        fem = word
    else:
        fem = word + "e"
    forms = {word, fem, fem + "s"}
    forms.add(word if word.endswith(("s", "x")) else word + "s")
    return forms


@dataclass(frozen=True)
class Demonyms:
    nouns: frozenset[str]  # every form, lower case
    adjectives: frozenset[str]  # forms that can be trimmed off the end of a name

    @classmethod
    def load(cls) -> "Demonyms":
        nouns: set[str] = set()
        adjectives: set[str] = set()
        for line in read_lines("demonyms.txt"):
            word, noun_only = line.removesuffix("*").strip(), line.endswith("*")
            forms = inflections(word.lower())
            nouns |= forms
            if not noun_only:
                adjectives |= forms
        return cls(frozenset(nouns), frozenset(adjectives))


class RoleWords:
    """Role phrases (blocked spans) and ministerial heads (whose complement is a portfolio)."""

    def __init__(self, nlp: "Language") -> None:
        from spacy.matcher import PhraseMatcher

        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        heads = []
        phrases = []
        for line in read_lines("entity_role_phrases.txt"):
            if line.startswith("head:"):
                heads.append(tuple(line.removeprefix("head:").lower().replace("’", "'").split()))
            else:
                phrases.append(nlp.make_doc(line))
        self.matcher.add("ROLE", phrases)
        self.heads = sorted(set(heads), key=len, reverse=True)

    def blocked(self, spacy_doc: "Doc") -> list[tuple[int, int]]:
        return [(s, e) for _, s, e in self.matcher(spacy_doc)]

    def is_portfolio(self, spacy_doc: "Doc", start: int) -> bool:
        """The mention at token `start` follows "<ministerial head> <preposition/article>*"."""
        i = start
        while i > 0 and start - i < PORTFOLIO_REACH:
            previous = spacy_doc[i - 1]
            if previous.lower_ not in PREPOSITIONS and previous.lower_ != "et" and not previous.is_title:
                break
            i -= 1
            if previous.lower_ in PREPOSITIONS and self.head_before(spacy_doc, i):
                return True
        return False

    def head_before(self, spacy_doc: "Doc", i: int) -> bool:
        for head in self.heads:
            words = tuple(t.lower_.replace("’", "'") for t in spacy_doc[max(0, i - len(head)):i])
            if words == head:
                return True
        return False


class Seats:
    """Seats of power (`entity_seats.txt`) and the events that make one after "à" a place."""

    #: How many nouns up from the seat an event noun is looked for ("la réunion des responsables de
    #: la majorité à Matignon": the parser hangs "à Matignon" on "majorité").
    NOUN_REACH = 3
    TIME_WORDS = frozenset({"matin", "soir", "midi", "après-midi", "lundi", "mardi", "mercredi", "jeudi",
                            "vendredi", "samedi", "dimanche", "dernier", "prochain"})

    def __init__(self) -> None:
        self.names = prefixed_lines("entity_seats.txt", "seat:")
        self.events = prefixed_lines("entity_seats.txt", "event:")

    def relabelled(self, spacy_doc: "Doc", mentions: list) -> list:
        """LOC for an ORG seat that stands as a place; applied after `harmonised_labels`, since one
        article has "Matignon a tranché" (ORG) and "réunis mardi à Matignon" (LOC)."""
        return [replace(m, label="LOC") if m.label == "ORG" and self.is_place(spacy_doc, m) else m for m in mentions]

    def is_place(self, spacy_doc: "Doc", mention) -> bool:
        if spacy_doc[mention.start:mention.end].text not in self.names:
            return False
        before = [t.lower_.replace("’", "'") for t in spacy_doc[max(0, mention.start - 2):mention.start]]
        if not (before[-1:] in (["à"], ["au"]) or before == ["à", "l'"]):
            return False
        preposition = mention.start - (2 if before == ["à", "l'"] else 1)
        if any(t.lower_ in self.TIME_WORDS for t in spacy_doc[max(0, preposition - 3):preposition]):
            return True  # "mardi matin à Matignon", "jeudi 13 février à Matignon"
        head = spacy_doc[mention.start].head
        for _ in range(self.NOUN_REACH):
            if head.lemma_.lower() in self.events or head.lower_ in self.events:
                return True
            if head.pos_ != "NOUN" or head.head is head:
                return False
            head = head.head
        return False


def is_common_word(token: "Token", lemma_index: dict[str, object]) -> bool:
    """A word the French lemmatizer knows as a noun, adjective or verb, tagged as one here (or a
    heading's first word, or a word in capitals: there the tagger's PROPN means little)."""
    lemma, lower = token.lemma_.lower(), token.lower_
    if token.pos_ not in COMMON_POS:
        if not (token.is_upper or opens_a_line(token)):
            return False
        lemma = lower
    return any(lemma in words or lower in words for words in lemma_index.values())


def lemma_words(nlp: "Language") -> dict[str, object]:
    """The lemmatizer's known nouns, adjectives and verbs ({} for a model without them)."""
    if "lemmatizer" not in nlp.pipe_names:
        return {}
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return {}
    table = lookups.get_table("lemma_index")
    return {pos: table[pos] for pos in ("noun", "adj", "verb") if pos in table}


def starts_a_line_or_sentence(token: "Token") -> bool:
    """First word of its sentence, or after a heading's colon or dash ("VIDÉO - Comptes")."""
    if token.is_sent_start or token.i == 0:
        return True
    previous = token.doc[token.i - 1]
    return previous.text in (":", "-", "–", "—", '"', "«", "“") or "\n" in previous.text


def opens_a_line(token: "Token") -> bool:
    return token.i == 0 or "\n" in token.doc[token.i - 1].text


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
