"""The output folder: staged writes, atomic commit, resume from complete documents, manifest.

A run writes into a staging folder `OUT/.partial-<ns>/`, appending each document's lines (whole
lines, `documents.jsonl` last) and flushing after every document. At the end the staged files
replace `OUT/<name>.jsonl` with `os.replace` (atomic on one file system), `run.json` is written and
the staging folders are removed. A killed run therefore leaves the previous output untouched and its
own progress in the staging folder; `--resume` reads both, copies the lines of every document that
is complete (its `documents.jsonl` line says "ok") and has the same text hash, and processes the rest.
A resumed run writes exactly what a fresh run would write.
"""
from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .records import RECORD_NAMES

STAGING_PREFIX = ".partial-"
MANIFEST = "run.json"


class OutputExistsError(Exception):
    """`--out` already holds output and neither --overwrite nor --resume was given."""


def dumps(record: dict[str, Any]) -> str:
    """One JSONL line: fixed key order (the record's), UTF-8 text, repr-exact floats."""
    return json.dumps(record, ensure_ascii=False) + "\n"


@dataclass
class DoneDocument:
    """Where the complete lines of one earlier document lie: {file name: (folder, offset, length)}."""

    sha1: str
    spans: dict[str, tuple[Path, int, int]] = field(default_factory=dict)


def existing_output(out_dir: Path) -> list[Path]:
    if not out_dir.is_dir():
        return []
    return sorted(p for p in out_dir.iterdir() if p.suffix == ".jsonl" or p.name == MANIFEST
                  or p.name.startswith(STAGING_PREFIX))


def staging_folders(out_dir: Path) -> list[Path]:
    """Earlier runs' staging folders, newest first."""
    return sorted(out_dir.glob(STAGING_PREFIX + "*"), key=lambda p: p.name, reverse=True)


def whole_lines(path: Path):
    """(offset, length, parsed object) for every complete, parseable line of a JSONL file."""
    if not path.is_file():
        return
    offset = 0
    with path.open("rb") as handle:
        for raw in handle:
            if raw.endswith(b"\n"):
                try:
                    yield offset, len(raw), json.loads(raw)
                except ValueError:
                    pass
            offset += len(raw)


def index_folder(folder: Path, names: list[str]) -> dict[str, DoneDocument]:
    """Complete, successful documents of one folder and the byte ranges of their lines."""
    done = {row["doc_id"]: DoneDocument(row.get("sha1") or "")
            for _, _, row in whole_lines(folder / "documents.jsonl") if row.get("status") == "ok"}
    for name in names:
        for offset, length, row in whole_lines(folder / f"{name}.jsonl"):
            entry = done.get(row.get("doc_id"))
            if entry is None:
                continue
            _, start, size = entry.spans.get(name, (folder, offset, 0))
            entry.spans[name] = (folder, start, offset + length - start)
    return done


class OutputFolder:
    """Owns `out_dir` for one run: refuse, stage, copy, commit."""

    def __init__(self, out_dir: Path, names: list[str], overwrite: bool = False, resume: bool = False) -> None:
        self.out_dir = Path(out_dir)
        self.names = names  # "documents" last
        self.overwrite = overwrite
        self.resume = resume
        self.done: dict[str, DoneDocument] = {}
        self.staging = self.out_dir / f"{STAGING_PREFIX}{time.time_ns()}"
        self.files: dict[str, Any] = {}

    def __enter__(self) -> "OutputFolder":
        found = existing_output(self.out_dir)
        if found and not (self.overwrite or self.resume):
            raise OutputExistsError(
                f"{self.out_dir} already holds output ({', '.join(p.name for p in found[:4])}); "
                "pass --overwrite to replace it or --resume to finish it"
            )
        if self.resume:
            for folder in [self.out_dir, *reversed(staging_folders(self.out_dir))]:
                self.done.update(index_folder(folder, self.names))  # newer folders win
        self.staging.mkdir(parents=True)
        for name in self.names:
            self.files[name] = (self.staging / f"{name}.jsonl").open("wb")
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        for handle in self.files.values():
            handle.close()
        if exc_type is not None:
            return  # keep the staging folder: --resume can use it
        self.commit()

    # -- writing --------------------------------------------------------------------------
    def write(self, records: dict[str, list[dict[str, Any]]]) -> dict[str, int]:
        counts = {}
        for name in self.names:
            rows = records.get(name, [])
            if rows:
                self.files[name].write("".join(dumps(r) for r in rows).encode("utf-8"))
                self.files[name].flush()
            counts[name] = len(rows)
        return counts

    def carried(self, doc_id: str, sha1: str | None) -> DoneDocument | None:
        """The earlier complete lines of this document, if its text has not changed."""
        entry = self.done.get(doc_id)
        return entry if entry is not None and sha1 and entry.sha1 == sha1 else None

    def copy(self, entry: DoneDocument) -> dict[str, int]:
        """Copy an earlier document's lines verbatim; returns lines per file."""
        counts = {}
        for name in self.names:
            folder, offset, length = entry.spans.get(name, (None, 0, 0))
            data = b""
            if folder is not None and length:
                with (folder / f"{name}.jsonl").open("rb") as source:
                    source.seek(offset)
                    data = source.read(length)
                self.files[name].write(data)
                self.files[name].flush()
            counts[name] = data.count(b"\n")
        return counts

    # -- the end ---------------------------------------------------------------------------
    def commit(self) -> None:
        for name in self.names:
            os.replace(self.staging / f"{name}.jsonl", self.out_dir / f"{name}.jsonl")
        for stale in self.out_dir.glob("*.jsonl"):
            if stale.stem in RECORD_NAMES and stale.stem not in self.names:
                stale.unlink()  # a record type this run does not produce: left from another run
        for folder in staging_folders(self.out_dir):
            shutil.rmtree(folder, ignore_errors=True)

    def write_manifest(self, manifest: dict[str, Any]) -> None:
        tmp = self.out_dir / f".{MANIFEST}.tmp"
        tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, self.out_dir / MANIFEST)
