"""Document texts for the article pages, found again from the inputs the run recorded.

The output folder holds no full text (documents.jsonl has `source` and `sha1`; sentences.jsonl has
the sentences only), so the text is read back from the input, never re-parsed:
- `source` is a text file: read it (as `extract` decoded it);
- `source` is `FILE.jsonl:LINE` (a JSONL article without `url`): that line's `text`;
- otherwise (`source` is the article's URL): the article of the same `id` in the JSONL inputs
  listed in run.json.
Relative paths are looked for from the working folder, the folders given with `--sources`, and the
output folder's parents; then the bare file name in each of those (an input folder that moved). The text is used only when its SHA-1 is the one recorded: a source that
moved or changed since the run gives a text rebuilt from the sentence records (offsets still hold;
what lies between sentences is blank, paragraphs are kept) and the page says so.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..inputs import decode
from ..io import text_from_sentences


@dataclass(frozen=True)
class DocumentText:
    text: str
    exact: bool  # False: rebuilt from sentences (the source moved or changed)


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def find_file(name: str, roots: list[Path]) -> Path | None:
    """`name` as given, else under a root, else its bare file name under a root (a moved input
    folder); the caller checks the SHA-1, so a same-named other file is never taken for it."""
    path = Path(name)
    candidates = [path] if path.is_absolute() else []
    candidates += [root / path for root in roots if not path.is_absolute()] + [root / path.name for root in roots]
    return next((c for c in candidates if c.is_file()), None)


def jsonl_texts(path: Path) -> dict[str, str]:
    """`text` of every article of a JSONL file, by `id` and by line number (as ":LINE")."""
    found: dict[str, str] = {}
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            try:
                item = json.loads(decode(raw)[0]) if raw.strip() else None
            except ValueError:
                continue
            if isinstance(item, dict) and isinstance(item.get("text"), str):
                found[f":{number}"] = item["text"]
                found.setdefault(str(item.get("id") or f"{path.stem}-{number}"), item["text"])
    return found


class TextFinder:
    """Finds each document's text; each JSONL input is read once, when a document first needs it."""

    def __init__(self, inputs: list[str], roots: list[Path]):
        self.inputs = inputs
        self.roots = roots
        self._jsonl: dict[Path, dict[str, str]] = {}
        self.rebuilt: list[str] = []  # sources not found (or changed): texts rebuilt from sentences

    def text(self, row: dict, sentences: Callable[[], pd.DataFrame | None]) -> DocumentText:
        """`row`: the document's documents.jsonl record; `sentences()`: its sentence records, if any
        (called only when the text must be rebuilt)."""
        if row.get("status") != "ok" or not row.get("sha1"):
            return DocumentText("", True)
        text = self.from_source(row)
        if text is not None and sha1(text) == row["sha1"]:
            return DocumentText(text, True)
        self.rebuilt.append(str(row.get("source") or row["doc_id"]))
        return DocumentText(rebuilt(sentences(), int(row["n_chars"])), False)

    def from_source(self, row: dict) -> str | None:
        source = str(row.get("source") or "")
        name, _, line = source.rpartition(":")
        if name.endswith(".jsonl") and line.isdigit():
            return self.jsonl(name).get(f":{line}")
        path = find_file(source, self.roots) if source and "://" not in source else None
        if path is not None:
            try:
                return decode(path.read_bytes())[0]
            except (OSError, ValueError):
                return None
        for name in self.inputs:
            if name.endswith(".jsonl") and row["doc_id"] in self.jsonl(name):
                return self.jsonl(name)[row["doc_id"]]
        return None

    def jsonl(self, name: str) -> dict[str, str]:
        path = find_file(name, self.roots)
        if path is None:
            return {}
        if path not in self._jsonl:
            self._jsonl[path] = jsonl_texts(path)
        return self._jsonl[path]


def rebuilt(sentences: pd.DataFrame | None, n_chars: int) -> str:
    """The sentences at their offsets, blanks between them, a line break between paragraphs."""
    if sentences is None:
        return " " * n_chars
    own = sentences.sort_values("start")
    chars = list(text_from_sentences(own, n_chars))
    previous = None
    for start, end, paragraph in zip(own["start"], own["end"], own["paragraph"]):
        if previous is not None and paragraph != previous[1] and previous[0] < start:
            chars[previous[0]:start] = "\n" * (start - previous[0])
        previous = (end, paragraph)
    return "".join(chars)
