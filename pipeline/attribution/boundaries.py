"""Where reported content ends: what the journalist appends after it is not the speaker's.

Why a separate rule: the reported clause runs to the sentence end (see `indirect`), and in wire news
the sentence often goes on after it with the journalist's words: a participial continuation
(", ajoutant que …", ", provoquant ainsi la chute du gouvernement"), the occasion or medium
(", dans un entretien à l'AFP"), an apposition to the last noun (", les séparatistes anglophones"),
a relative clause with a preposition (", à laquelle a succédé …"), a detached participle
(", aujourd'hui âgé de 84 ans") or a second reporting verb of the same speaker (", jugé la situation
« critique »", "et estimé que …"), which starts a quote of its own. Each test looks at the words right
after a comma (or "et"); the word lists are `quote_boundaries.json`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from ..lexicons import read_json

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Words after "et" / a comma and before a second reporting participle ("et a aussi estimé").
COORDINATORS = frozenset({"et", "puis", "mais"})
#: What may follow a second reporting participle for it to report: que, an object, a quote mark, de/à.
REPORTED_OPENERS = frozenset({"que", "qu'", "qu’", "«", '"', "“", "à", "au", "aux", "de", "d'", "d’", "l'", "l’"})
#: Prepositions after a detached participle or adjective (", aujourd'hui âgé de 84 ans", ", étendue à").
DETACHED_PREPOSITIONS = frozenset({"de", "d'", "d’", "du", "des", "par", "à", "au", "aux", "en", "depuis", "dans"})
NOT_PARTICIPLES = frozenset({"avant", "pendant", "durant", "maintenant", "cependant", "néanmoins", "suivant",
                             "moyennant", "nonobstant", "étant", "ayant"})
OCCASION_WINDOW = 5


@dataclass(frozen=True)
class Boundaries:
    """The word lists of `quote_boundaries.json`."""

    occasion_nouns: frozenset[str]
    occasion_prepositions: tuple[tuple[str, ...], ...]
    closing_phrases: tuple[tuple[str, ...], ...]
    relative_pronouns: frozenset[str]

    @classmethod
    def load(cls) -> "Boundaries":
        data = read_json("quote_boundaries.json")
        return cls(occasion_nouns=frozenset(data["occasion_nouns"]),
                   occasion_prepositions=tuple(tuple(p.replace("'", "' ").split()) for p in data["occasion_prepositions"]),
                   closing_phrases=tuple(tuple(p) for p in data["closing_phrases"]),
                   relative_pronouns=frozenset(data["relative_pronouns"]))


@lru_cache(maxsize=1)
def boundaries() -> Boundaries:
    """Read once per process (a pure read of package data)."""
    return Boundaries.load()


def words_at(doc: "Doc", k: int, words: tuple[str, ...], limit: int) -> bool:
    """The lower-cased tokens from k are `words` (apostrophes folded)."""
    if k + len(words) > limit:
        return False
    return all(doc[k + j].lower_.replace("’", "'") == w for j, w in enumerate(words))


def is_finite(token: "Token") -> bool:
    return token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")


def is_present_participle(token: "Token") -> bool:
    """"ajoutant", "provoquant": a participle in -ant (the tagger may call it ADJ or NOUN)."""
    text = token.lower_
    return text.endswith("ant") and text not in NOT_PARTICIPLES and len(text) > 4 and \
        ("Part" in token.morph.get("VerbForm") or token.pos_ == "VERB")


def is_past_participle(token: "Token") -> bool:
    return "Part" in token.morph.get("VerbForm") and not token.lower_.endswith("ant")


def verbless_tail(doc: "Doc", k: int, limit: int, rules: Boundaries, coordination: bool = True) -> bool:
    """No finite verb (nor, with `coordination`, "et"/"ou" or a comma) from k to `limit`, before a
    relative pronoun: the words are a phrase, not a clause of their own."""
    for token in doc[k:limit]:
        if token.lower_ in rules.relative_pronouns:
            return True
        if is_finite(token):
            return False
        if coordination and (token.pos_ == "CCONJ" or token.text in (",", ";", ":")):
            return False
    return True


def participial_clause(doc: "Doc", k: int, limit: int) -> bool:
    """", ajoutant que …", ", en soulignant que …", ", tout en précisant …", ", provoquant ainsi …"."""
    if doc[k].lower_ == "tout" and k + 1 < limit and doc[k + 1].lower_ == "en":
        k += 1
    if doc[k].lower_ == "en" and k + 1 < limit:
        k += 1
    if doc[k].lower_ in ("n'", "n’", "ne") and k + 1 < limit:
        k += 1
    return is_present_participle(doc[k])


def occasion_phrase(doc: "Doc", k: int, limit: int, rules: Boundaries) -> bool:
    """", dans un entretien à l'AFP", ", lors d'une conférence de presse", ", devant les journalistes":
    a preposition and, within a few words, a noun of the occasion or medium; no clause follows."""
    for words in rules.occasion_prepositions:
        if words_at(doc, k, words, limit):
            after = k + len(words)
            nouns = [t for t in doc[after:min(limit, after + OCCASION_WINDOW)] if t.pos_ in ("NOUN", "PROPN")]
            if nouns and (nouns[0].lower_ in rules.occasion_nouns or nouns[0].lemma_.lower() in rules.occasion_nouns) \
                    and verbless_tail(doc, after, limit, rules, coordination=False):
                return True
    return False


def closing_phrase(doc: "Doc", k: int, limit: int, rules: Boundaries) -> bool:
    """", à savoir …", ", au terme de …", ", en référence à …"."""
    return any(words_at(doc, k, words, limit) for words in rules.closing_phrases)


def prepositional_relative(doc: "Doc", k: int, limit: int, rules: Boundaries) -> bool:
    """", à laquelle a succédé …", ", auquel …", ", pour lesquels …": narration hung on the last noun."""
    word = doc[k].lower_.replace("’", "'")
    if word in rules.relative_pronouns and word not in ("qui", "que", "qu'", "dont", "où"):
        return True
    return doc[k].pos_ == "ADP" and k + 1 < limit and doc[k + 1].lower_ in rules.relative_pronouns \
        and doc[k + 1].lower_ not in ("qui", "que", "qu'", "dont", "où")


def detached_participle(doc: "Doc", k: int, limit: int, rules: Boundaries) -> bool:
    """", aujourd'hui âgé de 84 ans", ", étendue à cinq pays": a participle or adjective with its
    complement after a noun, closing the sentence."""
    if k < 2 or doc[k - 2].pos_ not in ("NOUN", "PROPN"):
        return False
    j = k
    while j < limit and doc[j].pos_ == "ADV":
        j += 1
    if j + 1 >= limit or not (is_past_participle(doc[j]) or doc[j].pos_ == "ADJ"):
        return False
    return doc[j + 1].lower_ in DETACHED_PREPOSITIONS and verbless_tail(doc, j, limit, rules)


def apposition(doc: "Doc", k: int, limit: int, rules: Boundaries) -> bool:
    """", les séparatistes anglophones", ", l'État que les rebelles veulent créer": a determiner and
    a noun after a noun or a closing quote mark, to the sentence end (a relative clause allowed),
    with no clause of its own and no coordination (", la France et l'Italie" may be a list)."""
    before = doc[k - 2] if k >= 2 else None
    if before is None or not (before.pos_ in ("NOUN", "PROPN") or before.text in '»”"'):
        return False
    if doc[k].pos_ != "DET" or doc[k].lower_ in ("tous", "toutes", "chaque", "aucun", "aucune"):
        return False
    j = k + 1
    while j < limit and doc[j].pos_ == "ADJ":
        j += 1
    return j < limit and doc[j].pos_ in ("NOUN", "PROPN") and j + 1 < limit and verbless_tail(doc, j + 1, limit, rules)


def second_cue(doc: "Doc", k: int, limit: int, is_cue: Callable[["Token"], bool] | None) -> bool:
    """A second reporting participle of the same speaker: ", jugé la situation « critique »",
    "et estimé que …", ", et appelé « … »" (after "et" or a comma, with no auxiliary of its own)."""
    if is_cue is None:
        return False
    if doc[k].lower_ in COORDINATORS:
        k += 1
    while k < limit and doc[k].pos_ == "ADV":
        k += 1
    if k + 1 >= limit or not is_past_participle(doc[k]) or not is_cue(doc[k]):
        return False
    return doc[k + 1].lower_ in REPORTED_OPENERS or doc[k + 1].pos_ == "DET"


def inverted_incise(doc: "Doc", k: int, limit: int, is_cue: Callable[["Token"], bool] | None) -> bool:
    """", rapporte Le Parisien", ", a précisé le ministre", ", écrit mercredi le quotidien": a
    reporting verb with its subject after it names who relays the content; it is not part of it."""
    if is_cue is None:
        return False
    j = k
    if doc[j].pos_ == "AUX" and "Fin" in doc[j].morph.get("VerbForm"):
        j += 1
    while j < limit and doc[j].pos_ == "ADV":
        j += 1
    if j + 1 >= limit or not is_cue(doc[j]) or (j == k and "Fin" not in doc[j].morph.get("VerbForm")):
        return False
    following = doc[j + 1]
    return following.pos_ in ("DET", "PROPN", "NOUN", "NUM") and following.lower_ not in REPORTED_OPENERS


def appended_at(doc: "Doc", k: int, limit: int, is_cue: Callable[["Token"], bool] | None = None) -> bool:
    """Token k, right after a comma, opens words the journalist appended to the reported content."""
    rules = boundaries()
    return participial_clause(doc, k, limit) or closing_phrase(doc, k, limit, rules) \
        or occasion_phrase(doc, k, limit, rules) or prepositional_relative(doc, k, limit, rules) \
        or detached_participle(doc, k, limit, rules) or apposition(doc, k, limit, rules) \
        or second_cue(doc, k, limit, is_cue) or inverted_incise(doc, k, limit, is_cue)


def stacked_at(doc: "Doc", k: int, limit: int, is_cue: Callable[["Token"], bool] | None) -> bool:
    """Token k is "et" opening a second reporting participle: "a salué A et estimé que B"."""
    return doc[k].lower_ in ("et", "puis") and second_cue(doc, k, limit, is_cue)
