"""The tense of the clause a date sits in, read off the spaCy parse: "a déclaré samedi" points to
the past Saturday, "se réunira samedi" to the next one."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MAX_HOPS = 6
#: participles that plan rather than report: "prévu le 3 mai" may be before or after the reference
PROSPECTIVE_LEMMAS = frozenset({"prevoir", "programmer", "planifier", "fixer", "envisager", "attendre", "agender",
                                "annoncer", "convoquer", "reporter", "repousser", "decaler"})


#: verbs whose present or conditional, before an infinitive, looks ahead ("doit se rendre samedi")
PROSPECTIVE_MODALS = frozenset({"devoir", "compter", "esperer", "prevoir", "envisager", "souhaiter"})


#: verbs of an event taking place, whose present tense announces it ("a lieu samedi"; reported, it
#: would read "a eu lieu", "s'est tenu"): (lemma, the word that must go with it)
SCHEDULING_VERBS = {"avoir": "lieu", "tenir": "se", "derouler": "se"}


def scheduled_in_present(verb: "Token") -> bool:
    """"La marche a lieu samedi", "le sommet se tient mardi", "se déroule dimanche" (present indicative)."""
    partner = SCHEDULING_VERBS.get(fold(verb.lemma_))
    if partner is None or verb.morph.get("VerbForm") != ["Fin"] or "Pres" not in verb.morph.get("Tense") \
            or "Ind" not in verb.morph.get("Mood"):
        return False
    return any(fold(c.lower_) in (partner, "s'") for c in verb.children if c.i != verb.i)


def introduced_by_de(token: "Token") -> bool:
    return any(c.dep_ == "case" and fold(c.lemma_) in ("de", "du", "des", "d'") for c in token.children)


def verb_tense(verb: "Token") -> str | None:
    """"past", "future" or None (present, conditional, or unknown)."""
    for child in verb.children:
        if child.dep_ == "aux:tense":
            tense = child.morph.get("Tense")
            if "Fut" in tense:
                return "future"
            if tense:
                return "past"  # passé composé, plus-que-parfait
        if child.lemma_ == "aller" and verb.morph.get("VerbForm") == ["Inf"]:
            return "future"
    if verb.morph.get("VerbForm") == ["Inf"] and verb.head.lemma_ == "aller" and verb.head is not verb:
        return "future"
    if verb.morph.get("VerbForm") == ["Inf"] and verb.head is not verb and fold(verb.head.lemma_) in PROSPECTIVE_MODALS \
            and not any(c.dep_.startswith("aux") for c in verb.head.children) \
            and ("Pres" in verb.head.morph.get("Tense") or "Cnd" in verb.head.morph.get("Mood")):
        return "future"  # "doit se rendre samedi", "devrait annoncer mardi": an obligation or a plan ahead
    if scheduled_in_present(verb):
        return "future"  # "la marche a lieu samedi", "le sommet se tient mardi": a present that schedules
    if verb.morph.get("VerbForm") == ["Part"] and not any(c.dep_.startswith("aux") for c in verb.children) \
            and fold(verb.lemma_) in PROSPECTIVE_LEMMAS:
        return None  # "le scrutin prévu les 12 et 19 octobre": planned, so no past (nor future) by itself
    passive = [c for c in verb.children if c.dep_ == "aux:pass"]
    if passive and verb.morph.get("VerbForm") == ["Part"]:
        tense = passive[0].morph.get("Tense")
        return "future" if "Fut" in tense else "past" if ("Imp" in tense or "Past" in tense) else None
    tense = verb.morph.get("Tense")
    if "Fut" in tense:
        return "future"
    if "Imp" in tense or "Past" in tense:
        return "past"
    return None


def governing_verb(token: "Token") -> "Token | None":
    """The verb the expression depends on; None when it complements a noun through "de" ("les
    élections du 26 mai a annoncé ...": the date belongs to the elections, not to the announcement,
    so the clause's tense says nothing about it). A bare "samedi" the parser hangs on a noun ("aura
    lieu samedi") still takes the verb's tense."""
    for _ in range(MAX_HOPS):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        if token.dep_ == "nmod" and token.head.pos_ in ("NOUN", "PROPN") and introduced_by_de(token):
            return None
        token = token.head
    return None


class TenseReader:
    """`reader(start, end)` gives the tense of the clause around characters start..end."""

    def __init__(self, spacy_doc: "Doc") -> None:
        self.doc = spacy_doc

    def __call__(self, start: int, end: int) -> str | None:
        verb = self.verb(start, end)
        return verb_tense(verb) if verb is not None else None

    def verb_of(self, start: int, end: int) -> tuple[str, int] | None:
        """The clause's verb: its lemma lower-case without accents ("etre") and its character offset."""
        verb = self.verb(start, end)
        return (fold(verb.lemma_), verb.idx) if verb is not None else None

    def verb(self, start: int, end: int) -> "Token | None":
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        return governing_verb(span.root)
