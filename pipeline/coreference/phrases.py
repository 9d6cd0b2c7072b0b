"""The noun phrase a head token stands for, read off the parse: its extent, its determiner, its
preposition, and whether a name stands behind "de".

Why here, below quotes and facts: "which entity does this phrase name" (`resolver.Resolver`) needs
the phrase's words ("le ministre de l'Économie Bruno Le Maire"), and so do the facts' rules that find
the phrase; one reading of a phrase's extent, not one per layer. `pipeline.claims.frames` and
`pipeline.attribution.phrases` re-export what they use.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..spacy_text import doc_text
from .chains import DEFINITE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NAMED_LABELS = ("PER", "ORG", "LOC")
DE_WORDS = ("de", "des", "du", "d'", "d’")
NP_PREPOSITIONS = frozenset({"de", "d'", "d’", "du", "des"})
MAX_SPAN_TOKENS = 14
QUE = frozenset({"que", "qu'", "qu’"})
#: "les sénateurs centristes tels que Paul Girard": an example of a phrase, not the phrase.
EXAMPLE_MARKERS = frozenset({"tel", "tels", "telle", "telles"})
OPENERS = frozenset({"(", "[", "«", "“", "‹"})
CLOSERS = frozenset({")", "]", "»", "”", "›"})
MARK_PAIRS = {"(": ")", "[": "]", "«": "»", "“": "”", "‹": "›", '"': '"'}
#: Dependents that end a short noun phrase (relatives, clauses, commas, prepositions).
PHRASE_STOPS = frozenset({"acl:relcl", "acl", "parataxis", "advcl", "punct", "ccomp", "case"})
#: A determiner's gender ("la ministre", "ce dernier"); "l'" tells none.
DETERMINER_GENDERS = {"la": "fem", "cette": "fem", "le": "masc", "ce": "masc", "cet": "masc"}


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


def case_of(token: "Token") -> str:
    """The first preposition of a noun's own phrase ("au" in "au ministre"), lower case, or ""."""
    return next((c.lower_ for c in token.children if c.dep_ == "case"), "")


def example_marker(token: "Token") -> int | None:
    """The index of "que" when a phrase is an example introduced by "tel(s) que" ("les eurodéputés tels
    que Jean-Marie Le Pen"), else None."""
    doc, first = token.doc, token.left_edge.i
    que = first if doc[first].lower_ in QUE else first - 1  # the parse may hang "que" on the phrase
    if que < 2 or doc[que].lower_ not in QUE or doc[que - 1].lower_ not in EXAMPLE_MARKERS:
        return None
    return que


def after_de(doc: "Doc", char: int) -> bool:
    """The word before character `char` is "de" (du, des, d'), or "de" + a determiner."""
    words = doc_text(doc)[max(0, char - 12):char].replace("’", "'").lower().replace("'", "' ").split()
    if not words:
        return False
    if words[-1] in NP_PREPOSITIONS:
        return True
    return len(words) >= 2 and words[-2] in NP_PREPOSITIONS and words[-1] in ("la", "le", "les", "l'")


def is_definite(token: "Token") -> bool:
    """A definite noun phrase ("le", "cette", or the article inside "du" / "au"): it refers back."""
    determiners = [c.lower_ for c in token.children if c.dep_ == "det"]
    if not determiners:  # "du chef de l'État", "au président": the article is in the preposition
        return any(c.dep_ == "case" and c.lower_ in ("du", "au") for c in token.children)
    return determiners[0] in DEFINITE


def told_gender(token: "Token") -> str | None:
    """The gender a noun phrase tells: its determiner ("la ministre"), else the noun's own gender."""
    determiner = next((c.lower_ for c in token.children if c.dep_ == "det"), "")
    gender = DETERMINER_GENDERS.get(determiner)
    if gender is None:
        morph = token.morph.get("Gender")
        gender = {"Fem": "fem", "Masc": "masc"}.get(morph[0]) if morph else None
    return gender


def within_phrase(token: "Token") -> list["Token"]:
    """The head's dependents and those of its noun complements, not inside another clause."""
    out, todo = [], [token]
    while todo:
        t = todo.pop()
        for c in t.children:
            out.append(c)
            if c.dep_ in ("nmod", "appos", "flat:name") and c.pos_ in ("NOUN", "PROPN"):
                todo.append(c)
    return out
