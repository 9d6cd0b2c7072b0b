"""Reading input files into Documents, lazily, turning every bad input into a Document with an error.

Inputs, by file suffix:
- `.jsonl`: one article a line (`text`, optional `id`, `date`, `title`, `url`, `section`);
- `.json`: an array of such articles, or an object holding one such array, or one article object;
  any other JSON is refused by name (it is not prose: reading it as text gives junk entities);
- `.csv`: one article a row, with a `text` column (and optional `id`, `date`, `title`, `url`,
  `section` columns), read with pandas; a CSV without a `text` column is refused by name;
- anything else: one text article, with optional metadata in a sidecar `NAME.json` beside `NAME.txt`.
A folder stands for the input files in it (`input_files`).

Each document's `source` is where its text was read: the file, or `FILE.jsonl:LINE`,
`FILE.json[INDEX]`, `FILE.csv[ROW]` (0-based) for one article of a collection; its `url` is kept apart.

The document date comes from, in order: the article's `date` (or the sidecar's), the `--date` option,
a `YYYY-MM-DD` in the file name, else none; a date in another form is read by
`publication_dates.DateReader` with a warning saying what was read, or refused with a warning.

Bad metadata is never dropped silently: a date that cannot be read, or a `title`, `url` or `section`
that is not a string, is a warning on the document (the next date source is used); a title over
MAX_TITLE_CHARS is cut, with a warning; an `id` of the wrong type, or a `text` that is not a
string, is an error for that article.

Decoding: UTF-8 (a BOM is dropped); UTF-16 with a BOM; otherwise Windows-1252 with a warning (it
decodes any Latin-1 text the same way, except C1 controls, and also the curly quotes Word writes).
Offsets are into the decoded text.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from .document import Document
from .input_files import input_files
from .publication_dates import DateReader, iso_date

__all__ = ["DEFAULT_MAX_CHARS", "count_documents", "decode", "iso_date", "read_inputs"]

DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})")
DEFAULT_MAX_CHARS = 1_000_000  # spaCy's own nlp.max_length
#: A longer title is metadata gone wrong (a whole page pasted in the field): cut, with a warning.
MAX_TITLE_CHARS = 1_000
#: Metadata fields read as optional strings (a `section` says which part of a site the article is from).
STRING_FIELDS = ("url", "title", "section")
CSV_COLUMNS = ("id", "text", "date", *STRING_FIELDS)


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


def json_type(value: object) -> str:
    """The type of a decoded JSON value, for messages: int, float, bool, list, dict or null."""
    return "null" if value is None else type(value).__name__


class Reader:
    """Reads input files into Documents for one run (`default_date`, `max_chars`, one DateReader)."""

    def __init__(self, default_date: dt.date | None = None, max_chars: int = DEFAULT_MAX_CHARS) -> None:
        self.default_date = default_date
        self.max_chars = max_chars
        self.dates = DateReader()

    def documents(self, path: Path) -> Iterator[Document]:
        """The documents of one input file, by its suffix."""
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            return self.jsonl_file(path)
        if suffix == ".json":
            return self.collection(path, json_articles)
        if suffix == ".csv":
            return self.collection(path, csv_articles)
        return iter([self.text_file(path)])

    # -- one text file -------------------------------------------------------------------------
    def text_file(self, path: Path) -> Document:
        source = str(path)
        try:
            if path.is_dir():
                raise ValueError("is a directory; pass the files in it (e.g. DIR/*.txt)")
            text, warnings = decode(path.read_bytes())
            check_text(text, self.max_chars)
            meta = read_sidecar(path, warnings)
        except (OSError, ValueError) as exc:
            return failed(path.stem, source, os_message(exc))
        name_date = DATE_IN_NAME.search(path.name)
        doc = self.article(text, path.stem, source, meta, warnings, name_date and name_date.group(1))
        return doc

    def article(self, text: str, doc_id: str, source: str, meta: dict, warnings: list[str],
                name_date: str | None = None) -> Document:
        """A Document from its text and metadata; `warnings` so far are kept first."""
        date = self.first_date([("date", meta.get("date")), ("--date", self.default_date),
                                ("file-name date", name_date)], warnings)
        strings = {key: optional_string(meta, key, warnings) for key in STRING_FIELDS}
        strings["title"] = capped_title(strings["title"], warnings)
        doc = Document(text, doc_id=doc_id, date=date, source=source, **strings)
        doc.warnings.extend(warnings)
        return doc

    def first_date(self, sources: list[tuple[str, object]], warnings: list[str]) -> dt.date | None:
        """The first readable date of (name, value) sources in order; one not read before it is a warning."""
        for name, value in sources:
            if value is None or value == "":
                continue
            try:
                date, note = self.dates.read(value)
            except ValueError as exc:
                warnings.append(f"{name} {exc}; ignored")
                continue
            if note:
                warnings.append(f"{name} {note}")
            return date
        return None

    # -- collections: JSONL, JSON, CSV ---------------------------------------------------------------
    def jsonl_file(self, path: Path) -> Iterator[Document]:
        """One Document per line; a broken line or a line without `text` is an error Document."""
        source = str(path)
        try:
            handle = path.open("rb")
        except OSError as exc:
            yield failed(path.stem, source, os_message(exc))
            return
        with handle:
            for number, raw in enumerate(handle, start=1):
                if raw.strip():
                    yield self.jsonl_line(raw, f"{source}:{number}", f"{path.stem}-{number}")

    def jsonl_line(self, raw: bytes, source: str, fallback_id: str) -> Document:
        try:
            text_line, warnings = decode(raw)
            item = json.loads(text_line)
        except ValueError as exc:
            return failed(fallback_id, source, f"broken JSON line: {exc}")
        if not isinstance(item, dict):
            return failed(fallback_id, source, "JSON line is not an object")
        return self.item(item, source, fallback_id, warnings)

    def collection(self, path: Path, articles) -> Iterator[Document]:
        """The articles of a whole-file collection (`articles(text)` yields the items or raises ValueError)."""
        source = str(path)
        try:
            text, warnings = decode(path.read_bytes())
            items = articles(text)
        except (OSError, ValueError) as exc:
            sidecar_of = path.with_suffix(".txt")
            hint = f" (it is the sidecar of {sidecar_of.name}: pass {sidecar_of.name})" if (
                path.suffix.lower() == ".json" and sidecar_of.is_file()) else ""
            yield failed(path.stem, source, os_message(exc) + hint)
            return
        for index, item in enumerate(items):
            where, fallback_id = f"{source}[{index}]", f"{path.stem}-{index}"
            if not isinstance(item, dict):
                yield failed(fallback_id, where, f"article {index} is not an object (got {json_type(item)})")
            else:
                yield self.item(item, where, fallback_id, list(warnings))

    def item(self, item: dict, source: str, fallback_id: str, warnings: list[str]) -> Document:
        """One article object of a collection (JSONL line, JSON array item, CSV row)."""
        try:
            doc_id = jsonl_id(item.get("id"), fallback_id)
        except ValueError as exc:
            return failed(fallback_id, source, str(exc))
        try:
            text = jsonl_text(item)
            check_text(text, self.max_chars)
        except ValueError as exc:
            return failed(doc_id, source, str(exc))
        return self.article(text, doc_id, source, item, warnings)


def os_message(exc: Exception) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return str(exc)


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


def optional_string(meta: dict, key: str, warnings: list[str]) -> str | None:
    """`meta[key]` when it is a non-empty string; None, with a warning when it has another type."""
    value = meta.get(key)
    if value is not None and not isinstance(value, str):
        warnings.append(f"`{key}` is not a string (got {json_type(value)}); ignored")
        return None
    return value or None


def capped_title(title: str | None, warnings: list[str]) -> str | None:
    if title is None or len(title) <= MAX_TITLE_CHARS:
        return title
    warnings.append(f"title of {len(title):,} characters cut to its first {MAX_TITLE_CHARS:,}")
    return title[:MAX_TITLE_CHARS]


def jsonl_id(value: object, fallback_id: str) -> str:
    """The doc_id of an article's `id`: a string or an integer (corpora often number their articles).

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


def json_articles(text: str) -> list:
    """The articles of a `.json` file: an array, an object holding one array of articles, or one article."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ValueError(f"broken JSON: {exc}") from exc
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and "text" in data:
        return [data]
    if isinstance(data, dict):
        lists = [k for k, v in data.items() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
        if len(lists) == 1:
            return data[lists[0]]
        keys = ", ".join(list(data)[:6]) or "none"
        raise ValueError("a .json input must hold an array of articles (objects with `text`), an object "
                         f"with one such array, or one article; this object has keys: {keys}")
    raise ValueError(f"a .json input must hold an array of articles (objects with `text`); got {json_type(data)}")


def csv_articles(text: str) -> list[dict]:
    """The rows of a `.csv` file as article objects; the file must have a `text` column.

    The separator is the one of ",", ";" and tab found most in the header line."""
    import pandas as pd  # a dependency already (io), imported here so `extract --help` stays fast

    header = text.split("\n", 1)[0]
    separator = max(",;\t", key=header.count)  # French spreadsheets write ";"
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, sep=separator)
    except (ValueError, pd.errors.ParserError) as exc:
        raise ValueError(f"unreadable CSV: {exc}") from exc
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    if "text" not in frame.columns:
        found = ", ".join(map(str, frame.columns[:8])) or "none"
        raise ValueError(f"a .csv input needs a `text` column (one article a row); its columns are: {found}")
    columns = [c for c in CSV_COLUMNS if c in frame.columns]
    return [{k: v for k, v in row.items() if v != "" or k == "text"} for row in frame[columns].to_dict("records")]


def read_inputs(
    paths: Iterable[Path], default_date: dt.date | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[Document]:
    """Documents from files (a folder: the input files in it), lazily, in order; a file given twice
    is read once; a doc_id seen before makes an error Document."""
    reader = Reader(default_date, max_chars)
    seen: dict[str, str] = {}
    for path in input_files(paths).files:
        for doc in reader.documents(path):
            if doc.doc_id in seen and not doc.error:
                doc = failed(doc.doc_id, doc.source or str(path), f"duplicate doc_id {doc.doc_id!r} (also {seen[doc.doc_id]})")
            seen.setdefault(doc.doc_id, doc.source or str(path))
            yield doc


def count_documents(paths: Iterable[Path]) -> int:
    """How many documents `read_inputs` will yield (non-empty JSONL lines count one each)."""
    total = 0
    for path in input_files(paths).files:
        suffix = path.suffix.lower()
        if suffix == ".jsonl" and path.is_file():
            with path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        elif suffix in (".json", ".csv") and path.is_file():
            try:
                total += max(1, len((json_articles if suffix == ".json" else csv_articles)(decode(path.read_bytes())[0])))
            except (OSError, ValueError):
                total += 1
        else:
            total += 1
    return total
