"""The highlighted spans of one article, from its records: what each record marks, and its tooltip.

Quotes mark their speaker mention (a link to the speaker's page in the corpus index) and their cue;
dates show their normalised value on hover; facts their value, unit, subject, source and time.
"""
from __future__ import annotations

from collections.abc import Callable

from .markup import Span

#: Among spans of the same extent, which is drawn outside (lower first).
RANKS = {"quote": 0, "fact": 1, "spk": 2, "ent": 3, "date": 4, "cue": 5}

Rows = Callable[[str, str], list[dict]]  # (record type, doc_id) -> its records as plain rows


def record_spans(rows: Rows, speaker_of: dict[tuple[str, str], int], doc_id: str) -> list[Span]:
    """The highlighted spans of one document, each titled with what the record says."""
    spans = [Span(e["start"], e["end"], f"ent {str(e['label']).lower()}", e["id"],
                  f"{e['label']} · {e['canonical']}", rank=RANKS["ent"]) for e in rows("entities", doc_id)]
    for d in rows("dates", doc_id):
        span = f" ({d['range_start']} → {d['range_end']})" if d["range_start"] else ""
        spans.append(Span(d["start"], d["end"], "date", d["id"], f"{d['type']} · {d['value']}{span}", rank=RANKS["date"]))
    for f in rows("facts", doc_id):
        spans.append(Span(f["start"], f["end"], f"fact {f['kind']}", f["id"], fact_title(f), rank=RANKS["fact"]))
    for q in rows("quotes", doc_id):
        spans.extend(quote_spans(q, speaker_of.get((doc_id, q["speaker_canonical"]))))
    return spans


def quote_spans(q: dict, number: int | None) -> list[Span]:
    """The quote, its speaker mention (linked to speaker page `number`) and its cue."""
    who = q["speaker_canonical"] or "no speaker found"
    spans = [Span(q["start"], q["end"], f"quote {q['kind']}", q["id"], f"{q['kind']} quote · {who}", rank=RANKS["quote"])]
    if q["speaker_start"] is not None and q["speaker_end"] is not None:
        spans.append(Span(q["speaker_start"], q["speaker_end"], "spk", f"{q['id']}-speaker",
                          f"speaker of {q['id']}: {who}", href=None if number is None else f"../speakers/{number}.html",
                          rank=RANKS["spk"]))
    if q["cue_start"] is not None and q["cue_end"] is not None:
        spans.append(Span(q["cue_start"], q["cue_end"], "cue", f"{q['id']}-cue", f"cue: {q['cue_lemma']}", rank=RANKS["cue"]))
    return spans


def fact_title(f: dict) -> str:
    parts = [f"{f['kind']} fact"]
    if f["value"] is not None:
        value = f"{f['value']:g}" + (f"–{f['value_max']:g}" if f["value_max"] is not None else "")
        parts.append(" ".join(str(p) for p in (f["bound"] if f["bound"] not in (None, "exact") else "", value,
                                                f["unit"] or "") if p))
    for name in ("subject", "source", "time"):
        if f[name]:
            parts.append(f"{name}: {f[name]}")
    return " · ".join(parts)
