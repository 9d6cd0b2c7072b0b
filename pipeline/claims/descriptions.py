"""The canonical of a phrase that names no entity: its short noun phrase.

Why: the annotation guidelines give `subject_canonical` as "a canonical entity name or short noun
phrase". A subject such as 'une liste "gilets jaunes"' or "L'enquête" names no person or
organisation, yet a user grouping facts by what they are about needs one key for 'la liste "gilets
jaunes"' and 'une liste gilets jaunes': the words without their determiner and quote marks
("liste gilets jaunes", "enquête"). Sources were already given this way ("la Commission électorale
centrale" -> "Commission électorale centrale"); both read it here.

A definite description ("l'affaire", "la liste complète") is given as the name the article gives
that thing: the name it is baptised with anywhere in the article ('cette liste baptisée "Ralliement
d'initiative citoyenne"'), else the last earlier mention of its head noun followed by a name
("l'affaire Bygmalion", 'la liste "gilets jaunes"'): the strict head match of coreference sieves
(Lee et al. 2013), for things the entity stages do not name.
"""
from __future__ import annotations

import re

from ..coreference.chains import DEFINITE as CHAIN_DEFINITE

DETERMINERS = re.compile(r"^(?:(?:le|la|les|un|une|des|du|de la|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|"
                         r"votre|vos)\s+|l['’]\s*)", re.IGNORECASE)
MARKS = re.compile(r"[«»“”\"‹›]")
DEFINITE = CHAIN_DEFINITE | {"les", "ces"}  # a plural description has a name too ("les gilets jaunes")
NAMING = r"(?:baptisée?s?|intitulée?s?|nommée?s?|dénommée?s?|appelée?s?)"
QUOTED = r"[«\"“]\s*([^«»\"“”]{2,80}?)\s*[»\"”]"
CAPITALISED = r"([A-ZÀ-Ý][\wÀ-ÿ'’-]*(?:[ \u00a0]+(?:de[ \u00a0]+|d['’])?[A-ZÀ-Ý][\wÀ-ÿ'’-]*)*)"


def bare(phrase: str) -> str:
    """"la Commission électorale centrale" -> "Commission électorale centrale", 'une liste "gilets
    jaunes"' -> "liste gilets jaunes": no determiner, no quote marks, single spaces."""
    words = " ".join(MARKS.sub(" ", phrase).split())
    return DETERMINERS.sub("", words, count=1)


#: How far from the description its name is looked for: the whole article (the longest of the
#: OrangeSum corpus has 11,068 characters), not the whole of a 1,000,000-character document, which
#: every description would search again (quadratic).
NAMING_REACH = 20_000


def named_form(text: str, fact: tuple[int, int], word: str, at: int) -> str | None:
    """The name the article gives the thing a definite description headed by `word` stands for (see
    the module docstring); None when it gives none. Never a name holding the fact itself ('la pétition
    baptisée "rendez-nous ces 500 000 euros"')."""
    head = r"\b(?i:" + re.escape(word) + r")[ \u00a0]+"
    lo = max(0, at - NAMING_REACH)
    baptised = re.search(head + NAMING + r"[ \u00a0]+" + QUOTED, text[lo:at + NAMING_REACH])
    if baptised and not (lo + baptised.start(1) < fact[1] and fact[0] < lo + baptised.end(1)):
        return baptised.group(1)
    before = list(re.finditer(head + r"(?:" + QUOTED + r"|" + CAPITALISED + r")", text[lo:at]))
    if not before:
        return None
    last = before[-1]
    return f"{word} {last.group(1) or last.group(2)}"


def description_name(text: str, fact: tuple[int, int], words: str, head: str, determiner: str | None,
                     at: int) -> str | None:
    """The canonical of a phrase that names no entity: a definite description's name in the article,
    else its bare words."""
    if determiner is not None and determiner.lower() in DEFINITE and not MARKS.search(words) \
            and not any(w[:1].isupper() for w in words.split()[1:]):
        named = named_form(text, fact, head, at)
        if named:
            return named
    return bare(words) or None
