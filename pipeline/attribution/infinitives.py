"""Reported content that is an infinitive clause or a quoted complement of the reporting verb.

- "a déclaré vouloir rouvrir les négociations", "affirme ne rien savoir": verb + infinitive;
- "promet de baisser les impôts", "a appelé les grévistes à reprendre le travail", "demande aux
  préfets de faire respecter la loi": verb (+ object or addressee) + de/à + infinitive;
- "se dit « prêt à tout »": "se dire" + adjective;
- "a salué un « accord historique »", "a qualifié d'« inacceptable » la décision": quoted words in
  the object of a reporting verb make the object a mixed quote (the content starts at "de" for
  "qualifier"); quoted words with no reporting verb governing them stay scare quotes.

Which verb takes which frame is data (`quote_verb_frames.json`): "a décidé de partir" or "a dénoncé
la décision de fermer l'usine" must not read as reported speech, so the frames are listed per verb.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import VerbFrames
from .phrases import SKIPPABLE_TIME, cue_extent

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

DE = frozenset({"de", "d'", "d’"})
A = frozenset({"à"})
REFLEXIVE = frozenset({"se", "s'", "s’"})
#: Clitics and negation that may stand before an infinitive ("ne pas vouloir", "s'engager", "lui dire").
BEFORE_INFINITIVE = frozenset({"se", "s'", "s’", "ne", "n'", "n’", "le", "la", "les", "l'", "l’", "y", "en", "lui",
                               "leur", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous", "pas", "plus", "rien",
                               "jamais", "point", "guère", "tout"})
MARKS = frozenset('«»“”"')
OBJECT_CLITICS = frozenset({"lui", "leur", "les", "la", "le", "l'", "l’", "nous", "vous", "me", "m'", "m’", "te", "t'", "t’"})
ADDRESSEE = frozenset({"à", "au", "aux"})
OBJECT_POS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})
OBJECT_WINDOW = 10
APPOSITION_MAX = 10
BEFORE_INFINITIVE_MAX = 4
#: Tokens between a reporting verb and quoted words of its object ("a salué lundi un « accord »").
COMPLEMENT_POS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM", "ADV", "ADP", "PRON", "CCONJ"})
COMPLEMENT_WINDOW = 15
COMPLEMENT_STOP = frozenset({"que", "qu'", "qu’", "qui", "dont", "où", "lequel", "laquelle", "car", "mais", "selon"})


def is_infinitive(token: "Token") -> bool:
    return "Inf" in token.morph.get("VerbForm")


def infinitive_at(doc: "Doc", k: int, limit: int) -> int | None:
    """`k` when an infinitive clause starts there: the infinitive itself, or up to four clitics,
    negation words or an opening quote mark before it ('ne pas vouloir', '"s'emmerder"')."""
    j = k
    while j < limit and j - k < BEFORE_INFINITIVE_MAX and (doc[j].lower_ in BEFORE_INFINITIVE or doc[j].text in MARKS
                                                          or doc[j].pos_ == "ADV"):  # "de rapidement réformer"
        j += 1
    return k if j < limit and is_infinitive(doc[j]) and doc[j].pos_ in ("VERB", "AUX") else None


def after_cue(doc: "Doc", verb: "Token", limit: int, lemma: str = "") -> int:
    """The first token after the verb (and the words of a phrasal cue: "mettre en garde") that is
    not an adverb or a time word ("a promis mercredi de")."""
    k = verb.i + 1 + lemma.count(" ")
    while k < limit and (doc[k].pos_ == "ADV" and doc[k].lower_ not in ("ne", "n'", "n’", "pas", "plus", "rien", "jamais")
                         or doc[k].lower_ in SKIPPABLE_TIME):
        k += 1
    return k


def object_end(doc: "Doc", k: int, limit: int) -> int:
    """The end of an object or addressee phrase from `k` ("les Français", "aux préfets de police"):
    determiners, nouns, names, adjectives, "à"/"de" + a noun, "et"; never across a verb or a comma."""
    j = k
    while j < limit and j - k < OBJECT_WINDOW:
        token = doc[j]
        if token.pos_ in OBJECT_POS or token.lower_ in OBJECT_CLITICS or token.text in ("-", "'", "’"):
            j += 1
        elif token.lower_ in ADDRESSEE or token.lower_ in ("du", "des", "et") or token.lower_ in DE:
            if j + 1 >= limit or doc[j + 1].pos_ not in OBJECT_POS:
                break
            j += 1
        else:
            break
    return j


def after_apposition(doc: "Doc", k: int, limit: int) -> int:
    """The token after an apposition set off by commas at `k` (", au pouvoir depuis 26 ans, "), or
    `k` when none: a short phrase with no verb between two commas."""
    if k >= limit or doc[k].text != ",":
        return k
    for j in range(k + 1, min(limit, k + APPOSITION_MAX)):
        if doc[j].text == ",":
            return j + 1
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].is_punct:
            return k
    return k


def infinitive_start(doc: "Doc", verb: "Token", lemma: str, frames: VerbFrames, limit: int) -> int | None:
    """The first token of the infinitive clause the reporting verb `verb` introduces, or None."""
    k = after_cue(doc, verb, limit)
    if k >= limit:
        return None
    if lemma in frames.bare:
        start = infinitive_at(doc, k, limit)
        if start is not None:
            return start
    ends = [k]
    if lemma in frames.object:
        ends.append(object_end(doc, k, limit))
        ends.append(after_apposition(doc, ends[-1], limit))  # "a demandé au président X, au pouvoir depuis 26 ans, de"
    for at in ends:
        if at + 1 >= limit:
            continue
        word = doc[at].lower_
        if (word in DE and lemma in frames.de) or (word in A and lemma in frames.a):
            start = infinitive_at(doc, at + 1, limit)
            if start is not None:
                return start
    return None


def judgement_start(doc: "Doc", verb: "Token", lemma: str, frames: VerbFrames, limit: int) -> int | None:
    """"a jugé possible de former un gouvernement", "estime nécessaire de négocier": an opinion verb,
    an adjective and a de-infinitive; the content starts at the adjective."""
    if lemma not in frames.judge:
        return None
    k = after_cue(doc, verb, limit)
    if k + 2 < limit and doc[k].pos_ == "ADJ" and doc[k + 1].lower_ in DE and infinitive_at(doc, k + 2, limit) is not None:
        return k
    return None


def pour_start(doc: "Doc", verb: "Token", lemma: str, frames: VerbFrames, limit: int) -> int | None:
    """"critique son allié pour avoir « coupé le courant »": the "pour" opening the infinitive clause
    after the object of a blaming or praising verb (the content starts at "pour", issue 22)."""
    if lemma not in frames.pour:
        return None
    k = after_cue(doc, verb, limit)
    at = object_end(doc, k, limit)
    if at > k and at + 1 < limit and doc[at].lower_ == "pour" and infinitive_at(doc, at + 1, limit) is not None:
        return at
    return None


def self_description_start(doc: "Doc", verb: "Token", lemma: str, frames: VerbFrames, limit: int) -> int | None:
    """"se dit « prêt à tout »", "s'est déclaré favorable à": the adjective after "se dire"."""
    if lemma not in frames.self:
        return None
    cue_start, _ = cue_extent(verb)
    if not any(t.lower_ in REFLEXIVE for t in doc[cue_start:verb.i]):
        return None
    k = after_cue(doc, verb, limit)
    while k < limit and doc[k].text in MARKS:
        k += 1
    if k < limit and doc[k].pos_ == "ADJ":
        return k - 1 if doc[k - 1].text in MARKS else k
    return None


def complement_verb(doc: "Doc", sent: "Span", mark: int, frames: VerbFrames, lemma_of) -> "tuple[Token, str] | None":
    """The reporting verb whose object holds the quoted words opening at token `mark`, with its
    lemma: walking back over the object phrase ("un", "une atteinte", "d'", "la volonté du
    gouvernement de") to the verb; None at punctuation, a subordinator or another word class."""
    for k in range(mark - 1, max(sent.start, mark - COMPLEMENT_WINDOW) - 1, -1):
        token = doc[k]
        if token.pos_ in ("VERB", "AUX"):
            if token.pos_ == "AUX" or is_infinitive(token) and k < mark - 1 and doc[k + 1].lower_ not in DE:
                return None
            lemma = lemma_of(token)
            return (token, lemma) if lemma is not None and lemma in frames.complement else None
        if token.is_punct and token.text not in ("'", "’", "-") or token.lower_ in COMPLEMENT_STOP:
            return None
        if token.pos_ not in COMPLEMENT_POS:
            return None
    return None


def complement_start(doc: "Doc", verb: "Token", lemma: str, frames: VerbFrames, mark: int) -> int:
    """Where the quoted complement's content starts: after the verb, its adverbs and time words; at
    "de" for "qualifier X de « Y »" (the annotation convention)."""
    if lemma in frames.qualify:
        for k in range(mark - 1, verb.i, -1):
            if doc[k].lower_ in DE or doc[k].lower_ == "d":  # the tokenizer splits "d'«" as d + ' + «
                return k
    return min(after_cue(doc, verb, mark + 1, lemma), mark)
