"""A static HTML report of an output folder, for readers who never open a notebook or a JSONL file.

Journalists and fact-checkers want to look at what was extracted: the article with its entities,
quotes, dates and facts marked, who is quoted across the corpus, the figures. `extract-report OUT`
(or `extract ... --report`) writes a self-contained site that opens from file:// with no server and
no internet; it reads the records with `pipeline.io.load` and re-parses nothing. It also writes
OUT/speakers.jsonl, the corpus-level speaker index (see `speakers`), for the notebooks and pandas.
"""
from .build import ReportError, ReportSummary, build_report
from .speakers import load_speakers

__all__ = ["build_report", "ReportError", "ReportSummary", "load_speakers"]
