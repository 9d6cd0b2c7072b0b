"""Topic salience: the person a sentence is about, where the parse does not say so, for the pronoun
that follows (`ChainBuilder.topic_score`, added to `salient_person`'s score).

Why: `salient_person` ranks a main clause's subject first, and a pronoun after a sentence about
its topic took the person named last instead when the parse missed that subject, or when the
pronoun was a "lui" (which ignored subjects). Three signals:
- a courtesy title as the subject ("M. Jacob a souligné", "Mme Bergé a estimé"): the parse
  makes "M." the subject and the name its `flat:name`, so the name was no subject at all;
- a name that opens its sentence, then a comma ("Peter Krykant, 43 ans, est lui-même ...",
  "Stepan Svetlov, chanteur et joueur de trompette, fonde Nexta"): the apposition makes the
  parse hang the name as a root of its own, and the sentence is about that person;
- a stressed or dative "lui" ("Selon lui", "Pour lui", "Ce choix lui a valu") after a sentence
  whose main clause's subject is a person: that subject, the topic, before a name in a
  complement or an object met since.
Measured on five corpus samples of 300 articles (seeds 32001-32005, every changed pronoun read):
46 answers made right, 7 made wrong (a subject the parse got wrong elsewhere now wins: "A partir de
cette réunion, X ..." is no subject, so "M. Y" before it is), 6 wrong either way; on the three
samples the rules were not written from, 30 right, 5 wrong.
Counting mentions (how often a person was named in the last sentences or the article so far)
was tried as a topic signal and dropped: on the first sample (seed 32001) half a point per
mention in the last four sentences made 4 answers right and 9 wrong, and a bonus for the person
named most so far 5 right and 4 wrong (the speaker of a quote, the subject of a relative, yield to
the person named most).
"""
from __future__ import annotations

import re

from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..records import Entity

#: The bonus `salient_person` gives the subject of a main clause, and of another clause.
MAIN_SUBJECT = 3.5
OTHER_SUBJECT = 1.0
#: For "lui", the bonus of the main clause's subject of an earlier sentence.
EARLIER_SUBJECT = 2.0
#: A fronted past participle and its complement, then a comma (and a courtesy title) before the name: "Sollicitée,
#: Mme | X", "Interrogé par l'AFP, | X".
FRONTED_PARTICIPLE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|te|tes)"
                                r"(?:\s+[^,;:.!?«»\"]{1,50})?,\s*(?:(?:M\.|Mme|Mlle|Me|Dr)\s*)?")
#: What may stand before a name that opens its sentence: spaces, a dash, an opening quotation mark.
OPENING = " \n\t-–—\"«“"
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})


def subject_title(name_start: "Token", titles: frozenset[str]) -> "Token | None":
    """The courtesy title right before a name ("M. X", "Mme X") when the parse made it the subject
    of the verb: then the name is that subject."""
    if name_start.i == 0:
        return None
    title = name_start.doc[name_start.i - 1]
    if title.lower_ in titles and title.dep_ in SUBJECT_DEPS:
        return title
    return None


def opens_with_apposed_name(text: str, sentence_start: int, at: int, persons: Iterable["Entity"]) -> bool:
    """A person's name at the head of its sentence and a comma right after it: "X, 43 ans, est ...",
    "X, ancien militaire, partage ...": the sentence is about that person, whatever the parse made
    of the apposition."""
    before = text[sentence_start:at].strip(OPENING)
    if before and not FRONTED_PARTICIPLE.fullmatch(before):
        return False  # ("Sollicitée, Mme X, ...", "Interrogé par l'AFP, X, ...": a participle of X's first)
    name = next((e for e in persons if e.start == at and e.label == "PER"), None)
    return name is not None and text[name.end:name.end + 1] == ","
