"""Scoring an output folder against gold files in the seed format (`shared/eval/seed/gold.json`).

The rules are exactly those of `shared/eval/score.py` (and of `shared/eval/README.md`), so the
figures compare with published ones: `score_document` returns the same keys and values as
`score.py --json`. Each stage is scored in two steps, counts then figures, so several gold
documents can be pooled (micro-averaged) by adding their counts.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

STAGES = ("sentences", "entities", "quotes", "dates", "facts")
MAIN_LABELS = frozenset({"PER", "LOC", "ORG"})
THRESHOLDS = (0.3, 0.8)


def read_gold(path: str | Path) -> list[dict]:
    """The gold documents of a file: one object with a `doc_id`, or a list of them."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return data if isinstance(data, list) else [data]


def read_predictions(out_dir: str | Path, doc_ids: Iterable[str]) -> dict[str, dict[str, list[dict]]]:
    """doc_id -> stage -> records of that document, in file order, for the wanted doc_ids."""
    wanted = set(doc_ids)
    out: dict[str, dict[str, list[dict]]] = {d: defaultdict(list) for d in wanted}
    for stage in STAGES:
        path = Path(out_dir) / f"{stage}.jsonl"
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    row = json.loads(line)
                    if row.get("doc_id") in wanted:
                        out[row["doc_id"]][stage].append(row)
    return out


# -- the rules of score.py ------------------------------------------------------------------------
def prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 3), round(r, 3), round(f, 3)


def ratio(numerator: int, denominator: int) -> float:
    return round(numerator / denominator, 3) if denominator else 0.0


def overlap(a: dict, b: dict) -> float:
    """Overlap of two spans as a share of the longer one."""
    inter = min(a["end"], b["end"]) - max(a["start"], b["start"])
    longer = max(a["end"] - a["start"], b["end"] - b["start"])
    return inter / longer if inter > 0 and longer else 0.0


def spans_touch(a: dict, b: dict) -> bool:
    return min(a["end"], b["end"]) > max(a["start"], b["start"])


def norm(s: str | None) -> str:
    return (s or "").replace("’", "'").strip().lower()


# -- counts ---------------------------------------------------------------------------------------
def count_sentences(pred: list[dict], gold: list[dict]) -> Counter:
    g = {(s["start"], s["end"]) for s in gold}
    p = {(s.get("start"), s.get("end")) for s in pred}
    return Counter(sent_tp=len(g & p), sent_pred=len(p), sent_gold=len(g))


def count_entities(pred: list[dict], gold: list[dict], not_entities: list[dict]) -> Counter:
    g = {(e["start"], e["end"], e["label"]) for e in gold}
    p = {(e.get("start"), e.get("end"), e.get("label")) for e in pred if e.get("label") in MAIN_LABELS}
    canon = {(e.get("start"), e.get("end")): e.get("canonical") for e in pred}
    canon_ok = sum(norm(canon.get((e["start"], e["end"]))) == norm(e["canonical"]) for e in gold)
    bad = sum(any(spans_touch(n, e) and e.get("label") in MAIN_LABELS and e.get("start") == n["start"]
                  for e in pred) for n in not_entities)
    return Counter(ent_tp=len(g & p), ent_pred=len(p), ent_gold=len(g), ent_gold_mentions=len(gold),
                   ent_canonical_ok=canon_ok, ent_false_spans=bad)


def speaker_ok(pq: dict, gq: dict) -> bool:
    """The predicted speaker span touches the gold one, or the canonical names agree."""
    gold_span = gq.get("speaker")
    if pq.get("speaker_start") is not None and pq.get("speaker_end") is not None and gold_span:
        if spans_touch({"start": pq["speaker_start"], "end": pq["speaker_end"]}, gold_span):
            return True
    return gq.get("speaker_canonical") is not None and norm(pq.get("speaker_canonical")) == norm(gq["speaker_canonical"])


def count_quotes(pred: list[dict], gold: list[dict]) -> Counter:
    counts = Counter(q_pred=len(pred), q_gold=len(gold))
    for thr in THRESHOLDS:
        counts[f"q_tp_pred@{thr}"] = sum(any(overlap(p, g) >= thr for g in gold) for p in pred)
        matched = [(g, max(pred, key=lambda p: overlap(p, g))) for g in gold
                   if pred and max(overlap(p, g) for p in pred) >= thr]
        counts[f"q_matched@{thr}"] = len(matched)
        if thr == 0.3:
            counts["q_speaker_ok"] = sum(speaker_ok(p, g) for g, p in matched)
            for g in gold:
                counts[f"q_kind_gold:{g['kind']}"] += 1
                counts[f"q_kind_found:{g['kind']}"] += any(overlap(p, g) >= thr for p in pred)
    return counts


def count_dates(pred: list[dict], gold: list[dict], not_dates: list[dict]) -> Counter:
    def same_span(a: dict, b: dict) -> bool:
        return (a.get("start"), a.get("end")) == (b["start"], b["end"])

    def same_value(g: dict, p: dict) -> bool:
        return spans_touch(g, p) and p.get("value") == g["value"]

    return Counter(
        d_pred=len(pred), d_gold=len(gold),
        d_strict_g=sum(any(same_span(p, g) for p in pred) for g in gold),
        d_strict_p=sum(any(same_span(p, g) for g in gold) for p in pred),
        d_relaxed_g=sum(any(spans_touch(g, p) for p in pred) for g in gold),
        d_relaxed_p=sum(any(spans_touch(g, p) for g in gold) for p in pred),
        d_value_g=sum(any(same_value(g, p) for p in pred) for g in gold),
        d_value_p=sum(any(same_value(g, p) for g in gold) for p in pred),
        d_false=sum(any(spans_touch(n, p) for p in pred) for n in not_dates),
    )


def count_facts(pred: list[dict], gold: list[dict]) -> Counter:
    q_gold = [g for g in gold if g["kind"] == "quantity"]
    counts = Counter(f_q_gold=len(q_gold), f_pred=len(pred))
    for g in q_gold:
        hits = [p for p in pred if spans_touch(p, g) and p.get("value") == g["value"] and p.get("unit") == g["unit"]]
        if hits:
            counts["f_q_found"] += 1
            counts["f_q_subject_ok"] += any(
                norm(h.get("subject_canonical") or h.get("subject")) == norm(g["subject_canonical"]) for h in hits)
            counts["f_q_source_ok"] += any(
                norm(g["source_canonical"]) in norm(h.get("source_canonical") or h.get("source")) for h in hits)
    other = [g for g in gold if g["kind"] != "quantity"]
    counts["f_other_gold"] = len(other)
    counts["f_other_found"] = sum(any(spans_touch(p, g) for p in pred) for g in other)
    return counts


def count_document(pred: dict[str, list[dict]], gold: dict) -> Counter:
    """Every count of one gold document against its predicted records."""
    return (count_sentences(pred.get("sentences", []), gold.get("sentences", []))
            + count_entities(pred.get("entities", []), gold.get("entities", []), gold.get("not_entities", []))
            + count_quotes(pred.get("quotes", []), gold.get("quotes", []))
            + count_dates(pred.get("dates", []), gold.get("dates", []), gold.get("not_dates", []))
            + count_facts(pred.get("facts", []), gold.get("facts", [])))


# -- figures, in score.py's keys and order ----------------------------------------------------------
def quote_figures(c: Counter) -> dict[str, Any]:
    res: dict[str, Any] = {}
    for thr in THRESHOLDS:
        tp_p, matched = c[f"q_tp_pred@{thr}"], c[f"q_matched@{thr}"]
        res[f"quotes_prf@{thr}"] = prf(tp_p, c["q_pred"], matched, c["q_gold"])
        res[f"quotes_counts@{thr}"] = [tp_p, c["q_pred"], matched, c["q_gold"]]
        if thr == 0.3:
            res["speaker_acc"] = ratio(c["q_speaker_ok"], matched)
            res["speaker_counts"] = [c["q_speaker_ok"], matched]
            res["speaker_acc_over_gold"] = ratio(c["q_speaker_ok"], c["q_gold"])
            kinds = sorted(k.split(":", 1)[1] for k in c if k.startswith("q_kind_gold:"))
            res["quotes_recall_by_kind@0.3"] = {k: f"{c['q_kind_found:' + k]}/{c['q_kind_gold:' + k]}" for k in kinds}
    return res


def date_figures(c: Counter) -> dict[str, Any]:
    pairs = {kind: [c[f"d_{kind}_p"], c["d_pred"], c[f"d_{kind}_g"], c["d_gold"]] for kind in ("strict", "relaxed", "value")}
    return {"dates_strict_prf": prf(*pairs["strict"]),
            "dates_relaxed_prf": prf(*pairs["relaxed"]),
            "dates_value_prf": prf(*pairs["value"]),
            "dates_value_acc_on_relaxed": ratio(c["d_value_g"], c["d_relaxed_g"]),
            "dates_false_positives": c["d_false"],
            "dates_counts": pairs}


def figures(c: Counter) -> dict[str, Any]:
    """The figures of score.py from counts (one document's, or several documents' added up)."""
    res: dict[str, Any] = {"sentences_prf": prf(c["sent_tp"], c["sent_pred"], c["sent_tp"], c["sent_gold"])}
    res["entities_prf"] = prf(c["ent_tp"], c["ent_pred"], c["ent_tp"], c["ent_gold"])
    res["entities_canonical_acc"] = ratio(c["ent_canonical_ok"], c["ent_gold_mentions"])
    res["entities_false_spans"] = c["ent_false_spans"]
    res.update(quote_figures(c))
    res.update(date_figures(c))
    res.update({"quantity_facts_found": f"{c['f_q_found']}/{c['f_q_gold']}",
                "quantity_subject_ok": c["f_q_subject_ok"], "quantity_source_ok": c["f_q_source_ok"],
                "other_facts_found": f"{c['f_other_found']}/{c['f_other_gold']}", "facts_predicted": c["f_pred"]})
    return res


def score_document(pred: dict[str, list[dict]], gold: dict) -> dict[str, Any]:
    """score.py's result for one gold document (same keys, same values)."""
    return {"doc_id": gold["doc_id"], **figures(count_document(pred, gold))}


def score_folder(out_dir: str | Path, gold_docs: list[dict]) -> dict[str, Any]:
    """{"documents": [score_document per gold document], "total": pooled figures over all of them}."""
    predictions = read_predictions(out_dir, [g["doc_id"] for g in gold_docs])
    counts = [count_document(predictions[g["doc_id"]], g) for g in gold_docs]
    documents = [{"doc_id": g["doc_id"], **figures(c)} for g, c in zip(gold_docs, counts)]
    found = [g["doc_id"] for g in gold_docs if any(predictions[g["doc_id"]].values())]
    missing = [g["doc_id"] for g in gold_docs if g["doc_id"] not in found]
    absent = [stage for stage in STAGES if not (Path(out_dir) / f"{stage}.jsonl").exists()]
    return {"documents": documents, "total": figures(sum(counts, Counter())),
            "n_documents": len(gold_docs), "missing": missing, "absent_stages": absent}
