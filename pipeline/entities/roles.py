"""Words that name a role or a people, not an entity.

- roles are no entities: nothing inside "garde des Sceaux" (`entity_role_phrases.txt`), and no portfolio
  after a ministerial head ("ministre de l'Intérieur allemand", "ministre des Transports et de la
  Mer");
- demonyms are no entities ("les Italiens", "un Allemand"), and a lower-case nationality adjective ends
  no organisation's name ("Parti de gauche suédois" -> "Parti de gauche"; `demonyms.txt`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lexicons import read_lines

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


PREPOSITIONS = frozenset({"de", "du", "des", "d'", "d’", "à", "au", "aux", "chargé", "chargée", "la", "l'", "l’", "les"})
#: How far back from a mention a ministerial head is looked for, over its other portfolios
#: ("ministre de la Mer et des Affaires rurales": 5 tokens before "Affaires").
PORTFOLIO_REACH = 6


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


#: Endings of the adjectives of nationality and residence that a capitalised noun of people takes
#: ("Tibétains", "Barcelonais", "Athéniens", "Québécois"); "-e" ones ("Kurdes") are too often
#: places or names ("Baléares", "Invalides") to be read off the shape: they are listed.
DEMONYM_ENDING = re.compile(r"(ain|ien|éen|ais|ois|and|ol)$")
#: Determiners before a singular noun of people ("un Tibétain", "une Barcelonaise").
SINGULAR_PEOPLE = frozenset({"un", "une"})


def adjective_lemma(word: str) -> tuple[str, ...]:
    """The masculine singular forms a capitalised word may come from ("Tibétaines" -> "tibétain")."""
    forms = [word.lower()]
    if forms[0].endswith(("s", "x")) and not forms[0].endswith(("ais", "ois")):
        forms.append(forms[0][:-1])
    for form in list(forms):
        if form.endswith("nne"):
            forms.append(form[:-2])
        elif form.endswith("e"):
            forms.append(form[:-1])
    return tuple(forms)


@dataclass(frozen=True)
class Demonyms:
    nouns: frozenset[str]  # every form, lower case
    adjectives: frozenset[str]  # forms that can be trimmed off the end of a name
    not_demonyms: frozenset[str] = frozenset()  # adjectives of that shape that name no people ("républicain")

    @classmethod
    def load(cls) -> "Demonyms":
        nouns: set[str] = set()
        adjectives: set[str] = set()
        lines = read_lines("demonyms.txt")
        excluded = frozenset(line.removeprefix("not:") for line in lines if line.startswith("not:"))
        for line in (line for line in lines if not line.startswith("not:")):
            word, noun_only = line.removesuffix("*").strip(), line.endswith("*")
            forms = inflections(word.lower())
            nouns |= forms
            if not noun_only:
                adjectives |= forms
        return cls(frozenset(nouns), frozenset(adjectives), excluded)

    def is_people(self, word: str, known_adjectives) -> bool:
        """A demonym as a noun: listed, or a capitalised word whose masculine singular is an adjective
        the lemmatizer knows (`known_adjectives`) with a demonym's ending ("Tibétains",
        "Barcelonaise")."""
        if word.lower() in self.nouns:
            return True
        if not word[:1].isupper():
            return False
        return any(form in known_adjectives and DEMONYM_ENDING.search(form) and form not in self.not_demonyms
                   for form in adjective_lemma(word))


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

