"""One person stated as a count: "un enseignant et un chauffeur figurent parmi les otages", "un directeur
de lycée a été tué, un professeur blessé", "Un des policiers a été évacué".

Why apart from `pipeline.quantities`: "un"/"une" is an article far more often than a number, so the
text-level reader never counts it; the annotation counts it (value 1) when a person is said to suffer
or undergo an event. These rules read the parse: a person noun (`facts_people_nouns.txt`) with "un"/"une"
(or "Un des" + a person noun) that is the subject of a verb of harm or custody (`facts_harm_verbs.txt`),
or that such a participle describes.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..quantities import Quantity
from .frames import infinitive

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

ONE = frozenset({"un", "une"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
VERB_REACH = 8  # tokens from the person to the first verb after it


def single_people(sent: "Span", people: frozenset[str], harm_verbs: frozenset[str]) -> list[Quantity]:
    """Quantities of value 1 for the persons of `sent` counted one by one (offsets into the sentence)."""
    out = []
    for t in sent:
        if t.lower_ not in ONE:
            continue
        if t.dep_ == "det" and t.head.pos_ == "NOUN" and t.head.lower_ in people and t.head.i == t.i + 1:
            noun, start = t.head, t
        elif t.pos_ in ("PRON", "NUM", "DET") and t.i + 2 < len(sent.doc) and sent.doc[t.i + 1].lower_ in ("des", "d'entre") \
                and sent.doc[t.i + 2].lower_ in people:
            noun, start = sent.doc[t.i + 2], t  # "Un des soldats"
        else:
            continue
        anchor = t if noun.i > t.i + 1 else noun
        if not harmed(anchor, harm_verbs):
            continue
        lo, hi = start.idx - sent.start_char, noun.idx + len(noun.text) - sent.start_char
        out.append(Quantity(lo, lo + len(t.text), t.text, 1, None, "count", lo, lo + len(t.text),
                            noun.text, noun.idx - sent.start_char, hi))
    return out


def harmed(token: "Token", harm_verbs: frozenset[str]) -> bool:
    """The subject of a verb of harm or custody ("a été assassiné", "figurent parmi"), or described by
    such a participle ("un professeur mutilé"); when the parse lost the clause ("Un des soldats, gravement
    blessé, a été rapatrié" parsed as a fragment), the first verb after the person, unless the person
    is an object ("a arrêté un homme qui a tué ...")."""
    if token.dep_ in SUBJECT_DEPS and infinitive(token.head) in harm_verbs:
        return True
    if any(c.dep_ == "acl" and "Part" in c.morph.get("VerbForm") and infinitive(c) in harm_verbs for c in token.children):
        return True
    if token.dep_ in ("obj", "iobj") or token.dep_.startswith("obl"):
        return False
    verb = next((t for t in token.doc[token.i + 1:token.i + 1 + VERB_REACH] if t.pos_ == "VERB"), None)
    return verb is not None and infinitive(verb) in harm_verbs
