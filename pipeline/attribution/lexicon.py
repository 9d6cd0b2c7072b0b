"""The word lists of quote attribution, read once from `pipeline/resources/` when the stage is built.

Verbs are looked up by spaCy's lemma and by the infinitive guessed from their form (`pipeline.verb_forms`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lexicons import read_json, read_lines
from ..verb_forms import listed_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token

@dataclass(frozen=True)
class VerbFrames:
    """Which reporting verbs take an infinitive clause or a quoted complement, and how
    (`quote_verb_frames.json` says what each set holds)."""

    bare: frozenset[str]
    de: frozenset[str]
    a: frozenset[str]
    object: frozenset[str]
    self: frozenset[str]
    qualify: frozenset[str]
    complement: frozenset[str]
    accusation: frozenset[str]
    que_object: frozenset[str]
    pour: frozenset[str]
    judge: frozenset[str]
    phrasal: dict[str, tuple[str, ...]]

    @classmethod
    def load(cls) -> "VerbFrames":
        data = read_json("quote_verb_frames.json")
        sets = {key: frozenset(data[key]) for key in ("bare", "de", "a", "object", "self", "qualify", "complement",
                                                           "accusation", "que_object", "pour", "judge")}
        return cls(**sets, phrasal={verb: tuple(words) for verb, words in data["phrasal"].items()})


@dataclass(frozen=True)
class QuoteLexicon:
    """Reporting verbs (lemmas), speaker nouns by type, titles and media names. First names are the
    coreference layer's (`coref_lexicon().first_names`, read with `pipeline.firstnames`): who a name
    is, is asked of that layer."""

    verbs: frozenset[str]
    nouns: dict[str, frozenset[str]]
    media_names: frozenset[str]
    frames: VerbFrames

    @classmethod
    def load(cls) -> "QuoteLexicon":
        speakers = read_json("quote_speakers.json")
        nouns = {key: frozenset(v) for key, v in speakers.items() if isinstance(v, list) and key != "media_names"}
        return cls(
            verbs=frozenset(read_lines("reporting_verbs.txt")),
            nouns=nouns,
            media_names=frozenset(speakers["media_names"]),
            frames=VerbFrames.load(),
        )

    def verb_lemma(self, token: "Token", loose: bool = False) -> str | None:
        """The listed infinitive of a reporting-verb token, or None.

        `loose` also accepts tokens the tagger calls NOUN/ADJ ("estime"), for positions where only a
        verb can stand (right after a closing quote and a comma, before an inverted subject).
        """
        allowed = ("VERB", "NOUN", "ADJ", "PROPN") if loose else ("VERB",)
        if token.pos_ not in allowed:
            return None
        lemma = token.lemma_.lower()
        if lemma in self.verbs:
            return lemma
        return listed_infinitive(token.text, self.verbs) or self.phrasal_lemma(token)

    def phrasal_lemma(self, token: "Token") -> str | None:
        """"mettre en garde", "faire savoir": a verb that reports only with the words after it."""
        verb = listed_infinitive(token.text, frozenset(self.frames.phrasal)) or token.lemma_.lower()
        words = self.frames.phrasal.get(verb)
        if not words:
            return None
        doc = token.doc
        after = [t.lower_ for t in doc[token.i + 1:token.i + 1 + len(words)]]
        return f"{verb} {' '.join(words)}" if after == list(words) else None

    def noun_class(self, lemma: str, key: str) -> bool:
        return lemma.lower() in self.nouns.get(key, frozenset())
