"""A phrase that names its entity itself: a name on its head, in apposition, beside it, inside it.

Why first among the rules of `resolver.Resolver`: a name written in the phrase ("le Président
Alexandre Loukachenko", "la maire PS sortante Anne Hidalgo") beats every guess from roles, gender or
salience. A name behind "de" is someone else ("le président de l'IMA", "la rivale de X").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .phrases import NAMED_LABELS, after_de, example_marker, phrase_bounds

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..document import Document


def referred(doc: "Document", token: "Token") -> str | None:
    """Who the coreference stage says a role, description, pronoun or document names ("l'élu
    socialiste", "il", "le communiqué"); None when that stage did not run or could not tell."""
    if doc.coreference is None:
        return None
    link = doc.coreference.at(token.idx, token.idx + len(token.text))
    return link.canonical if link is not None and link.kind != "name" else None


def entity_on_phrase(doc: "Document", token: "Token") -> str | None:
    """The entity the phrase names: one on its head, else a name in apposition ("le Président
    Alexandre Loukachenko", "La présidente de la région, Valérie Pécresse"); never the complement
    of a title ("le président de l'IMA")."""
    named = [e for e in doc.entities if e.label in NAMED_LABELS]
    on_head = [e for e in named if e.start <= token.idx < e.end]
    if on_head:
        return on_head[0].canonical
    said = referred(doc, token)
    if said or token.pos_ == "PRON":
        return said
    hits = []
    for child in token.children:
        in_brackets = child.i > 0 and child.doc[child.i - 1].text == "("  # "(IMA)" glosses a complement
        if child.dep_ in ("appos", "flat:name", "nmod") and not in_brackets \
                and not any(c.dep_ == "case" for c in child.children):
            hits += [e for e in named if e.start <= child.idx < e.end]
    people = [e for e in hits if e.label == "PER"]  # "La députée MoDem Maud Petit": the person, not the party
    return (people or hits)[0].canonical if hits else None


def named_sibling(doc: "Document", token: "Token") -> str | None:
    """A person named beside a title the parser made a second subject: "La présidente de la région,
    Valérie Pécresse, est créditée de 38 %" (présidente and Valérie both nsubj:pass); not an example
    ("les eurodéputés tels que Jean-Marie Le Pen")."""
    for sibling in token.head.children:
        if sibling.i != token.i and sibling.dep_ == token.dep_ and token.head.i != token.i \
                and example_marker(sibling) is None:
            hits = [e for e in doc.entities if e.label == "PER" and e.start <= sibling.idx < e.end]
            if hits:
                return hits[0].canonical
    return None


def person_inside(doc: "Document", spacy_doc: "Doc", token: "Token") -> str | None:
    """A person named inside the phrase, not behind "de" ("la maire PS sortante Anne Hidalgo")."""
    start, end = phrase_bounds(token)
    for e in doc.entities:
        if e.label == "PER" and start <= e.start and e.end <= end and e.start > token.idx \
                and not after_de(spacy_doc, e.start):
            return e.canonical
    return None
