"""Place descriptions: which place a definite place noun names ("le pays", "la capitale", "la région
bruxelloise"), by agreement of kinds.

Why a module of its own: "la région" took the latest place named, whatever it was (a city, a
country, a street), and the hand checks kept finding the same wrongs ("la région" -> Washington
right after the Xinjiang, "la capitale" -> "Canal Saint-Martin"). A place noun has a kind (a country,
a capital, a city, a region, an island, a land: `coreference_places.json` noun_kinds) and may name
only a place of a kind it accepts. A place's kind comes from the lists (countries of
demonym_countries.txt, capitals of entity_capitals.txt, the shipped regions, the first word of a
site's name: "rue", "pont", "canal") and from the article's own words around its name ("la ville de
X", "la région du X", "à X" for a town, "en X" for a region that is no country, "X (Y)" for a town and
the larger place that holds it, "X, capitale de..."). A demonym after the noun names one place
("la capitale lituanienne" is Vilnius, "la région bruxelloise" Bruxelles): that place if the
article names it, nobody otherwise. Everything here reads the entities once per document and each
phrase's own few tokens: linear in the length of the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Callable, Iterable

from ..lexicons import prefixed_lines, read_json, read_lines
from .lexicon import demonym_forms
from .names import loose_key

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..records import Entity

#: The kind of a place the article and the lists tell nothing of.
UNKNOWN = "unknown"
#: "à Stillwater", "À Rotterdam" right before a name: a town (a country is never told so).
TOWN_PREPOSITION = re.compile(r"(?:^|[\s(])[àÀ]\s+$")
#: "en Floride", "en Rhénanie du Nord-Westphalie": a region when the name is no country's.
REGION_PREPOSITION = re.compile(r"(?:^|[\s(])[eE]n\s+$")
#: Characters looked at before and after a place's name for the words that give its kind.
CUE_WINDOW = 40


@dataclass(frozen=True)
class PlaceLexicon:
    """`coreference_places.json`, read once: noun kinds, what each accepts, and the lists of places."""

    noun_kinds: dict[str, str]  # "région" -> "region"
    accepts: dict[str, frozenset[str]]  # "region" -> {"region", "unknown"}
    capitals: dict[str, tuple[str, ...]]  # every form of a country's demonym -> its capital's names
    place_demonyms: dict[str, tuple[str, ...]]  # every form of a region's or a city's demonym -> its names
    regions: frozenset[str]  # loose keys of regions, states, areas
    continents: frozenset[str]  # loose keys of continents and the world: no place noun names them
    islands: frozenset[str]  # loose keys of islands and island countries
    island_cues: tuple[str, ...]
    city_regions: frozenset[str]  # loose keys of places both a city and a region ("Hong Kong", "Hambourg")
    capital_adjectives: frozenset[str]  # "la capitale fédérale" is still a capital
    part_exceptions: frozenset[str]  # "la ville du pays", "ville du sud": still a place
    countries: frozenset[str]  # loose keys of countries demonym_countries.txt misses ("Hexagone", "Emirats")
    capital_names: frozenset[str]  # loose keys of capitals
    site_heads: frozenset[str]  # first words of a site's, a street's or a landmark's name
    city_cues: tuple[str, ...]
    capital_cues: tuple[str, ...]
    region_cues: tuple[str, ...]
    after_cues: dict[str, str]  # noun after "X, " -> the kind it gives X
    adverbial_stops: tuple[tuple[str, ...], ...]  # ("au", "moins")
    months: frozenset[str] = frozenset()  # month names (quantities_months.txt)

    def kind_of_noun(self, lemma: str) -> str | None:
        return self.noun_kinds.get(lemma.lower())

    def agrees(self, noun_kind: str, place_kinds: frozenset[str]) -> bool:
        """Whether a noun of this kind may name a place of these kinds (none known: `UNKNOWN`)."""
        accepted = self.accepts.get(noun_kind)
        if accepted is None:
            return True
        return bool(place_kinds & accepted) if place_kinds else UNKNOWN in accepted


def _forms(table: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for demonym, names in table.items():
        for form in demonym_forms(demonym):
            out.setdefault(form, tuple(names))
    return out


def street_nouns() -> frozenset[str]:
    """The street nouns of entity_street_nouns.txt ("rue", "promenade", "bare:place" -> "place")."""
    return frozenset(line.removeprefix("bare:").lower() for line in read_lines("entity_street_nouns.txt"))


@cache
def place_lexicon() -> PlaceLexicon:
    data = read_json("coreference_places.json")
    capitals = _forms(data["capitals"])
    capital_names = {loose_key(n) for n in read_lines("entity_capitals.txt")}
    capital_names.update(loose_key(n) for names in data["capitals"].values() for n in names)
    capital_names.update(loose_key(n) for n in data["more_capitals"])
    return PlaceLexicon(
        noun_kinds=dict(data["noun_kinds"]),
        accepts={k: frozenset(v) for k, v in data["accepts"].items()},
        capitals=capitals,
        place_demonyms=_forms(data["place_demonyms"]),
        regions=frozenset(loose_key(n) for n in data["regions"]),
        countries=frozenset(loose_key(n) for n in data["countries"]),
        continents=frozenset(loose_key(n) for n in data["continents"]),
        islands=frozenset(loose_key(n) for n in data["islands"]),
        island_cues=tuple(data["island_cues"]),
        city_regions=frozenset(loose_key(n) for n in data["city_regions"]),
        capital_adjectives=frozenset(data["capital_adjectives"]),
        part_exceptions=frozenset(data["part_exceptions"]),
        capital_names=frozenset(capital_names),
        site_heads=frozenset(w.lower() for w in data["site_heads"]) | street_nouns()
        | {loose_key(n) for n in prefixed_lines("entity_seats.txt", "seat:")},
        city_cues=tuple(data["city_cues"]),
        capital_cues=tuple(data["capital_cues"]),
        region_cues=tuple(data["region_cues"]),
        after_cues=dict(data["after_cues"]),
        adverbial_stops=tuple(tuple(s.split()) for s in data["adverbial_stops"]),
        months=frozenset(read_lines("quantities_months.txt")),
    )


# -- the kinds of the article's places ------------------------------------------------------------
def listed_kinds(canonical: str, is_country: bool, lexicon: PlaceLexicon) -> set[str]:
    """What the lists say of a place: a country, a capital (a city too), a region, a site."""
    key = loose_key(canonical)
    island = {"island"} if key in lexicon.islands else set()
    if is_country or key in lexicon.countries:
        return {"country"} | island
    if key in lexicon.continents:
        return {"continent"}
    kinds = island
    own = lexicon.kind_of_noun(canonical.split()[0]) if canonical.split() else None
    if own is not None:  # "région Ile-de-France", "île de Tuti", "ville de Quito"
        kinds.add(NOUN_TO_PLACE.get(own, own))
        rest = canonical.split(maxsplit=1)[1:]
        if rest and own != "country":  # "région Sardaigne": an island too
            kinds |= listed_kinds(rest[0], False, lexicon) - {"site"}
    if key in lexicon.capital_names:
        kinds |= {"capital", "city"}
    if key in lexicon.regions:
        kinds.add("region")
    if key in lexicon.city_regions:
        kinds |= {"city", "region"}
    first = canonical.split()[0].lower().replace("’", "'") if canonical.split() else ""
    if first in lexicon.site_heads or key in lexicon.site_heads:
        kinds.add("site")
    return kinds


def ends_with_cue(before: str, cues: Iterable[str]) -> bool:
    """Whether the words before a name end with one of the cues ("... dans la ville de" + X)."""
    words = " ".join(before.lower().replace("’", "'").replace("'", "' ").split()).rstrip(" ,")
    return any(words.endswith(" " + " ".join(cue.replace("'", "' ").split())) or words == cue for cue in cues)


def cue_kinds(before: str, after: str, is_country: bool, lexicon: PlaceLexicon) -> set[str]:
    """What the article's words around one mention of a place say of it: "la ville de X", "la capitale
    X", "la région du X", "à X" (a town), "en X" (a region, when X is no country), "X, capitale de..."."""
    kinds = set()
    if ends_with_cue(before, lexicon.capital_cues):
        kinds |= {"capital", "city"}
    elif ends_with_cue(before, lexicon.city_cues):
        kinds.add("city")
    if ends_with_cue(before, lexicon.region_cues):
        kinds.add("region")
    if ends_with_cue(before, lexicon.island_cues):
        kinds.add("island")
    kinds |= noun_before(before, is_country, lexicon)
    if not is_country and TOWN_PREPOSITION.search(before):
        kinds.add("city")
    if not is_country and REGION_PREPOSITION.search(before):
        kinds.add("region")
    rest = after.lstrip()
    if rest.startswith(","):
        words = rest[1:].lower().replace("’", "'").split()[:4]
        for i, w in enumerate(words):  # the apposition ends at its first punctuation
            if w[-1:] in ",;:.)":
                words = words[:i] + [w.rstrip(",;:.)")]
                break
        while words and words[0] in ("la", "le", "l'", "une", "un", "sa", "son", "leur", "cette", "ce", "grande", "petite", "deuxième", "troisième", "seconde", "seule"):
            words = words[1:]
        if words and words[0].removeprefix("l'") in lexicon.after_cues:
            kind = lexicon.after_cues[words[0].removeprefix("l'")]
            if kind == "capital" and len(words) > 1 and words[1] not in NOUN_LINKS | lexicon.capital_adjectives:
                kind = "city"  # "New York, capitale économique des Etats-Unis"
            if kind != "country" or is_country:
                kinds |= {"capital", "city"} if kind == "capital" else {kind}
    return kinds


#: A place noun's kind -> the kind of place it gives a name it stands before ("l'archipel des X": an island).
NOUN_TO_PLACE = {"archipelago": "island", "capital": "city", "land": "region"}
NOUN_LINKS = frozenset({"de", "du", "des", "d'"})
#: Words after a place noun that are no adjective of it ("la ville et X", "la région selon X").
NOT_ADJECTIVES = frozenset({"dans", "pour", "avec", "sans", "selon", "vers", "chez", "entre", "contre", "depuis", "comme"})


def noun_before(before: str, is_country: bool, lexicon: PlaceLexicon) -> set[str]:
    """A place noun right before a name, maybe with one adjective and "de" between ("la ville de X",
    "l'île sud-coréenne de X", "la province afghane du X", "la capitale X"): the kind it gives X."""
    words = before.lower().replace("’", "'").replace("'", "' ").split()[-4:]
    linked = bool(words) and words[-1] in NOUN_LINKS
    if linked:
        words.pop()
    candidates = words[-1:]
    if len(words) >= 2 and len(words[-1]) > 3 and words[-1].replace("-", "").isalpha() and words[-1] not in NOT_ADJECTIVES:
        candidates.append(words[-2])  # "l'île sud-coréenne de": one adjective between
    for word in candidates:
        kind = lexicon.kind_of_noun(word)
        if kind is not None:
            if linked and kind in ("capital", "country"):
                return set()  # "la capitale du Kirghizstan", "le pays de Galles": X holds it or names it
            if kind == "country":
                return {"country"} if is_country else set()
            return {"capital", "city"} if kind == "capital" else {NOUN_TO_PLACE.get(kind, kind)}
    return set()


SITE_LINKS = frozenset({"de", "du", "des", "d'", "la", "le", "l'", "les"})
#: Site nouns that keep their name a site over "de" ("le fort de Brégançon", "la place de la République");
#: not "le port de Marseille", "l'aéroport de Nice", "la mairie de Paris", "le centre de Lyon".
SITES_OVER_DE = frozenset({"rue", "avenue", "boulevard", "place", "quai", "fort", "esplanade", "parvis", "square",
                           "allée", "impasse", "promenade", "pont"})
#: Words of the site list that say where in a town, not what site ("dans le centre Paris" is Paris).
NOT_SITE_CUES = frozenset({"nord", "sud", "est", "ouest", "centre", "port", "mairie", "préfecture", "zone", "camp"})


def after_a_site_noun(before: str, lexicon: PlaceLexicon) -> bool:
    """The name follows a site noun, maybe with "de" ("le pont San Giorgio", "le fort de Brégançon",
    "la place de la République"): a site, not the town."""
    words = before.lower().replace("’", "'").replace("'", "' ").split()[-4:]
    linked = False
    while words and words[-1] in SITE_LINKS:
        words.pop()
        linked = True
    if not words or words[-1] in NOT_SITE_CUES:
        return False
    return words[-1] in SITES_OVER_DE if linked else words[-1] in lexicon.site_heads


def looks_like_a_person(canonical: str, is_first_name: Callable[[str], bool]) -> bool:
    """"Caroline Cayeux", a person the entities stage tagged as a place: a known first name, then a
    capitalised word."""
    words = canonical.split()
    return len(words) >= 2 and words[1][:1].isupper() and is_first_name(words[0])


def place_kinds(text: str, entities: Iterable["Entity"], is_country: Callable[[int], bool],
                lexicon: PlaceLexicon, is_first_name: Callable[[str], bool] | None = None) -> dict[int, frozenset[str]]:
    """Every place cluster of the article -> the kinds the lists and the article's words give it; a
    place in brackets right after another ("Luynes (Indre-et-Loire)") is a region holding a town."""
    kinds: dict[int, set[str]] = {}
    previous: "Entity | None" = None
    for e in sorted(entities, key=lambda e: e.start):
        if e.label != "LOC":
            previous = e
            continue
        found = kinds.setdefault(e.cluster, listed_kinds(e.canonical, is_country(e.cluster), lexicon))
        country = "country" in found
        if found & {"site", "continent"}:
            previous = e
            continue
        before = text[max(0, e.start - CUE_WINDOW):e.start]
        if after_a_site_noun(before, lexicon) or (is_first_name is not None and looks_like_a_person(e.canonical, is_first_name)):
            found.add("site")  # "le pont San Giorgio", "le fort de Brégançon"; "Caroline Cayeux" tagged LOC
            previous = e
            continue
        cues = cue_kinds(before, text[e.end:e.end + CUE_WINDOW], country, lexicon)
        listed = listed_kinds(e.canonical, country, lexicon)
        if country:
            cues &= {"country", "island"}  # "la plus grande ville des Etats-Unis": a town in it
        if "region" in listed:
            cues -= {"city", "capital"}  # "la plus grande ville de Pennsylvanie"
        found |= cues
        if previous is not None and previous.label == "LOC" and text[previous.end:e.start].strip() == "(" and not country:
            found.add("region")  # "Luynes (Indre-et-Loire)": a département
            if "country" not in kinds.get(previous.cluster, ()):
                kinds.setdefault(previous.cluster, set()).add("city")
        previous = e
    return {cluster: frozenset(k) for cluster, k in kinds.items()}


# -- the phrase -----------------------------------------------------------------------------------
def phrase_adjectives(head: "Token", phrase: "Span", demonyms: "Iterable[str]" = ()) -> list["Token"]:
    """The adjectives right after a place noun, in its phrase ("la capitale économique américaine"),
    and a demonym right after it that the parse hung elsewhere ("la capitale | somalienne Mogadiscio");
    not another noun's adjective ("les habitants de la capitale | dépourvus de masque")."""
    out = []
    for t in head.doc[head.i + 1:head.i + 4]:
        if t.pos_ not in ("ADJ", "NOUN", "PROPN") or t.text[:1].isupper():  # "girondine" tagged PROPN
            break
        if t.i >= phrase.end and t.head.i != head.i and t.lower_ not in demonyms:
            break
        out.append(t)
    return out


def phrase_kind(head: "Token", phrase: "Span", noun_kind: str, lexicon: PlaceLexicon,
                countries: dict[str, tuple[str, ...]]) -> str:
    """The kind of place the phrase names: its noun's, except a capital qualified otherwise than by
    a country ("la capitale girondine", "la capitale économique du pays"): a city."""
    if noun_kind != "capital":
        return noun_kind
    adjectives = phrase_adjectives(head, phrase, countries)
    if adjectives and adjectives[0].lower_ not in countries and adjectives[0].lower_ not in lexicon.capital_adjectives:
        return "city"
    return noun_kind


def adjective_places(head: "Token", phrase: "Span", noun_kind: str, lexicon: PlaceLexicon,
                     countries: dict[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    """The names of the one place a demonym after the head says the phrase names: "la capitale
    lituanienne" -> Vilnius, "la région bruxelloise" -> Bruxelles, "le territoire français" ->
    France; None when no such adjective ("la capitale", "la ville américaine": any city, of its
    country; "la ville texane": a city of Texas, not Texas)."""
    demonyms = set(countries) | set(lexicon.place_demonyms)
    for t in phrase_adjectives(head, phrase, demonyms):
        word = t.lower_
        if noun_kind == "capital" and word in lexicon.capitals:
            return lexicon.capitals[word]
        if noun_kind == "capital" and word in countries:
            return ()  # a country whose capital the lists lack: its capital, not the last one named
        if noun_kind in ("country", "land") and word in countries:
            return countries[word]
        if word in lexicon.place_demonyms and word not in countries:
            names = lexicon.place_demonyms[word]
            if noun_kind in ("city", "capital") and any(loose_key(n) in lexicon.regions for n in names):
                return None
            return names
    return None


def names_a_part(head: "Token", lexicon: PlaceLexicon) -> bool:
    """"le département d'astronomie", "la région du monde", "la ville de naissance": "de" and a
    common noun without determiner after the place noun make it a part of something else, or a
    kind of place, no place the article names."""
    doc = head.doc
    i = head.i + 1
    if i + 1 >= len(doc) or doc[i].lower_.replace("’", "'") not in ("de", "d'", "du"):
        return False
    nxt = doc[i + 1]
    return nxt.pos_ == "NOUN" and nxt.text[:1].islower() and nxt.lower_ not in lexicon.part_exceptions


def trimmed_end(head: "Token", phrase: "Span", lexicon: PlaceLexicon) -> int:
    """The token end of a place phrase, before an adverbial locution that opens the rest of the clause
    ("dans la région | au moins un million", "la capitale | au second tour")."""
    doc = head.doc
    for i in range(head.i + 1, phrase.end):
        if opens_a_date(doc, i, lexicon):
            return max(i, head.i + 1)
        for stop in lexicon.adverbial_stops:
            words = [t.lower_.replace("’", "'") for t in doc[i:i + len(stop)]]
            if tuple(words) == stop:
                return max(i, head.i + 1)
    return phrase.end


def opens_a_date(doc, i: int, lexicon: PlaceLexicon) -> bool:
    """"du 28 février", "en mars", "de mai": a preposition, maybe a number, then a month."""
    if doc[i].lower_ not in ("de", "du", "en", "d'", "d’"):
        return False
    j = i + 1
    if j < len(doc) and doc[j].like_num:
        j += 1
    return j < len(doc) and doc[j].lower_ in lexicon.months


def owned_by_relative(determiner: "Token | None") -> bool:
    """"les Romains, dont la ville...": the place of the relative's antecedent, which is no place
    named before (a people, a person): the phrase names no place the article names."""
    if determiner is None or determiner.i == 0:
        return False
    return determiner.doc[determiner.i - 1].lower_ == "dont"
