"""Reading input files into Documents, lazily, turning every bad input into a Document with an error.

Inputs are `.jsonl` files (one article a line: `id`, `text`, optional `date`, `title`, `url`) and any
other file as text. The document date comes from, in order: the JSONL field or a sidecar `NAME.json`
beside `NAME.txt`, the `--date` option, a `YYYY-MM-DD` in the file name, else none.

Bad metadata is never dropped silently: a date that is not a real `YYYY-MM-DD` date, or a `title` or
`url` that is not a string, is a warning on the document (the next date source is used); an `id` of
the wrong type, or a `text` that is not a string, is an error for that line.

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

from .document import Document

DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?!\d)")  # a time part may follow: "2020-08-30T10:00:00"
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
        meta = read_sidecar(path, warnings)
    except FileNotFoundError:
        return failed(path.stem, source, "no such file")
    except PermissionError:
        return failed(path.stem, source, "permission denied")
    except (OSError, ValueError) as exc:
        return failed(path.stem, source, str(exc))
    name_date = DATE_IN_NAME.search(path.name)
    date = first_date(
        [("date", meta.get("date")), ("--date", default_date), ("file-name date", name_date and name_date.group(1))],
        warnings,
    )
    title = optional_string(meta, "title", warnings)
    doc = Document(text, doc_id=path.stem, date=date, source=source, title=title)
    doc.warnings.extend(warnings)
    return doc


def read_sidecar(path: Path, warnings: list[str]) -> dict:
    """The metadata object of `NAME.json` beside `NAME.txt` ({} when there is none)."""
    sidecar = path.with_suffix(".json")
    if path.suffix == ".json" or not sidecar.is_file():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"unreadable sidecar {sidecar.name}: {exc}") from exc
    if not isinstance(meta, dict):
        warnings.append(f"sidecar {sidecar.name} is not a JSON object (got {json_type(meta)}); ignored")
        return {}
    return meta


def iso_date(value: object) -> dt.date:
    """The date of a `YYYY-MM-DD` string (a time part after it is ignored); ValueError otherwise.

    Stricter than `date.fromisoformat`, which since Python 3.11 also reads "20200830" or "2020-W35-1":
    metadata in another form is more likely a mistake than a date.
    """
    text = value.strip() if isinstance(value, str) else ""
    if ISO_DATE.match(text):
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:  # "2020-02-30"
            pass
    raise ValueError(f"{value!r} is not YYYY-MM-DD")


def first_date(sources: list[tuple[str, object]], warnings: list[str]) -> dt.date | None:
    """The first valid date of (name, value) sources in order; an invalid one before it is a warning."""
    for name, value in sources:
        if value is None or value == "":
            continue
        if isinstance(value, dt.date):
            return value
        try:
            return iso_date(value)
        except ValueError:
            warnings.append(f"{name} {value!r} is not YYYY-MM-DD; ignored")
    return None


def optional_string(meta: dict, key: str, warnings: list[str]) -> str | None:
    """`meta[key]` when it is a non-empty string; None, with a warning when it has another type."""
    value = meta.get(key)
    if value is not None and not isinstance(value, str):
        warnings.append(f"`{key}` is not a string (got {json_type(value)}); ignored")
        return None
    return value or None


def json_type(value: object) -> str:
    """The type of a decoded JSON value, for messages: int, float, bool, list, dict or null."""
    return "null" if value is None else type(value).__name__


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
    try:
        doc_id = jsonl_id(item.get("id"), fallback_id)
    except ValueError as exc:
        return failed(fallback_id, source, str(exc))
    try:
        text = jsonl_text(item)
        check_text(text, max_chars)
    except ValueError as exc:
        return failed(doc_id, source, str(exc))
    date = first_date([("date", item.get("date")), ("--date", default_date)], warnings)
    url = optional_string(item, "url", warnings)
    title = optional_string(item, "title", warnings)
    doc = Document(text, doc_id=doc_id, date=date, source=url or source, title=title)
    doc.warnings.extend(warnings)
    return doc


def jsonl_id(value: object, fallback_id: str) -> str:
    """The doc_id of a JSONL `id`: a string or an integer (corpora often number their articles).

    Absent or null: the `FILE-LINE` fallback. Any other type, or an empty string, is a ValueError:
    the id names the document in every record, so a guessed one would mislead.
    """
    if value is None:
        return fallback_id
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ValueError(f"`id` is not a string (got {json_type(value)})")
    if not str(value).strip():
        raise ValueError("`id` is an empty string")
    return str(value)


def jsonl_text(item: dict) -> str:
    if "text" not in item:
        raise ValueError("no `text` field")
    if not isinstance(item["text"], str):
        raise ValueError(f"`text` is not a string (got {json_type(item['text'])})")
    return item["text"]


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
