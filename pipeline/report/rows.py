"""The output folder's records as plain rows for the templates, grouped by document.

The frames come from `pipeline.io.load` (typed pandas); the templates want plain values, so missing
values (NaN, NA, NaT) become None and dates become ISO strings, once, here.
"""
from __future__ import annotations

import re
from collections import defaultdict

import pandas as pd

SLUG_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def plain_rows(frame: pd.DataFrame) -> list[dict]:
    """Rows as dicts of plain Python values (None for missing, 'YYYY-MM-DD' for dates)."""
    frame = frame.copy()
    for column in frame.columns:
        if pd.api.types.is_datetime64_any_dtype(frame[column]):
            frame[column] = frame[column].dt.strftime("%Y-%m-%d")
    frame = frame.astype(object)
    return frame.where(frame.notna(), None).to_dict("records")


def by_document(rows: list[dict]) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        grouped[row["doc_id"]].append(row)
    return grouped


def slugs(doc_ids: list[str]) -> list[str]:
    """A file name for each document (one per row: a refused duplicate repeats its doc_id), unique
    even on a case-insensitive file system."""
    taken: set[str] = set()
    out = []
    for doc_id in doc_ids:
        base = SLUG_UNSAFE.sub("_", str(doc_id)).strip("._")[:80] or "document"
        slug, n = base, 1
        while slug.casefold() in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug.casefold())
        out.append(slug)
    return out
