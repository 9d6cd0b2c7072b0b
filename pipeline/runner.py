"""Running a pipeline over input files and writing one JSONL file per record type, streaming.

Each document's records are written as soon as it is done, in input order, one whole line per
`write` call, with `documents.jsonl` written last: a line there means the document is complete.
Memory does not grow with the number of documents.
"""
from __future__ import annotations

import datetime as dt
import json
import time
from collections import Counter
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .core import Pipeline
from .document import Document
from .inputs import DEFAULT_MAX_CHARS, read_inputs


def dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(", ", ": ")) + "\n"


@dataclass
class RunSummary:
    documents: int = 0
    failed: int = 0
    records: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def line(self) -> str:
        counts = ", ".join(f"{n} {name}" for name, n in self.records.items() if name != "documents")
        return (
            f"{self.documents} documents ({self.failed} failed), {counts or 'no records'} "
            f"in {self.seconds:.1f} s"
        )


class JsonlWriter:
    """One append-mode JSONL file per record type in `out_dir`, flushed after every document."""

    def __init__(self, out_dir: Path, names: Iterable[str]) -> None:
        self.out_dir = Path(out_dir)
        self.names = list(names)
        self._stack = ExitStack()
        self.files: dict[str, TextIO] = {}

    def __enter__(self) -> "JsonlWriter":
        self.out_dir.mkdir(parents=True, exist_ok=True)
        for name in self.names:
            path = self.out_dir / f"{name}.jsonl"
            self.files[name] = self._stack.enter_context(path.open("w", encoding="utf-8", newline="\n"))
        return self

    def __exit__(self, *exc) -> None:
        self._stack.close()

    def write(self, records: dict[str, list[dict[str, Any]]]) -> Counter:
        written: Counter = Counter()
        for name in self.names:  # "documents" is last in `names`
            rows = records.get(name, [])
            if rows:
                self.files[name].write("".join(dumps(r) for r in rows))
                self.files[name].flush()
            written[name] += len(rows)
        return written


def run(
    nlp: Pipeline,
    paths: Iterable[Path],
    out_dir: Path,
    date: dt.date | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    on_document: Callable[[Document], None] | None = None,
) -> RunSummary:
    """Process `paths` with `nlp` and write the JSONL files; stage errors are recorded, not raised.

    `on_document` is called with each finished Document (its errors and warnings, for messages).
    """
    summary = RunSummary()
    started = time.perf_counter()
    documents = read_inputs(paths, default_date=date, max_chars=max_chars)
    with JsonlWriter(out_dir, nlp.record_names) as writer:
        for doc in nlp.pipe(documents, on_error="record"):
            summary.records.update(writer.write(doc.to_records()))
            summary.documents += 1
            summary.failed += bool(doc.error)
            doc.spacy_doc = None
            if on_document:
                on_document(doc)
    summary.seconds = time.perf_counter() - started
    return summary
