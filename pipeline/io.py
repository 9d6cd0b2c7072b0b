"""Loading an output folder into pandas: one typed DataFrame per record type, joins, export.

The column types come from the record dataclasses (`pipeline.records`), so a new field is typed the
day it is added: optional ints (speaker offsets, ...) are nullable `Int64`, flags are `bool`, labels
and kinds are `category`, and the document date and date ranges are `datetime64`. A record file that
is missing (a stage that did not run) gives an empty frame with the same columns.

Example:
    >>> from pipeline import io
    >>> out = io.load("data/processed")  # doctest: +SKIP
    >>> out.joined("quotes")[["speaker_canonical", "text", "sentence_text", "doc_date"]]  # doctest: +SKIP
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sys
from dataclasses import MISSING, dataclass, fields
from pathlib import Path

import pandas as pd

from .inputs import decode
from .records import RECORD_NAMES, RECORD_TYPES, Record

#: Columns with a small set of values: stored as pandas categories.
CATEGORY_COLUMNS = frozenset({"label", "kind", "type", "speaker_type", "status", "unit", "bound"})
#: ISO date columns read as datetimes (a TIMEX3 `value` stays a string: it can be "FUTURE_REF").
DATETIME_COLUMNS = {"documents": ("date",), "dates": ("range_start", "range_end")}
#: Columns the joins bring from the sentence and document records, and the names they get.
SENTENCE_COLUMNS = {"text": "sentence_text", "paragraph": "paragraph", "heading": "heading"}
DOCUMENT_COLUMNS = {"date": "doc_date", "title": "doc_title", "source": "doc_source", "url": "doc_url",
                    "section": "doc_section"}
RECORD_CLASSES: dict[str, type[Record]] = dict(zip(RECORD_NAMES, RECORD_TYPES))
#: Environment variable naming the output folder the notebooks read (default: data/processed).
OUTPUT_ENV = "PIPELINE_OUTPUT"


def repo_root(start: str | Path | None = None) -> Path | None:
    """The repository folder holding `start` (default: the working folder), if any."""
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "pyproject.toml").is_file() and (folder / "pipeline").is_dir():
            return folder
    return None


def output_folder(start: str | Path | None = None) -> Path:
    """$PIPELINE_OUTPUT if set, else the repository's data/processed (found from `start` upwards)."""
    if os.environ.get(OUTPUT_ENV):
        return Path(os.environ[OUTPUT_ENV])
    root = repo_root(start)
    if root is None:
        raise FileNotFoundError(f"not inside the repository: set {OUTPUT_ENV} to an output folder")
    return root / "data" / "processed"


def read_jsonl(path: Path) -> list[dict]:
    """The objects of a JSONL file ([] when the file is absent)."""
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def column_defaults(record_class: type[Record]) -> dict[str, object]:
    """Field name -> default value (None for a required field), in the JSONL key order."""
    out = {}
    for f in fields(record_class):
        out[f.name] = None if f.default is MISSING else f.default
    return out


def typed(frame: pd.DataFrame, record_class: type[Record], name: str) -> pd.DataFrame:
    """Give every declared column its dtype; columns the record does not declare are kept as read."""
    annotations = {f.name: str(f.type) for f in fields(record_class)}
    defaults = column_defaults(record_class)
    for column, annotation in annotations.items():
        frame[column] = typed_column(frame[column], annotation, defaults[column], column)
    for column in DATETIME_COLUMNS.get(name, ()):
        frame[column] = pd.to_datetime(frame[column], errors="coerce", format="ISO8601")
    if name == "dates":
        frame["value_date"] = pd.to_datetime(frame["value"], errors="coerce", format="ISO8601")
    return frame


def typed_column(column: pd.Series, annotation: str, default: object, name: str) -> pd.Series:
    if annotation == "bool":
        return column.fillna(bool(default)).astype(bool)
    if annotation.startswith("int"):
        nullable = "None" in annotation or column.isna().any()
        return column.astype("Int64" if nullable else "int64")
    if annotation.startswith("float"):
        return pd.to_numeric(column, errors="coerce").astype("float64")
    if name in CATEGORY_COLUMNS:
        return column.astype("category")
    return column


def read_records(folder: str | Path, name: str) -> pd.DataFrame:
    """One record file of an output folder as a typed DataFrame (`name`: "entities", "quotes", ...)."""
    if name not in RECORD_CLASSES:
        raise ValueError(f"unknown record type {name!r}; known: {', '.join(RECORD_NAMES)}")
    record_class = RECORD_CLASSES[name]
    rows = read_jsonl(Path(folder) / f"{name}.jsonl")
    declared = list(column_defaults(record_class))
    extra = [k for row in rows[:1] for k in row if k not in declared]
    frame = pd.DataFrame.from_records(rows, columns=declared + extra) if rows else pd.DataFrame(columns=declared)
    return typed(frame, record_class, name)


def with_sentence(frame: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """`frame` plus its sentence's text, paragraph and heading flag (joined on `sentence` = sentence `id`)."""
    right = sentences[["id", *SENTENCE_COLUMNS]].rename(columns={"id": "sentence", **SENTENCE_COLUMNS})
    return frame.merge(right, on="sentence", how="left", validate="many_to_one")


def with_document(frame: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """`frame` plus its document's date, title and source (as doc_date, doc_title, doc_source)."""
    right = documents.drop_duplicates("doc_id")  # a refused duplicate input repeats its doc_id
    right = right[["doc_id", *DOCUMENT_COLUMNS]].rename(columns=DOCUMENT_COLUMNS)
    return frame.merge(right, on="doc_id", how="left", validate="many_to_one")


def source_text(source: str | None, sha1: str | None, roots: list[Path]) -> str | None:
    """The text of a source file, found as given or under one of `roots`, if it is still the same text."""
    if not source or not sha1:
        return None
    for root in [Path.cwd(), *roots]:
        path = root / source
        if path.is_file():
            try:
                text, _ = decode(path.read_bytes())
            except (OSError, ValueError):
                return None
            same = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest() == sha1
            return text if same else None
    return None


def text_from_sentences(sentences: pd.DataFrame, n_chars: int) -> str:
    """A text with every sentence at its offsets and spaces between: enough to show the records."""
    chars = [" "] * n_chars
    for start, text in zip(sentences["start"], sentences["text"]):
        chars[start:start + len(text)] = text
    return "".join(chars)


def parquet_available() -> bool:
    return importlib.util.find_spec("pyarrow") is not None


@dataclass
class Output:
    """The record frames of one output folder, by record type name."""

    folder: Path
    frames: dict[str, pd.DataFrame]

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.frames[name]

    @property
    def documents(self) -> pd.DataFrame:
        return self.frames["documents"]

    @property
    def sentences(self) -> pd.DataFrame:
        return self.frames["sentences"]

    @property
    def entities(self) -> pd.DataFrame:
        return self.frames["entities"]

    @property
    def mentions(self) -> pd.DataFrame:
        """Who each phrase names (names, roles, descriptions, pronouns, documents): coreference."""
        return self.frames["mentions"]

    @property
    def clusters(self) -> pd.DataFrame:
        """One row per entity of each article (coreference): canonical, kind, gender, roles, party."""
        return self.frames["clusters"]

    @property
    def quotes(self) -> pd.DataFrame:
        return self.frames["quotes"]

    @property
    def dates(self) -> pd.DataFrame:
        return self.frames["dates"]

    @property
    def facts(self) -> pd.DataFrame:
        return self.frames["facts"]

    def document_text(self, doc_id: str, roots: tuple[str | Path, ...] = ()) -> str:
        """A document's original text: its source file (looked for from the working folder, the
        output folder's parents and `roots`) when unchanged, else rebuilt from its sentences."""
        row = self.documents[self.documents["doc_id"] == doc_id].iloc[0]
        search = [Path(r) for r in roots] + list(self.folder.resolve().parents)
        text = source_text(row["source"], row["sha1"], search)
        if text is None:
            text = text_from_sentences(self.sentences[self.sentences["doc_id"] == doc_id], int(row["n_chars"]))
        return text

    def parity(self, by: str | None = None) -> pd.DataFrame:
        """Share of women among the people quoted and among their quotes, with the unknown share,
        overall or per "month", "source" (url host) or "section" (see `pipeline.parity`)."""
        from .parity import parity, person_quotes

        return parity(person_quotes(self), by)

    def person_quotes(self) -> pd.DataFrame:
        """One row per quote by a person speaker, with the speaker's gender and the document's month,
        source and section: what the parity figures count (see `pipeline.parity`)."""
        from .parity import person_quotes

        return person_quotes(self)

    def joined(self, name: str) -> pd.DataFrame:
        """Records of type `name` with their sentence (when they have one) and document columns."""
        frame = self.frames[name]
        if "sentence" in frame.columns:
            frame = with_sentence(frame, self.sentences)
        return frame if name == "documents" else with_document(frame, self.documents)

    def export(self, dest: str | Path, fmt: str = "csv", joined: bool = False) -> list[Path]:
        """Write one file per record type to `dest` (`fmt` "csv" or "parquet"); returns the paths."""
        if fmt not in ("csv", "parquet"):
            raise ValueError(f"unknown export format {fmt!r}: use 'csv' or 'parquet'")
        if fmt == "parquet" and not parquet_available():
            raise RuntimeError("Parquet export needs pyarrow, which is not installed: "
                               "`pip install pyarrow` (or `pip install -e '.[parquet]'` in the checkout), "
                               "or export to CSV (fmt='csv').")
        dest = Path(dest)
        dest.mkdir(parents=True, exist_ok=True)
        paths = []
        for name in self.frames:
            frame = self.joined(name) if joined else self.frames[name]
            path = dest / f"{name}.{fmt}"
            if fmt == "csv":
                frame.to_csv(path, index=False)
            else:
                frame.to_parquet(path, index=False)
            paths.append(path)
        return paths


def load(folder: str | Path = "data/processed") -> Output:
    """Every record file of an output folder (absent files give empty frames)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"no output folder at {folder} (run `extract FILES --out {folder}` first)")
    return Output(folder, {name: read_records(folder, name) for name in RECORD_NAMES})


if __name__ == "__main__":
    sys.exit("the export command is now `extract-export OUT --to DEST [--format csv|parquet|timeml] [--joined]` "
             "(or `python -m pipeline.export ...`); see `extract-export --help`")
