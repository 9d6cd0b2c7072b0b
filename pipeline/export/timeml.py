"""TimeML 1.2.1 export of the dates: one `<doc_id>.tml` per document.

Why a module of its own: TimeML has conventions the JSONL records do not follow, and they belong
to this format only. A TIMEX3 is inline in the text, so tags cannot overlap: a range record
("entre 2009 et 2017") is written through its ends, which the dates stage gives as records of their
own, plus a non-consuming `<TIMEX3 type="DURATION" beginPoint=… endPoint=…/>` for the range itself
(TimeML's way of linking two points). The document date is the `<DCT>` TIMEX3 `t0`
(functionInDocument="CREATION_TIME"); a record anchored on the document date or on another date
gets `anchorTimeID`. The text between the tags is the input text, byte for byte once the XML is
parsed (escaped; a carriage return is written `&#13;` so that parsers keep it).

The records do not hold the text, so it is read again: from the input files given with `--input`
(read as `extract` reads them), else from the document's `source` when it is a file (a `.txt`, or
`file.jsonl:LINE`). Either way it must have the SHA-1 recorded in documents.jsonl; a document whose
text cannot be found, or holds characters XML 1.0 cannot carry, is reported and not written.

    extract-export OUT --to DEST --format timeml [--input FILE ...]
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from ..inputs import Reader, decode, read_inputs
from ..io import read_jsonl

HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n'
          '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
          'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n')
#: characters XML 1.0 cannot hold, not even as a character reference
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
TEXT_ENTITIES = {"\r": "&#13;"}
LINE_SOURCE = re.compile(r"^(?P<path>.+\.jsonl):(?P<line>\d+)$")
ITEM_SOURCE = re.compile(r"^(?P<path>.+\.(?:json|csv))\[(?P<index>\d+)\]$")  # an article of a .json or .csv


@dataclass(frozen=True)
class Timex:
    """One TIMEX3 to write: `start`/`end` None for a non-consuming one."""

    tid: str
    type: str
    value: str
    start: int | None = None
    end: int | None = None
    anchor: str | None = None
    begin: str | None = None
    finish: str | None = None

    def attributes(self) -> str:
        pairs = [("tid", self.tid), ("type", self.type), ("value", self.value), ("anchorTimeID", self.anchor),
                 ("beginPoint", self.begin), ("endPoint", self.finish)]
        return " ".join(f"{name}={quoteattr(value)}" for name, value in pairs if value is not None)


# -- records -> TIMEX3 ---------------------------------------------------------------------------
def is_range(record: dict, records: list[dict]) -> bool:
    """A record that holds other records (its ends): written as a non-consuming TIMEX3."""
    return any(other is not record and record["start"] <= other["start"] and other["end"] <= record["end"]
               for other in records)


def inline_records(records: list[dict]) -> tuple[list[dict], list[dict]]:
    """(records written inline, ranges written as non-consuming tags), no two inline ones overlapping."""
    valued = [r for r in records if r.get("value")]
    ranges = [r for r in valued if is_range(r, valued)]
    inline: list[dict] = []
    for record in sorted((r for r in valued if r not in ranges), key=lambda r: (r["start"], -(r["end"] - r["start"]))):
        if all(record["start"] >= kept["end"] or record["end"] <= kept["start"] for kept in inline):
            inline.append(record)
    return inline, ranges


def span_duration(first: str | None, last: str | None) -> str:
    """ISO duration between two inclusive bounds at the same calendar grain ("2009".."2017" =
    P9Y, "2020-05-03".."2020-05-07" = P5D); clock times give the exact difference ("T10:00".."T12:00"
    = PT2H); anything else an unknown count (PXD)."""
    if not first or not last or len(first) != len(last):
        return "PXD"
    try:
        if len(first) == 4:
            return f"P{int(last) - int(first) + 1}Y"
        if len(first) == 7:
            months = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7]) + 1
            return f"P{months}M"
        if len(first) == 10:
            return f"P{(dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days + 1}D"
        if "T" in first and ":" in first:
            minutes = int((dt.datetime.fromisoformat(last[:16]) - dt.datetime.fromisoformat(first[:16])).total_seconds() // 60)
            return f"PT{minutes // 60}H" if minutes % 60 == 0 else f"PT{minutes}M"
    except ValueError:
        return "PXD"
    return "PXD"


def type_and_value(record: dict) -> tuple[str, str]:
    """A range record written inline (its ends are no records) is the DURATION between its bounds."""
    if "/" in record["value"]:
        return "DURATION", span_duration(record.get("range_start"), record.get("range_end"))
    return record["type"], record["value"]


def timexes(records: list[dict], has_dct: bool) -> list[Timex]:
    """The TIMEX3 of a document's date records, in text order, tids t1, t2, ... (t0 is the DCT)."""
    inline, ranges = inline_records(records)
    tids = {r["id"]: f"t{i}" for i, r in enumerate(sorted(inline + ranges, key=lambda r: (r["start"], -r["end"])), 1)}

    def anchor(record: dict) -> str | None:
        if record.get("anchor") == "document_date":
            return "t0" if has_dct else None
        return tids.get(record.get("anchor"))

    out = [Timex(tids[r["id"]], *type_and_value(r), r["start"], r["end"], anchor(r)) for r in inline]
    for r in ranges:
        ends = [tids[o["id"]] for o in inline if r["start"] <= o["start"] and o["end"] <= r["end"]]
        begin, finish = (ends[0], ends[-1]) if len(ends) >= 2 else (None, None)
        out.append(Timex(tids[r["id"]], "DURATION", span_duration(r.get("range_start"), r.get("range_end")),
                         anchor=anchor(r), begin=begin, finish=finish))
    return out


# -- document -> XML -------------------------------------------------------------------------------
def xml_text(text: str) -> str:
    return escape(text, TEXT_ENTITIES)


def timeml_document(doc_id: str, text: str, dct: str | None, records: list[dict]) -> str:
    """The .tml file of one document (a string); ValueError when the text cannot be XML."""
    bad = NOT_XML.search(text)
    if bad:
        raise ValueError(f"character {bad.group()!r} at {bad.start()} cannot be written in XML 1.0")
    tags = timexes(records, dct is not None)
    parts = [HEADER, f"<DOCID>{xml_text(doc_id)}</DOCID>\n"]
    if dct:
        parts.append(f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(dct)} '
                     f'functionInDocument="CREATION_TIME"/></DCT>\n')
    parts.append("<TEXT>")
    position = 0
    for tag in sorted((t for t in tags if t.start is not None), key=lambda t: t.start):
        parts += [xml_text(text[position:tag.start]), f"<TIMEX3 {tag.attributes()}>",
                  xml_text(text[tag.start:tag.end]), "</TIMEX3>"]
        position = tag.end
    parts.append(xml_text(text[position:]))
    parts += [f"<TIMEX3 {t.attributes()}/>" for t in tags if t.start is None]
    parts.append("</TEXT>\n</TimeML>\n")
    return "".join(parts)


# -- output folder -> files ------------------------------------------------------------------------
def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def text_from_source(source: str | None, roots: list[Path]) -> str | None:
    """The text of a `.txt` source, of one line of a JSONL source ("corpus.jsonl:12") or of one
    article of a JSON or CSV source ("corpus.csv[3]")."""
    if not source:
        return None
    item = ITEM_SOURCE.match(source)
    if item:
        return collection_text(item.group("path"), int(item.group("index")), roots)
    match = LINE_SOURCE.match(source)
    name = match.group("path") if match else source
    for root in roots:
        path = root / name
        if not path.is_file():
            continue
        try:
            if match:
                with path.open("rb") as handle:
                    line = next((raw for number, raw in enumerate(handle, 1) if number == int(match.group("line"))), None)
                item = json.loads(decode(line)[0]) if line else {}
                return item.get("text") if isinstance(item, dict) else None
            return decode(path.read_bytes())[0]
        except (OSError, ValueError):
            return None
    return None


def collection_text(name: str, index: int, roots: list[Path]) -> str | None:
    for root in roots:
        if (root / name).is_file():
            docs = list(Reader().documents(root / name))
            return docs[index].text if index < len(docs) and not docs[index].error else None
    return None


def document_texts(folder: Path, documents: list[dict], inputs: Iterable[Path] = ()) -> dict[str, str]:
    """doc_id -> text, for the documents whose text is found with the recorded SHA-1."""
    wanted = {d["doc_id"]: d.get("sha1") for d in documents if d.get("status", "ok") == "ok"}
    texts = {doc.doc_id: doc.text for doc in read_inputs(list(inputs)) if doc.doc_id in wanted and not doc.error}
    roots = [Path.cwd(), *folder.resolve().parents]
    for d in documents:
        if d["doc_id"] in wanted and d["doc_id"] not in texts:
            text = text_from_source(d.get("source"), roots)
            if text is not None:
                texts[d["doc_id"]] = text
    return {doc_id: text for doc_id, text in texts.items() if sha1(text) == wanted[doc_id]}


def export_timeml(folder: str | Path, dest: str | Path, inputs: Iterable[str | Path] = ()) -> tuple[list[Path], list[str]]:
    """Write `<doc_id>.tml` files; returns (paths written, one message per document not written)."""
    folder, dest = Path(folder), Path(dest)
    if not (folder / "documents.jsonl").is_file():
        raise FileNotFoundError(f"no documents.jsonl in {folder} (run `extract FILES --out {folder}` first)")
    documents = read_jsonl(folder / "documents.jsonl")
    dates: dict[str, list[dict]] = {}
    for record in read_jsonl(folder / "dates.jsonl"):
        dates.setdefault(record["doc_id"], []).append(record)
    texts = document_texts(folder, documents, [Path(p) for p in inputs])
    dest.mkdir(parents=True, exist_ok=True)
    written, problems = [], []
    for d in documents:
        doc_id = d["doc_id"]
        if d.get("status", "ok") != "ok":
            continue
        if doc_id not in texts:
            problems.append(f"{doc_id}: text not found (or changed since extraction); give the input files with --input")
            continue
        try:
            content = timeml_document(doc_id, texts[doc_id], d.get("date"), dates.get(doc_id, []))
        except ValueError as exc:
            problems.append(f"{doc_id}: {exc}")
            continue
        path = dest / f"{safe_name(doc_id)}.tml"
        path.write_text(content, encoding="utf-8", newline="")
        written.append(path)
    return written, problems


def safe_name(doc_id: str) -> str:
    return re.sub(r"[^\w.-]", "_", doc_id)
