"""Rich tables for `extract-eval`: one per-stage table per gold document (and pooled), one for the suites."""
from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table


def fmt(value: float) -> str:
    return f"{value:.3f}"


def stage_rows(res: dict[str, Any]) -> list[tuple[str, str, str, str, str, str]]:
    """(stage, measure, P, R, F1, detail) rows from score.py-style figures."""
    def prf_row(stage: str, measure: str, key: str, detail: str = "") -> tuple:
        p, r, f = res[key]
        return (stage, measure, fmt(p), fmt(r), fmt(f), detail)

    q3, q8, sp = res["quotes_counts@0.3"], res["quotes_counts@0.8"], res["speaker_counts"]
    kinds = ", ".join(f"{k} {v}" for k, v in res["quotes_recall_by_kind@0.3"].items())
    dc = res["dates_counts"]
    return [
        prf_row("sentences", "boundaries, exact", "sentences_prf"),
        prf_row("entities", "PER/LOC/ORG, exact span+label", "entities_prf",
                f"canonical acc {fmt(res['entities_canonical_acc'])}, false spans {res['entities_false_spans']}"),
        prf_row("quotes", "content overlap ≥ 0.3", "quotes_prf@0.3", f"{q3[2]}/{q3[3]} gold found; recall {kinds}"),
        prf_row("quotes", "content overlap ≥ 0.8", "quotes_prf@0.8", f"{q8[2]}/{q8[3]} gold found"),
        ("quotes", "speaker (matched @0.3)", "", "", "", f"acc {fmt(res['speaker_acc'])} ({sp[0]}/{sp[1]}), "
         f"over gold {fmt(res['speaker_acc_over_gold'])}"),
        prf_row("dates", "extraction, strict", "dates_strict_prf", f"{dc['strict'][2]}/{dc['strict'][3]} gold found"),
        prf_row("dates", "extraction, relaxed", "dates_relaxed_prf", f"false positives {res['dates_false_positives']}"),
        prf_row("dates", "value", "dates_value_prf", f"value acc on relaxed {fmt(res['dates_value_acc_on_relaxed'])}"),
        ("facts", "quantities (value+unit+span)", "", "", "", f"found {res['quantity_facts_found']}, subject ok "
         f"{res['quantity_subject_ok']}, source ok {res['quantity_source_ok']}"),
        ("facts", "other facts (span)", "", "", "", f"found {res['other_facts_found']}, predicted {res['facts_predicted']}"),
    ]


def stage_table(title: str, res: dict[str, Any], absent: list[str]) -> Table:
    table = Table(title=title, title_justify="left")
    for name, justify in (("stage", "left"), ("measure", "left"), ("P", "right"), ("R", "right"),
                          ("F1", "right"), ("detail", "left")):
        table.add_column(name, justify=justify)
    for row in stage_rows(res):
        if row[0] in absent:
            row = (row[0], row[1], "-", "-", "-", f"no {row[0]}.jsonl: stage not run")
        table.add_row(*row)
    return table


def suites_table(rows: list[dict[str, Any]]) -> Table:
    table = Table(title="peer suites", title_justify="left")
    for name in ("suite", "source", "group", "passed / total", "accuracy or F1", "P", "R"):
        table.add_column(name, justify="left" if name in ("suite", "source", "group") else "right")
    for row in rows:
        if row["suite"] == "ner":
            table.add_row("ner", row["source"], row["group"], f"{row['tp']} tp / {row['gold']} gold",
                          fmt(row["f1"]), fmt(row["p"]), fmt(row["r"]))
        else:
            table.add_row(row["suite"], row["source"], row["group"], f"{row['passed']}/{row['total']}",
                          fmt(row["accuracy"]), "", "")
    return table


def print_result(result: dict[str, Any], console: Console | None = None) -> None:
    console = console or Console()
    if "gold" in result:
        gold = result["gold"]
        for res in gold["documents"]:
            console.print(stage_table(f"{res['doc_id']} ({result['output']})", res, gold["absent_stages"]))
        if gold["n_documents"] > 1:
            console.print(stage_table(f"all {gold['n_documents']} gold documents, pooled", gold["total"],
                                      gold["absent_stages"]))
        for doc_id in gold["missing"]:
            console.print(f"[yellow]warning:[/] no record of {doc_id!r} in {result['output']}")
    if "suites" in result:
        if result["suites"]["rows"]:
            console.print(suites_table(result["suites"]["rows"]))
        for name, why in result["suites"]["skipped"].items():
            console.print(f"{name}: {why}", style="yellow", markup=False, highlight=False)
