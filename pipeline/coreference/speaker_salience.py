"""Speaker salience: who a speaker noun or a pronoun after a reported sentence continues
(`ChainBuilder` calls these where a mention enters its salience list, `seen`).

Why: `salient_person` ranks the main clause's subject first. Two shapes of reported speech misled it:
- an inverted speaker at the end of a sentence ("Le média recevait 300 messages par heure, raconte
  son fondateur."; 'Le maire n'a rien fait "pour la ville", a critiqué M. X, lui-même candidat.'):
  the subject of the reported words (the media, the mayor) is only what the speaker talks about;
  the sentence's main subject is the speaker. `demote_reported_subjects` takes the main-clause rank
  from the subjects before the incise, so the next "Il demande" or "selon lui" is the speaker;
- a profession noun as a later speaker ('"...", rappelle le journaliste') after a person the
  article introduced by a word of that profession ("Selon X, envoyé spécial de la chaîne Y"):
  `profession_words` describes that person with the profession noun
  (`coreference_nouns.json` "profession_families"), so `salient_person`'s bonus for a person
  introduced with the same words prefers him over the subject of the sentence before;
- a profession noun as the asker in an interview ('"...?", demande alors la journaliste') after the
  politician interviewed: `other_professions` keeps it from a person the article gave a role of
  another trade (`profession_excludes`: a minister, a mayor, a candidate), so it names the
  interviewer if named, else nobody.
Measured (every changed answer read): corpus samples of seeds 42001 (300 articles), 42002 (300) and
42003 (1,000): 9 answers made right, 1 made wrong (a journalist excluded because an earlier role
wrongly gave him "candidat"), 2 wrong either way; 161 corpus articles with a profession noun after
a quote: 9 right, 1 wrong ("avertit-il" after "explique le journaliste" now continues that unnamed
journalist), 2 wrong either way. Confirmed on seed 42004 (600 articles): 9 right (5 of them one
article where an inverted speaker no longer made the reported subject the topic), 1 wrong (that
same "avertit-il").
"""
from __future__ import annotations

import dataclasses
from functools import cache
from typing import TYPE_CHECKING, Callable

from ..lexicons import read_json, read_lines
from ..verb_forms import listed_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .named import Named

#: Words that may stand between a reporting verb and its inverted speaker ("a encore dit mardi le
#: ministre", "raconte également son fondateur"): adverbs and days, no noun of a complement.
BETWEEN_VERB_AND_SPEAKER = frozenset({
    "encore", "également", "aussi", "ainsi", "alors", "ensuite", "enfin", "notamment", "pourtant", "déjà",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui",
    "-t-il", "-t-elle", "t-il", "t-elle", "même", "toutefois", "cependant", "néanmoins", "plutôt",
})
SPEAKER_DETERMINERS = frozenset({"le", "la", "l'", "l’", "son", "sa", "leur", "ce", "cet", "cette"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})


@cache
def reporting_verbs() -> frozenset[str]:
    return frozenset(read_lines("reporting_verbs.txt"))


@cache
def profession_families() -> dict[str, frozenset[str]]:
    """An introducing word -> the profession nouns it makes a person ("envoyé" -> journaliste; "Me"
    -> avocat, avocate: a role's words keep their gender)."""
    families = read_json("coreference_nouns.json").get("profession_families", {})
    out: dict[str, set[str]] = {}
    for family, words in families.items():
        for word in words:
            out.setdefault(word, set()).add(family)
    return {word: frozenset(found) for word, found in out.items()}


def is_reporting_verb(token: "Token") -> bool:
    """A reporting verb (`reporting_verbs.txt`, the quotes stage's list) by spaCy's lemma or by the
    first-group infinitive of its form: the model lemmatises many present forms to themselves."""
    if token.pos_ not in ("VERB", "NOUN", "ADJ", "AUX") or not token.is_alpha or not token.is_lower:
        return False
    verbs = reporting_verbs()
    if token.lemma_.lower() in verbs:
        return True
    return listed_infinitive(token.lower_, verbs) is not None


def incise_comma(first: "Token") -> "Token | None":
    """The comma that opens an inverted reporting clause whose speaker starts at `first` (its
    determiner or name): ", raconte son fondateur", ', a critiqué M. X', ', a encore dit mardi le
    ministre'. None when the words before the speaker are no reporting verb after a comma."""
    doc = first.doc
    i = first.i - 1
    if i >= 0 and doc[i].lower_ in ("m.", "mme", "me"):
        i -= 1
    while i >= 0 and first.i - i <= 6 and doc[i].lower_ in BETWEEN_VERB_AND_SPEAKER:
        i -= 1
    if i < 0 or not is_reporting_verb(doc[i]):
        return None
    verb = doc[i]
    if verb.lower_.endswith("ant") and verb.pos_ == "VERB":
        return None  # ", qualifiant notamment X de ...": a participle's object, no inverted speaker
    if any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.children) \
            or any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.head.children if verb.dep_.startswith("aux")):
        return None  # "X, lui-même candidat, a accusé jeudi Y": the comma closes X's apposition, Y is the object
    i -= 1
    while i >= 0 and doc[i].pos_ == "AUX" or (i >= 0 and doc[i].lower_ in ("a", "ont", "avait", "aurait")):
        i -= 1
    if i >= 0 and doc[i].lower_ in ("ne", "n'", "n’"):
        return None
    return doc[i] if i > 0 and doc[i].text == "," else None


def starts_speaker(first: "Token") -> bool:
    """A name or a phrase whose determiner opens a speaker noun phrase: the first token is the name
    itself, a courtesy title, or a determiner of a person phrase."""
    return first.pos_ in ("PROPN", "NOUN") or first.lower_ in SPEAKER_DETERMINERS


def demote_reported_subjects(seen: list["Named"], speaker_at: int, sentence: int, comma: "Token",
                             speaker_cluster: int | None) -> None:
    """The main-clause subjects of the reported words before an inverted speaker ("X recevait 300
    messages, raconte son fondateur") become subjects of another clause: the speaker, not they, is
    the sentence's main subject. Walks back over this sentence's mentions only."""
    for k in range(len(seen) - 1, -1, -1):
        named = seen[k]
        if named.sentence != sentence:
            if named.sentence < sentence:
                break
            continue
        if named.at >= comma.idx or named.at >= speaker_at or not named.main or named.cluster == speaker_cluster \
                or after_preposition(comma.doc, named.at):
            continue
        seen[k] = dataclasses.replace(named, main=False)


def after_preposition(doc, at: int) -> bool:
    """A name right after a preposition that opens the sentence ("Pour X, l'enjeu est de ...", "Selon
    X, ..."): the topic the reported words are about, no subject the parse may have made of it; it
    keeps its rank (not a name in a complement, "la nièce de la cheffe du parti X")."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or span.start == 0 or doc[span.start - 1].pos_ != "ADP":
        return False
    preposition = doc[span.start - 1]
    return preposition.i == preposition.sent.start


def reported_subjects_yield(seen: list["Named"], first: "Token", speaker_at: int, sentence: int,
                            speaker_cluster: int | None, quoted: Callable[[int], bool]) -> None:
    """Hook for a name, role or description entering the salience list at `first`: when it is the
    inverted speaker of a reporting clause after the words it reports, those words' subjects yield."""
    if quoted(first.idx) or not starts_speaker(first):
        return
    comma = incise_comma(first)
    if comma is not None and comma.sent.start == first.sent.start:
        demote_reported_subjects(seen, speaker_at, sentence, comma, speaker_cluster)


def profession_words(span: "Span") -> frozenset[str]:
    """The profession nouns a person's name is introduced with: "Me X" (an avocat), "X, envoyé
    spécial de la chaîne Y" or "X, correspondant de ..." (a journaliste). Read from the word before
    the name and the first word of an apposition right after it."""
    doc = span.doc
    families = profession_families()
    found: set[str] = set()
    before = doc[span.start - 1].text if span.start > 0 else ""
    if before[:1].isupper() and before.lower().rstrip(".") in families:
        found |= families[before.lower().rstrip(".")]  # "Me X"
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        i = span.end + 1
        if doc[i].lower_ in ("le", "la", "l'", "l’", "un", "une"):
            i += 1
        if i < len(doc) and doc[i].lower_ in families and doc[i].pos_ in ("NOUN", "ADJ", "VERB", "PROPN"):
            found |= families[doc[i].lower_]
    return frozenset(found)


def entered(builder, first: "Token", at: int, cluster: int | None, name: "Span | None" = None) -> None:
    """A person's name (`name`), or a role or description (`cluster` None when it names nobody yet),
    has entered `builder.seen` at `at`: describe a name by its profession words, and let the
    subjects of the words it reports yield when it is an inverted speaker."""
    if name is not None and cluster is not None:
        words = profession_words(name)
        if words:
            builder.described.setdefault(cluster, set()).update(words)
    reported_subjects_yield(builder.seen, first, at, builder.sentence_of(at), cluster, builder.is_quoted)


def may_speak(kind: str, cluster: int | None, label: str | None) -> bool:
    """A role or description naming a person, or a role naming nobody yet ("raconte son fondateur"
    before the founder is named): a phrase that may be an inverted speaker."""
    return (kind in ("role", "description") and cluster is not None and label == "PER") \
        or (kind == "role" and cluster is None)


@cache
def profession_excludes() -> dict[str, frozenset[str]]:
    """A profession noun -> the role lemmas of persons it cannot name ("journaliste": ministre, maire...)."""
    return {noun: frozenset(roles) for noun, roles in
            read_json("coreference_nouns.json").get("profession_excludes", {}).items()}


def other_professions(held: dict[int, set[str]], described: dict[int, set[str]], lemma: str) -> set[int]:
    """The persons a profession noun ("le journaliste", "la journaliste") cannot name: those the
    article gave a role of another trade (a minister, a mayor, a candidate) and never described
    with this noun. In an interview the question ('"...?", demande la journaliste') is the
    unnamed interviewer's, not the politician's named just before."""
    excluded = profession_excludes().get(lemma)
    if not excluded:
        return set()
    return {cluster for cluster, roles in held.items()
            if roles & excluded and lemma not in described.get(cluster, set())}
