"""`extract-report OUT [--to DIR] [--sources DIR]`: the HTML report of an output folder.

A console script of its own, like `extract-eval`, so that `extract FILES...` stays a single command;
`extract ... --report` calls the same `build_report` after a successful run.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

app = typer.Typer(add_completion=False, help=__doc__)


def report_lines(summary) -> list[str]:
    """What the user reads after a build: the summary, then what was degraded and how to fix it."""
    from .plots import MISSING

    lines = [summary.line()]
    if summary.rebuilt:
        lines.append(f"warning: {len(summary.rebuilt):,} document texts not found unchanged at their source "
                     f"(first: {summary.rebuilt[0]}); their pages show the text rebuilt from the sentences. "
                     "Pass --sources DIR with the folder the inputs are in now.")
    if not summary.charts:
        lines.append(f"warning: {MISSING}")
    return lines


@app.command()
def report(
    out: Path = typer.Argument(Path("data/processed"), help="Output folder of `extract`."),
    to: Optional[Path] = typer.Option(None, "--to", help="Report folder (default: OUT/report); replaced if it holds a report."),
    sources: list[Path] = typer.Option([], "--sources", help="Folder to look for the input files in (repeatable)."),
) -> None:
    """Write a static HTML report of OUT (open DIR/index.html in a browser) and OUT/speakers.jsonl."""
    build_and_tell(out, to, tuple(sources))


def build_and_tell(out: Path, to: Optional[Path] = None, sources: tuple[Path, ...] = ()) -> None:
    """Build the report and print its summary (exit code 2 when it cannot be built)."""
    from .build import ReportError, build_report

    try:
        summary = build_report(out, to, sources)
    except ReportError as exc:
        typer.echo(f"error: report: {exc}", err=True)
        raise typer.Exit(code=2) from exc
    for line in report_lines(summary):
        typer.echo(line, err=line.startswith("warning"))


if __name__ == "__main__":
    app()
