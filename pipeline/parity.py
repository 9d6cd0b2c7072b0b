"""Who is quoted: the share of women among the people quoted and among the quotes.

The Radar de Parité and the Gender Gap Tracker publish these figures per outlet and per month; these
frames give them for an output folder, with the share whose gender is unknown beside them (the gender
is never guessed: see `report.genders`). Only person speakers count.

Example:
    >>> from pipeline import io
    >>> out = io.load("data/processed")  # doctest: +SKIP
    >>> out.parity()  # doctest: +SKIP      (one row: the whole corpus)
    >>> out.parity("month")  # doctest: +SKIP      (also "source" (url host) and "section")
"""
from __future__ import annotations

from pathlib import PurePosixPath
from urllib.parse import urlsplit

import pandas as pd

UNKNOWN = "unknown"
GROUPS = ("month", "source", "section")


def document_groups(documents: pd.DataFrame) -> pd.DataFrame:
    """doc_id -> month (of the document date), source (url host, else the input file or folder) and
    section (a `section` field, else the url's first path segment, else the input's folder)."""
    rows = []
    has_section = "section" in documents.columns
    for row in documents.drop_duplicates("doc_id").to_dict("records"):
        source = str(row.get("source") or "")
        url = urlsplit(source) if source.startswith(("http://", "https://")) else None
        path = PurePosixPath(source.rsplit(":", 1)[0] if ".jsonl:" in source else source)
        if url:
            host, segment = url.netloc, next((p for p in url.path.split("/") if p), None)
        else:
            host = path.name if path.suffix == ".jsonl" else (path.parent.name or None)
            segment = path.parent.name or None
        section = row.get("section") if has_section and isinstance(row.get("section"), str) else segment
        date = row.get("date")
        rows.append({"doc_id": row["doc_id"], "month": date.strftime("%Y-%m") if pd.notna(date) else None,
                     "source": host or None, "section": section or None})
    return pd.DataFrame(rows, columns=["doc_id", "month", "source", "section"])


def person_quotes(data, speakers=None, index=None) -> pd.DataFrame:
    """One row per quote by a person speaker: doc_id, quote, speaker (index id), canonical, gender
    ("F", "M" or "unknown"), gender_evidence, month, source, section. `speakers`/`index` are the
    speaker index (`report.speakers`); built from `data` (an `io.Output`) when not given."""
    if speakers is None or index is None:
        from .report.speakers import speakers_with_genders

        speakers, index = speakers_with_genders(data)
    by_id = {s.id: s for s in speakers}
    quotes = data.quotes[data.quotes["speaker_canonical"].notna()]
    rows = []
    for doc_id, qid, name in zip(quotes["doc_id"], quotes["id"], quotes["speaker_canonical"]):
        speaker = by_id.get(index.get((doc_id, name)))
        if speaker is None or speaker.label != "person":
            continue
        rows.append({"doc_id": doc_id, "quote": qid, "speaker": speaker.id, "canonical": speaker.canonical,
                     "gender": speaker.gender or UNKNOWN, "gender_evidence": speaker.gender_evidence})
    frame = pd.DataFrame(rows, columns=["doc_id", "quote", "speaker", "canonical", "gender", "gender_evidence"])
    return frame.merge(document_groups(data.documents), on="doc_id", how="left")


def parity(frame: pd.DataFrame, by: str | None = None) -> pd.DataFrame:
    """Parity figures of `person_quotes` rows, overall (by=None) or per `by` ("month", "source",
    "section"). Columns: people (distinct speakers), women, men, unknown, share_women (women among the
    people whose gender is known), unknown_share (of the people), and the same for the quotes."""
    if by is not None and by not in frame.columns:
        raise ValueError(f"unknown grouping {by!r}: use one of {', '.join(GROUPS)} or None")
    groups = [("all", frame)] if by is None else list(frame.groupby(by, sort=True, dropna=False))
    rows = []
    for key, part in groups:
        people = part.drop_duplicates("speaker")
        row = {} if by is None else {by: key}
        row.update(figures(people["gender"], "people"))
        row.update(figures(part["gender"], "quotes"))
        rows.append(row)
    columns = ([by] if by else []) + [f"{n}{s}" for s in ("_people", "_quotes")
                                      for n in ("n", "women", "men", "unknown", "share_women", "unknown_share")]
    return pd.DataFrame(rows, columns=columns)


def figures(genders: pd.Series, suffix: str) -> dict:
    women, men = int((genders == "F").sum()), int((genders == "M").sum())
    total = len(genders)
    unknown = total - women - men
    return {f"n_{suffix}": total, f"women_{suffix}": women, f"men_{suffix}": men, f"unknown_{suffix}": unknown,
            f"share_women_{suffix}": round(women / (women + men), 4) if women + men else None,
            f"unknown_share_{suffix}": round(unknown / total, 4) if total else None}
