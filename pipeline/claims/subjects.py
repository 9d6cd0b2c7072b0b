"""Whose number it is: the subject rules of a quantity fact, in the order they are tried.

Why ordered rules over one clause object: French news puts a number's holder in many places (beside
it in brackets, in its own noun phrase, in a change verb's object, in a clause a verb of intent
controls, in the place a count happens, in the article's topic) and the parse is right about only
some of them. Each rule reads one construction and answers or passes; the first answer wins, so a
rule's place in `PHRASE_RULES` and `FALLBACKS` is part of what it means. Every rule reads a `Clause`:
the document, its names and polls, the sentence, the quantity, its head and predicate, and the frame
(subject, source, ...) the parse gave. The fact's words keep their span; a holder read from the
article (its topic) has none. `taken_up` (a number restating an earlier one) runs before them, and
`described` gives a subject that names no entity its short noun phrase after them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Callable

from ..spacy_text import doc_text
from .descriptions import description_name
from .frames import DE_WORDS, case_of, head_token, infinitive, phrase_bounds
from .framing import holder_fields
from .holders import (bracketed_phrase, changed_object, fronted_main_verb, noun_owner, object_bounds, place_of_relative,
                      possessor, pour_phrase, recipient)
from .names import Names
from .places import PlaceWords, demonym_country, event_place, fronted_place, group_word, main_place, says_the_country
from .polls import Polls
from ..lines import line_start as start_of_line

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..document import Document
    from ..quantities import Quantity
    from ..records import Entity

#: Shares and their changes with no holder in their clause are about the article's main person or
#: party ("Elle est remontée de 6 points", "46 %, +4"); counts and money are too often not.
TOPIC_UNITS = frozenset({"percent", "point", "ratio", "EUR", "USD", "GBP", "CHF"})
FIRST_PERSON = frozenset({"je", "j'", "j’", "-je"})
FIRST_PLURAL = frozenset({"nous", "-nous"})
#: "..., un chiffre en recul de 2,6 %", "soit un total en baisse de 3 %": a change of the figure just given.
RESTATED_FIGURE = re.compile(r"[,;(]\s*(?:soit\s+)?(?:un|ce|le)\s+(?:chiffre|nombre|total|montant|bilan)\s+"
                             r"(?:en\s+(?:hausse|baisse|progression|recul|augmentation|diminution)\s+)?de\s+$", re.IGNORECASE)
#: "75.000 feux ont été enregistrés - soit 84 % de plus qu'en 2018", "1,5 milliard de dollars, soit 1,3
#: milliard d'euros": "soit" restates the figure just given, as a change, a share or another unit.
RESTATING_SOIT = re.compile(r"[,;(–—-]\s*soit\s+(?:(?:près|plus|moins)\s+d['’e]\s*|environ\s+|quelque\s+)?$",
                            re.IGNORECASE)
DEMONSTRATIVE = re.compile(r"(?:^|[\s(])(?:ces|cette|ce|cet)\s+$", re.IGNORECASE)
PLACE_CASES = frozenset({"en", "à", "au", "aux", "dans"})
#: Prepositions that make a noun an adjunct, never a clause's subject (not "par": a passive's agent; not
#: "sur": "Sur une population estimée à 45 millions de personnes" is the population's).
ADJUNCT_CASES = frozenset({"dans", "en", "sous", "devant", "derrière", "chez", "vers", "pendant", "depuis", "lors"})
PLURAL_PRONOUNS = frozenset({"ils", "elles", "-ils", "-elles"})
PRONOUN_WORDS = PLURAL_PRONOUNS | {"il", "elle", "-il", "-elle", "ça", "cela", "ce", "c'", "c’", "on"}
LIGHT_PREDICATES = frozenset({"être", "avoir", "faire", "se faire", "aller", "venir", "mettre", "donner", "passer"})
RESTATED_REACH = 600  # characters back to the fact a plural pronoun restates
AMONG = re.compile(r"d['’]entre\s+(?:eux|elles|nous|vous)$")
SUBJECT_KEYS = ("subject", "subject_start", "subject_end", "subject_canonical")


@dataclass(frozen=True)
class Clause:
    """What every subject rule reads about one quantity (built per quantity, never shared)."""

    doc: "Document"
    names: Names
    polls: Polls
    sent: "Span"
    q: "Quantity"
    head: "Token"
    pred: "Token"
    frame: dict
    of: str | None
    places: PlaceWords

    @property
    def start(self) -> int:
        return self.sent.start_char + self.q.start

    @property
    def end(self) -> int:
        return self.sent.start_char + max(self.q.end, self.q.of_end or self.q.end)

    def phrase(self, token: "Token", bounds: tuple[int, int] | None = None, canonical: str | None = "") -> dict:
        """Subject fields for the phrase headed by `token` (its short phrase unless `bounds` are given),
        named by `canonical`, else by the resolver."""
        lo, hi = bounds or phrase_bounds(token)
        named = self.names.canonical(token) if canonical == "" else canonical
        return holder_fields("subject", self.doc.text[lo:hi], lo, hi, named)

    def entity(self, e: "Entity") -> dict:
        return holder_fields("subject", e.text, e.start, e.end, e.canonical)


def counted_noun(head: "Token") -> "Token":
    """The counted noun of a quantity's head: the head itself, or the noun a numeral modifies ("37
    feux" -> "feux")."""
    return head.head if head.dep_ == "nummod" else head


def subject_fields(c: Clause, scored: "Entity | None") -> dict:
    """The subject fields of the first rule that answers: the name a score stands beside (`scored`:
    "Rachida Dati (22,7 %)", "contre 22,7 % pour X"), then `PHRASE_RULES`, a poll placing someone,
    then `FALLBACKS` with the clause's subject (dropped when it cannot hold the number), then that
    subject itself."""
    if scored is not None:
        return c.entity(scored)
    for rule in PHRASE_RULES:
        found = rule(c)
        if found:
            return found
    frame = c.frame
    subject = head_token(c.sent, frame["subject_start"], frame["subject_end"]) if frame["subject"] else None
    if subject is not None and c.polls.is_poll(subject):
        return c.polls.placed(c.doc, c.names, c.pred, subject, (c.start, c.end))  # "l'enquête met en tête une liste PS menée par X"
    if not is_holder(c.names, frame, subject, c.pred) or adjunct(c, subject):
        subject, c = None, replace(c, frame={**frame, **holder_fields("subject", None, None, None, None)})
    for fallback in FALLBACKS:
        found = fallback(c, subject)
        if found:
            return found
    return {k: c.frame[k] for k in SUBJECT_KEYS}


# -- rules that read a phrase, before the clause's subject ----------------------------------------
def fronted_poll(c: Clause) -> dict:
    """"En quatrième place avec 14 %, l'enquête met en tête une liste PS menée par X": a score opening
    the sentence before a poll that places someone is that one's, stated by the poll."""
    verb = fronted_main_verb(c.doc, c.sent, c.start, c.end)
    poll = next((t for t in verb.children if t.dep_ == "nsubj" and c.polls.is_poll(t)), None) if verb is not None else None
    return c.polls.placed(c.doc, c.names, verb, poll) if poll is not None else {}


def bracketed_thing(c: Clause) -> dict:
    """"la réforme des retraites (58 %)" (`holders.bracketed_phrase`): the noun phrase from its
    determiner, not "largement devant" nor "(28 %)"; a measure only with its owner ("une bonne opinion
    de lui (56 %)"), never alone ("un taux de marge (65 %)")."""
    end = c.sent.start_char + c.q.end
    thing = bracketed_phrase(c.doc, c.sent, c.start, end, c.names.names_people, c.names.words.change_nouns)
    named = c.names.canonical(thing) if thing is not None else None
    if thing is None or not named and c.names.is_attribute(thing):
        return {}
    lo, hi = attribute_bounds(thing, (c.start, end))
    first = next(t for t in thing.subtree if t.idx >= lo and t.pos_ not in ("ADV", "ADP", "PUNCT"))
    return c.phrase(thing, (max(lo, first.idx), hi), named)


def compared(c: Clause) -> dict:
    """"contre 62 % pour le chef du gouvernement sortant": a score's "pour"/"à" phrase that names no one by
    name (`holders.score_holder` reads names) is whom its role or description names."""
    token = pour_phrase(c.doc, c.sent, c.end)
    named = c.names.canonical(token) if token is not None else None
    return c.phrase(token, canonical=named) if named else {}


def recipient_of(c: Clause) -> dict:
    """"19 % des suffrages reviendraient à la liste de X", "le dépouillement donne 54 % au maire sortant"
    (`holders.recipient`): the one it names, else the noun phrase ("président sortant")."""
    given = recipient(c.names.words.recipient_verbs, c.pred, c.head)
    named = c.names.canonical(given) if given is not None else None
    return c.phrase(given, canonical=named) if named or given is not None and given.pos_ == "NOUN" else {}


def members_party(c: Clause) -> dict:
    """"200 des députés La République en marche", "membres du personnel de l'Élysée"."""
    party = own_party(c.doc, c.names, c.head, c.of)
    return c.entity(party) if party is not None else {}


def protest(c: Clause) -> dict:
    """"Deux activistes Femen ont fait irruption devant la basilique", "des centaines de manifestants
    de l'opposition ont défilé à Caracas": a count of protesters (`facts_protest_nouns.txt`) that is its
    clause's subject, or has none, is the place of the event (`place_of_event`), not the group named with
    them; a clause's own subject ("La police a dispersé 300 manifestants") is left to the other rules."""
    if c.q.unit is not None or not c.places.counts_protesters(c.of):
        return {}
    lo, hi = phrase_bounds(c.head)
    lo, hi = min(lo, c.start), max(hi, c.end)
    if c.frame["subject"] is not None and not (lo <= c.frame["subject_start"] and c.frame["subject_end"] <= hi):
        return {}
    return place_of_event(c)


def owner_named(c: Clause) -> dict:
    """"la hausse de 3 euros du forfait hospitalier", "près d'un tiers venus du PS" (`holders.noun_owner`)."""
    owner = noun_owner(c.head, c.end, c.names.words.estimation_verbs, c.names.words.origins)
    if owner is None:
        return {}
    lo, hi = phrase_bounds(owner)
    country = None if c.names.canonical(owner) else demonym_country(c.doc, c.places, owner, lo, hi, False)
    return c.phrase(owner, canonical=country) if country else c.phrase(owner)  # "des forces camerounaises": Cameroun


def composed(c: Clause) -> dict:
    """"un plan de lutte contre la fraude en dix points", "une réforme en trois étapes": a count of the
    parts a thing is made of, said with "en" right after it (on the noun, or on the verb after its
    object), is that thing's, not the clause subject's."""
    noun = counted_noun(c.head)
    if c.q.unit is not None or case_of(noun) != "en" or noun.head.i > noun.i:
        return {}
    whole = noun.head if noun.dep_ == "nmod" else next(  # "a signé un plan ... en trois points" (on the verb)
        (o for o in noun.head.children if o.dep_ == "obj" and o.i < noun.i and o.right_edge.i + 1 == noun.left_edge.i), None)
    if whole is None or whole.pos_ != "NOUN":
        return {}
    return c.phrase(whole, phrase_bounds(whole, (c.start, c.end)))


def possessive_owner(c: Clause) -> dict:
    """"X, qui a présenté son équipe de 12 ministres", "autorise la maire X à doubler ses 40 crèches"
    (`holders.possessor`): the possessor the clause names, when it names an entity."""
    owner = possessor(c.head)
    named = c.names.canonical(owner) if owner is not None else None
    return c.phrase(owner, canonical=named) if named else {}


def specified(c: Clause) -> dict:
    """"Les thèmes les plus cités ont été les retraites, pour 61 %" (`specified_attribute`)."""
    attribute = specified_attribute(c.names, c.pred, c.start)
    return c.phrase(attribute, attribute_bounds(attribute, (c.start, c.sent.end_char))) if attribute is not None else {}


def changed(c: Clause) -> dict:
    """"remonter le budget de la Défense à 3 % du PIB": the budget's (`holders.changed_object`)."""
    obj = changed_object(c.pred, c.head, c.names.words.change_verbs) if c.q.unit is not None else None
    return c.phrase(obj, object_bounds(obj)) if obj is not None else {}


def poll_method(c: Clause) -> dict:
    """The sample or the margin of a poll: the poll's, stated by its institute."""
    poll = c.polls.method(c.sent, c.q.unit, c.of)
    if poll is None:
        return {}
    lo, hi = phrase_bounds(poll)
    institute = c.names.canonical(poll)
    source = holder_fields("source", c.doc.text[lo:hi], lo, hi, institute) if institute else {}
    return {**holder_fields("subject", c.doc.text[lo:hi], lo, hi, None), **source}


def nationality(c: Clause) -> dict:
    """"329 députés irakiens", "des millions d'Algériens", "huit soldats américains": a demonym in a
    count of people's own noun phrase names the country that holds it; a count with a place in its
    clause is that place's ("Trois soldats français blessés au Mali": `harmed_place`). A group word
    after the counted people is their group ("400 prisonniers talibans")."""
    if not c.places.counts_people(c.of) and (c.of or "").lower() not in c.names.words.members \
            and not (c.of or "")[:1].isupper():
        return {}  # "deux passeports français", "une parade américaine de 100 millions de dollars": the owner's
    lo, hi = phrase_bounds(c.head)
    group = group_word(c.places, c.head, min(lo, c.start), max(hi, c.end))
    if group is not None:
        return holder_fields("subject", None, None, None, group)
    country = demonym_country(c.doc, c.places, c.head, min(lo, c.start), max(hi, c.end), c.q.unit is None)
    if country is None or event_place(c.doc, c.pred, c.names.is_seat) is not None:
        return {}  # "onze Iraniens détenus aux Etats-Unis": where it happens
    return holder_fields("subject", None, None, None, country)


PHRASE_RULES: tuple[Callable[[Clause], dict], ...] = (
    fronted_poll, bracketed_thing, compared, recipient_of, members_party, protest, owner_named, composed, possessive_owner,
    specified, changed, poll_method,
    nationality)


# -- fallbacks, with the clause's subject (None when it cannot hold the number) ------------------
def quoted(c: Clause, subject: "Token | None") -> dict:
    return quoted_speaker(c.names, c.pred, c.q, c.frame)


def judged(c: Clause, subject: "Token | None") -> dict:
    return judged_fields(c.doc, c.polls, c.pred, subject, c.of)


def members(c: Clause, subject: "Token | None") -> dict:
    return member_party(c.doc, c.names, c.sent, c.q, c.frame, c.of, subject)


def relative_place(c: Clause, subject: "Token | None") -> dict:
    """A clause without a named holder, opened by "où" after a place, is that place's."""
    place = place_of_relative(c.doc, c.pred, c.start) if c.frame["subject_canonical"] is None else None
    return c.entity(place) if place else {}


def counted_place(c: Clause, subject: "Token | None") -> dict:
    """"140 écoles sont fermées en France", "52.000 patients étaient suivis par les centres
    de soins en France": a count with no holder of its own (no subject, or only a passive's agent) is
    the place its clause puts it in ("en/à/dans" + a place, on the verb, the counted noun, a participle
    of it or the agent), or, when the count is no noun's "de" complement, the place the sentence opens
    with ("Dans le golfe du Mexique, 80 plateformes ont été évacuées"; a headline's "Syrie : " for people
    only, and only when the clause names no place); never a seat of power ("reçu à l'Élysée une dizaine d'enfants")."""
    if c.q.unit is not None or c.frame["subject_canonical"] is not None:
        return {}
    agent_only = subject is not None and subject.dep_ == "obl:agent" \
        and (c.head.dep_ == "nsubj:pass" or c.head.head.dep_ == "nsubj:pass")
    if c.frame["subject"] is not None and not agent_only and not there_is(c.pred):
        return {}  # "Le projet qui compte 42 articles est examiné au palais Bourbon": the project's
    hosts = [c.pred, c.head, *(t for t in c.head.children if t.dep_ == "acl"), *([subject] if agent_only and subject else [])]
    for host in hosts:
        for t in host.children:
            if t.dep_ in ("obl", "obl:mod", "obl:arg", "nmod") and case_of(t) in PLACE_CASES:
                place = next((e for e in c.doc.entities if e.label == "LOC" and e.start <= t.idx < e.end
                              and not c.names.is_seat(e.canonical)), None)
                if place is not None:
                    return c.entity(place)
    place = event_place(c.doc, c.pred, c.names.is_seat) if there_is(c.pred) else None
    noun = counted_noun(c.head)
    if place is None and not (noun.dep_ == "nmod" and case_of(noun) in DE_WORDS):  # not "un assemblage de 37 feux"
        people = c.places.counts_people(c.of) or (c.of or "")[:1].isupper()  # "Syrie : 3 Femen ...", not "deux collectifs"
        place = fronted_place(c.doc, c.sent.start_char, c.start, c.names.is_seat,
                              label=people and event_place(c.doc, c.pred, c.names.is_seat) is None)
    if place is not None:
        return c.entity(place)  # "il y a eu 2.500 départs de feu dans l'ensemble du Brésil"
    country = main_place(c.doc, c.names.is_seat, c.places.country_names) if says_the_country(c.pred) else None
    return holder_fields("subject", None, None, None, country) if country else {}  # "... enregistrés dans le pays"


def there_is(pred: "Token") -> bool:
    """"il y a (eu)": an expletive subject, no holder."""
    return pred.lemma_ == "avoir" and any(c.lower_ == "y" for c in pred.children) \
        and any(c.lower_ == "il" and (c.dep_.startswith("nsubj") or c.dep_ == "expl:subj") for c in pred.children)


def harmed_place(c: Clause, subject: "Token | None") -> dict:
    """"Une attaque a blessé trois soldats au Mali", "45 personnes ont été enlevées dans le sud du
    Pérou", "Quelque 800 policiers ont été interpellés": a count of people (`facts_people_nouns.txt`)
    that no named holder owns (no subject, a pronoun, the count itself, or an event that causes it:
    `facts_harm_events.txt`) is the place of the event (`place_of_event`). A subject that holds them
    ("l'école qui accueille 700 élèves") keeps them."""
    if c.q.unit is not None or c.frame["subject_canonical"] is not None or not c.places.counts_people(c.of):
        return {}
    own = c.head.dep_ in ("nsubj", "nsubj:pass") and c.head.head.i == c.pred.i  # the counted people act
    if subject is not None and not own and subject.pos_ in ("NOUN", "PROPN") and not (c.start <= subject.idx < c.end) \
            and subject.lemma_.lower() not in c.places.harm_events and not c.places.counts_people(subject.lower_):
        return {}
    return place_of_event(c)


def place_of_event(c: Clause) -> dict:
    """The place its clause names as where, else the place the sentence opens with ("A Barcelone, ...",
    a headline's "Syrie : "), else the place the article names most."""
    place = event_place(c.doc, c.pred, c.names.is_seat) or fronted_place(c.doc, c.sent.start_char, c.start, c.names.is_seat)
    if place is not None:
        return c.entity(place)
    main = main_place(c.doc, c.names.is_seat, c.places.country_names)
    return holder_fields("subject", None, None, None, main) if main else {}


def subject_nationality(c: Clause, subject: "Token | None") -> dict:
    """"le PIB japonais a reculé de 2 %", "l'armée malienne a perdu 30 soldats": a subject that names no
    entity, of a kind a country holds (`facts_national_nouns.txt`), and carries a demonym is its country's."""
    if subject is None or c.frame["subject_canonical"] is not None or subject.pos_ != "NOUN" \
            or subject.lemma_.lower() not in c.places.national:
        return {}  # "une vaste assemblée afghane, formée de milliers de notables": the assembly's
    lo, hi = phrase_bounds(subject)
    country = demonym_country(c.doc, c.places, subject, lo, hi, False)
    return holder_fields("subject", None, None, None, country) if country else {}


def topic(c: Clause, subject: "Token | None") -> dict:
    return topic_fields(c.names, c.polls, c.sent, c.q, subject, c.frame, c.of)


FALLBACKS: tuple[Callable[[Clause, "Token | None"], dict], ...] = (
    quoted, judged, members, relative_place, counted_place, harmed_place, subject_nationality, topic)


# -- before and after the rules ------------------------------------------------------------------
def taken_up(c: Clause, earlier: list[dict]) -> dict | None:
    """A number that restates an earlier one takes its subject (`antecedent`, `restated`)."""
    return antecedent(c.doc, c.q, c.start, c.frame, earlier) or restated(c.doc, c.frame, c.start, earlier)


def antecedent(doc: "Document", q: Quantity, start: int, frame: dict, earlier: list[dict]) -> dict | None:
    """"la redevance va baisser pour 70 % des ménages mais pour ces 70 %, ça se fera en deux
    étapes": a number after a demonstrative takes up the last earlier fact of the same value and unit,
    and its subject. "52.000 patients étaient suivis en France, un chiffre en recul de 2,6 %":
    a change of a restated figure is about what the figure before it in the sentence was about, and so is
    a figure "soit" restates ("75.000 feux enregistrés dans le pays, soit 84 % de plus")."""
    if RESTATED_FIGURE.search(doc.text[max(0, start - 40):start]):
        line_start = start_of_line(doc.text, start)
        before = [f for f in earlier if f["kind"] == "quantity" and f["subject_canonical"] and line_start <= f["start"]
                  and start - f["end"] <= 120]
        return {k: before[-1][k] for k in ("subject", "subject_start", "subject_end", "subject_canonical")} if before else None
    if RESTATING_SOIT.search(doc.text[max(0, start - 30):start]):
        line_start = start_of_line(doc.text, start)
        before = [f for f in earlier if f["kind"] == "quantity" and line_start <= f["start"] and f["end"] <= start
                  and start - f["end"] <= 120]
        last = before[-1] if before else None
        return {k: last[k] for k in SUBJECT_KEYS} if last is not None and last["subject_canonical"] else None
    if not DEMONSTRATIVE.search(doc.text[max(0, start - 8):start]) or frame["subject"] is not None \
            and (frame["subject"] or "").lower() not in PRONOUN_WORDS:
        return None  # "La mort de ces treize militaires est ...": the clause has its own subject
    same = [f for f in earlier if f["kind"] == "quantity" and f["value"] == q.value and f["unit"] == q.unit
            and f["subject_canonical"]]
    if not same:
        return None
    return {k: same[-1][k] for k in ("subject", "subject_start", "subject_end", "subject_canonical")}


def restated(doc: "Document", frame: dict, start: int, earlier: list[dict]) -> dict | None:
    """"les dépenses de l'État reculeront de 12 milliards d'euros [...] Elles reculeront d'environ 4
    milliards en 2019": a plural pronoun subject of a predicate stated just before of a thing is that
    thing (the coreference stage resolves pronouns to people and organisations, not to things)."""
    if (frame["subject"] or "").lower() not in PLURAL_PRONOUNS or frame["subject_canonical"] \
            or frame["predicate"] in LIGHT_PREDICATES:
        return None  # "ils sont une majorité à ... (53 %)" restates nothing
    named = {e.canonical for e in doc.entities}  # people and organisations are the coreference stage's
    same = [f for f in earlier if f["kind"] == "quantity" and f["predicate"] == frame["predicate"] and f["subject"]
            and f["subject"].lower() not in PLURAL_PRONOUNS and f["subject_canonical"] not in named
            and 0 < start - f["start"] <= RESTATED_REACH]
    if not same:
        return None
    return {k: same[-1][k] for k in ("subject", "subject_start", "subject_end", "subject_canonical")}


def attribute_bounds(token: "Token", exclude: tuple[int, int]) -> tuple[int, int]:
    """A noun phrase's bounds; for a copula's attribute, from the word after the copula ("Le thème le
    plus cité est [la sécurité] (38 %)", not its subject)."""
    lo, hi = phrase_bounds(token, exclude)
    cop = next((c for c in token.children if c.dep_ == "cop"), None)
    return (max(lo, token.doc[cop.i + 1].idx), hi) if cop is not None and cop.i < token.i else (lo, hi)


def specified_attribute(names: Names, pred: "Token", start: int) -> "Token | None":
    """A specificational copula ("La première préoccupation des Français reste le chômage (45 %)",
    "Les thèmes les plus cités ont été les retraites, pour 61 % d'entre eux"): when the subject
    is a category (`category_nouns`), the attribute is what the share is about."""
    if pred.pos_ != "NOUN" or not any(c.dep_ == "cop" for c in pred.children) or pred.idx >= start:
        return None
    subject = next((c for c in pred.children if c.dep_.startswith("nsubj")), None)
    return pred if subject is not None and subject.lemma_.lower() in names.words.category_nouns else None


def described(sent: "Span", frame: dict, start: int, end: int) -> str | None:
    """A subject that names no entity is given as its short noun phrase ('une liste "gilets jaunes"'
    -> "liste gilets jaunes"), a definite description as the name the article gives it ("l'affaire"
    -> "affaire Bygmalion"); never a pronoun's or a number's own words."""
    if frame["subject"] is None or frame["subject_start"] < end and start < frame["subject_end"]:
        return None  # "Vendu 45,5 millions d'euros": a phrase holding the number itself names nothing
    token = head_token(sent, frame["subject_start"], frame["subject_end"])
    if token is None or token.pos_ not in ("NOUN", "PROPN"):
        return None
    determiner = next((c.text for c in token.children if c.dep_ == "det"), None)
    return description_name(doc_text(sent.doc), (start, end), frame["subject"], token.lower_ if token.pos_ == "NOUN" else token.text,
                            determiner, frame["subject_start"])


def is_holder(names: Names, frame: dict, subject: "Token | None", pred: "Token") -> bool:
    """The clause's subject can hold the number: it is not the fact's source ("Selon « Le JDD », 40
    députés ..." parsed with the JDD as subject) unless it controls the infinitive that states the
    number under a verb of intent ("Le gouvernement prévoit de recourir à 29 ordonnances": it states
    and holds them), nor a
    poll institute (it polls, it is not polled), nor a quoted sentence the parse made a subject ('"C'est
    le plan du sapeur Camember", a déploré X')."""
    if frame["subject"] is None:
        return True
    if frame["source"] is not None and frame["subject_start"] < frame["source_end"] \
            and frame["source_start"] < frame["subject_end"] and not intends(names, pred):
        return False
    if subject is not None and any("Fin" in t.morph.get("VerbForm") for t in subject.doc.char_span(
            frame["subject_start"], frame["subject_end"], alignment_mode="expand") or ()):
        return False
    return frame["subject_canonical"] not in {n.canonical for n in names.institutes}


def adjunct(c: Clause, subject: "Token | None") -> bool:
    """"Dans un enregistrement, qui n'a pu être vérifié, douze garçons disent leur nom",
    "intervenues en début de manifestation arrêtant 140 personnes": the parse reached the subject through
    a relative pronoun or a participle whose antecedent a preposition introduces (`ADJUNCT_CASES`); such a
    noun is an adjunct, not the holder of a count of people (`facts_people_nouns.txt`), which then goes
    to the place of the event. Not a place ("Dans le golfe, 80 plateformes évacuées": where the count
    happens), nor for a relative's own object ("dans le pays, qui a dépensé 3 milliards") or a count a
    preposition introduces ("dans les cellules destinées à quatre personnes", "une métropole peuplée de
    6 millions d'habitants")."""
    noun = counted_noun(c.head)
    if not c.places.counts_people(c.of) or any(t.dep_ == "case" for t in noun.children):
        return False  # "les cellules destinées à quatre personnes", "un puits d'une largeur de 25 cm": a complement
    return subject is not None and noun.dep_ != "obj" and subject.pos_ in ("NOUN", "PROPN") \
        and any(t.dep_ == "case" and t.lower_ in ADJUNCT_CASES for t in subject.children) \
        and not any(e.label == "LOC" and e.start <= subject.idx < e.end for e in c.doc.entities)


def intends(names: Names, pred: "Token") -> bool:
    """An infinitive under a verb of intent ("prévoit de recourir", "a proposé de restaurer"): its
    subject states the number and holds it; not under a verb of saying ("a dit assumer ...")."""
    return "Inf" in pred.morph.get("VerbForm") and pred.dep_ in ("xcomp", "ccomp") and pred.head.i != pred.i \
        and infinitive(pred.head) in names.words.intent_verbs


def judged_fields(doc: "Document", polls: Polls, pred: "Token", subject: "Token | None", of: str | None) -> dict:
    """"75 % des Français estiment que le président ...": the share is about the president."""
    token, judged = polls.judged(pred, subject, of)
    if token is None:
        return holder_fields("subject", None, None, None, judged) if judged else {}
    lo, hi = phrase_bounds(token)
    return holder_fields("subject", doc.text[lo:hi], lo, hi, judged)


def own_party(doc: "Document", names: Names, head: "Token", of: str | None) -> "Entity | None":
    """The organisation named inside a count of members' own noun phrase ("60 parlementaires de la
    majorité et du Modem", "200 des députés LREM"), never a medium."""
    if (of or "").lower() not in names.words.members:
        return None
    lo, hi = phrase_bounds(head)
    inside = [e for e in doc.entities if e.label == "ORG" and lo <= e.start and e.end <= hi and not names.is_medium(e.canonical)]
    return inside[0] if inside else None


def member_party(doc: "Document", names: Names, sent: "Span", q: Quantity, frame: dict, of: str | None,
                 subject: "Token | None") -> dict:
    """"six sénateurs ont quitté Les Républicains": counted members (also "une cinquantaine
    d'entre eux" after "60 députés") belong to the organisation named nearest in their sentence,
    never a medium, else to the article's organisation; not when the clause's subject is a document or
    an inquiry that holds them ("L'enquête cible 17 députés")."""
    at = sent.start_char + q.start
    if of is None and AMONG.search(q.text):  # "une cinquantaine d'entre eux": of the members counted before
        before = re.findall(r"[\wÀ-ÿ-]+", doc.text[sent.start_char:at].lower())
        of = next((w for w in reversed(before) if w in names.words.members), None)
        at = doc.text.rfind(of, sent.start_char, at) if of else at  # the party named with them, not the nearest
    if frame["subject_canonical"] is not None or (of or "").lower() not in names.words.members \
            or subject is not None and names.is_document(subject):
        return {}
    party = sorted((e for e in doc.entities if e.label == "ORG" and sent.start_char <= e.start < sent.end_char
                    and not names.is_medium(e.canonical)), key=lambda e: abs(e.start - at))
    if party:
        return holder_fields("subject", party[0].text, party[0].start, party[0].end, party[0].canonical)
    if frame["subject"] is None and names.topic_is("ORG"):
        return holder_fields("subject", None, None, None, names.topic)
    return {}


def topic_fields(names: Names, polls: Polls, sent: "Span", q: Quantity, subject: "Token | None", frame: dict,
                 of: str | None) -> dict:
    """A share or a sum whose clause names no holder (no subject, an unresolved pronoun, the people
    polled) is about the article's main person or organisation; no span: it was read from the article."""
    if frame["subject_canonical"] is not None or not names.topic or q.unit not in TOPIC_UNITS:
        return {}
    polled = polls.counts_people(subject, of) and polls.institute_for(sent, q.unit, sent.start_char) is not None
    if frame["subject"] is None or is_pronoun(subject) or polled:
        return holder_fields("subject", None, None, None, names.topic)
    return {}


def quoted_speaker(names: Names, pred: "Token", q: Quantity, frame: dict) -> dict:
    """A quote's "je" is its speaker: the subject takes the source's words and name. Its "nous" with a
    vote share ("nous sommes tombés de 30 % des voix à 11 %") is the speaker's party, when the
    article names it with the speaker ("le maire LR de Saint-Étienne X")."""
    if not frame["source_canonical"]:
        return {}
    pronoun = speaker_pronoun(pred)
    word = pronoun.lower_ if pronoun is not None else None
    if word in FIRST_PERSON:
        return holder_fields("subject", frame["source"], frame["source_start"], frame["source_end"], frame["source_canonical"])
    if word in FIRST_PLURAL and q.unit in ("percent", "point", "ratio"):  # "nous sommes tombés d'un quart des voix à 5 %"
        group = names.speaker_groups.of(pronoun.idx, pronoun.idx + len(pronoun.text.lstrip("-")))
        if group is not None:
            return holder_fields("subject", None, None, None, group)
        party = names.affiliation(frame["source_canonical"])
        if party is not None:
            return holder_fields("subject", party.text, party.start, party.end, party.canonical)
    return {}


def speaker_pronoun(pred: "Token") -> "Token | None":
    """The subject of the predicate or of the verb it is a conjunct or complement of."""
    t = pred
    for _ in range(3):
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if subjects:
            return subjects[0]
        if t.dep_ not in ("conj", "xcomp") or t.head.i == t.i:
            return None
        t = t.head
    return None


def is_pronoun(token: "Token | None") -> bool:
    """An unresolved pronoun subject ("Elle est remontée de 6 points": the rating of the article's person)."""
    return token is not None and token.pos_ == "PRON"
