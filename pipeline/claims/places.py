"""Where a count of people happened: the place of the event, the country a demonym names, the
article's main place.

Why: international news counts people (the dead, the wounded, hostages, arrests, protesters, troops)
far more often than it names who holds the count; the annotation gives such a count to the place of
the event ("the city named in the sentence, else the country"), and a count whose own noun phrase
carries a nationality ("329 députés irakiens", "des millions d'Algériens", "le PIB japonais") to that
country. These rules read the parse and two word lists: `facts_people_nouns.txt` (what is counted)
and `demonym_countries.txt` (a demonym's country, the table the coreference chains read); `facts_harm_events.txt` lists the events
("une attaque", "les manifestations") that cause a count without holding it.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from ..coreference.lexicon import coref_lexicon
from ..lexicons import read_lines
from .frames import DE_WORDS, case_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..document import Document
    from ..records import Entity

#: Clauses of their own below a predicate: a place named there is another event's ("d'autres sont
#: parties au Nigeria").
OWN_CLAUSES = frozenset({"conj", "parataxis", "advcl", "ccomp", "acl:relcl"})
SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
#: A coordinated predicate with its own auxiliary or copula ("..., et d'autres sont allés au Tchad") is
#: a clause of its own even when the parse found no subject in it.
OWN_VERB_DEPS = frozenset({"aux", "aux:tense", "aux:pass", "cop"})
#: A sentence opening with a locative adjunct set off by a comma ("À Barcelone, ...", "Au Mali, ...",
#: "Dans le nord du Cameroun, ..."): the parse often hangs the rest of the sentence on it.
FRONTED_LOCATIVE = re.compile(r"(?:[ÀAà]|Au|Aux|En|Dans|Devant|Près\s+d[e'’]|Non\s+loin\s+d[e'’])\s"
                              r"[^,;:.!?()«»\"]{1,80},")
#: A headline label: a line that opens with a place and a colon ("Syrie : 20 morts dans un attentat").
LABEL = re.compile(r"[^\n:;,.!?()«»\"]{2,40}\s?:\s")
LOCATIVE_CASES = frozenset({"à", "a", "au", "aux", "en", "dans", "devant", "près", "vers", "sur", "lors"})


@dataclass(frozen=True)
class PlaceWords:  # frozen, but cached_property needs a __dict__: no slots
    """The word lists the place rules read (loaded once per stage)."""

    people: frozenset[str]
    harm_events: frozenset[str]
    groups: frozenset[str]  # "400 prisonniers talibans": the group a count of people belongs to
    national: frozenset[str]  # "le PIB japonais": what a country holds, named with a demonym
    protest: frozenset[str]  # "deux activistes Femen devant X": a protest's count, the place's
    countries: dict[str, tuple[str, ...]]  # every demonym form, lower case -> the country's names

    @cached_property
    def country_names(self) -> frozenset[str]:
        return frozenset(n for names in self.countries.values() for n in names)

    @classmethod
    def load(cls) -> "PlaceWords":
        return cls(frozenset(read_lines("facts_people_nouns.txt")), frozenset(read_lines("facts_harm_events.txt")),
                   frozenset(read_lines("facts_group_words.txt")), frozenset(read_lines("facts_national_nouns.txt")),
                   frozenset(read_lines("facts_protest_nouns.txt")), coref_lexicon().countries)

    def counts_people(self, of: str | None) -> bool:
        return (of or "").lower() in self.people

    def counts_protesters(self, of: str | None) -> bool:
        return (of or "").lower() in self.protest


def country_name(doc: "Document", names: tuple[str, ...]) -> str:
    """The first of a country's names the article gives a place ("Bélarus" or "Biélorussie"), else the first."""
    placed = {e.canonical for e in doc.entities if e.label == "LOC"}
    return next((n for n in names if n in placed), names[0])


def demonym_country(doc: "Document", words: PlaceWords, head: "Token", lo: int, hi: int, people: bool) -> str | None:
    """"329 députés irakiens", "des millions d'Algériens", "175 membres des forces camerounaises": the
    country a demonym names inside a noun phrase (between `lo` and `hi`): a lower-case adjective, or,
    when `people` (a count of a people, not a share of one polled: "75 % des Français"), the
    capitalised noun."""
    for t in head.doc[head.i:]:
        if t.idx >= hi:
            break
        if t.idx < lo:
            continue
        names = words.countries.get(t.lower_)
        if names and (people and t.text[:1].isupper() and t.pos_ in ("NOUN", "PROPN") or t.text.islower() and t.pos_ in ("ADJ", "NOUN")):
            return country_name(doc, names)
    return None


def group_word(words: PlaceWords, head: "Token", lo: int, hi: int) -> str | None:
    """"400 prisonniers talibans", "300 combattants jihadistes": a group word (`facts_group_words.txt`)
    right after the counted noun, within the count's phrase, is the group the people belong to."""
    for t in head.doc[head.i:]:
        if t.idx >= hi:
            break
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if t.idx >= lo and words.counts_people(t.lower_) and nxt is not None and nxt.idx < hi \
                and nxt.lower_ in words.groups:
            return nxt.lower_
    return None


def event_place(doc: "Document", pred: "Token", is_seat) -> "Entity | None":
    """The place an event is said to happen in: the first place named as where in the predicate's clause
    (not in a clause of its own below it), or, for a relative clause, in its antecedent's phrase ("celui
    de Manchester, qui a fait 22 morts"); never a seat of power."""
    at = {t.idx: t for t in clause_tokens(pred)}
    antecedent = {t.idx for t in pred.head.subtree if t.i < pred.i} if pred.dep_ == "acl:relcl" else set()
    places = [e for e in doc.entities if e.label == "LOC" and not is_seat(e.canonical)
              and (e.start in antecedent or e.start in at and locative(at[e.start]))]
    return min(places, key=lambda e: e.start) if places else None


def fronted_place(doc: "Document", sent_start: int, start: int, is_seat, label: bool = True) -> "Entity | None":
    """The place a sentence opens with, before the count at `start`: a locative adjunct set off by a comma
    ("A Lyon, quelques centaines de manifestants se sont réunis", "Dans le nord du Cameroun,
    ...": the parse often makes the place the root and the rest hang on it), or, on a line of its own
    opening, a headline label ("Syrie : 20 morts dans un attentat"; only when `label`). Never a seat of
    power."""
    head = doc.text[sent_start:start]
    opening = FRONTED_LOCATIVE.match(head)
    if opening is None and label and (sent_start == 0 or doc.text[sent_start - 1] == "\n"):
        opening = LABEL.match(head)
    if opening is None:
        return None
    end = sent_start + opening.end()
    return next((e for e in doc.entities if e.label == "LOC" and sent_start <= e.start and e.end <= end
                 and not is_seat(e.canonical)), None)


def locative(token: "Token") -> bool:
    """A place said as where something happens: "au Mali", "à Bambari" ("A Bambari" opening a sentence),
    "devant la basilique", or the "de" complement of one ("dans le nord-ouest du Cameroun"); not "les
    Etats-Unis" as an argument nor "rentrés de Chine"."""
    t = token
    for _ in range(4):
        case = case_of(t) or (t.doc[t.i - 1].lower_ if t.i > 0 and t.doc[t.i - 1].pos_ not in ("AUX", "VERB") else "")
        if case in LOCATIVE_CASES:
            return True
        if t.dep_ != "nmod" or case not in DE_WORDS or t.head.i == t.i:
            return False
        t = t.head
    return False


def says_the_country(pred: "Token") -> bool:
    """"75.000 feux ont été enregistrés dans le pays": a definite "le pays" said as where, in the
    predicate's clause, is the article's country."""
    return any(t.lemma_.lower() == "pays" and any(c.lower_ in ("le", "l'") for c in t.children) and locative(t)
               for t in clause_tokens(pred))


def clause_tokens(pred: "Token") -> list["Token"]:
    """The predicate's subtree without the clauses below it that have a subject of their own, nor a
    coordinated predicate with its own auxiliary or copula ("ont fui les combats, et d'autres sont
    allés au Tchad": where some went is not where the count happened)."""
    out: list["Token"] = []
    stack = [pred]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in OWN_CLAUSES and any(g.dep_ in SUBJECTS for g in c.children) \
                    or c.dep_ == "conj" and any(g.dep_ in OWN_VERB_DEPS for g in c.children):
                continue
            stack.append(c)
    return out


def main_place(doc: "Document", is_seat, countries: frozenset[str] = frozenset()) -> str | None:
    """The country the article names most, else the place it names most (the first named wins a tie):
    where its events happen when a sentence names none ("Quelque 800 policiers ont été interpellés" in an
    article about one country; annotation rule: the city named in the sentence, else the country)."""
    places = [e.canonical for e in doc.entities if e.label == "LOC" and not is_seat(e.canonical)]
    counts = Counter(p for p in places if p in countries) or Counter(places)
    if not counts:
        return None
    first = {}
    for e in doc.entities:
        first.setdefault(e.canonical, e.start)
    return max(counts, key=lambda c: (counts[c], -first[c]))
