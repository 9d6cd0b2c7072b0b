"""When "aujourd'hui" and "demain" name a day, and when they mean "nowadays" and "the future".

TimeML gives "today" the document date when it names the day and PRESENT_REF when it means
"nowadays" (FUTURE_REF for "tomorrow" meaning "the future"). The rule used here, from the words
around the expression and the clause's verb (read off the parse), is one rule for every news section
(it agrees with all eight "aujourd'hui" of the politique and monde dev sets but one, where the article
is dated the day after the speech it reports):

- "aujourd'hui" names the day when its clause reports an event: a past or future tense ("a annoncé
  aujourd'hui", "se réunira aujourd'hui", "je vais essayer de gagner aujourd'hui"), a present tense of a
  verb that is not a state, placed after its verb ("se rend aujourd'hui à Lyon"), a time of day or a
  clock time joined to it ("aujourd'hui à 15h"), "même" ("aujourd'hui même"), or as the complement of
  an event noun ("le vote d'aujourd'hui", `day_event_nouns` in the lexicon). Without a verb (a headline:
  "Macron à Lyon aujourd'hui") it is the day.
- It is PRESENT_REF, "nowadays", when it contrasts the present with the past: as the complement of
  any other noun ("la France d'aujourd'hui"); after "jusqu'à"; in an apposition set off by a comma with
  no verb of its own ("M. d'Estaing, aujourd'hui âgé de 94 ans", "X, aujourd'hui ministre"), whatever
  the tense of the clause around it; fronted before a present-tense clause and followed by a comma
  ("Aujourd'hui, plus de vingt pays interdisent l'avortement"); and in a present-tense clause of a state
  verb ("il est aujourd'hui ministre", "nous avons aujourd'hui beaucoup de taxes", "reste aujourd'hui
  le visage de ..."; `present_state_verbs` in the lexicon).
- "demain" is the day when a time of day, a clock time or a date is joined to it ("demain matin",
  "demain (mardi)"), after "dès", "à partir de", "jusqu'à" or "d'ici", and in the text's own narration
  (outside quote marks): a reporter's "demain" is the day after the article; inside quote marks too
  when it follows its verb ("je déposerai demain une proposition de loi"). Inside quote marks before
  its verb, and as a noun modifier ("les emplois de demain"), it is FUTURE_REF: a politician's
  fronted "demain" is "the future" ("que demain, la France devienne...", "si demain ...").
"""
from __future__ import annotations

import re

from ..lines import line_start

DAY_MARKERS_BEFORE = re.compile(r"(?:\bdes|\ba\s+partir\s+de|\bjusqu'a|\bd'ici)\s*$")
NOUN_MODIFIER_BEFORE = re.compile(r"(?:\bde|\bd')\s*$")
UNTIL_BEFORE = re.compile(r"\bjusqu'(?:a\s*)?$")
SAME_DAY_AFTER = re.compile(r"\s*(?:-\s*)?meme\b")
DEICTIC = {"aujourd'hui": "PRESENT_REF", "demain": "FUTURE_REF"}
NOUN_BEFORE = re.compile(r"(\w+)\s+(?:de|d')\s*$")
AFTER_COMMA = re.compile(r",\s*$")
COMMA_AFTER = re.compile(r"\s*,")
SENTENCE_START = re.compile(r"(?:^|[.!?:;\n«\"“(]\s*|^\s*)$")


def inside_quotes(text: str, position: int) -> bool:
    """Whether `position` lies between quote marks opened earlier in its paragraph."""
    start = line_start(text, position)
    before = text[start:position]
    if before.count("«") > before.count("»"):
        return True
    if before.rfind("“") > before.rfind("”"):
        return True
    return before.count('"') % 2 == 1


class DeicticReader:
    """`vague_value(word, ...)`: PRESENT_REF / FUTURE_REF when the word does not name the day, else None."""

    def __init__(self, state_verbs: frozenset[str], event_nouns: frozenset[str] = frozenset()) -> None:
        self.state_verbs = state_verbs
        self.event_nouns = event_nouns

    def vague_value(self, word: str, text: str, folded: str, start: int, end: int,
                    tense: str | None, verb: tuple[str, int] | None) -> str | None:
        """`verb`: the lemma and offset of the clause's verb, if the caller has a parse."""
        if word not in DEICTIC:
            return None
        before = folded[max(0, start - 16):start]
        lemma = verb[0] if verb else None
        if word == "demain":
            if DAY_MARKERS_BEFORE.search(before):
                return None
            if NOUN_MODIFIER_BEFORE.search(before):
                return DEICTIC[word]
            if inside_quotes(text, start) and (verb is None or verb[1] > start):
                return DEICTIC[word]  # "que demain, la France devienne", "si demain ..."
            return None
        if SAME_DAY_AFTER.match(folded, end):
            return None
        if UNTIL_BEFORE.search(before):
            return DEICTIC[word]
        if NOUN_MODIFIER_BEFORE.search(before):
            noun = NOUN_BEFORE.search(folded[max(0, start - 30):start])
            return None if noun and noun.group(1) in self.event_nouns else DEICTIC[word]
        if AFTER_COMMA.search(before) and not COMMA_AFTER.match(folded, end) and (verb is None or verb[1] < start):
            return DEICTIC[word]  # "M. d'Estaing, aujourd'hui âgé de 94 ans": an apposition
        if tense in ("past", "future"):
            return None
        if COMMA_AFTER.match(folded, end) and SENTENCE_START.search(folded[max(0, start - 3):start]):
            return DEICTIC[word]  # "Aujourd'hui, plus de vingt pays interdisent ...": nowadays, against the past
        if lemma is not None and lemma in self.state_verbs:
            return DEICTIC[word]
        return None
