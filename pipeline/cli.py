"""`extract FILES_OR_FOLDERS... [--out DIR] [--date YYYY-MM-DD]`: the command line, a thin layer over `runner.run`.

A single-command Typer app on purpose: a second command would turn `extract FILES` into
`extract COMMAND` (the evaluation, report and export commands are separate console scripts).
Help is plain click text (no Rich markup): flags show as flags, and "[dask]" stays as written.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sys
import time
from pathlib import Path
from typing import Optional

import typer

from .core import DEFAULT_STAGES
from .errors import PipelineError
from .input_files import input_files
from .inputs import DEFAULT_MAX_CHARS, count_documents, iso_date
from .nlp import DEFAULT_MODEL

app = typer.Typer(add_completion=False, help=__doc__, rich_markup_mode=None)
#: Words a user may type after a flag, as in `--overwrite true`: flags take no value, so such a
#: word would be read as an input file.
FLAG_VALUES = frozenset({"true", "false", "yes", "no", "on", "off", "1", "0"})


def parse_cli_date(value: Optional[str]) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return iso_date(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from exc


def problems(record: dict) -> list[str]:
    """One line per problem of a document (its documents.jsonl record), naming where it was read
    (the file, or `FILE.jsonl:LINE`) and its doc_id."""
    source = record.get("source")
    where = f"{source} ({record['doc_id']})" if source else record["doc_id"]
    lines = [f"error: {where}: {record['error']}"] if record.get("error") else []
    return lines + [f"warning: {where}: {warning}" for warning in record.get("warnings", [])]


@app.command()
def extract(
    files: list[Path] = typer.Argument(
        ..., metavar="FILES", show_default=False,
        help="Input .txt files, .jsonl files (one article a line), .json (an array of articles), .csv "
             "(a `text` column), or folders of such files (read recursively, hidden files skipped)."),
    out: Path = typer.Option(Path("data/processed"), "--out", "-o", metavar="DIR", help="Output folder for the JSONL files."),
    date: Optional[str] = typer.Option(None, "--date", metavar="YYYY-MM-DD", help="Document date for inputs that carry none."),
    stages: Optional[str] = typer.Option(
        None, "--stages", metavar="NAMES",
        help=f"Comma-separated stages, in order (default: all of {', '.join(DEFAULT_STAGES)}).",
    ),
    model: str = typer.Option(DEFAULT_MODEL, "--model", metavar="NAME", help="spaCy model package or path."),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, "--max-chars", metavar="N", help="Longer documents are refused."),
    workers: str = typer.Option("1", "--workers", "-w", metavar="N", help="Worker processes, each loading the model once; 'auto' = cores."),
    backend: str = typer.Option("local", "--backend", metavar="NAME", help="'local' (this machine) or 'dask' (needs the [dask] extra)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="ADDRESS", help="Dask scheduler address (default: a LocalCluster)."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace the output already in --out."),
    resume: bool = typer.Option(False, "--resume", help="Keep documents already complete in --out (same text), do the rest."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    report: bool = typer.Option(False, "--report", help="Then write the HTML report to OUT/report (as `extract-report OUT`)."),
) -> None:
    """Extract entities, quotes, dates and facts from French news articles into JSONL files."""
    from . import runner  # imported here so `extract --help` stays instant
    from .executors import PipelineSpec, resolve_workers
    from .output import OutputExistsError, OutputLockedError

    started = time.perf_counter()
    document_date = parse_cli_date(date)
    refuse_flag_values(files)
    spec = PipelineSpec(stages=tuple(stages.split(",")) if stages else None, model=model)
    try:
        n_workers = resolve_workers(workers)
        spec.record_names()  # unknown stages fail here, before any model loads
    except (PipelineError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=2) from exc

    inputs = input_files(files, skip=[out])
    for note in inputs.notes:
        typer.echo(f"note: {note}", err=True)
    if not inputs.files:
        typer.echo("error: no input files (a folder is read for its .txt, .jsonl, .json and .csv files)", err=True)
        raise typer.Exit(code=2)
    total = count_documents(inputs.files)
    written = [0]
    try:
        with notes_on_stderr(), ProgressBar(total, enabled=total > 1 and not quiet) as bar:
            def on_document(record: dict) -> None:
                for line in problems(record):
                    bar.log(line)
                bar.advance()
                written[0] += 1

            summary = runner.run(
                spec, list(inputs.files), out, date=document_date, max_chars=max_chars, workers=n_workers,
                backend=backend, scheduler=scheduler, overwrite=overwrite, resume=resume, on_document=on_document,
            )
    except (OutputExistsError, OutputLockedError, PipelineError, RuntimeError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=2) from exc
    except KeyboardInterrupt:
        typer.echo(interrupted(written[0], total, out), err=True)
        raise typer.Exit(code=130) from None
    summary.seconds = time.perf_counter() - started  # the user waited for the model load too
    typer.echo(f"{summary.line()} -> {out}")
    if report:
        write_report(out)
    raise typer.Exit(code=1 if summary.failed else 0)


@contextlib.contextmanager
def notes_on_stderr():
    """The library's log messages (a stale lock taken over) as `note: ...` lines, for this run only."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("note: %(message)s"))
    logger = logging.getLogger("pipeline")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)


def refuse_flag_values(files: list[Path]) -> None:
    """`--overwrite true`: flags take no value, so "true" would be read as an input file."""
    for path in files:
        if str(path).lower() in FLAG_VALUES and not path.exists():
            raise typer.BadParameter(
                f"{str(path)!r} is not an input file: flags such as --overwrite, --resume and --quiet take no value",
                param_hint="FILES",
            )


def interrupted(written: int, total: int, out: Path) -> str:
    """What Ctrl-C leaves: the documents written so far stay in the staging folder, the output is untouched."""
    return (f"interrupted: {written:,} of {total:,} documents were written to the staging folder "
            f"{out}/.partial-* and are kept (the output already in {out}, if any, is untouched); "
            "run the same command with --resume to finish: it does only the documents not yet written")


def write_report(out: Path) -> None:
    """The report of a finished run (failed documents included: the report lists them)."""
    from .report.cli import build_and_tell

    build_and_tell(out)


class ProgressBar:
    """A rich progress bar on stderr (or none), with messages printed above it."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled
        self._progress = None
        self._task = None

    def __enter__(self) -> "ProgressBar":
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._progress = Progress(
                TextColumn("extract"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                console=Console(file=sys.stderr), transient=True,
            )
            self._progress.__enter__()
            self._task = self._progress.add_task("extract", total=self.total)
        return self

    def advance(self) -> None:
        if self._progress is not None:
            self._progress.advance(self._task)

    def log(self, line: str) -> None:
        if self._progress is not None:
            self._progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            typer.echo(line, err=True)

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.__exit__(*exc)
