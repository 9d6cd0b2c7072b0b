"""Names the model cuts wrong, rebuilt from the words around them.

Why a module of its own: the model reads a name from its own capitals, so it keeps only the capital
word of a name whose other words are lower case, or tags a part of it. Three typographic shapes give
the whole name back:

- an expansion before its acronym in brackets: "l'Aide aux familles isolées (AFI)" is one
  organisation (the model tagged "Aide" a place), and so is its acronym; the initials must spell the
  acronym (`spells`, with or without the small words);
- a street, square or promenade: "cours Julien", "promenade des Anglais", "rue de Rivoli" are places,
  the lower-case street noun included (the dev gold and Sequoia both annotate "rue du Château");
  nouns that are also prepositions or common phrases ("à la place de", "au cours de") only count
  without a particle ("place Vendôme", "cours Mirabeau"; `entity_street_nouns.txt`);
- a name in quote marks: "Paris en commun", "Maintenant le peuple" (a list, a coalition) are names
  as a whole; a place or organisation the model found at their start is no entity of its own, and
  the whole is an organisation when an organisation noun announces it ("la liste", "la coalition";
  `entity_org_nouns.txt`).

- a web site's name: "Change.org", "ara.cat", "BFMTV.com" alone (not inside an address) is an
  organisation (the dev README conventions), which the model leaves out or reads as a place.

Each rule returns (start, end, label) token spans; `corrections` puts them in place of the model's
mentions inside them.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from ..marks import marked_spans_of
from ..coreference.names import is_acronym, spells
from ..lexicons import read_lines
from ..spacy_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Words an expansion may have at most before its bracketed acronym.
EXPANSION_REACH = 10
#: Articles and prepositions inside a street's or a quoted list's name ("promenade des Anglais").
PARTICLES = frozenset({"de", "du", "des", "d'", "d’", "la", "l'", "l’", "le", "les"})
#: Words a quoted name may have (longer quoted text is a statement, not a name).
QUOTED_NAME_MAX = 6
#: How far before the opening quote mark an organisation noun announces the name ("la liste X").
ANNOUNCER_REACH = 6
CLOSING_AFTER_ACRONYM = frozenset({")", ","})
BRACKET = re.compile(r"\((?=[A-Z])")
#: A site's domain standing alone: not after "/", "@", "." or a letter, not followed by a path.
SITE = re.compile(r"(?<![\w/@.:-])[A-Za-z][\w-]*\.(?:org|com|net|info|fr|cat|eu|io|es|it|de|be|ch|uk)(?![\w/.@-])")


def is_capitalised(token: "Token") -> bool:
    return token.text[:1].isupper()


def token_indices(spacy_doc: "Doc", pattern: re.Pattern) -> Iterator[int]:
    """Indices of the tokens that `pattern` matches whole in the text: a scan of the text is much
    cheaper than building every token of the document."""
    for match in pattern.finditer(doc_text(spacy_doc)):
        span = spacy_doc.char_span(match.start(), match.end())
        if span is not None and len(span) == 1:
            yield span.start


def acronym_expansions(spacy_doc: "Doc", not_names: frozenset[str]) -> Iterator[tuple[int, int, str]]:
    """"Aide aux familles isolées (AFI)" -> the expansion and the acronym, both ORG.

    The expansion is the shortest run of words on the same line before the bracket that opens with
    a capital and whose initials spell the acronym (a number after both is part of both: "Comité
    action publique 2022 (CAP 2022)"). Acronyms of `not_names` (benefits, taxes,
    policies: "Produit intérieur brut (PIB)") name no organisation, and an expansion opened by a
    capitalised article before a lower-case word ("Le parquet national financier") is left alone."""
    n = len(spacy_doc)
    for i in token_indices(spacy_doc, BRACKET):
        if i + 2 >= n or not is_acronym(spacy_doc[i + 1].text):
            continue
        acronym = spacy_doc[i + 1].text
        numbered = i + 3 < n and spacy_doc[i + 2].like_num and spacy_doc[i - 1].text == spacy_doc[i + 2].text
        close = i + 3 if numbered else i + 2  # "Comité action publique 2022 (CAP 2022)"
        if close >= n or spacy_doc[close].text not in CLOSING_AFTER_ACRONYM or acronym.lower() in not_names:
            continue
        end = i - 1 if numbered else i
        for start in range(end - 1, max(-1, end - 1 - EXPANSION_REACH), -1):
            first = spacy_doc[start]
            if "\n" in first.text or (first.is_punct and first.text not in ("-", "'", "’")):
                break
            if is_capitalised(first) and spells(acronym, spacy_doc[start:end].text):
                if not (first.lower_ in PARTICLES and spacy_doc[start + 1].text[:1].islower()):
                    yield start, i, "ORG"
                    yield i + 1, close, "ORG"
                break


def site_names(spacy_doc: "Doc") -> Iterator[tuple[int, int, str]]:
    """"sur le site Change.org", "selon le journal ara.cat": a web site's domain alone is an ORG."""
    for i in token_indices(spacy_doc, SITE):
        yield i, i + 1, "ORG"


class StreetNouns:
    """Street nouns (`entity_street_nouns.txt`); "bare:" ones only count before a capital."""

    def __init__(self) -> None:
        lines = read_lines("entity_street_nouns.txt")
        self.bare_only = frozenset(line.removeprefix("bare:") for line in lines if line.startswith("bare:"))
        self.nouns = frozenset(line.removeprefix("bare:") for line in lines)
        self.pattern = re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, self.nouns))) + r")(?= )")

    def spans(self, spacy_doc: "Doc") -> Iterator[tuple[int, int, str]]:
        """"cours Julien", "promenade des Anglais", "avenue Jean-Jaurès": LOC, street noun included."""
        n = len(spacy_doc)
        for i in token_indices(spacy_doc, self.pattern):
            token = spacy_doc[i]
            name = token.i + 1
            while name < n and spacy_doc[name].lower_ in PARTICLES and spacy_doc[name].text[:1].islower():
                name += 1
            if name >= n or not is_capitalised(spacy_doc[name]) or name - token.i > 3:
                continue
            if name > token.i + 1 and token.text in self.bare_only:
                continue  # "à la place de Paris", "au cours de la Ve République"
            yield token.i, name_end(spacy_doc, name), "LOC"


def name_end(spacy_doc: "Doc", i: int) -> int:
    """End of a run of capitalised words from token i, through hyphens and particles between
    capitals ("Champs - Élysées", "Charles de Gaulle"), on one line."""
    n = len(spacy_doc)
    end = i + 1
    while end < n:
        token = spacy_doc[end]
        if "\n" in spacy_doc[end - 1].whitespace_ or "\n" in token.text:
            break
        if is_capitalised(token) and not token.is_punct:
            end += 1
        elif (token.text == "-" or token.lower_ in PARTICLES) and end + 1 < n and is_capitalised(spacy_doc[end + 1]):
            end += 2
        else:
            break
    return end


class QuotedNames:
    """Short capitalised phrases in quote marks: a list's, a coalition's or a plan's name."""

    def __init__(self) -> None:
        self.announcers = frozenset(read_lines("entity_org_nouns.txt"))

    def spans(self, spacy_doc: "Doc") -> Iterator[tuple[int, int, str | None]]:
        """(start, end, "ORG") when an organisation noun announces the name, else (start, end, None):
        then only a mention the model found at its start goes ("Paris" of "« Paris en commun »"; a
        name further inside may be one: "« À cheval sur Taïwan et Pékin »")."""
        for marked in marked_spans_of(spacy_doc):
            if marked.close is None:
                continue
            span = spacy_doc.char_span(marked.start, marked.end, alignment_mode="expand")
            if span is None or not self.is_name(span):
                continue
            yield span.start, span.end, "ORG" if self.announced(spacy_doc, span.start - 1) else None

    @staticmethod
    def is_name(span) -> bool:
        if any(t.is_punct and t.text not in ("-", "'", "’") for t in span):
            return False  # "Verdun, ville de lumière !" is a slogan, not a name
        return (1 < len(span) <= QUOTED_NAME_MAX and is_capitalised(span[0])
                and any(t.text[:1].islower() for t in span)
                and not any(t.pos_ in ("VERB", "AUX") or "\n" in t.text for t in span))

    def announced(self, spacy_doc: "Doc", mark: int) -> bool:
        """An organisation noun in the few words before the quote mark, with no verb or punctuation
        between ("une liste de la majorité municipale « … »", "la coalition « … »"); not when a
        preposition comes right before the mark: the name is then the noun's complement ("le
        mouvement des « Gilets jaunes »" names its members)."""
        if mark < 1 or spacy_doc[mark - 1].pos_ == "ADP" or spacy_doc[mark - 1].lower_ in PARTICLES:
            return False
        for i in range(mark - 1, max(-1, mark - 1 - ANNOUNCER_REACH), -1):
            token = spacy_doc[i]
            if token.lower_ in self.announcers:
                return True
            if token.is_punct or token.pos_ == "AUX" or (token.pos_ == "VERB" and "Part" not in token.morph.get("VerbForm")):
                return False
        return False
