"""Cataphora: a role or description that names nobody yet, whose holder the article names only later.

News often describes first and names after: "son avocat a reçu la convocation ... l'avocat de X, Me
Y, a indiqué" (Y), "la journaliste britannique ... la journaliste britannique Claire D." (Claire D.), "le
ministre de la Justice a annoncé son départ ... le ministre de la Justice, Paul G., a ...". The
holder is the one person the article later gives the same role in apposition or by office (the
builder's `given`): same head noun, no change of tense ("l'ancien président" is not "le président
X"), compatible gender, and something more than the head in common, because many people are
"ministre" or "avocat":
- a modifier of the head ("britannique", "de la Justice", "LR du Hérault"), or
- the same owner in the "de" complement ("l'avocat de X" ... "l'avocat de X, Me Y"), or, for a
  possessive whose owner the parse cannot tell ("son avocat"), a later role with an owner the article
  named before the possessive, or itself possessive ("son avocat Jean M.").
A title's phrase needs only the head ("Invités par le pape" ... "le pape François"; "un ancien
député jugé" ... "l'ancien député de l'Allier X"): a title announces the article's people. So may a
lead's described role, when no one is given its words ("un gouverneur républicain" ... "le
gouverneur X"): the one person later given its bare head. An
indefinite ("un porte-parole de l'aéroport") is a new person, so it may be the one named later,
but the later role may not be indefinite itself ("une femme noire" ... "une jeune femme noire de 19
ans, X" are two people). Elsewhere a bare noun ("un maire", "le procureur") names nobody this way:
it is generic or another person's. Roles of other owners, countries or parties never match
(`conflict`)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .clusters import is_party

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .chains import ChainBuilder, Given, Link

#: Singular determiners of a phrase that may name a person named later, and the gender each tells.
DETERMINER_GENDERS = {"le": "masc", "la": "fem", "l'": None, "un": "masc", "une": "fem",
                      "son": None, "sa": "fem", "leur": None}
INDEFINITES = frozenset({"un", "une"})
POSSESSIVES = frozenset({"son", "sa", "leur"})
#: Words that put a role in the past: "l'ancien ministre", "l'ex-président", "l'ex président".
FORMER_WORDS = frozenset({"ancien", "ancienne", "ex"})
#: Between a role and the name of its owner: "l'avocat | d' | Paul G.", "le patron | de la | SNCF".
OWNER_GAP = re.compile(r"\s*(?:de|du|des|d['’])\s*(?:(?:la|le|les|l['’])\s*)?")
OWNER_REACH = 14
#: How many sentences open an article (title and lead): where a title's role finds its holder by its head alone.
LEAD_SENTENCES = 4
#: How many characters of blank may part a title's role from the name that opens the lead.
APPOSITION_BREAK = 8
NONE, WEAK, STRONG = 0, 1, 2  # how well a later role matches a phrase


def is_former(words: str) -> bool:
    """Whether a role's words put it in the past ("ancien maire de Nantes", "ex-président")."""
    return any(w in FORMER_WORDS or w.startswith("ex-") for w in words.lower().replace("’", "'").replace("'", " ").split())


@dataclass(frozen=True)
class Description:
    """What a role phrase says of its holder, as far as telling two holders apart goes."""

    head: str  # the head noun, under its lexicon key ("édile" -> "maire"), without "ex-"
    modifiers: frozenset[str]  # its other descriptive words, names of owners left out
    former: bool
    determiner: str
    owners: frozenset[int]  # clusters named in its "de" complement
    country: str | None  # the country its words name ("le ministre israélien"), if any
    parties: frozenset[str]  # the parties its words name, under their lexicon keys ("LR", "socialiste")


def describe(builder: "ChainBuilder", span: "Span") -> Description | None:
    """The description of a role phrase, with its determiner ("la journaliste britannique") or
    without one, as a role given in apposition often is ("X, procureur depuis 2018")."""
    if not len(span):
        return None
    determiner = span[0].lower_.replace("’", "'") if span[0].pos_ == "DET" else ""
    root = span.root
    if root.pos_ != "NOUN" or (determiner and root.i == span.start):
        return None
    owners = [e for e in builder.entities_in(span.start_char, span.end_char) if e.label in ("PER", "ORG")]
    former = False
    words = []
    for t in span[1 if determiner else 0:]:
        word = t.lower_.replace("’", "'")
        if word in FORMER_WORDS or word.startswith("ex-"):
            former = True
            word = word.removeprefix("ex-")
        if t.i != root.i and t.pos_ in ("NOUN", "ADJ", "PROPN") and "Part" not in t.morph.get("VerbForm") \
                and not any(e.start <= t.idx < e.end for e in owners):
            words.append(word)  # not "renversé", "épinglée": what befell the holder tells no role
    head = root.lower_.replace("’", "'").removeprefix("ex-")
    head = builder.lexicon.equivalents.get(head, head)
    modifiers = builder.lexicon.descriptive_words(words) - {head}
    before = root.doc[root.i - 1] if root.i > span.start else None
    if before is not None and before.lower_ in builder.lexicon.nouns.get("head_qualifiers", ()):
        head = f"{before.lower_.replace('première', 'premier')} {head}"  # "Premier ministre": its own role
    lexicon = builder.lexicon
    parties = lexicon.descriptive_words([t.text for t in span]) & lexicon.nouns.get("party_keys", frozenset())
    return Description(head, modifiers, former, determiner, owners_of(builder, span), builder.role_country(span),
                       parties)


def owners_of(builder: "ChainBuilder", span: "Span") -> frozenset[int]:
    """Persons and organisations named in the phrase's "de" complement, inside it or right after it."""
    found = {e.cluster for e in builder.entities_in(span.start_char, span.end_char)
             if e.label in ("PER", "ORG") and e.start > span.start_char}
    after = span.end_char
    found |= {e.cluster for e in builder.entities_in(after, after + OWNER_REACH)
              if e.label in ("PER", "ORG") and OWNER_GAP.fullmatch(builder.text[after:e.start])}
    return frozenset(found)


#: Between a description and the name that identifies its holder: "un homme de 27 ans, identifié comme X",
#: "une femme, prénommée X", "un jeune homme répondant au nom de X".
IDENTIFIED_AS = re.compile(r"\s*,?\s*(?:(?:identifiée?s?|présentée?s?)\s+comme|(?:pré|sur)?nommée?s?|"
                           r"(?:répondant\s+au|du)\s+nom\s+de)\s+(?:d['’]\s*)?")


def identified_after(builder: "ChainBuilder", link: "Link") -> int | None:
    """The person a description is identified as right after it ("un homme de 27 ans, identifié comme
    X"): the phrase describes X before naming him, as an apposition does."""
    match = IDENTIFIED_AS.match(builder.text, link.end)
    if match is None:
        return None
    found = [e for e in builder.entities_in(match.end(), match.end() + 1) if e.start == match.end() and e.label == "PER"]
    return found[0].cluster if found else None


#: An indefinite apposition that introduces a person after or before the name: "X, un Belge de 65 ans,",
#: "Un ressortissant azéri, X,". Its words, to the next comma or full stop.
APPOSED_AFTER = re.compile(r"\s*,\s*(?:un|une)\s+([^,.;:()\"«»\n]{2,80})")
APPOSED_BEFORE = re.compile(r"(?:^|[\s(])(?:un|une)\s+([^,.;:()\"«»\n]{2,80}),\s*$", re.IGNORECASE)
AGE = re.compile(r"\b(\d{2})\s+ans\b")
#: How many sentences after a lead's description its holder may be introduced in.
INTRODUCTION_REACH = 8


def age_decades(text: str) -> set[str]:
    """The decades the ages in years of `text` say ("65 ans": "6x"), as `lead_words` writes an age noun's."""
    return {f"{m.group(1)[0]}x" for m in AGE.finditer(text)}


def lead_words(builder: "ChainBuilder", words: "list[str]") -> set[str]:
    """A phrase's words that can tell its holder apart ("sexagénaire", "belge", "azéri"), and the
    decade an age noun or an age in years says ("sexagénaire", "65 ans": "6x")."""
    ages = builder.lexicon.nouns.get("age_nouns", {})
    out = set()
    for word in words:
        if word[:1].isupper() and word.lower() not in builder.lexicon.countries:
            continue  # a name ("un défenseur de Trump") tells the person it names, not this one; a demonym does
        word = word.lower().strip("'’-")
        if word in ages:
            out.add(f"{ages[word]}x")
        elif len(word) > 2 and word not in builder.lexicon.nouns["not_descriptive"] \
                and word not in builder.lexicon.nouns.get("generic_persons", ()):
            out.add(word)
    return out


def introduced_later(builder: "ChainBuilder", link: "Link", span: "Span") -> int | None:
    """A lead's description of someone not yet named ("Un sexagénaire belge vit depuis ...") names the
    one person the article introduces a few sentences on with an indefinite apposition that shares a
    word or an age with it ("X, un Belge de 65 ans,", "Un ressortissant azéri, X,"): how news brings
    in the protagonist it first described. Not a generic word ("homme", "personne") alone."""
    sentence = builder.sentence_of(link.start)
    determiner = span[0].lower_.replace("’", "'")
    if sentence >= LEAD_SENTENCES or determiner not in DETERMINER_GENDERS or determiner in POSSESSIVES:
        return None
    words = lead_words(builder, [t.text for t in span[1:] if t.pos_ in ("NOUN", "ADJ", "PROPN")])
    words |= age_decades(span.text)
    if not words:
        return None
    gender = DETERMINER_GENDERS[determiner]
    found = set()
    for cluster, first in builder.first_mentions_after(link.end):
        if builder.sentence_of(first.start) - sentence > INTRODUCTION_REACH:
            break
        if builder.labels.get(cluster) != "PER" or not builder.agrees(cluster, gender):
            continue
        before = builder.text[builder.sentence_start(first.start):first.start]
        apposition = APPOSED_AFTER.match(builder.text, first.end) or APPOSED_BEFORE.search(before)
        if apposition is None:
            continue
        text = apposition.group(1)
        theirs = lead_words(builder, re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text))
        theirs |= age_decades(text)
        if words & theirs:
            found.add(cluster)
    return found.pop() if len(found) == 1 else None


#: Words that make a role someone to come, not the person named next: "un nouveau juge", "le prochain maire".
TO_COME = frozenset({"nouveau", "nouvel", "nouvelle", "prochain", "prochaine", "futur", "future", "successeur"})


def named_next(builder: "ChainBuilder", link: "Link", span: "Span") -> int | None:
    """A title's or lead's role or description of someone not yet named ("le maire du Havre", "une
    dirigeante de la clinique") is the person named for the first time in the next sentence, outside a
    quotation, when there is one of its gender: news describes, then names. Not a role to come ("un
    nouveau juge ... pour succéder à X")."""
    sentence = builder.sentence_of(link.start)
    determiner = span[0].lower_.replace("’", "'")
    if sentence >= LEAD_SENTENCES or determiner not in DETERMINER_GENDERS or determiner in POSSESSIVES \
            or any(t.lower_ in TO_COME for t in span) or sentence + 1 >= len(builder._sentence_starts):
        return None
    start = builder._sentence_starts[sentence + 1]
    end = builder._sentence_starts[sentence + 2] if sentence + 2 < len(builder._sentence_starts) else len(builder.text)
    gender = DETERMINER_GENDERS[determiner]
    found = [e for e in builder.entities_in(start, end)
             if e.label == "PER" and e.start >= start and builder._first_name_at(e.cluster) == e.start
             and not builder.is_quoted(e.start) and builder.agrees(e.cluster, gender)]
    if len({e.cluster for e in found}) != 1:
        return None
    named = found[0]
    before = builder.text[builder.sentence_start(named.start):named.start]
    if APPOSED_AFTER.match(builder.text, named.end) or APPOSED_BEFORE.search(before):
        return None  # "X, un policier de 40 ans": described otherwise (`introduced_later` matched the same words)
    described = describe(builder, span)
    if described is None or not (described.modifiers or described.owners or sentence == 0):
        return None  # "La loi permet à un maire de ...": a bare role outside the title is generic
    given = builder.given.get(named.cluster, ())
    if given and not any(described.head in g.role.lower() for g in given):
        return None  # "le procureur X": given another role, never this one
    for g in given:  # the same head given: as `holder_named_later` reads it (tense, owners, country, party)
        later = describe(builder, builder.spacy_doc.char_span(g.start, g.end, alignment_mode="expand"))
        if later is not None and later.head == described.head and (
                later.former != described.former or conflict(builder, described, later, later.owners - {named.cluster})):
            return None  # "L'ancien maire de Nantes" ... "Le maire de Nantes X"
    return named.cluster


def apposed_across_a_break(builder: "ChainBuilder", link: "Link") -> bool:
    """A title's indefinite role resolved to the name that opens the lead, as if apposed to it ("Le
    tweet d'un sénateur LR / X, l'homme qui a sauvé un enfant, ..."): a title without final
    punctuation, not an apposition; the role may be another person's, named later in the lead."""
    if builder.sentence_of(link.start) != 0 or builder.text[link.start:link.end].split()[0].lower() not in INDEFINITES:
        return False
    return any(e.cluster == link.cluster and "\n" in builder.text[link.end:e.start] and not builder.text[link.end:e.start].strip()
               for e in builder.entities_in(link.end, link.end + APPOSITION_BREAK))


def holder_named_later(builder: "ChainBuilder", link: "Link", span: "Span",
                       later_roles: "dict[int, Description | None]") -> int | None:
    """The one person the article later gives the role `link` describes, named only after it
    (`later_roles`: the descriptions of given roles by start, filled as they are read, one pass's)."""
    described = describe(builder, span)
    if described is None or described.determiner not in DETERMINER_GENDERS:
        return None
    title = builder.sentence_of(link.start) == 0
    if not (described.modifiers or described.owners or described.determiner in POSSESSIVES or title):
        return None  # "un maire", "le procureur": generic, or another person's
    gender = DETERMINER_GENDERS[described.determiner]
    strong, weak = set(), set()  # by the words or in the lead; by a title's head alone, further on
    for cluster, roles in builder.given.items():
        if builder.labels.get(cluster) != "PER" or builder._first_name_at(cluster) <= link.end \
                or not builder.agrees(cluster, gender) or described.owners & {cluster}:
            continue
        found = {matches(builder, described, gender, given, link, cluster, title, later_roles)
                 for given in roles if given.start > link.end}
        if STRONG in found:
            strong.add(cluster)
        elif WEAK in found:
            weak.add(cluster)
    if strong:
        return strong.pop() if len(strong) == 1 else None
    return weak.pop() if len(weak) == 1 else None  # a title's "une journaliste", "la journaliste X" in the fifth


def matches(builder: "ChainBuilder", described: Description, gender: str | None, given: "Given",
            link: "Link", holder: int, title: bool, later_roles: "dict[int, Description | None]") -> int:
    """Whether a later role given to a person is the same role as the one described: STRONG, WEAK
    (a title's phrase that shares only its head with a role given after the lead) or NONE."""
    if given.start not in later_roles:
        span = builder.spacy_doc.char_span(given.start, given.end, alignment_mode="expand")
        later_roles[given.start] = describe(builder, span) if span is not None else None
    later = later_roles[given.start]
    if later is None or later.head != described.head or later.former != described.former:
        return NONE
    if gender is not None and given.gender is not None and gender != given.gender:
        return NONE
    if described.determiner in INDEFINITES and later.determiner in INDEFINITES:
        return NONE  # "une femme noire" ... "une jeune femme noire de 19 ans, X": two people
    owners = later.owners - {holder}
    if conflict(builder, described, later, owners):
        return NONE
    if described.modifiers and later.modifiers and described.modifiers & later.modifiers:
        return STRONG
    if title:  # "un ancien député" in the title, "l'ancien député de l'Allier X" in the lead
        return STRONG if builder.sentence_of(given.start) < LEAD_SENTENCES else WEAK
    if described.modifiers and not (later.modifiers or owners) and builder.sentence_of(link.start) < LEAD_SENTENCES:
        return WEAK  # the lead's "la gouverneure démocrate", "la gouverneure X" further on
    if described.modifiers:
        return NONE
    if described.owners:
        return STRONG if described.owners & owners else NONE
    # a bare possessive ("son avocat"): a later possessive, or a later owner named before it
    if later.determiner in POSSESSIVES or any(builder._first_name_at(owner) < link.start for owner in owners):
        return STRONG
    return NONE


def conflict(builder: "ChainBuilder", described: Description, later: Description, owners: frozenset[int]) -> bool:
    """Two roles of one head that cannot be one person's: of other owners ("le secrétaire général
    de FO", "le secrétaire général de la CGT, X"), countries or parties ("un sénateur LR", "le
    sénateur socialiste X")."""
    ours = {o for o in described.owners if not is_party(builder.canonical.get(o, ""))}
    theirs = {o for o in owners if not is_party(builder.canonical.get(o, ""))}
    if ours and theirs and not ours & theirs:
        return True  # a party goes by many names ("LREM", "En Marche"): compared by `parties`
    if described.country and later.country and described.country != later.country:
        return True
    return bool(described.parties and later.parties and not described.parties & later.parties)
