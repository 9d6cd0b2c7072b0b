"""Entity P/R/F1 per label on a sentence-level NER suite (e.g. Sequoia), for the bare model and the stage.

Both are measured in one run on the same texts: the bare model's `doc.ents` from a plain
`spacy nlp.pipe`, and this project's pipeline (segmentation + entities). Exact span and label match;
labels PER, LOC, ORG, MISC. `label_key="label_contextual"` scores against Sequoia's in-context labels
(the Élysée as an actor is ORG there, as in this project's convention).
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from ..core import Pipeline
from .suite_files import CaseError, require

LABELS = ("PER", "LOC", "ORG", "MISC")


def read_suite(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def check_case(case: dict) -> None:
    """CaseError unless the case is a sentence with entities inside it, as `evaluate_ner` reads them."""
    require(case, "id", (str, int))
    text = require(case, "text", str)
    require(case, "source", str, optional=True)
    for entity in require(case, "entities", list):
        if not isinstance(entity, dict):
            raise CaseError("an entity is not an object")
        start, end = require(entity, "start", int), require(entity, "end", int)
        require(entity, "label", str)
        require(entity, "label_contextual", str, optional=True)
        if not 0 <= start < end <= len(text):
            raise CaseError(f"entity offsets {start}-{end} are not inside the text")


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": n_pred, "gold": n_gold}


def score(pred: Iterable[set], gold: Iterable[set]) -> dict[str, dict[str, float]]:
    """Micro P/R/F1 per label and over PER/LOC/ORG ("all3") from per-sentence sets of (start, end, label)."""
    tp, n_pred, n_gold = Counter(), Counter(), Counter()
    for p, g in zip(pred, gold):
        for _, _, label in p:
            n_pred[label] += 1
        for _, _, label in g:
            n_gold[label] += 1
        for _, _, label in p & g:
            tp[label] += 1
    out = {label: prf(tp[label], n_pred[label], n_gold[label]) for label in LABELS}
    main = ("PER", "LOC", "ORG")
    out["all3"] = prf(sum(tp[x] for x in main), sum(n_pred[x] for x in main), sum(n_gold[x] for x in main))
    return out


def evaluate_ner_suite(
    nlp: Pipeline, path: str | Path, limit: int | None = None, label_keys: tuple[str, ...] = ("label", "label_contextual")
) -> dict[str, dict]:
    """Score the bare model and the entities stage; returns {label_key: {"bare": ..., "stage": ...}}."""
    cases = read_suite(path)[:limit]
    texts = [case["text"] for case in cases]
    bare = [{(e.start_char, e.end_char, e.label_) for e in d.ents} for d in nlp.nlp.pipe(texts)]
    items = ((case["text"], {"doc_id": case["id"]}) for case in cases)
    stage = [{(e.start, e.end, e.label) for e in doc.entities} for doc in nlp.pipe(items)]
    out: dict[str, dict] = {"n_sentences": len(cases)}
    for key in label_keys:
        gold = [{(e["start"], e["end"], e.get(key, e["label"])) for e in case["entities"]} for case in cases]
        out[key] = {"bare": score(bare, gold), "stage": score(stage, gold)}
    return out
