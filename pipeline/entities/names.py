"""The written form of a name: prefixes left out ("ex-FN"), an organisation's other name in
brackets, a pattern's own name for the canonical, and the forms a name with an article takes."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..coreference.names import is_acronym
from .mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc


NAME_PREFIXES = ("ex-", "Ex-", "anti-", "pro-", "néo-", "post-")


def without_prefix(text: str, start: int, end: int) -> tuple[int, int, str]:
    """"ex-FN" -> "FN": a hyphenated prefix before a capitalised name is not part of it (the
    tokenizer keeps "ex-FN" as one token, hence character offsets)."""
    for prefix in NAME_PREFIXES:
        if text.startswith(prefix) and text[len(prefix):len(prefix) + 1].isupper():
            return start + len(prefix), end, text[len(prefix):]
    return start, end, text



def bracketed_names(spacy_doc: "Doc", mentions: list[Mention]) -> list[Mention]:
    """"Parti pour la liberté (PVV)", "Rassemblement national (RN, ex-FN)": an organisation's other
    name in brackets right after it is the same organisation, whose name before the bracket is the
    canonical: an acronym with the same first letter (whether or not its initials spell the name:
    a foreign party's), or whose letters the name holds in order, its first in the first word
    ("Extinction Rebellion (XR)", "Mouvement 5 étoiles (M5S)"), or a former name after "ex-". The
    acronym's other mentions in the article take that name too ("le M5S" further down)."""
    by_end = {m.end: m for m in mentions if m.label == "ORG"}
    result = []
    for m in mentions:
        owner = bracket_owner(spacy_doc, m, by_end) if m.label == "ORG" and m.name is None else None
        result.append(replace(m, name=owner.name or spacy_doc[owner.start:owner.end].text) if owner else m)
    stands_for = {spacy_doc[m.start:m.end].text: m.name for m, before in zip(result, mentions)
                  if m.name is not None and before.name is None and is_bracket_acronym(spacy_doc[m.start:m.end].text)}
    if not stands_for:
        return result
    return [replace(m, name=stands_for[spacy_doc[m.start:m.end].text])
            if m.label == "ORG" and m.name is None and spacy_doc[m.start:m.end].text in stands_for else m
            for m in result]


def is_bracket_acronym(text: str) -> bool:
    """"RN", "LREM", "M5S", "G5": 2 to 6 letters or digits, at least two capitals or a capital and a digit."""
    return 2 <= len(text) <= 6 and text.isalnum() and text[:1].isupper() and (
        sum(c.isupper() for c in text) >= 2 or any(c.isdigit() for c in text)) and (is_acronym(text) or not text.isalpha())


def holds_letters(acronym: str, name: str) -> bool:
    """Whether `name` holds the acronym's letters in order, the first one in its first word."""
    words = name.lower().split()
    letters = acronym.lower()
    if not words or letters[0] not in words[0]:
        return False
    rest = iter("".join(words)[words[0].index(letters[0]) + 1:])
    return all(c in rest for c in letters[1:])


def bracket_owner(spacy_doc: "Doc", mention: Mention, by_end: dict[int, Mention]) -> Mention | None:
    text = spacy_doc[mention.start:mention.end].text
    if mention.start > 0 and spacy_doc[mention.start - 1].text == "(" and is_bracket_acronym(text.split()[0]):
        owner = by_end.get(mention.start - 1)
        if owner is not None and owner.end - owner.start > 1:
            name = spacy_doc[owner.start:owner.end].text
            words = name.split()
            initials = {words[0][:1].upper(), words[1][:1].upper() if words[0].lower() in ("le", "la", "les") else ""}
            return owner if text[:1] in initials or holds_letters(text, name) else None
    if text.startswith("ex-"):
        for j in range(mention.start - 1, max(-1, mention.start - 4), -1):
            if spacy_doc[j].text == "(":
                return by_end.get(j)
    return None


def written_name(mention: Mention, text: str, texts: list[str]) -> str:
    """The name a mention is clustered under: its pattern's own name when it matched another form,
    if the article writes that name somewhere or the article belongs to a one-word name ("du Monde"
    -> "Le Monde", "au Caire" -> "Le Caire": "Monde" alone names nothing); a longer name stands
    without it ("du Journal du dimanche" alone stays "Journal du dimanche"). Else its text."""
    if mention.name is None:
        return text
    owns_article = len(mention.name.replace("'", "' ").replace("’", "’ ").split()) == 2 and len(text.split()) == 1
    return mention.name if owns_article or mention.name in texts else text



def article_variants(pattern: str) -> list[str]:
    """A name that starts with an article ("Le Parisien", "La République en marche") is also
    written with it in lower case inside a sentence, or contracted ("selon le Parisien", "a dit au
    Parisien", "les élus des Républicains"); a name of several words also in capitals, in a heading
    (one word alone in capitals is often a common word there: "AGIR")."""
    forms = {"Le ": ("le ", "au ", "du "), "Les ": ("les ", "aux ", "des "), "La ": ("la ",), "L'": ("l'",), "L’": ("l’",)}
    variants = [pattern]
    for article, lower in forms.items():
        if pattern.startswith(article):
            variants += [form + pattern[len(article):] for form in lower]
            break
    if len(pattern.split()) > 1 and pattern.upper() != pattern:
        variants.append(pattern.upper())  # a heading in capitals: "DES BOUTEILLES ÉTIQUETÉES « PARLEMENT EUROPÉEN »"
    return variants

