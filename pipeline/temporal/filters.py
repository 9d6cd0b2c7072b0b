"""Matches that look like dates and are not: ages ("45 ans", "les moins de 18 ans"), names that hold
a date word ("le Journal du dimanche", the coalition "Maintenant le peuple"). TimeML annotates
neither; they are told apart here, by context, with the word lists of `dates_lexicon.json`
(`ages`, `names_with_date_words`), so the grammar stays about dates."""
from __future__ import annotations

import re

import regex

from .deixis import inside_quotes
from .grammar import Atom
from .lexicon import TemporalLexicon, alternation

#: the year unit at the end of a duration ("45 ans", "dix-huit ans")
YEARS_AT_END = regex.compile(r"\b(?:ans|an)$")
#: an opening quote mark right after a word: the quoted words are a title or a name
QUOTED_TITLE = regex.compile(r"\w\s*[\"«“]\s*$")
COUNTDOWN = regex.compile(r"\s*(?:de|du|d'|des)\b")
ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,}\s+$")
TITLE_PRONE_BUILDERS = frozenset({"vague", "relative_day", "weekday"})


class NotDates:
    """Compiled once per tagger; `spans(text, folded)` then `is_not_date(atom, ...)` per match."""

    def __init__(self, lexicon: TemporalLexicon) -> None:
        ages = lexicon["ages"]
        nouns = alternation(ages["nouns"])
        self.age_before = regex.compile(
            rf"(?:\b{alternation(ages['before'])}|\b{nouns}\s+(?:(?:ag(?:e|ee|es|ees)\s+)?de\s+)?(?:(?:moins|plus)\s+de\s+)?)\s*$")
        self.has_age = regex.compile(r"(?<!\by\s)(?<!\by)\b(?:a|avait|aura|aurait|ont|avaient|auront)\s*$")
        self.age_after = regex.compile(rf"\s*(?:{alternation(ages['after'])})\b")
        self.names = regex.compile(rf"(?<!\w){alternation(lexicon['names_with_date_words']['names'])}(?!\w)")

    def name_spans(self, text: str, folded: str) -> list[tuple[int, int]]:
        """Names written with at least one capital ("Journal du dimanche", not "le journal du dimanche")."""
        return [m.span() for m in self.names.finditer(folded) if any(c.isupper() for c in text[m.start():m.end()])]

    def is_not_date(self, atom: Atom, text: str, folded: str, names: list[tuple[int, int]]) -> bool:
        if any(atom.start < end and start < atom.end for start, end in names):
            return True
        if atom.builder in TITLE_PRONE_BUILDERS and text[atom.start].isupper() \
                and QUOTED_TITLE.search(text, max(0, atom.start - 4), atom.start) and inside_quotes(text, atom.start):
            return True  # la coalition "Maintenant le peuple" (an opening mark, not a closing one)
        if atom.rule == "year_after_noun" and ACRONYM_BEFORE.search(text, max(0, atom.start - 12), atom.start):
            return True  # "CAP 2022" names a committee
        return self.is_age(atom, folded)

    def is_age(self, atom: Atom, folded: str) -> bool:
        """"âgé de 45 ans", "les moins de 18 ans", "un homme de 52 ans", "(45 ans)", ", 45 ans,",
        "ses 50 ans", "18 ans et plus"."""
        if atom.builder not in ("duration", "duration_range", "offset") or "dur" not in atom.groups:
            return False
        if not YEARS_AT_END.search(atom.groups["dur"].rstrip()):
            return False
        number_start = atom.spans["dur"][0]
        before = folded[max(0, number_start - 40):number_start]
        after = folded[atom.end:atom.end + 12]
        if self.age_before.search(before) or self.age_after.match(after):
            return True
        if self.has_age.search(before) and not COUNTDOWN.match(after):
            return True  # "il a 45 ans", "à 62 ans" (but "à deux ans de l'élection" is a duration)
        bracketed = before.rstrip().endswith("(") and after.lstrip().startswith(")")
        apposition = before.rstrip().endswith(",") and after.lstrip()[:1] in (",", ")") and atom.builder == "duration"
        return bracketed or apposition
