"""The output folder: staged writes, atomic commit, resume from complete documents, manifest.

During a run every record goes to one staging file, `OUT/.partial-<ns>/records.tsv`, as a line
`<file name>\\t<JSON record>`; all the lines of one document are written with a single unbuffered
`write` call, its `documents` line last. A document is therefore in the staging file whole or not
at all, even if the run is killed. At the end the staging file is split into `OUT/<name>.jsonl`
files, each written under a temporary name and moved into place with `os.replace` (atomic), then
`run.json` is written and the staging folders are removed. A killed run leaves the previous output
untouched and its own progress in the staging folder.

`--resume` indexes the complete, successful documents of the output and of every staging folder
left by killed runs, copies the lines of those whose text hash is unchanged, and processes the rest:
a resumed run writes exactly what a fresh run would write.

The folder is locked for the whole run (`output_lock`): a second writer is refused before it reads
or deletes anything, so --resume and --overwrite never touch a live run's staging folder.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .output_lock import OutputLock, OutputLockedError
from .records import RECORD_NAMES

__all__ = ["OutputExistsError", "OutputFolder", "OutputLockedError"]
log = logging.getLogger(__name__)

STAGING_PREFIX = ".partial-"
STAGING_FILE = "records.tsv"
MANIFEST = "run.json"


class OutputExistsError(Exception):
    """`--out` already holds output and neither --overwrite nor --resume was given."""


def dumps(record: dict[str, Any]) -> str:
    """One JSONL line: the record's fixed key order, UTF-8 text, repr-exact floats."""
    return json.dumps(record, ensure_ascii=False) + "\n"


@dataclass(frozen=True)
class Rendered:
    """One document's output serialised where it was computed (a worker), ready to append."""

    document: dict[str, Any]  # its documents.jsonl record, for messages and counts
    data: bytes  # its staged lines, `documents` last
    counts: dict[str, int]


def render(records: dict[str, list[dict[str, Any]]], names: list[str]) -> Rendered:
    """Serialise a document's records as staged lines (`<file name>\\t<JSON>`)."""
    lines = [f"{name}\t{dumps(r)}" for name in names for r in records.get(name, [])]
    counts = {name: len(records.get(name, [])) for name in names}
    return Rendered(records["documents"][0], "".join(lines).encode("utf-8"), counts)


@dataclass(frozen=True)
class DoneDocument:
    """The staged lines of one complete earlier document: (file, offset, length) of its bytes."""

    sha1: str
    path: Path
    offset: int
    length: int


def existing_output(out_dir: Path) -> list[Path]:
    if not out_dir.is_dir():
        return []
    return sorted(p for p in out_dir.iterdir()
                  if p.suffix == ".jsonl" or p.name == MANIFEST or p.name.startswith(STAGING_PREFIX))


def staging_folders(out_dir: Path) -> list[Path]:
    """Staging folders of earlier (killed) runs, oldest first (their names hold a clock reading)."""
    return sorted(out_dir.glob(STAGING_PREFIX + "*"), key=lambda p: p.name)


def staged_lines(path: Path):
    """(offset, raw line, file name, record) for every whole, parseable line of a staging file."""
    if not path.is_file():
        return
    offset = 0
    with path.open("rb") as handle:
        for raw in handle:
            name, _, body = raw.partition(b"\t")
            if raw.endswith(b"\n") and body:
                try:
                    yield offset, raw, name.decode("utf-8"), json.loads(body)
                except ValueError:
                    pass
            offset += len(raw)


def index_staging(path: Path) -> dict[str, DoneDocument]:
    """Complete, successful documents of one staging file (lines of a document are contiguous)."""
    done: dict[str, DoneDocument] = {}
    first_offset: dict[str, int] = {}
    for offset, raw, name, record in staged_lines(path):
        doc_id = record.get("doc_id")
        first_offset.setdefault(doc_id, offset)
        if name == "documents":
            start = first_offset.pop(doc_id)
            if record.get("status") == "ok":
                done[doc_id] = DoneDocument(record.get("sha1") or "", path, start, offset + len(raw) - start)
    return done


def restage_output(out_dir: Path, names: list[str], target: Path) -> None:
    """Turn a committed output folder back into one staging file (used by --resume)."""
    handles = {n: (out_dir / f"{n}.jsonl").open("rb") for n in names if (out_dir / f"{n}.jsonl").is_file()}
    if "documents" not in handles:
        for handle in handles.values():
            handle.close()
        return
    pending = {n: h.readline() for n, h in handles.items() if n != "documents"}
    with target.open("wb") as out:
        for doc_line in handles["documents"]:
            doc_id = json.loads(doc_line).get("doc_id")
            for name, line in pending.items():
                while line and json.loads(line).get("doc_id") == doc_id:
                    out.write(name.encode() + b"\t" + line)
                    line = handles[name].readline()
                pending[name] = line
            out.write(b"documents\t" + doc_line)
    for handle in handles.values():
        handle.close()


class OutputFolder:
    """Owns `out_dir` for one run: refuse, stage, copy, commit."""

    def __init__(self, out_dir: Path, names: list[str], overwrite: bool = False, resume: bool = False) -> None:
        self.out_dir = Path(out_dir)
        self.names = names  # "documents" last
        self.overwrite = overwrite
        self.resume = resume
        self.done: dict[str, DoneDocument] = {}
        self.staging = self.out_dir / f"{STAGING_PREFIX}{time.time_ns()}"
        self.manifest: dict[str, Any] | None = None  # written at commit, when set
        self._file = None
        self._lock = OutputLock(self.out_dir)

    def __enter__(self) -> "OutputFolder":
        self._lock.__enter__()  # OutputLockedError when another run writes here
        for note in self._lock.notes:
            log.warning("%s: %s", self.out_dir, note)
        try:
            self._prepare()
        except BaseException:
            self._lock.__exit__(None, None, None)
            raise
        return self

    def _prepare(self) -> None:
        found = existing_output(self.out_dir)
        if found and not (self.overwrite or self.resume):
            raise OutputExistsError(
                f"{self.out_dir} already holds output ({', '.join(p.name for p in found[:4])}); "
                "pass --overwrite to replace it or --resume to finish it"
            )
        self.staging.mkdir(parents=True)
        if self.resume:
            self._index_earlier_work()
        self._file = (self.staging / STAGING_FILE).open("ab", buffering=0)

    def _index_earlier_work(self) -> None:
        committed = self.staging / "committed.tsv"
        restage_output(self.out_dir, self.names, committed)
        self.done.update(index_staging(committed))
        for folder in staging_folders(self.out_dir):  # oldest first: newer runs win
            if folder != self.staging:
                self.done.update(index_staging(folder / STAGING_FILE))

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            self._file.close()
            if exc_type is None:
                self.commit()
            # on an error (or Ctrl-C) the staging folder stays: --resume can use it
        finally:
            self._lock.__exit__(exc_type, exc, tb)

    # -- writing --------------------------------------------------------------------------
    def write(self, rendered: Rendered) -> dict[str, int]:
        """All lines of one document in one unbuffered write, `documents` last."""
        self._file.write(rendered.data)
        return rendered.counts

    def carried(self, doc_id: str, sha1: str | None) -> DoneDocument | None:
        """The earlier complete lines of this document, if its text has not changed."""
        entry = self.done.get(doc_id)
        return entry if entry is not None and sha1 and entry.sha1 == sha1 else None

    def copy(self, entry: DoneDocument) -> dict[str, int]:
        """Copy an earlier document's staged lines verbatim; returns lines per file."""
        with entry.path.open("rb") as source:
            source.seek(entry.offset)
            data = source.read(entry.length)
        self._file.write(data)
        counts = dict.fromkeys(self.names, 0)
        for line in data.splitlines():
            name = line.partition(b"\t")[0].decode("utf-8")
            counts[name] = counts.get(name, 0) + 1
        return counts

    # -- the end ---------------------------------------------------------------------------
    def commit(self) -> None:
        """Split the staging file into the JSONL files, each moved into place atomically; then run.json."""
        temporary = {name: self.staging / f"{name}.jsonl" for name in self.names}
        handles = {name: path.open("wb") for name, path in temporary.items()}
        with (self.staging / STAGING_FILE).open("rb") as staged:
            for raw in staged:
                name, _, body = raw.partition(b"\t")
                handles[name.decode("utf-8")].write(body)
        for handle in handles.values():
            handle.close()
        for name, path in temporary.items():
            os.replace(path, self.out_dir / f"{name}.jsonl")
        for stale in self.out_dir.glob("*.jsonl"):
            if stale.stem in RECORD_NAMES and stale.stem not in self.names:
                stale.unlink()  # a record type this run does not produce: left from another run
        if self.manifest is not None:
            tmp = self.staging / MANIFEST
            tmp.write_text(json.dumps(self.manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            os.replace(tmp, self.out_dir / MANIFEST)
        for folder in staging_folders(self.out_dir):
            shutil.rmtree(folder, ignore_errors=True)
