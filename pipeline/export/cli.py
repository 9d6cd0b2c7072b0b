"""`extract-export OUT --to DEST [--format csv|parquet|timeml] [--joined] [--input FILE...]`.

The export of an output folder as a console script of its own (like `extract-eval` and
`extract-report`): `csv` and `parquet` write one table per record type (`pipeline.io`), with the
sentence and document columns joined in when `--joined` is given; `timeml` writes one TimeML file
per document (`pipeline.export.timeml`), reading the texts again from `--input` or the recorded
sources. Errors say what to do and exit 1; usage errors exit 2.
"""
from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer

app = typer.Typer(add_completion=False, help=__doc__, rich_markup_mode=None)


class Format(str, Enum):
    csv = "csv"
    parquet = "parquet"
    timeml = "timeml"


def fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code=1)


@app.command()
def export(
    out: Path = typer.Argument(..., metavar="OUT", show_default=False, help="Output folder written by `extract`."),
    to: Path = typer.Option(..., "--to", metavar="DEST", show_default=False, help="Folder to write the exported files to."),
    fmt: Format = typer.Option(Format.csv, "--format", "-f", help="csv or parquet (one table per record type), "
                               "or timeml (one .tml file per document, its dates as TIMEX3)."),
    joined: bool = typer.Option(False, "--joined", help="csv/parquet: add each record's sentence and document columns."),
    inputs: list[Path] = typer.Option([], "--input", metavar="FILE", show_default=False,
                                      help="timeml: an input file given to `extract`, to read the texts from (repeatable)."),
) -> None:
    """Export an output folder of `extract` to CSV, Parquet or TimeML files."""
    if not (out / "documents.jsonl").is_file():
        fail(f"{out} is not an output folder of extract (no documents.jsonl); run `extract FILES --out {out}` first")
    if to.resolve() == out.resolve():
        fail("--to must be another folder than OUT (the export would mix with the output files)")
    if fmt is Format.timeml:
        if joined:
            fail("--joined applies to csv and parquet only")
        export_timeml(out, to, inputs)
        return
    if inputs:
        fail("--input applies to timeml only (csv and parquet need no text)")
    from ..io import load

    try:
        paths = load(out).export(to, fmt.value, joined=joined)
    except (OSError, RuntimeError, ValueError) as exc:
        fail(str(exc))
    typer.echo(f"{len(paths)} {fmt.value} files in {to}")


def export_timeml(out: Path, to: Path, inputs: list[Path]) -> None:
    from .timeml import export_timeml as write

    written, problems = write(out, to, inputs)
    for message in problems:
        typer.echo(f"not written: {message}", err=True)
    typer.echo(f"{len(written)} TimeML files in {to}")
    if problems and not written:
        raise typer.Exit(code=1)
