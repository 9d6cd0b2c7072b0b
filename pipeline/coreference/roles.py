"""Role phrases: who "le chef de l'État", "l'ancien ministre" or "cette élue" names.

Why rules of their own: a role names the person the article gives it ("le ministre de l'Économie
Bruno Le Maire", "Édouard Philippe, Premier ministre", "La présidente de la région, Valérie
Pécresse"), and a one-holder office ("le chef de l'État") is never a person the article gives
another role ("le ministre des Finances, Michel Sapin", named just before). These were the facts'
fallbacks (`claims.names`); `resolver.Resolver` asks them for every phrase, quotes' and facts'.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .chains import DEFINITE
from .lexicon import CorefLexicon
from .phrases import is_definite, phrase_bounds

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..document import Document

#: Words before a role phrase that tell nothing of it.
DETERMINERS = DEFINITE | {"du", "au", "un", "une", "son", "sa", "leur"}
ROLE_DEPS = ("appos", "flat:name", "nmod", "nsubj")  # "le ministre Bruno Le Maire", "X, ministre de ..."
#: Words of a role phrase that do not tell two roles apart ("l'ancien ministre" is a "ministre").
NOT_ROLE_WORDS = frozenset({"le", "la", "l", "les", "de", "du", "des", "d", "ce", "cet", "cette", "ancien", "ancienne",
                            "ex", "actuel", "actuelle", "nouveau", "nouvelle", "sortant", "sortante"})


@dataclass(frozen=True)
class Role:
    """A person the article gives a role, with the content words of that role."""

    start: int
    end: int
    canonical: str
    words: frozenset[str]
    office: str | None = None


def is_role_noun(token: "Token", lexicon: CorefLexicon) -> bool:
    """A noun for one person: "maire", "édile" (`role_nouns`), "ministre" (a "person" speaker noun)."""
    return token.lemma_.lower() in lexicon.role_nouns or token.lower_ in lexicon.role_nouns \
        or lexicon.speaker_class(token.lemma_, "person")


def is_role(token: "Token", lexicon: CorefLexicon) -> bool:
    """A definite description of one person: "le chef de l'État", "l'ancien ministre", "cette élue"."""
    if token.pos_ not in ("NOUN", "ADJ") or "Plur" in token.morph.get("Number"):
        return False
    return is_role_noun(token, lexicon) and is_definite(token)


def office_of(text: str, start: int, end: int, lexicon: CorefLexicon) -> str | None:
    """The one-holder office a role phrase names ("le chef de l'État" -> président de la
    république), by the coreference layer's rule: the whole phrase or its start, after the
    determiner ("le porte-parole du Premier ministre" holds no office of its own)."""
    words = text[start:end].replace("’", "'").split()
    if words and words[0].lower() in DETERMINERS:
        words = words[1:]
    elif words and words[0].lower().startswith("l'"):
        words = [words[0][2:], *words[1:]]
    return lexicon.office_of(" ".join(words))


def role_words(text: str, token: "Token") -> frozenset[str]:
    """The content words of a role phrase: "le Premier ministre" -> {premier, ministre}."""
    start, end = phrase_bounds(token)
    return frozenset(w for w in re.findall(r"[\wÀ-ÿ-]+", text[start:end].lower()) if w not in NOT_ROLE_WORDS)


def roles_of(doc: "Document", spacy_doc: "Doc", lexicon: CorefLexicon) -> list[Role]:
    """Persons given a role in the article: "le ministre de l'Économie Bruno Le Maire", "Édouard
    Philippe, Premier ministre", "La présidente de la région, Valérie Pécresse"."""
    out = []
    for e in doc.entities:
        if e.label != "PER":
            continue
        span = spacy_doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        person = span.root  # a role the name stands beside: its head, or an apposition to it
        roles = [person.head] if person.dep_ in ROLE_DEPS and person.head.i < person.i else []
        roles += [c for c in person.children if c.dep_ == "appos"]
        roles += [c for c in person.head.children if c.i < person.i and c.right_edge.i + 2 == person.i
                  and spacy_doc[person.i - 1].text == ","]
        # "Le ministre des Finances, Michel Sapin, a ...": the parse hangs both on the verb
        for t in roles:
            if t.pos_ == "NOUN" and (t.lemma_.lower() in lexicon.role_nouns or lexicon.speaker_class(t.lemma_, "person")):
                lo, hi = phrase_bounds(t)
                out.append(Role(e.start, e.end, e.canonical, role_words(doc.text, t),
                                office_of(doc.text, lo, min(hi, e.start) if e.start > lo else hi, lexicon)))
                break
    return sorted(out, key=lambda r: r.start)
