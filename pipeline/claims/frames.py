"""Subject, predicate and object of the clause a fact sits in, read off the dependency parse.

Why on the parse rather than on word order: French puts the subject far from the number it scores
("Le président sortant, crédité de 80 % des voix, ...") and the parse links them; word order is used
only where the parser is known to fail (see `holders`).
"""
from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..verb_forms import guessed_infinitives
# The extent of a noun phrase is the coreference layer's (who a phrase names needs it too): the claims
# rules read it from here with the other parse helpers.
from ..coreference.phrases import DE_WORDS, NAMED_LABELS, case_of, example_marker, phrase_bounds  # noqa: F401
from ..lexicons import read_json
from ..spacy_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SUBJECT_DEPS = ("nsubj", "nsubj:pass")
NEGATIONS = frozenset({"ne", "n'", "n’", "pas", "jamais", "guère", "aucunement", "nullement"})
EXPLETIVES = frozenset({"c'", "c’", "ce", "ça", "cela"})
#: Subjects that name nobody a fact could be checked against: "on", a relative without its
#: antecedent, and the speaker's "je"/"nous" (the fact's `source` names the speaker).
NOT_HOLDERS = frozenset({"on", "-on", "qui", "que", "qu'", "qu’", "je", "j'", "j’", "-je", "nous", "-nous",
                         "tu", "vous", "-vous"})
A_WORDS = ("à", "au", "aux")
EXAMPLE_REACH = 5  # tokens from "tels" back to the noun it qualifies: 'les eurodéputés "non inscrits" tels que'


def infinitive(token: "Token") -> str:
    """The model's lemma, or the infinitive guessed from the form when the model keeps the form
    ("estime" -> "estimer"; the guesser is the quotes stage's)."""
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX") and lemma == token.lower_ and not lemma.endswith(("er", "ir", "re")):
        guesses = [g for g in guessed_infinitives(token.text)[1:] if g.endswith("er")]
        return guesses[0] if guesses else lemma
    return lemma


def char_span(tokens: list["Token"]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def inside(token: "Token", start: int, end: int) -> bool:
    return start <= token.idx < end


def is_negated(pred: "Token") -> bool:
    return any(c.lower_ in NEGATIONS for c in pred.children)


def head_token(sent: "Span", start: int, end: int) -> "Token | None":
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def governor(head: "Token") -> "Token":
    """The predicate of a quantity: the nearest verb above it, or a noun with a copula ("est de 8%")."""
    t = head
    for _ in range(12):
        if t.pos_ == "VERB" or any(c.dep_ == "cop" for c in t.children) or t.head is t:
            return t
        t = t.head
    return t


def subject_token(pred: "Token") -> "Token | None":
    """nsubj of the predicate (the agent of a passive), climbing conjuncts and relatives."""
    t = pred
    for _ in range(4):
        agent = [c for c in t.children if c.dep_ == "obl:agent"]
        subjects = [c for c in t.children if c.dep_ in SUBJECT_DEPS]
        if agent and any(s.dep_ == "nsubj:pass" for s in subjects):
            return agent[0]
        if subjects and subjects[0].lower_ == "qui" and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return t.head
        if subjects and subjects[0].lower_ in NOT_HOLDERS:
            return None  # "on", or a relative "qui" whose antecedent the parse does not give
        if subjects and (subjects[0].lower_ in EXPLETIVES or subjects[0].pos_ == "NUM"
                         or any(c.dep_ == "nummod" for c in subjects[0].children)):
            return None  # an expletive, or another quantity ("30.000 euros collectés et 2.700 adhérents")
        if subjects:
            return subjects[0]
        if t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN") and "Part" in t.morph.get("VerbForm") \
                and not any(c.dep_ == "mark" for c in t.children):
            return t.head  # "le groupe Écologie et solidarité, formé de 19 sénateurs"
        if t.dep_ == "acl" and t.head.pos_ == "NOUN" and "Inf" in t.morph.get("VerbForm") \
                and any(c.dep_ == "mark" and c.lower_ in DE_WORDS for c in t.children):
            owner = next((c for c in t.head.children if c.dep_ == "nmod" and c.i < t.i and case_of(c) in DE_WORDS), None)
            if owner is not None:
                return owner  # "l'objectif du gouvernement de réaliser 700.000 tests": the government's
        if t.dep_ not in ("conj", "xcomp", "acl:relcl") and not is_nonfinite_adjunct(t) or t.head is t:
            return None
        controller = object_controller(t)
        if controller is not None:
            return controller
        t = governor(t.head) if is_nonfinite_adjunct(t) else t.head
    return None


def object_controller(verb: "Token") -> "Token | None":
    """The subject of an infinitive under an object-control verb (`object_control_verbs` of
    facts_names.json): its "à" complement ("a demandé au ministre de rembourser"), else its object
    ("a sommé le groupe de justifier")."""
    if "Inf" not in verb.morph.get("VerbForm") or verb.dep_ not in ("xcomp", "advcl", "ccomp"):
        return None
    main = verb.head
    if main.i == verb.i or infinitive(main) not in object_control_verbs():
        return None
    dative = [c for c in main.children if c.dep_ in ("obl:arg", "iobj", "obl") and c.i < verb.i and case_of(c) in A_WORDS]
    if dative:
        return dative[0]
    objects = [c for c in main.children if c.dep_ == "obj" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")]
    return objects[0] if objects else None


@cache
def object_control_verbs() -> frozenset[str]:
    return frozenset(read_json("facts_names.json")["object_control_verbs"])


def is_nonfinite_adjunct(verb: "Token") -> bool:
    """"après avoir récolté 43 %", "en obtenant 12 %": an infinitive or gerund shares the main subject."""
    nonfinite = bool({"Inf", "Part"} & set(verb.morph.get("VerbForm")))
    introduced = any(c.dep_ == "mark" and c.lower_ in ("après", "avant", "pour", "sans", "en") for c in verb.children)
    return nonfinite and (verb.dep_ == "advcl" or verb.dep_ == "acl" and introduced)


def phrase(token: "Token", exclude: tuple[int, int] = (0, 0)) -> str:
    start, end = phrase_bounds(token, exclude)
    return doc_text(token.doc)[start:end]


def possessed(token: "Token") -> bool:
    """A noun with a possessive determiner ("son salaire", "sa politique", "leurs frais")."""
    return any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in token.children)


def predicate(pred: "Token") -> str:
    """The lemma of the predicate: "être" for a copula, "se dérouler" for a reflexive."""
    if pred.pos_ != "VERB" and any(c.dep_ == "cop" for c in pred.children):
        return "être"
    lemma = infinitive(pred)
    if any(c.dep_.startswith("expl") and c.lower_ in ("se", "s'", "s’") for c in pred.children):
        return ("s'" if lemma[:1] in "aeiouéèêh" else "se ") + lemma
    return lemma


def object_of(pred: "Token", start: int, end: int) -> str | None:
    objects = [c for c in pred.children if c.dep_ == "obj" and not inside(c, start, end) and c.lower_ not in NOT_HOLDERS]
    return phrase(objects[0], (start, end)) if objects else None


def subject_of(pred: "Token", start: int, end: int, own_subject: bool) -> "Token | None":
    """The subject token; `own_subject`: it may lie inside the fact (events, statements)."""
    token = subject_token(pred)
    if token is not None and not own_subject and inside(token, start, end):
        return None
    return token
