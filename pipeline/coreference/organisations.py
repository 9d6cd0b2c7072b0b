"""What a definite organisation description may name: its kind agrees with the antecedent's.

Why: "la firme américaine", "l'association" or "le parti" used to take the latest organisation named,
whatever it was; news cite media as sources all the time ("selon le Huffington Post"), so a company
noun ended on the medium, a party noun on a court. Here the head noun says which kinds of named
organisation it may name (`coreference_organisations.json` "accepts": a company noun never a medium,
a party noun only a party, an institution noun an institution), and an entity's kind is read from its
name (the media lists, the party lists and the gazetteer, known names, the name's first word). Some
phrases name no organisation of the article at all: "la société civile", "le mouvement
pro-démocratie", "le mouvement des gilets jaunes" (named by its members). A relational noun with a
person in its complement ("le parti de X", "le mouvement du président X") names that person's party
(`affiliation`), never the person.
All look-ups are per name or per phrase: nothing here scans the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Callable, Iterable

from ..lexicons import read_json
from ..gazetteer import name_key, shipped
from .clusters import is_party
from .lexicon import demonym_forms
from .names import loose_key

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..records import Entity

LEADING_ARTICLES = ("le ", "la ", "les ", "l'")
#: Between an organisation noun and a person in its complement: "de"/"du"/"d'", an article and up to three
#: lower-case words of a role ("le parti du président X", "le mouvement de l'ancien ministre X").
RELATIONAL_GAP = re.compile(r"\s*(?:de|du|d['’])\s*(?:(?:la|le|l['’])\s*)?((?:[a-zà-ÿ-]+\s+){0,3})")
RELATIONAL_REACH = 60  # characters after the head noun where the person of the complement may start
#: Words that end a complement before a name ("le site industriel de | X", "le journal des | X"): no apposition.
COMPLEMENT_WORDS = frozenset({"de", "du", "des", "d", "à", "au", "aux", "par", "pour", "chez", "avec", "sur", "la", "le", "les", "l"})


@dataclass(frozen=True)
class OrganisationKinds:
    """`coreference_organisations.json`, read once per process."""

    accepts: dict[str, frozenset[str]]  # head noun -> kinds of named organisation it may name
    by_name: dict[str, str]  # bare lower-case name -> kind
    by_head: dict[str, str]  # first word of a name -> kind
    media: frozenset[str]  # bare lower-case medium names the shared media list misses
    not_print: frozenset[str]  # "afp", "lci", "twitter": no newspaper ("le quotidien" never names them)
    relational: frozenset[str]  # "parti": with a person complement, that person's party
    member_complement: tuple[str, ...]  # "des", "du": "le mouvement des gilets jaunes"
    society_qualifiers: frozenset[str]  # "civile": "la société civile" is no company
    cause_prefixes: tuple[str, ...]  # "pro-": "le mouvement pro-démocratie" is a cause
    leave_verbs: frozenset[str]  # "quitter": "X a quitté le parti" is X's own party
    territories: dict[str, str]  # "hong kong" (folded) -> "Hong Kong"
    leaders: dict[str, frozenset[str]]  # "jean luc melenchon" (folded) -> folded names of their party
    territory_demonyms: dict[str, str]  # every form of "hongkongais" -> "Hong Kong"
    founder_gap: "re.Pattern[str]"  # " lancé par l'ancien ministre ": "le parti lancé par X" is X's party
    superlative: "re.Pattern[str]"  # " le plus violent": between a phrase and its apposed name
    misnamed_kinds: frozenset[str]  # kinds a name labelled PER or MISC may still be named as ("Syriza")
    medium_before: "re.Pattern[str]"  # "le magazine américain " right before a name: a medium
    none_complements: tuple[str, ...]  # "à la baisse": "le mouvement à la baisse" is a trend
    apposition_kinds: dict[str, str]  # "mouvement" -> "movement": "le mouvement Sens commun" is one
    mobilisation_heads: frozenset[str]  # "mouvement": may name a mobilisation the article just described
    mobilisation_words: frozenset[str]  # "manifestations", "grève": words of that mobilisation
    society_before: tuple[str, ...]  # "dans la": "dans la société" alone is society

    def agrees(self, noun: str, kind: str) -> bool:
        """May a description headed by `noun` name an organisation of `kind`? A noun of no listed
        type may name any (the older rule)."""
        accepted = self.accepts.get(noun)
        return accepted is None or kind in accepted

    def kind_of(self, canonical: str, is_medium: Callable[[str], bool]) -> str:
        """medium, party, union, movement, institution, international or other (a company, an NGO,
        an armed group: no list names them, so "other" is what a company noun accepts)."""
        bare = bare_name(canonical)
        if is_medium(canonical) or bare in self.media or is_medium(bare) \
                or all(part in self.media or is_medium(part) for part in bare.split("-")):  # "Échos-Cnews"
            return "medium"
        spaced = bare.replace("-", " ")
        if bare in self.by_name or spaced in self.by_name:  # "Maison-Blanche"
            return self.by_name.get(bare) or self.by_name[spaced]
        gazetteer = shipped()
        key = name_key(canonical, person=False)
        if is_party(canonical) or gazetteer.named("party", key):
            return "party"
        if gazetteer.named("institution", key):
            return "institution"
        words = bare.replace("-", " ").split()
        if len(words) > 1 and " ".join(words[:2]) in self.by_head:
            return self.by_head[" ".join(words[:2])]
        if len(words) > 1 and words[0] in self.by_head:  # "Cour suprême", not a bare "Cour"
            return self.by_head[words[0]]
        return "other"

    def is_print(self, canonical: str) -> bool:
        """A medium that may be "le quotidien" or "l'hebdomadaire": not an agency, channel or platform."""
        bare = bare_name(canonical)
        return bare not in self.not_print and not any(bare.startswith(m + " ") for m in self.not_print)

    def names_none(self, token: "Token", phrase: "Span", demonyms: Iterable[str], role_word: Callable[[str], bool]) -> bool:
        """A phrase that names no organisation of the article: "la société civile", "la société
        américaine" (society), "le mouvement pro-démocratie" (a cause), "le mouvement des gilets
        jaunes", "le syndicat des personnels" (named by its members, a lower-case noun; not "le parti du
        président", a role)."""
        lemma = token.lemma_.lower()
        doc = token.doc
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is None:
            return False
        if lemma == "société" and (nxt.lower_ in self.society_qualifiers or nxt.lower_ in demonyms):
            return True
        if lemma == "société" and phrase.end == token.i + 1 and next_to(token, self.society_before, before=True):
            return True  # "la place des femmes dans la société": society
        if lemma == "mouvement" and qualified_by_cause(token, self.cause_prefixes):
            return True
        if lemma == "mouvement" and next_to(token, self.none_complements):
            return True  # "le mouvement à la baisse", "le mouvement inverse": a trend
        if lemma not in self.accepts:
            return False
        return member_complement(token, self.member_complement, role_word)


def quoted_name_after(token: "Token") -> bool:
    """'l'association "Critique de la raison"', 'le groupe "Réparons l'Histoire"': a capitalised name in
    quotation marks right after the noun, which the entities stage missed (not 'la haute juridiction
    "crache"...', a quotation): the phrase names it, no organisation named before."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].is_quote and doc[token.i + 2].text[:1].isupper()


def member_complement(token: "Token", openers: tuple[str, ...], role_word: Callable[[str], bool]) -> bool:
    """"des"/"du"/"de la" right after the head, then a lower-case common noun: the phrase names the
    organisation by its members or cause ("le mouvement des gilets jaunes"), a name the article
    does not give."""
    doc = token.doc
    for opener in openers:
        words = opener.replace("'", "' ").split()
        after = token.i + 1 + len(words)
        if after < len(doc) and [t.lower_.replace("’", "'") for t in doc[token.i + 1:after]] == words:
            return doc[after].pos_ == "NOUN" and doc[after].text.islower() and not role_word(doc[after].text)
    return False


def next_to(token: "Token", phrases: tuple[str, ...], before: bool = False) -> bool:
    """The words right after `token` (`before`: right before it) are one of `phrases` ("à la
    baisse"; "dans la")."""
    doc = token.doc
    for phrase in phrases:
        n = len(phrase.split())
        if before and token.i < n:
            continue
        words = doc[token.i - n:token.i] if before else doc[token.i + 1:token.i + 1 + n]
        if " ".join(t.lower_ for t in words) == phrase:
            return True
    return False


def qualified_by_cause(token: "Token", prefixes: tuple[str, ...]) -> bool:
    """"le mouvement pro-démocratie", "anti-avortement": the word after the head opens with a cause
    prefix and a hyphen (one token or three)."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is None:
        return False
    if nxt.lower_ in prefixes:
        return token.i + 2 < len(doc) and doc[token.i + 2].text == "-"
    return nxt.lower_.startswith(tuple(p for p in prefixes if p.endswith("-")))


def left_by(token: "Token", leave_verbs: frozenset[str]) -> "Token | None":
    """The subject of the verb that leaves the organisation `token` heads ("X a quitté le parti", "qui
    a claqué la porte du parti": the relative's antecedent), else None."""
    verb = token.head
    if token.dep_ == "nmod" and verb.head.lemma_.lower() in leave_verbs:  # "claqué la porte du parti"
        verb = verb.head
    elif token.dep_ in ("obl:arg", "obl", "obl:mod") and verb.lemma_.lower() in leave_verbs:  # "exclu du parti"
        pass
    elif not (token.dep_ == "obj" and verb.lemma_.lower() in leave_verbs):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is not None and subject.lower_ in ("qui",) and verb.dep_ == "acl:relcl":
        return verb.head  # "celui qui a quitté le parti", "X, qui a quitté le parti"
    return subject


def bare_name(canonical: str) -> str:
    """Lower case, straight apostrophe, no leading article ("Le Huffington Post" -> "huffington post")."""
    lower = " ".join(canonical.lower().replace("’", "'").split())
    for article in LEADING_ARTICLES:
        if lower.startswith(article) and len(lower) > len(article):
            return lower[len(article):].strip()
    return lower


def person_complement(text: str, head_end: int, persons: Iterable["Entity"],
                      role_word: Callable[[str], bool], phrase_end: int | None = None) -> "Entity | None":
    """The person named in the "de" complement of an organisation noun ending at `head_end` ("le parti
    de X", "le mouvement du président X"): only adjectives before "de", only role words after it; or
    after a participle of founding and "par" ("le parti lancé par X", `founder_gap`); or right after a
    "de" complement the phrase ends with, whatever its words ("le parti de l'ancienne icône de la paix
    X": the name is apposed to the complement's noun, ending at `phrase_end`)."""
    founder = organisation_kinds().founder_gap
    for e in persons:
        if e.label != "PER" or not head_end <= e.start <= head_end + RELATIONAL_REACH:
            continue
        between = text[head_end:e.start]
        gap = RELATIONAL_GAP.fullmatch(between) or founder.fullmatch(between)
        if gap is not None and all(role_word(w) for w in gap.group(1).split()):
            return e
        if phrase_end is not None and phrase_end <= e.start and not text[phrase_end:e.start].strip() \
                and RELATIONAL_GAP.match(between) and between[:1].isspace():
            return e
    return None


def superlative_end(text: str, end: int) -> int:
    """Past a superlative right after an organisation phrase ("le groupe armé | le plus violent, les
    Forces X"): where an apposed name's comma may follow; `end` when there is none."""
    found = organisation_kinds().superlative.match(text, end)
    return found.end() if found is not None else end


def introduced_as_medium(text: str, starts: Iterable[int]) -> bool:
    """A name the article introduces with a medium noun at one of its mentions ("le magazine
    américain Forbes", "le quotidien X"): the article takes it for a medium."""
    pattern = organisation_kinds().medium_before
    for start in starts:
        found = pattern.search(text[max(0, start - 50):start])
        if found is not None and found.group().split()[-1].replace("’", "'").split("'")[-1] not in COMPLEMENT_WORDS:
            return True  # not "le site industriel de | Renault": a name in a complement is no medium
    return False


@cache
def organisation_kinds() -> OrganisationKinds:
    data = read_json("coreference_organisations.json")
    return OrganisationKinds(
        accepts={noun: frozenset(kinds) for noun, kinds in data["accepts"].items()},
        by_name={**{name.lower(): "institution" for name in data["ministry_names"]},
                 **{name.lower(): kind for name, kind in data["kinds_by_name"].items()}},
        by_head={head.lower(): kind for head, kind in data["kinds_by_head"].items()},
        media=frozenset(bare_name(m) for m in data["media_extra"]),
        not_print=frozenset(bare_name(m) for m in data["not_print_media"]),
        relational=frozenset(data["relational"]),
        member_complement=tuple(data["member_complement"]),
        society_qualifiers=frozenset(data["society_qualifiers"]),
        cause_prefixes=tuple(data["cause_prefixes"]),
        leave_verbs=frozenset(data["leave_verbs"]),
        territories={loose_key(name): name for name in data["territories"]},
        leaders={loose_key(person): frozenset(map(loose_key, parties)) for person, parties in data["party_leaders"].items()},
        territory_demonyms={form: name for name, demonym in data["territories"].items() for form in demonym_forms(demonym)},
        founder_gap=re.compile(r"\s*(?:" + "|".join(map(re.escape, data["founder_participles"]))
                               + r")e?s?\s+par\s+(?:(?:la|le|l['’])\s*)?((?:[a-zà-ÿ-]+\s+){0,3})"),
        superlative=re.compile(r"\s+(?:le|la|les)\s+(?:" + "|".join(map(re.escape, data["superlative_adverbs"]))
                               + r")\s+[a-zà-ÿ-]+"),
        misnamed_kinds=frozenset(data["misnamed_kinds"]),
        none_complements=tuple(data["none_complements"]),
        apposition_kinds=dict(data["apposition_kinds"]),
        mobilisation_heads=frozenset(data["mobilisation_heads"]),
        mobilisation_words=frozenset(data["mobilisation_words"]),
        society_before=tuple(data["society_before"]),
        medium_before=re.compile(r"\b(?:le|la|l['’]|du|au)\s*(?:" + "|".join(map(re.escape, data["medium_nouns"]))
                                 + r")(?:\s+[a-zà-ÿ'’-]+){0,3}\s+$", re.IGNORECASE),
    )
