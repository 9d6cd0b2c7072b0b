"""How sure a claim is: the conditional ("aurait dépensé"), a hedge verb ("estime", "semble") or a
hedge adverb ("probablement"), from `resources/facts_hedges.txt`."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicons import read_lines
from .frames import infinitive
from ..spacy_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Token


class Hedging:
    """Built once per stage; `hedged(pred, cue)` per fact."""

    def __init__(self) -> None:
        entries = read_lines("facts_hedges.txt")
        self.verbs = frozenset(h[5:] for h in entries if h.startswith("verb:"))
        adverbs = [h[4:] for h in entries if h.startswith("adv:")]
        self.adverbs = re.compile(r"\b(?:" + "|".join(map(re.escape, adverbs)) + r")\b")
        self.conditional_endings = tuple(h[7:] for h in entries if h.startswith("ending:"))
        self.not_conditional = tuple(h[4:] for h in entries if h.startswith("not:"))

    def is_conditional(self, verb: "Token") -> bool:
        """Mood=Cnd, or a conditional form the tagger calls indicative ("percevraient")."""
        if "Cnd" in verb.morph.get("Mood"):
            return True
        form = verb.lower_
        return verb.pos_ in ("VERB", "AUX") and form.endswith(self.conditional_endings) and not form.endswith(self.not_conditional)

    def hedged(self, pred: "Token", cue: str | None) -> bool:
        if cue in self.verbs or infinitive(pred) in self.verbs:
            return True
        if any(self.is_conditional(v) for v in [pred] + [c for c in pred.children if c.dep_.startswith("aux")]):
            return True
        clause = doc_text(pred.doc)[pred.left_edge.idx:pred.right_edge.idx + len(pred.right_edge.text)].lower()
        return self.adverbs.search(clause) is not None
