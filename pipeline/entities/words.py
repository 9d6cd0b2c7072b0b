"""Is this capitalised word a common word of French, and does it open a line or sentence?

A capitalised common word alone at the start of a heading or sentence, or in capitals, is no entity
("Famille", "Logement :", "Chiffré", "VIDÉO"): the model's lemma is a noun, adjective or verb that the
French lemmatizer's own word lists know, and the same word is not a name elsewhere in the text.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token


COMMON_POS = frozenset({"NOUN", "ADJ", "VERB"})


def is_common_word(token: "Token", lemma_index: dict[str, object]) -> bool:
    """A word the French lemmatizer knows as a noun, adjective or verb, tagged as one here (or a
    heading's first word, or a word in capitals: there the tagger's PROPN means little)."""
    lemma, lower = token.lemma_.lower(), token.lower_
    if token.pos_ not in COMMON_POS:
        if not (token.is_upper or opens_a_line(token)):
            return False
        lemma = lower
    return any(lemma in words or lower in words for words in lemma_index.values())


def lemma_words(nlp: "Language") -> dict[str, object]:
    """The lemmatizer's known nouns, adjectives and verbs ({} for a model without them)."""
    if "lemmatizer" not in nlp.pipe_names:
        return {}
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return {}
    table = lookups.get_table("lemma_index")
    return {pos: table[pos] for pos in ("noun", "adj", "verb") if pos in table}


def starts_a_line_or_sentence(token: "Token") -> bool:
    """First word of its sentence, or after a heading's colon or dash ("VIDÉO - Comptes")."""
    if token.is_sent_start or token.i == 0:
        return True
    previous = token.doc[token.i - 1]
    return previous.text in (":", "-", "–", "—", '"', "«", "“") or "\n" in previous.text


def opens_a_line(token: "Token") -> bool:
    return token.i == 0 or "\n" in token.doc[token.i - 1].text



#: Endings of a French past participle ("amaigri", "sollicitée", "écrite", "élus", "prises").
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "it", "ite", "its", "ites", "u", "ue", "us",
                      "ues", "t", "te", "ts", "tes", "s", "se", "ses")
#: Endings of a French infinitive: a lemma of a verb (the lemmatizer's verb index lacks irregular ones: "écrire").
INFINITIVE_ENDINGS = ("er", "ir", "re")


def word_forms(nlp: "Language"):
    """The lemmatizer's table of inflected forms -> lemmas ({} for a model without it)."""
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None) if "lemmatizer" in nlp.pipe_names else None
    if lookups is None or not lookups.has_table("lemma_lookup"):
        return {}
    return lookups.get_table("lemma_lookup")


def opens_with_participle(token: "Token", forms, adjectives: frozenset[str]) -> bool:
    """A capitalised past participle opening its sentence before a comma ("Amaigri, il a ...",
    "Sollicitée, Mme X ...", "Ecrite en 1985, elle ..."): the tagger may call it a proper noun, the
    lemmatizer's forms know it as a verb's participle or an adjective (its capital may have lost its
    accent)."""
    if not starts_a_line_or_sentence(token) or not token.is_title or token.i + 1 >= len(token.doc):
        return False
    nxt = token.doc[token.i + 1]
    if nxt.text != "," and nxt.lower_ not in ("en", "par", "à", "au", "aux", "dans", "sur"):
        return False
    lower = token.lower_
    for form in (lower, "é" + lower[1:]) if lower.startswith("e") else (lower,):
        lemmas = forms.get(form) or () if form.endswith(PARTICIPLE_ENDINGS) else ()
        if any(lemma != form and lemma.endswith(INFINITIVE_ENDINGS) for lemma in lemmas) \
                or (form in adjectives and form in lemmas):
            return True
    return False
