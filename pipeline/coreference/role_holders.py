"""Who holds a role phrase when its words say more than its head: a party, a name right before it,
a person in its complement.

Why a module of its own: these are facts about the article that a role reads, not salience.
- A party word ("le candidat démocrate", "la candidate socialiste", "le député LR") names a person
  of that party: the article ties people to parties where it names them ("le démocrate Joe Biden",
  "X (PS)", "Y, le sénateur républicain"); a person tied only to another party is never the holder,
  and the one person tied to the role's party is, when no other person is in salience reach. Known
  party leaders (`party_leaders`) are tied to their party without a party word.
- A bare role noun right after a name, no determiner and no punctuation between ("Présidentielle :
  X candidat, Y à ses côtés ?", "Macron nomme X Premier ministre") is a predicate of that name, not
  an apposition to the next one.
- A definite role that is the predicate of "être" ("X est le président préféré", "dont il fut le
  conseiller") names that subject.
- A role leading an organisation ("la présidente du FN") names the one leader of it the article
  names (`party_leaders`), when no one is in salience reach.
- A role whose complement is a person ("l'ancien ministre de l'Intérieur de X") is never X; when no
  other person is in salience reach, it is the person the article is about, if one clearly is.
"""
from __future__ import annotations

import re

from collections import Counter
from functools import cache
from typing import TYPE_CHECKING, Iterable

from ..firstnames import is_first_name
from ..lexicons import read_lines

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..entities import Entity

#: How many words a party word may stand from the name it qualifies ("la candidate socialiste à la | X").
TIE_REACH = 4
#: Parts of speech of a noun phrase's words between a party word and a name.
PHRASE_POS = frozenset({"DET", "NOUN", "ADJ", "PROPN", "ADP"})
#: After a bare noun, what reads it as a verb's homograph ("juge la mesure", "juge sévèrement", "juge "..."").
VERB_OBJECT_POS = frozenset({"DET", "ADV", "PRON"})
QUOTE_MARKS = frozenset({'"', "«", "“", "'"})
#: Heads of a role that leads an organisation ("la présidente du RN", "le patron de LR", "le chef de LFI").
LEADER_HEADS = frozenset({"président", "présidente", "patron", "patronne", "chef", "cheffe", "leader", "dirigeant",
                          "dirigeante"})
#: Words of a role held now, never by the person the article gave the same role as a former one.
CURRENT_WORDS = frozenset({"actuel", "actuelle", "nouveau", "nouvel", "nouvelle"})
#: A dominant person: named at least this often before the role, and this many times more than the next one.
DOMINANT_MENTIONS = 3
DOMINANT_RATIO = 2


@cache
def party_words() -> dict[str, str]:
    """Party word (lower case) -> its family (role_parties.txt)."""
    words = {}
    for line in read_lines("role_parties.txt"):
        word, family = line.split()
        words[word] = family
    return words


@cache
def verb_homographs() -> frozenset[str]:
    """Role nouns that are also a verb's present ("juge", "pilote"): role_verb_homographs.txt."""
    return frozenset(read_lines("role_verb_homographs.txt"))


def phrase_party(phrase: "Span") -> str | None:
    """The one party family a role phrase's words name ("le candidat démocrate": democrate), else None."""
    words = party_words()
    families = {words[t.lower_] for t in phrase[1:] if t.lower_ in words}
    return families.pop() if len(families) == 1 else None


def party_ties(doc: "Doc", persons: Iterable["Entity"]) -> dict[int, dict[str, int]]:
    """Person cluster -> the party families the article ties it to, each with where it first does: a
    party word in the noun phrase right before a name ("le démocrate | Joe Biden", "la sénatrice
    républicaine | X"), in parentheses right after it ("X (PS)"), or in an apposition after a comma
    ("X, le candidat démocrate,")."""
    words = party_words()
    ties: dict[int, dict[str, int]] = {}
    for e in persons:
        span = doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is None:
            continue
        for family in families_around(doc, span, words):
            ties.setdefault(e.cluster, {}).setdefault(family, e.start)
    return ties


def families_around(doc: "Doc", span: "Span", words: dict[str, str]) -> set[str]:
    """Party families of the words qualifying a name (`party_ties`)."""
    found = set()
    i = span.start - 1
    while i >= max(0, span.start - TIE_REACH) and doc[i].pos_ in PHRASE_POS:
        if doc[i].lower_ in words:  # the nearest one: not "le républicain face au | démocrate X"
            found.add(words[doc[i].lower_])
            break
        i -= 1
    j = span.end
    if j < len(doc) and doc[j].text in ("(", ","):
        k = j + 1
        while k < min(len(doc), j + 1 + TIE_REACH) and doc[k].pos_ in PHRASE_POS | {"PUNCT"} and doc[k].text not in (",", ")"):
            if doc[k].lower_ in words:
                found.add(words[doc[k].lower_])
                break
            k += 1
    return found


def party_candidates(ties: dict[int, dict[str, int]], family: str, at: int) -> tuple[set[int], set[int]]:
    """(persons tied to the family before `at`, persons tied only to other families anywhere)."""
    tied = {c for c, families in ties.items() if families.get(family, at) < at}
    other = {c for c, families in ties.items() if families and family not in families}
    return tied, other


def copula_predicate(token: "Token") -> bool:
    """A role that is the predicate of "être" ("dont il était le maire PS"): it says what its subject was,
    whatever party the article gives that subject elsewhere (people change parties)."""
    return any(child.dep_ == "cop" for child in token.children)


def dominant(clusters: Iterable[int]) -> int | None:
    """The cluster named clearly most often (`DOMINANT_MENTIONS`, `DOMINANT_RATIO`), else None."""
    counts = Counter(clusters).most_common(2)
    if not counts or counts[0][1] < DOMINANT_MENTIONS:
        return None
    if len(counts) > 1 and counts[0][1] < DOMINANT_RATIO * counts[1][1]:
        return None
    return counts[0][0]


#: "par" right before a name: the agent of a passive ("nommée par X | ambassadrice"), who appointed the role's holder.
AGENT_BEFORE = re.compile(r"\bpar\s+$")


def name_right_before(text: str, phrase: "Span", persons_before: Iterable["Entity"]) -> int | None:
    """The cluster of a person's full name ending right before a bare role phrase, a space between and
    nothing else ("X candidat", "nomme X Premier ministre"): the role is that name's predicate. Not a
    noun the tagger took for a verb's homograph ("X juge 'prématurés' les propos", "X juge sévèrement"),
    nor a name of one word, often a capitalised word the entity stage took for one ("alors Premier |
    secrétaire du PS")."""
    if phrase[0].lower_ in verb_homographs():
        return None
    after = phrase.doc[phrase.end] if phrase.end < len(phrase.doc) else None
    if after is not None and (after.pos_ in VERB_OBJECT_POS or after.text in QUOTE_MARKS):
        return None
    for e in persons_before:
        if e.label == "PER" and e.end < phrase.start_char and text[e.end:phrase.start_char] == " " \
                and len(e.canonical.split()) > 1 \
                and not AGENT_BEFORE.search(text, max(0, e.start - 8), e.start):  # not across a line
            return e.cluster
    return None


def person_in_complement(phrase: "Span", persons_inside: Iterable["Entity"]) -> bool:
    """A person named in the phrase's own complement: a person entity inside it or right after "de", its
    first word a first name, or a first name and a
    capitalised word after "de" that the entity stage missed ("ministre de l'Intérieur de | Jacques Chirac")."""
    if any(e.label == "PER" and is_first_name(e.text.split()[0]) for e in persons_inside):
        return True  # not "le directeur général de | Santé Jérôme Salomon", a name the entity stage ran on
    return any(t.lower_ in ("de", "d'", "d’") and i + 2 < len(phrase) and is_first_name(phrase[i + 1].text)
               and phrase[i + 2].text[:1].isupper() for i, t in enumerate(phrase))


def named_leader(head: str, organisations: Iterable[str], persons: dict[str, int], leaders: dict[str, frozenset[str]],
                 key) -> int | None:
    """The one person the article names whom `party_leaders` lists as leading an organisation of the
    phrase ("la présidente du FN" in an article naming Marine Le Pen), when the role's head leads
    (`LEADER_HEADS`); None when none or several are (`key`: how names are compared)."""
    if head not in LEADER_HEADS:
        return None
    parties = {key(o) for o in organisations}
    found = {cluster for name, cluster in persons.items() if leaders.get(name, frozenset()) & parties}
    return found.pop() if len(found) == 1 else None


def copula_subject(token: "Token") -> "Token | None":
    """The subject of a role that is the predicate of "être", not negated ("dont il fut le conseiller",
    "X est le candidat"): the role says who that subject is. None for "ce" ("c'est le ministre qui..."):
    a cleft names no one by its subject."""
    if not copula_predicate(token) or any(child.lower_ in ("pas", "plus", "jamais", "ne", "n'") for child in token.children):
        return None
    subjects = [child for child in token.children if child.dep_ in ("nsubj", "nsubj:pass")]
    if len(subjects) != 1 or subjects[0].lower_ in ("c'", "ce", "ça", "cela", "qui", "c’"):
        return None
    return subjects[0]


def leader_ties(ties: dict[int, dict[str, int]], persons: Iterable["Entity"], leaders: dict[str, frozenset[str]],
                key) -> dict[int, dict[str, int]]:
    """`ties` with the party family of every known party leader the article names (`party_leaders`:
    Donald Trump is républicain, Marine Le Pen of the RN), tied from their first mention: an article
    seldom writes "le républicain Donald Trump"."""
    words = {key(word): family for word, family in party_words().items()}  # leaders' parties are folded
    for e in persons:
        for party in leaders.get(key(e.canonical), ()):
            for word in party.split():
                if word in words:
                    ties.setdefault(e.cluster, {}).setdefault(words[word], e.start)
    return ties
