"""Reading input files into Documents, lazily, turning every bad input into a Document with an error.

Inputs are `.jsonl` files (one article a line: `id`, `text`, optional `date`, `title`, `url`) and any
other file as text. The document date comes from, in order: the JSONL field or a sidecar `NAME.json`
beside `NAME.txt`, the `--date` option, a `YYYY-MM-DD` in the file name, else none.

Decoding: UTF-8 (a BOM is dropped); UTF-16 with a BOM; otherwise Windows-1252 with a warning (it
decodes any Latin-1 text the same way, except C1 controls, and also the curly quotes Word writes).
Offsets are into the decoded text.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from .document import Document, parse_date

DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})")
DEFAULT_MAX_CHARS = 1_000_000  # spaCy's own nlp.max_length


def decode(data: bytes) -> tuple[str, list[str]]:
    """Bytes to text and warnings; ValueError with a clear message when it is not text."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), ["UTF-8 byte-order mark removed"]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), ["decoded as UTF-16"]
    if b"\x00" in data[:65536]:
        raise ValueError("binary file, not text (it contains NUL bytes)")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        warning = f"not valid UTF-8 (byte {exc.start}); decoded as Windows-1252"
        try:
            return data.decode("cp1252"), [warning]
        except UnicodeDecodeError:
            return data.decode("latin-1"), [warning.replace("Windows-1252", "Latin-1")]


def check_text(text: str, max_chars: int) -> None:
    if not text:
        raise ValueError("empty file")
    if not text.strip():
        raise ValueError("no text (whitespace only)")
    if len(text) > max_chars:
        raise ValueError(
            f"too large: {len(text):,} characters, over the {max_chars:,} limit "
            "(split the file into articles, or raise --max-chars)"
        )


def failed(doc_id: str, source: str, message: str) -> Document:
    doc = Document("", doc_id=doc_id, source=source)
    doc.error = message
    return doc


def read_text_file(path: Path, default_date: dt.date | None, max_chars: int) -> Document:
    source = str(path)
    try:
        if path.is_dir():
            raise ValueError("is a directory; pass the files in it (e.g. DIR/*.txt)")
        text, warnings = decode(path.read_bytes())
        check_text(text, max_chars)
        meta = read_sidecar(path)
    except FileNotFoundError:
        return failed(path.stem, source, "no such file")
    except PermissionError:
        return failed(path.stem, source, "permission denied")
    except (OSError, ValueError) as exc:
        return failed(path.stem, source, str(exc))
    name_date = DATE_IN_NAME.search(path.name)
    date = meta.get("date") or default_date or (name_date.group(1) if name_date else None)
    doc = Document(text, doc_id=path.stem, date=safe_date(date), source=source, title=meta.get("title"))
    doc.warnings.extend(warnings)
    return doc


def read_sidecar(path: Path) -> dict:
    sidecar = path.with_suffix(".json")
    if path.suffix == ".json" or not sidecar.is_file():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"unreadable sidecar {sidecar.name}: {exc}") from exc
    return meta if isinstance(meta, dict) else {}


def safe_date(value) -> dt.date | None:
    try:
        return parse_date(value)
    except (TypeError, ValueError):
        return None


def read_jsonl_file(path: Path, default_date: dt.date | None, max_chars: int) -> Iterator[Document]:
    """One Document per line; a broken line or a line without `text` is an error Document."""
    source = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield failed(path.stem, source, "no such file" if isinstance(exc, FileNotFoundError) else str(exc))
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            if raw.strip():
                yield jsonl_document(raw, f"{source}:{number}", f"{path.stem}-{number}", default_date, max_chars)


def jsonl_document(raw: bytes, source: str, fallback_id: str, default_date, max_chars: int) -> Document:
    try:
        text_line, warnings = decode(raw)
        item = json.loads(text_line)
    except ValueError as exc:
        return failed(fallback_id, source, f"broken JSON line: {exc}")
    if not isinstance(item, dict):
        return failed(fallback_id, source, "JSON line is not an object")
    doc_id = str(item.get("id") or fallback_id)
    text = item.get("text")
    if not isinstance(text, str):
        return failed(doc_id, source, "no `text` field")
    try:
        check_text(text, max_chars)
    except ValueError as exc:
        return failed(doc_id, source, str(exc))
    date = safe_date(item.get("date")) or default_date
    doc = Document(text, doc_id=doc_id, date=date, source=item.get("url") or source, title=item.get("title"))
    doc.warnings.extend(warnings)
    return doc


def read_inputs(
    paths: Iterable[Path], default_date: dt.date | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[Document]:
    """Documents from files, lazily, in order; a doc_id seen before makes an error Document."""
    seen: dict[str, str] = {}
    for path in paths:
        path = Path(path)
        docs = read_jsonl_file(path, default_date, max_chars) if path.suffix == ".jsonl" else [
            read_text_file(path, default_date, max_chars)
        ]
        for doc in docs:
            if doc.doc_id in seen and not doc.error:
                doc = failed(doc.doc_id, doc.source or str(path), f"duplicate doc_id {doc.doc_id!r} (also {seen[doc.doc_id]})")
            seen.setdefault(doc.doc_id, doc.source or str(path))
            yield doc


def count_documents(paths: Iterable[Path]) -> int:
    """How many documents `read_inputs` will yield (non-empty JSONL lines count one each)."""
    total = 0
    for path in map(Path, paths):
        if path.suffix == ".jsonl" and path.is_file():
            with path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        else:
            total += 1
    return total
