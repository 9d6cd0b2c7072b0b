"""The words the coreference rules use: read once per process from `resources/` (immutable)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache, cached_property

from ..firstnames import first_name_gender, first_names, listed_first_name, without_accents
from ..lexicons import read_json, read_lines


#: Words before a government noun: "le", "l'", "un communiqué du" is read by the caller.
GOVERNMENT_OPENERS = frozenset({"le", "la", "les", "l'", "un", "une", "du", "des", "de", "au", "aux", "ce", "cette", "ces"})


def demonym_forms(word: str) -> set[str]:
    """Masculine singular demonym -> its four forms ("italien" -> italienne, italiens, italiennes)."""
    irregular = {"grec": "grecque", "turc": "turque"}
    if word in irregular:
        fem = irregular[word]
    elif word.endswith(("ien", "éen")):
        fem = word + "ne"
    elif word.endswith("e"):
        fem = word
    else:
        fem = word + "e"
    return {word, fem, fem + "s", word if word.endswith(("s", "x")) else word + "s"}


def read_countries() -> dict[str, tuple[str, ...]]:
    """`demonym_countries.txt`: every form of a demonym -> the country's names."""
    out: dict[str, tuple[str, ...]] = {}
    for line in read_lines("demonym_countries.txt"):
        demonym, names = line.split("\t")
        for form in demonym_forms(demonym):
            out[form] = tuple(names.split("|"))
    return out


def read_article_names() -> dict[str, str]:
    """`coreference_article_names.txt`: the name without its article, folded -> the name with it."""
    out = {}
    for name in read_lines("coreference_article_names.txt"):
        bare = name.split(" ", 1)[1] if " " in name and name.split(" ", 1)[0] in ("Le", "La", "Les") else name[2:]
        out[" ".join(without_accents(bare.casefold().replace("-", " ")).split())] = name
    return out


@dataclass(frozen=True)
class CorefLexicon:
    """Referring nouns by kind, first names by gender, titles by gender, pronoun lists."""

    nouns: dict[str, frozenset[str]]
    first_names: dict[str, frozenset[str]]
    titles: dict[str, frozenset[str]]
    offices: dict[str, str]  # role phrase (lower case) -> the one-holder office it names
    equivalents: dict[str, str]  # "édile" -> "maire", "socialiste" -> "ps"
    poll_nouns: frozenset[str]  # "sondage", "enquête": the facts stage's list (facts_names.json)
    pollsters: frozenset[str]  # "ifop", "odoxa" (lower case): the facts stage's list
    holders: dict[str, tuple[tuple[str, str | None, str], ...]]  # office -> (from, to, name), office_holders.json
    countries: dict[str, tuple[str, ...]] = field(default_factory=dict)  # demonym form -> country names
    article_names: dict[str, str] = field(default_factory=dict)  # "caire" -> "Le Caire"
    nicknames: dict[str, str] = field(default_factory=dict)  # "sages" -> "Conseil constitutionnel"
    media: frozenset[str] = frozenset()  # names of media, lower case (quote_speakers.json media_names)
    #: Speaker nouns by class ("person", "document", "service", "group": quote_speakers.json's lists).
    speaker_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    role_nouns: frozenset[str] = frozenset()  # "maire", "édile": nouns for one person (facts_names.json roles)

    def speaker_class(self, lemma: str, key: str) -> bool:
        """A noun of that class of `quote_speakers.json` ("ministre" is a "person", "communiqué" a "document")."""
        return lemma.lower() in self.speaker_nouns.get(key, frozenset())

    def is_medium(self, canonical: str) -> bool:
        """"Le Monde", "Mediapart", "BFMTV", "France Info matin" (a medium's name and more words)."""
        lower = canonical.lower().replace("’", "'")
        return lower in self.media or any(lower.startswith(m + " ") for m in self.media)

    @cached_property
    def months(self) -> frozenset[str]:
        """The month names of the dates lexicon, accents folded ("fevrier", "aout")."""
        return frozenset(read_json("dates_lexicon.json")["months"])

    def dates_a_verb(self, preposition: str, word: str) -> bool:
        """"en juillet", "en 2019": a date phrase after a verb, which an incise may hold between the
        speech verb and its subject ('"...", avait répondu en juillet le porte-parole')."""
        return preposition.lower() == "en" and (word.isdigit() or without_accents(word.lower()) in self.months)

    @cached_property
    def country_names(self) -> frozenset[str]:
        """Every country name of `demonym_countries.txt`, folded as `names.loose_key` folds
        ("États-Unis" -> "etats unis")."""
        return frozenset(" ".join(without_accents(n.casefold()).replace("-", " ").split())
                         for names in self.countries.values() for n in names)

    @cached_property
    def country_keys(self) -> dict[str, str]:
        """Every name of a country, folded -> the folded first name of its line ("usa" -> "etats unis"),
        so that a demonym and any of the country's names give one key."""
        out = {}
        for names in self.countries.values():
            first = " ".join(without_accents(names[0].casefold()).replace("-", " ").split())
            for n in names:
                out.setdefault(" ".join(without_accents(n.casefold()).replace("-", " ").split()), first)
        return out

    def country_of_phrase(self, words: "list[str]") -> tuple[str, ...] | None:
        """The names of the country a government phrase names by its demonym ("le gouvernement
        chinois", "le ministère chinois des Affaires étrangères", "les autorités russes" -> Chine,
        Russie), or None: the phrase must open (after a determiner) with a government noun."""
        lowered = [w.lower().replace("’", "'") for w in words]
        while lowered and lowered[0] in GOVERNMENT_OPENERS:
            lowered = lowered[1:]
        if not lowered or lowered[0] not in self.nouns.get("government", ()):
            return None
        for word in lowered[1:4]:
            if word in self.countries:
                return self.countries[word]
        return None

    def noun_kind(self, lemma: str) -> str | None:
        """"role", "description", "place" or "organisation" for a referring noun, else None."""
        lemma = lemma.lower().replace("’", "'")
        for kind in ("role", "description", "place", "organisation"):
            if lemma in self.nouns[kind]:
                return kind
        if lemma.startswith("ex-") and lemma[3:] in self.nouns["role"]:
            return "role"  # "l'ex-porte-parole", "l'ex-chef de l'État": a role its holder had
        parts = lemma.removeprefix("ex-").split("-")
        if len(parts) > 1 and all(part in self.nouns["role"] for part in parts):
            return "role"  # "le député-maire", "l'ex-sénateur-maire": two roles in one word
        return None

    def descriptive_words(self, words: "list[str]") -> frozenset[str]:
        """The words of a role phrase that can tell two people apart, each under its one key
        ("la maire PS sortante" -> {maire, ps}; "l'édile socialiste" -> {maire, ps})."""
        out = set()
        for word in words:
            word = word.lower().replace("’", "'")
            if word not in self.nouns["not_descriptive"]:  # "ancien", "sortant": too common to tell people apart
                out.add(self.equivalents.get(word, word))
        return frozenset(out)

    def office_of(self, role: str) -> str | None:
        """The one-holder office a role phrase names, the phrase without its determiner ("chef de
        l'État" -> "président de la république"): the whole phrase or its start ("Premier ministre
        par intérim"), never a phrase inside it ("porte-parole du Premier ministre" is no Premier
        ministre). "président" alone is the head of state, in French political news."""
        folded = without_accents(" ".join(role.lower().replace("’", "'").replace("' ", "'").split()))  # "l' état"
        for current in ("actuel ", "actuelle "):  # "l'actuel chef de l'État" holds the office
            folded = folded.removeprefix(current)
        new = folded.startswith(("nouveau ", "nouvel ", "nouvelle "))
        if new:  # "le nouveau Premier ministre" holds the office; "le nouveau président" alone may be any country's
            folded = folded.split(" ", 1)[1]
        if folded in ("president", "presidente"):
            return None if new else "président de la république"
        for phrase, office in self.offices.items():
            if without_accents(phrase) == folded:
                return office
        for phrase, office in self.offices.items():
            if folded.startswith(without_accents(phrase) + " "):
                rest = folded[len(without_accents(phrase)) + 1:].split()
                if rest and self.is_foreign_demonym(rest[0]):
                    return None  # "Premier ministre israélien": Israel's, not the French office
                return office
        return None

    def is_foreign_demonym(self, word: str) -> bool:
        """A demonym of a country other than France ("israélien", "américaine"), accents folded."""
        names = self.folded_countries.get(word)
        return names is not None and "france" not in names

    @cached_property
    def folded_countries(self) -> dict[str, frozenset[str]]:
        """`countries` with accents folded on both sides ("israelien" -> {"israel"})."""
        return {without_accents(form): frozenset(without_accents(n.lower()) for n in names)
                for form, names in self.countries.items()}

    def holder(self, office: str, date: "dt.date | None", before: bool = False) -> str | None:
        """Who held a one-holder office on the article's date ("président de la république",
        2019-06-01 -> "Emmanuel Macron"), or (`before`) the holder before them ("François Hollande");
        None without a date or outside the table."""
        if date is None:
            return None
        day = date.isoformat()
        spans = self.holders.get(office, ())
        for i, (start, end, name) in enumerate(spans):
            if start <= day and (end is None or day < end):
                return (spans[i - 1][2] if i > 0 else None) if before else name
        return None

    def neighbour_holders(self, name: str, after: bool) -> frozenset[str]:
        """Who came right after (`after`) or right before a holder of an office of the table, in every
        office `name` held ("François Hollande", after -> {"Emmanuel Macron"}): "son successeur" of a
        known holder. `name` is matched accents and case folded, in full or by its last word."""
        folded = without_accents(name.lower())
        found = set()
        for spans in self.holders.values():
            for i, (_, _, holder) in enumerate(spans):
                known = without_accents(holder.lower())
                if folded != known and folded != known.split()[-1]:
                    continue
                j = i + 1 if after else i - 1
                if 0 <= j < len(spans) and spans[j][2] != holder:
                    found.add(spans[j][2])
        return frozenset(found)

    def former_holders(self, office: str, date: "dt.date | None") -> tuple[str, ...]:
        """Everyone who left the office before the article's date (none without a date)."""
        if date is None:
            return ()
        day = date.isoformat()
        return tuple(name for _, end, name in self.holders.get(office, ()) if end is not None and end <= day)

    def gender_of_first_name(self, name: str) -> str | None:
        return first_name_gender(self.first_names, name)

    def is_first_name(self, name: str) -> bool:
        return listed_first_name(self.first_names, name)


@cache
def coref_lexicon() -> CorefLexicon:
    nouns = read_json("coreference_nouns.json")
    speakers = read_json("quote_speakers.json")
    facts = read_json("facts_names.json")
    return CorefLexicon(
        nouns={key: frozenset(v) for key, v in nouns.items() if isinstance(v, list)},
        poll_nouns=frozenset(facts["poll_nouns"]),
        pollsters=frozenset(facts["pollsters"]),
        holders={office: tuple(map(tuple, spans)) for office, spans in read_json("office_holders.json").items()
                 if not office.startswith("_")},
        offices={phrase.lower(): office for phrase, office in nouns["offices"].items()},
        equivalents=dict(nouns["equivalents"]),
        first_names=first_names(),
        titles={"fem": frozenset(speakers["titles_fem"]), "masc": frozenset(speakers["titles_masc"])},
        countries=read_countries(),
        article_names=read_article_names(),
        nicknames={k.lower(): v for k, v in nouns["nicknames"].items()},
        media=frozenset(m.lower() for m in speakers["media_names"]),
        speaker_nouns={k: frozenset(v) for k, v in speakers.items() if isinstance(v, list) and k != "media_names"},
        role_nouns=frozenset(facts["roles"]),
    )
