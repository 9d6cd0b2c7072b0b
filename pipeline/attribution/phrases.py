"""Token-level pieces of a reporting clause: the cue's extent, the speaker phrase, the medium.

Why positions as well as dependencies: on news the parser often labels an inverted subject as an
object, attaches a name to the wrong verb, or tags a surname as ADV ("Macron/ADV"). The rules below
use the parse where it is reliable (preverbal subjects, auxiliaries) and word order elsewhere.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..spacy_text import token_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CLITIC_SUBJECTS = frozenset({"-il", "-elle", "-ils", "-elles", "-on", "-je", "-nous", "-vous", "-t-il", "-t-elle", "-t-on",
                             "t-il", "t-elle", "t-on"})  # the last three: news typos, "ajoute t-il"
EUPHONIC_T = frozenset({"-t", "-t-", "t"})  # "t": news typo "ajoute t-il"
NP_STOP_WORDS = frozenset({"qui", "que", "qu'", "qu’", "dont", "lequel", "laquelle", "où", "lors", "après", "avant",
                           "depuis", "pendant", "selon", "car", "mais", "et", "ou", "si", "lorsque", "quand"})
NP_PREPOSITIONS = frozenset({"de", "d'", "d’", "du", "des"})
MEDIUM_PREPOSITIONS = frozenset({"à", "au", "aux", "sur", "dans"})
SKIPPABLE_TIME = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "soir", "matin",
                            "midi", "après-midi", "hier", "aujourd'hui", "aujourd’hui", "encore", "ainsi", "alors",
                            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                            "octobre", "novembre", "décembre", "1er", "début", "fin", "mi"})
#: Prepositions of a phrase that may stand between a verb and its inverted subject
#: ("a demandé à trois reprises la doyenne", "a assuré sur Franceinfo Nicolas Hulot").
SKIPPABLE_PREPOSITIONS = frozenset({"à", "au", "aux", "sur", "dans", "en", "lors", "devant", "depuis", "pendant", "après", "avant", "dès"})
MAX_SKIPPED_PHRASES = 3
#: Adverbial phrases that may stand inside a cue ("a-t-il par ailleurs rappelé", "a tout d'abord
#: affirmé"), as lower-cased tokens.
CUE_ADVERBIALS = (("par", "ailleurs"), ("tout", "d'", "abord"), ("tout", "d’", "abord"), ("d'", "abord"),
                  ("d’", "abord"), ("en", "outre"), ("de", "son", "côté"), ("de", "leur", "côté"), ("pour", "sa", "part"),
                  ("pour", "leur", "part"), ("à", "son", "tour"), ("une", "nouvelle", "fois"), ("encore", "une", "fois"),
                  ("en", "substance"), ("quant", "à", "lui"), ("quant", "à", "elle"))
#: The same phrases by first and by last word: a lookup costs one dict access on most tokens.
ADVERBIALS_BY_FIRST = {w: tuple(p for p in CUE_ADVERBIALS if p[0] == w) for w in {p[0] for p in CUE_ADVERBIALS}}
ADVERBIALS_BY_LAST = {w: tuple(p for p in CUE_ADVERBIALS if p[-1] == w) for w in {p[-1] for p in CUE_ADVERBIALS}}
TITLES = frozenset({"m.", "mme", "mme.", "me", "mgr", "mlle", "dr", "pr"})
DEMONSTRATIVE_HEADS = frozenset({"dernier", "dernière", "derniers", "dernières"})
#: Small words inside a surname ("Le Pen" is caught by its capital; "de Villepin", "d'Estaing").
NAME_PARTICLES = frozenset({"de", "d'", "d’", "du", "le", "la"})
SUBJECT_DEPS = ("nsubj", "nsubj:pass", "expl:subj")


@dataclass(frozen=True)
class TokenSpan:
    """Tokens [start, end) of the parse, with the phrase's head token."""

    start: int
    end: int
    head: int

    def chars(self, doc: "Doc") -> tuple[int, int]:
        return doc[self.start].idx, doc[self.end - 1].idx + len(doc[self.end - 1].text)


def token_index_at(doc: "Doc", char: int) -> int:
    """Index of the token that contains (or follows) character offset `char`."""
    return max(0, bisect.bisect_right(token_starts(doc), char) - 1)


def token_mask(doc: "Doc", ranges: list[tuple[int, int]]) -> bytearray:
    """1 for each token that starts inside one of the half-open character `ranges` (they may nest).

    Lets a rule that walks every token skip quoted text in O(1) per token, not O(len(ranges)).
    """
    starts = token_starts(doc)
    mask = bytearray(len(starts))
    for start, end in ranges:
        first, stop = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        mask[first:stop] = b"\x01" * (stop - first)
    return mask


def is_clitic_subject(token: "Token") -> bool:
    return token.text.lower() in CLITIC_SUBJECTS


def cue_extent(verb: "Token") -> tuple[int, int]:
    """Token range of the cue: the verb with the auxiliaries, adverbs, clitics and 'se' just before it.

    "a-t-elle déclaré", "a également rapporté", "s'est félicité" are cues as a whole.
    """
    doc, start = verb.doc, verb.i
    while start > verb.sent.start:
        skip = adverbial_ending_at(doc, start)
        if skip and start - skip > verb.sent.start and doc[start - skip - 1].pos_ in ("AUX", "PRON", "VERB", "ADV"):
            start -= skip  # "a-t-il par ailleurs rappelé", "a tout d'abord affirmé"
            continue
        prev = doc[start - 1]
        text = prev.text.lower()
        joined = prev.dep_.startswith(("aux", "expl")) or prev.pos_ == "AUX" or text in ("s'", "s’", "se")
        if joined or is_clitic_subject(prev) or text in EUPHONIC_T or (prev.pos_ == "ADV" and text not in ("ne", "n'", "pas")):
            start -= 1
            continue
        break
    while start < verb.i and doc[start].pos_ == "ADV":  # an adverb is part of the cue only after an auxiliary
        start += 1
    return start, verb.i + 1


def adverbial_at(doc: "Doc", k: int) -> int:
    """Number of tokens of an adverbial phrase of CUE_ADVERBIALS starting at token k (0 if none)."""
    for phrase in ADVERBIALS_BY_FIRST.get(doc[k].lower_, ()):
        if k + len(phrase) <= len(doc) and all(doc[k + j].lower_ == w for j, w in enumerate(phrase)):
            return len(phrase)
    return 0


def adverbial_ending_at(doc: "Doc", end: int) -> int:
    """Number of tokens of an adverbial phrase of CUE_ADVERBIALS ending just before token `end`."""
    if end <= 0:
        return 0
    for phrase in ADVERBIALS_BY_LAST.get(doc[end - 1].lower_, ()):
        start = end - len(phrase)
        if start >= 0 and all(doc[start + j].lower_ == w for j, w in enumerate(phrase)):
            return len(phrase)
    return 0


def clitic_after(verb: "Token") -> "Token | None":
    """The inverted clitic subject right after the verb ("dit-il", "estime-t-il")."""
    doc = verb.doc
    i = verb.i + 1
    while i < len(doc) and doc[i].text.lower() in EUPHONIC_T:
        i += 1
    if i < len(doc) and is_clitic_subject(doc[i]):
        return doc[i]
    return None


def clitic_inside(start: int, end: int, doc: "Doc") -> "Token | None":
    for token in doc[start:end]:
        if is_clitic_subject(token):
            return token
    return None


def inverted_subject(verb: "Token", limit: int, media: frozenset[str] = frozenset()) -> TokenSpan | None:
    """The noun phrase right after a verb (before token `limit`), read as its inverted subject.

    Skips adverbs, time words and adverbial phrases ("a déclaré jeudi Emmanuel Macron", "tranche de
    son côté un conseiller"); a phrase introduced by a
    preposition ("à la chaîne Euronews") is never the subject. The addressee ends at its medium's
    name (`media`, lower case, or an acronym) when a name follows it: "a déclaré à l'AFP | Iuri
    Fidalgo" (the tagger often reads the two names as one). A comma may close the addressee before the
    subject ("a assuré à l'AFP, un responsable de l'ONU").
    """
    doc = verb.doc
    i, skipped = verb.i + 1, 0
    while i < limit:
        token = doc[i]
        skip = adverbial_at(doc, i)
        if skip:  # "répond de son côté un conseiller du gouvernement"
            i += skip
        elif token.pos_ == "ADV" or token.lower_ in SKIPPABLE_TIME or (token.like_num and i + 1 < limit
                                                                     and doc[i + 1].lower_ in SKIPPABLE_TIME):
            i += 1
        elif dated_determiner(doc, i, limit):  # "a assuré le 19 octobre devant les députés X", "a dit ce lundi X"
            i += 1
        elif token.lower_ in SKIPPABLE_PREPOSITIONS and skipped < MAX_SKIPPED_PHRASES:
            phrase = noun_phrase_from(doc, i + 1, limit, split_names=True)
            i, skipped = (medium_end(doc, phrase, media) if phrase else i + 1), skipped + 1
            if phrase is not None and i < limit - 1 and doc[i].text == "," and subject_after_comma(doc, i + 1):
                i += 1  # "a assuré à Reuters, un diplomate …"
        else:
            break
    if i >= limit or doc[i].pos_ in ("ADP", "PUNCT", "VERB", "AUX", "SCONJ", "CCONJ"):
        return None
    return noun_phrase_from(doc, i, limit)


def medium_end(doc: "Doc", phrase: TokenSpan, media: frozenset[str]) -> int:
    """Where an addressee phrase ends: after the medium's name when a capitalised name follows it
    inside the phrase ("l'AFP | Lucy Martin", "au Monde | Jean Dupont"), else at the phrase's end.
    The medium is a listed media name (`media`, lower case) or an acronym of two letters or more."""
    first = next((k for k in range(phrase.start, phrase.end) if doc[k].text[:1].isupper()), None)
    if first is None:
        return phrase.end
    found = None
    for end in range(first + 1, phrase.end):
        if not (doc[end].text[:1].isupper() and doc[end].pos_ in ("PROPN", "NOUN", "ADJ")):
            continue
        name = doc[first:end].text.lower().replace("’", "'")
        acronym = end == first + 1 and len(doc[first].text) >= 2 and doc[first].text.isupper()
        if acronym or any(v in media for v in (name, "le " + name, "la " + name, "l'" + name, "les " + name)):
            found = end  # the longest listed name wins ("France" is no medium, "France Inter" is)
    return found if found is not None else phrase.end


def subject_after_comma(doc: "Doc", i: int) -> bool:
    """A determiner or a capitalised name opens the phrase after the addressee's comma: an inverted
    subject ("…, un responsable", "…, Marc Durand"), not a participle, a date or a clause."""
    token = doc[i]
    if token.pos_ == "DET":
        return not dated_determiner(doc, i, len(doc)) and i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN", "ADJ")
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.lower_ not in SKIPPABLE_TIME


def dated_determiner(doc: "Doc", i: int, limit: int) -> bool:
    """A determiner that opens a date, not a noun phrase: "le | 19 octobre", "ce | lundi", "le | lundi 3"."""
    if doc[i].lower_ not in ("le", "ce", "l'", "l’") or i + 1 >= limit:
        return False
    following = doc[i + 1]
    return following.lower_ in SKIPPABLE_TIME or (following.like_num and i + 2 < limit
                                                  and doc[i + 2].lower_ in SKIPPABLE_TIME)


def noun_phrase_from(doc: "Doc", first: int, limit: int, split_names: bool = False) -> TokenSpan | None:
    """The noun phrase starting at token `first`: up to punctuation, a verb or a new preposition.

    `split_names` ends the phrase where a second name follows a first one ("sur Franceinfo | Nicolas
    Hulot"), for phrases after a preposition, which never run into the subject.
    """
    end, head = first, None
    while end < limit:
        token = doc[end]
        text = token.lower_
        if token.is_space or (split_names and head is not None and token.ent_iob_ == "B" and doc[end - 1].ent_type_):
            break
        if token.is_punct and text not in ("-", "'", "’") or token.pos_ in ("VERB", "AUX", "SCONJ") or text in NP_STOP_WORDS:
            break
        if head is not None and text in SKIPPABLE_TIME:
            break  # "le président de la République | jeudi 23 janvier"
        if token.pos_ == "ADP" and text not in NP_PREPOSITIONS:
            break
        if text in TITLES and head is not None and end > first:
            break  # "à l'AFP | M. Ravier"
        if token.pos_ == "DET" and head is not None and doc[end - 1].lower_ not in NP_PREPOSITIONS \
                and token.ent_iob_ != "I" and not (token.text[:1].isupper() and doc[end - 1].lower_ in TITLES):
            break  # a new noun phrase starts: "à trois reprises | la doyenne"; but "M. | Le Maire"
        if head is None and (token.pos_ in ("NOUN", "PROPN", "PRON") or is_demonstrative_head(doc, end, first)):
            head = end
        end += 1
    while end > first and doc[end - 1].pos_ in ("ADP", "DET", "CCONJ"):
        end -= 1
    if head is None or head >= end:
        return None
    if end == first + 1 and doc[first].lower_ in TITLES:
        return name_after_break(doc, first) or TokenSpan(first, end, head)
    return TokenSpan(first, end, head)


def is_demonstrative_head(doc: "Doc", i: int, first: int) -> bool:
    """"ce dernier", "cette dernière": the adjective heads the phrase (the tagger says ADJ)."""
    return i > first and doc[i].lower_ in DEMONSTRATIVE_HEADS and doc[i - 1].lower_ in ("ce", "cette", "ces")


def name_after_break(doc: "Doc", title: int) -> TokenSpan | None:
    """A bare title whose name the layout pushed past a line break ("a expliqué M.\\n\\nJacob"): the
    title and the capitalised words after the break, read across the sentence boundary the break
    made; None when no name follows."""
    i = title + 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i == title + 1 or "\n" not in doc[title + 1:i].text:
        return None
    end = i
    while end < len(doc) and doc[end].text[:1].isupper() and not doc[end].is_punct and doc[end].pos_ != "DET" or \
            end > i and end + 1 < len(doc) and doc[end].lower_ in NAME_PARTICLES and doc[end + 1].text[:1].isupper():
        end += 1
    return TokenSpan(title, end, i) if end > i else None


def subject_phrase(subject: "Token") -> TokenSpan:
    """The preverbal subject phrase around its head: its subtree cut at commas and relative clauses."""
    doc = subject.doc
    keep = {t.i for t in subject.subtree}
    for child in subject.children:
        if child.dep_ in ("acl:relcl", "acl", "parataxis", "advcl", "ccomp", "dep"):
            keep -= {t.i for t in child.subtree}
    start = subject.i
    while start - 1 in keep and not doc[start - 1].is_punct:
        start -= 1
    while start < subject.i and doc[start].dep_ == "case" and doc[start].head.i == subject.i:
        start += 1  # the antecedent of "qui" in a phrase: "contre | la banque, qui a demandé"
    end = subject.i + 1
    while end in keep and not (doc[end].is_punct and doc[end].text not in ("-", "'", "’")) and not doc[end].is_space:
        end += 1
    while end - 1 > subject.i and doc[end - 1].pos_ in ("ADP", "DET", "CCONJ"):
        end -= 1
    skip = adverbial_ending_at(doc, end)
    if skip and end - skip > subject.i:
        end -= skip  # "Angela Merkel | de son côté appelle"
    return TokenSpan(start, end, subject.i)


def preverbal_subject(verb: "Token") -> "Token | None":
    """The verb's subject from the parse, following relative pronouns to their antecedent and
    participles or coordinated verbs to the subject of the verb they hang on."""
    seen = 0
    while verb is not None and seen < 4:
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and child.i < verb.i and child.lower_ not in EUPHONIC_T:
                if child.lower_ == "qui":  # a relative: its antecedent speaks
                    return verb.head if verb.head.pos_ in ("NOUN", "PROPN", "PRON") and verb.head.i < child.i else None
                return child
        if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head is not verb and verb.head.i < verb.i:
            verb, seen = verb.head, seen + 1
            continue
        return None
    return None


def starts_according(doc: "Doc", i: int) -> int:
    """Number of tokens of "selon" / "d'après" starting at token i (0 when there is none)."""
    word = doc[i].lower_  # read once: each `doc[i]` builds a Token
    if word == "selon":
        return 1
    if word in ("d'", "d’") and i + 1 < len(doc) and doc[i + 1].lower_ == "après":
        return 2
    if word in ("d'après", "d’après"):
        return 1
    return 0
