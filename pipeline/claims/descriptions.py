"""The canonical of a phrase that names no entity: its short noun phrase.

Why: the annotation guidelines give `subject_canonical` as "a canonical entity name or short noun
phrase". A subject such as 'une liste "gilets jaunes"' or "L'enquête" names no person or
organisation, yet a user grouping facts by what they are about needs one key for 'la liste "gilets
jaunes"' and 'une liste gilets jaunes': the words without their determiner and quote marks
("liste gilets jaunes", "enquête"). Sources were already given this way ("la Commission électorale
centrale" -> "Commission électorale centrale"); both read it here.
"""
from __future__ import annotations

import re

DETERMINERS = re.compile(r"^(?:(?:le|la|les|un|une|des|du|de la|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|"
                         r"votre|vos)\s+|l['’]\s*)", re.IGNORECASE)
MARKS = re.compile(r"[«»“”\"‹›]")


def bare(phrase: str) -> str:
    """"la Commission électorale centrale" -> "Commission électorale centrale", 'une liste "gilets
    jaunes"' -> "liste gilets jaunes": no determiner, no quote marks, single spaces."""
    words = " ".join(MARKS.sub(" ", phrase).split())
    return DETERMINERS.sub("", words, count=1)
