"""Subject, predicate and object of the clause a fact sits in, read off the dependency parse.

Why on the parse rather than on word order: French puts the subject far from the number it scores
("Le président sortant, crédité de 80 % des voix, ...") and the parse links them; word order is used
only where the parser is known to fail (see `holders`).
"""
from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..attribution.lexicon import guessed_infinitives
from ..lexicons import read_json
from ..spacy_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..document import Document

SUBJECT_DEPS = ("nsubj", "nsubj:pass")
NEGATIONS = frozenset({"ne", "n'", "n’", "pas", "jamais", "guère", "aucunement", "nullement"})
EXPLETIVES = frozenset({"c'", "c’", "ce", "ça", "cela"})
#: Subjects that name nobody a fact could be checked against: "on", a relative without its
#: antecedent, and the speaker's "je"/"nous" (the fact's `source` names the speaker).
NOT_HOLDERS = frozenset({"on", "-on", "qui", "que", "qu'", "qu’", "je", "j'", "j’", "-je", "nous", "-nous",
                         "tu", "vous", "-vous"})
NAMED_LABELS = ("PER", "ORG", "LOC")
DE_WORDS = ("de", "des", "du", "d'", "d’")
A_WORDS = ("à", "au", "aux")
MAX_SPAN_TOKENS = 14
QUE = frozenset({"que", "qu'", "qu’"})
#: "les sénateurs centristes tels que Paul Girard": an example of a phrase, not the phrase.
EXAMPLE_MARKERS = frozenset({"tel", "tels", "telle", "telles"})
EXAMPLE_REACH = 5  # tokens from "tels" back to the noun it qualifies: 'les eurodéputés "non inscrits" tels que'
OPENERS = frozenset({"(", "[", "«", "“", "‹"})
CLOSERS = frozenset({")", "]", "»", "”", "›"})
MARK_PAIRS = {"(": ")", "[": "]", "«": "»", "“": "”", "‹": "›", '"': '"'}
#: Dependents that end a short noun phrase (relatives, clauses, commas, prepositions).
PHRASE_STOPS = frozenset({"acl:relcl", "acl", "parataxis", "advcl", "punct", "ccomp", "case"})


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


def case_of(token: "Token") -> str:
    """The first preposition of a noun's own phrase ("au" in "au ministre"), lower case, or ""."""
    return next((c.lower_ for c in token.children if c.dep_ == "case"), "")


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


def phrase_bounds(token: "Token", exclude: tuple[int, int] = (0, 0)) -> tuple[int, int]:
    """Character span of a short noun phrase: the token's subtree without relatives, clauses, commas,
    subordinators, a leading conjunction, adverbs after the head ("Une majorité également"), a complement
    introduced by another preposition than "de" ("le ministre lors du congrès") and
    `exclude`; never an unclosed bracket or quote mark ("le groupe majoritaire (296 membres" -> "le
    groupe majoritaire")."""
    keep = []

    def walk(t: "Token") -> None:
        keep.append(t)
        for c in t.children:
            if c.dep_ in PHRASE_STOPS or c.dep_ == "mark" or (t is token and c.dep_ == "advmod" and c.i > t.i) \
                    or (t is token and c.dep_ == "cc" and c.i < t.i) or not_de_complement(c) \
                    or (t is token and c.i > t.i and c.left_edge.i > 0 and t.doc[c.left_edge.i - 1].text == ","):
                continue  # "Mais son score", "et les motivations", "un sondage Ifop, Marine Le Pen"
            if not any(exclude[0] <= x.idx < exclude[1] for x in c.subtree):
                walk(c)

    walk(token)
    keep = sorted((t for t in keep if not t.is_space), key=lambda t: t.i) or [token]  # no "\n\n" at an edge
    if len(keep) > MAX_SPAN_TOKENS:
        keep = [t for t in keep if t.head.i == token.i and t.dep_ in ("det", "flat:name", "amod", "nummod") or t.i == token.i]
    first, last = balanced(token.doc, keep[0].i, keep[-1].i, token.i)
    return token.doc[first].idx, token.doc[last].idx + len(token.doc[last].text)


def not_de_complement(token: "Token") -> bool:
    """A noun complement after the head introduced by another preposition than "de" ("lors de la
    convention", "à Paris", "pour BFMTV"): a circumstance of the clause more often than a part of the name."""
    cases = [c.lower_ for c in token.children if c.dep_ in ("case", "fixed") and c.i < token.i]
    return token.dep_ in ("nmod", "obl") and token.i > token.head.i and bool(cases) \
        and cases[0] not in ("de", "des", "du", "d'", "d’")


def balanced(doc: "Doc", first: int, last: int, head: int) -> tuple[int, int]:
    """Token range [first, last] around `head` with its brackets and quote marks paired: a mark
    closed just after the range is taken in, else the range stops before the unpaired mark."""
    open_at: list[int] = []
    for i in range(first, last + 1):
        text = doc[i].text
        if text in OPENERS or text == '"' and not (open_at and doc[open_at[-1]].text == '"'):
            open_at.append(i)
        elif text in CLOSERS or text == '"':
            if open_at and MARK_PAIRS.get(doc[open_at[-1]].text) == text:
                open_at.pop()
            elif i > head:
                return first, trim_end(doc, first, i - 1)
            else:
                first = i + 1
    if not open_at:
        return first, last
    if len(open_at) == 1 and last + 1 < len(doc) and MARK_PAIRS.get(doc[open_at[0]].text) == doc[last + 1].text:
        return first, last + 1  # 'La liste "Luynes Avenir' + '"'
    if open_at[0] > head:
        return first, trim_end(doc, first, open_at[0] - 1)
    return (open_at[-1] + 1, last) if open_at[-1] < head else (first, last)


def trim_end(doc: "Doc", first: int, last: int) -> int:
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return last


def canonical(doc: "Document", token: "Token") -> str | None:
    """The entity the phrase names: one on its head, else a name in apposition ("le Président
    Alexandre Loukachenko", "La présidente de la région, Valérie Pécresse"); never the complement
    of a title ("le président de l'IMA")."""
    named = [e for e in doc.entities if e.label in NAMED_LABELS]
    on_head = [e for e in named if e.start <= token.idx < e.end]
    if on_head:
        return on_head[0].canonical
    referred = coreference_canonical(doc, token)
    if referred or token.pos_ == "PRON":
        return referred
    hits = []
    for child in token.children:
        in_brackets = child.i > 0 and child.doc[child.i - 1].text == "("  # "(IMA)" glosses a complement
        if child.dep_ in ("appos", "flat:name", "nmod") and not in_brackets \
                and not any(c.dep_ == "case" for c in child.children):
            hits += [e for e in named if e.start <= child.idx < e.end]
    people = [e for e in hits if e.label == "PER"]  # "La députée MoDem Maud Petit": the person, not the party
    return (people or hits)[0].canonical if hits else None


def coreference_canonical(doc: "Document", token: "Token") -> str | None:
    """Who the coreference stage says a role, description, pronoun or document names ("l'élu
    socialiste", "il", "le communiqué"); None when that stage did not run or could not tell."""
    if doc.coreference is None:
        return None
    link = doc.coreference.at(token.idx, token.idx + len(token.text))
    return link.canonical if link is not None and link.kind != "name" else None


def example_marker(token: "Token") -> int | None:
    """The index of "que" when a phrase is an example introduced by "tel(s) que" ("les eurodéputés tels
    que Jean-Marie Le Pen"), else None."""
    doc, first = token.doc, token.left_edge.i
    que = first if doc[first].lower_ in QUE else first - 1  # the parse may hang "que" on the phrase
    if que < 2 or doc[que].lower_ not in QUE or doc[que - 1].lower_ not in EXAMPLE_MARKERS:
        return None
    return que


def possessed(token: "Token") -> bool:
    """A noun with a possessive determiner ("son salaire", "sa politique", "leurs frais")."""
    return any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in token.children)


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
