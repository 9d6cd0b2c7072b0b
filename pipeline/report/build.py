"""Writing the site: every page from the records of one output folder.

Layout of the report folder (all links relative, so it opens from file:// and can be moved whole):
    index.html                the run, its failures and warnings, charts, the search box
    documents.html, -N.html   the documents, PER_PAGE a page
    articles/SLUG.html        one page per document: highlighted text, its quotes, facts, dates
    speakers.html, -N.html    the corpus speaker index, PER_PAGE a page
    who.html                  who is quoted: share of women among people and quotes, per month/source/section
    speakers/ID.html, -N      one page per speaker: its quotes, each linked to its article
    facts.html                the quantity facts, sorted and filtered in the page (data/facts.js)
    problems.html, -N.html    every failure and warning
    data/*.js                 search and facts data, loaded by the page only when used
    assets/                   the stylesheet and the script
Lists are paginated (or loaded on demand) so that no page grows with the corpus.
"""
from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import jinja2
import pandas as pd

from .. import io
from . import plots
from .markup import highlight
from .rows import by_document, plain_rows, slugs
from .spans import record_spans
from .speakers import Speaker, speakers_with_genders, write_speakers
from .texts import TextFinder

PER_PAGE = 100  # rows of a documents, speakers or problems page
QUOTES_PER_PAGE = 200  # quotes of a speaker page
TOP_SPEAKERS = 20
TOP_PEOPLE = 100  # rows of the most quoted people on who.html
LISTED = 20  # failures and warnings on the index page (all of them: problems.html)
RUN_KEYS = ("model", "model_version", "spacy_version", "pipeline_version", "stages", "started", "finished", "seconds")
MARKER = ".pipeline-report"  # a folder holding it is a report this command may replace


class ReportError(Exception):
    """A report that cannot be built (no output folder, a destination that is not a report)."""


@dataclass
class ReportSummary:
    dest: Path
    pages: int = 0
    seconds: float = 0.0
    largest_page: tuple[int, str] = (0, "")
    largest_data: tuple[int, str] = (0, "")
    rebuilt: list[str] = field(default_factory=list)
    charts: bool = True

    def line(self) -> str:
        kb = lambda n: f"{n / 1024:,.0f} KB"  # noqa: E731
        return (f"report: {self.pages:,} pages in {self.seconds:.1f} s -> {self.dest / 'index.html'} "
                f"(largest page {kb(self.largest_page[0])}: {self.largest_page[1]}; "
                f"largest data file {kb(self.largest_data[0])}: {self.largest_data[1]})")


def environment() -> jinja2.Environment:
    """Templates from the package; autoescape always on (article text is untrusted)."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("pipeline.report", "templates"), autoescape=True,
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
    )
    env.filters["thousands"] = lambda n: f"{int(n):,}".replace(",", "\u202f")
    return env


class Site:
    """The report folder being written: pages from templates, data scripts, size bookkeeping."""

    def __init__(self, dest: Path, env: jinja2.Environment, summary: ReportSummary):
        self.dest = dest
        self.env = env
        self.summary = summary
        self.folders: set[Path] = set()
        self.written: set[Path] = set()

    def page(self, name: str, template: str, **context) -> None:
        root = "../" * name.count("/")
        html = self.env.get_template(template).render(root=root, **context)
        self.write(name, html)
        self.summary.pages += 1
        self.summary.largest_page = max(self.summary.largest_page, (len(html.encode("utf-8")), name))

    def data(self, name: str, key: str, rows: list) -> None:
        """data/NAME.js: `REPORT_DATA[key] = rows`, a script (file:// pages cannot fetch JSON)."""
        text = (f"window.REPORT_DATA = window.REPORT_DATA || {{}};\nwindow.REPORT_DATA[{json.dumps(key)}] = "
                + json.dumps(rows, ensure_ascii=False, separators=(",", ":")) + ";\n")
        self.write(f"data/{name}.js", text)
        self.summary.largest_data = max(self.summary.largest_data, (len(text.encode("utf-8")), f"data/{name}.js"))

    def write(self, name: str, text: str) -> None:
        path = self.dest / name
        if path.parent not in self.folders:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.folders.add(path.parent)
        path.write_text(text, encoding="utf-8")
        self.written.add(path)


def previous_report(dest: Path) -> set[Path]:
    """The files of the report already in `dest` (replaced: written over, the rest removed at the
    end, which is much faster than deleting thousands of files first); any other non-empty folder
    is refused."""
    if not dest.exists() or not any(dest.iterdir()):
        return set()
    if not (dest / MARKER).is_file():
        raise ReportError(f"{dest} is not empty and holds no report: give another folder with --to")
    return {path for path in dest.rglob("*") if path.is_file()}


def write_assets(site: "Site") -> None:
    site.write(MARKER, "written by extract-report; the folder is replaced by the next report\n")
    for name in ("report.css", "report.js"):
        site.write(f"assets/{name}", resources.files("pipeline.report").joinpath("static", name).read_text(encoding="utf-8"))


def pages_of(rows: list, per_page: int, stem: str) -> list[dict]:
    """Pagination: [{"name", "rows", "number", "count", "names"}], one at least (maybe empty)."""
    count = max(1, math.ceil(len(rows) / per_page))
    names = [f"{stem}.html" if n == 1 else f"{stem}-{n}.html" for n in range(1, count + 1)]
    return [{"name": names[n - 1], "rows": rows[(n - 1) * per_page:n * per_page], "number": n, "count": count,
             "names": names} for n in range(1, count + 1)]


def build_report(out: str | Path, dest: str | Path | None = None, sources: tuple[str | Path, ...] = ()) -> ReportSummary:
    """Build the report of output folder `out` into `dest` (default OUT/report); writes OUT/speakers.jsonl."""
    started = time.perf_counter()
    out = Path(out)
    try:
        data = io.load(out)
    except FileNotFoundError as exc:
        raise ReportError(str(exc)) from exc
    dest = Path(dest) if dest else out / "report"
    run = json.loads((out / "run.json").read_text(encoding="utf-8")) if (out / "run.json").is_file() else {}
    previous = previous_report(dest)
    summary = ReportSummary(dest)
    site = Site(dest, environment(), summary)
    write_assets(site)
    corpus = Corpus.from_output(data, run, [Path.cwd(), *map(Path, sources), *out.resolve().parents])
    write_speakers(corpus.speakers, out)
    write_articles(site, corpus)
    write_documents(site, corpus)
    write_speaker_pages(site, corpus)
    write_who(site, corpus, data)
    write_facts(site, corpus)
    write_search(site, corpus)
    write_index(site, corpus, data, run)
    for stale in previous - site.written:
        stale.unlink()
    summary.rebuilt = corpus.finder.rebuilt
    summary.seconds = time.perf_counter() - started
    return summary


@dataclass
class Corpus:
    """Everything the pages need, read once: rows by document, speakers, slugs, texts."""

    documents: list[dict]
    records: dict[str, dict[str, list[dict]]]  # record type -> doc_id -> rows
    sentence_frame: pd.DataFrame
    speakers: list[Speaker]
    speaker_of: dict[tuple[str, str], int]
    finder: TextFinder
    _sentences: dict[str, pd.DataFrame] | None = None

    @classmethod
    def from_output(cls, data: io.Output, run: dict, roots: list[Path]) -> "Corpus":
        documents = plain_rows(data.documents)
        for row, slug in zip(documents, slugs([d["doc_id"] for d in documents])):
            row["slug"] = slug
        records = {name: by_document(plain_rows(data[name])) for name in ("entities", "quotes", "dates", "facts")}
        speakers, speaker_of = speakers_with_genders(data)
        return cls(documents, records, data.sentences, speakers, speaker_of, TextFinder(run.get("inputs", []), roots))

    def sentences(self, doc_id: str) -> pd.DataFrame | None:
        """A document's sentence records (grouped on first use: only a text rebuilt needs them)."""
        if self._sentences is None:
            self._sentences = dict(tuple(self.sentence_frame.groupby("doc_id", sort=False)))
        return self._sentences.get(doc_id)

    def rows(self, name: str, doc_id: str) -> list[dict]:
        return self.records[name].get(doc_id, [])

    def slug_of(self) -> dict[str, str]:
        """doc_id -> the slug of its first row (a refused duplicate's page is the error's)."""
        out: dict[str, str] = {}
        for row in self.documents:
            if row["status"] == "ok" or row["doc_id"] not in out:
                out.setdefault(row["doc_id"], row["slug"])
        return out


def write_articles(site: Site, corpus: Corpus) -> None:
    docs = corpus.documents
    for n, row in enumerate(docs):
        doc_id = row["doc_id"]
        text = corpus.finder.text(row, lambda: corpus.sentences(doc_id)) if row["status"] == "ok" else None
        quotes = corpus.rows("quotes", doc_id) if row["status"] == "ok" else []
        site.page(
            f"articles/{row['slug']}.html", "article.html", doc=row,
            body=highlight(text.text, record_spans(corpus.rows, corpus.speaker_of, doc_id)) if text else None,
            exact=text.exact if text else True,
            quotes=[dict(q, speaker_page=corpus.speaker_of.get((doc_id, q["speaker_canonical"]))) for q in quotes],
            facts=corpus.rows("facts", doc_id) if text else [], dates=corpus.rows("dates", doc_id) if text else [],
            n_entities=len(corpus.rows("entities", doc_id)) if text else 0,
            previous=docs[n - 1]["slug"] if n else None, next=docs[n + 1]["slug"] if n + 1 < len(docs) else None,
        )


def write_documents(site: Site, corpus: Corpus) -> None:
    counts = [{**row, **{name: len(corpus.rows(name, row["doc_id"])) for name in corpus.records}}
              for row in corpus.documents]
    for page in pages_of(counts, PER_PAGE, "documents"):
        site.page(page["name"], "documents.html", page=page)


def write_speaker_pages(site: Site, corpus: Corpus) -> None:
    """speakers.html (the index, paginated) and one page per speaker, its quotes linked to their article."""
    for page in pages_of(corpus.speakers, PER_PAGE, "speakers"):
        site.page(page["name"], "speakers.html", page=page, total=len(corpus.speakers))
    slug_of = corpus.slug_of()
    documents = {row["doc_id"]: row for row in corpus.documents}
    quotes = {q["id"]: q for rows in corpus.records["quotes"].values() for q in rows}
    for speaker in corpus.speakers:
        rows = [dict(quotes[qid], slug=slug_of[quotes[qid]["doc_id"]], doc=documents[quotes[qid]["doc_id"]])
                for qid in speaker.quotes]
        for page in pages_of(rows, QUOTES_PER_PAGE, f"speakers/{speaker.id}"):
            site.page(page["name"], "speaker.html", page=page, speaker=speaker)


def write_who(site: Site, corpus: Corpus, data: io.Output) -> None:
    """who.html: the parity figures (overall, per month, source and section), their charts and the
    most quoted people with their gender, each linked to their quotes."""
    from ..parity import parity, person_quotes

    quoted = person_quotes(data, corpus.speakers, corpus.speaker_of)
    groups = {by: parity(quoted, by) for by in ("month", "source", "section")}
    charts = {"months": plots.parity_monthly_chart(groups["month"]),
              "section": plots.parity_groups_chart(groups["section"], "section") if len(groups["section"]) > 1 else None,
              "source": plots.parity_groups_chart(groups["source"], "source") if len(groups["source"]) > 1 else None}
    people = [s for s in corpus.speakers if s.label == "person"][:TOP_PEOPLE]
    site.page("who.html", "who.html", overall=records(parity(quoted)), people=people, charts=charts,
              groups=[(by, records(frame)) for by, frame in groups.items()],
              charts_available=plots.matplotlib_pyplot() is not None, charts_missing=plots.MISSING)


def records(frame: pd.DataFrame) -> list[dict]:
    """Rows of a figures frame for a template (NaN and NA as None)."""
    return [{k: (None if not isinstance(v, str) and pd.isna(v) else v) for k, v in row.items()}
            for row in frame.to_dict("records")]


def write_facts(site: Site, corpus: Corpus) -> None:
    """facts.html and its data, data/facts.js (also read by the search)."""
    slug_of = corpus.slug_of()
    documents = {row["doc_id"]: row for row in corpus.documents}
    facts = [fact_row(f, slug_of[f["doc_id"]], documents[f["doc_id"]])
             for rows in corpus.records["facts"].values() for f in rows if f["kind"] == "quantity"]
    site.data("facts", "facts", facts)
    site.page("facts.html", "facts.html", n_facts=len(facts))


def fact_row(f: dict, slug: str, doc: dict) -> list:
    """One quantity fact for facts.html and the search: the columns of the facts table."""
    return [f["value"], f["value_max"], f["unit"] or "", f["of"] or "", f["subject"] or "", f["source"] or "",
            f["time"] or "", f["text"], f"articles/{slug}.html#{f['id']}", doc["date"] or "",
            doc["title"] or doc["doc_id"], f["bound"] or ""]


def write_search(site: Site, corpus: Corpus) -> None:
    """data/documents.js, speakers.js, entities.js: what the index page's search box looks through."""
    slug_of = corpus.slug_of()
    site.data("documents", "documents", [[row["title"] or row["doc_id"], row["date"] or "", row["doc_id"],
                                          f"articles/{row['slug']}.html"] for row in corpus.documents])
    site.data("speakers", "speakers", [[s.canonical, " ".join(s.aliases), s.label, s.n_quotes, f"speakers/{s.id}.html"]
                                       for s in corpus.speakers])
    entities: dict[tuple[str, str], dict] = {}
    for doc_id, rows in corpus.records["entities"].items():
        for e in rows:
            entry = entities.setdefault((e["canonical"], str(e["label"])), {"n": 0, "docs": []})
            entry["n"] += 1
            if doc_id not in entry["docs"] and len(entry["docs"]) < 5:
                entry["docs"].append(doc_id)
    ordered = sorted(entities.items(), key=lambda item: -item[1]["n"])
    site.data("entities", "entities", [[name, label, e["n"], [f"articles/{slug_of[d]}.html" for d in e["docs"]]]
                                       for (name, label), e in ordered])


def write_index(site: Site, corpus: Corpus, data: io.Output, run: dict) -> None:
    failures = [row for row in corpus.documents if row["status"] != "ok"]
    warnings = [(row, message) for row in corpus.documents for message in (row["warnings"] or [])]
    problems = [("error", row, row["error"]) for row in failures] + [("warning", row, m) for row, m in warnings]
    for page in pages_of(problems, PER_PAGE, "problems"):
        site.page(page["name"], "problems.html", page=page)
    top = corpus.speakers[:TOP_SPEAKERS]
    charts = {"speakers": plots.top_speakers_chart([s.canonical for s in top], [s.n_quotes for s in top]),
              "months": plots.monthly_chart({"quotes": per_month(data.joined("quotes")),
                                             "facts": per_month(data.joined("facts"))})}
    site.summary.charts = plots.matplotlib_pyplot() is not None
    quoted = data.quotes["speaker_canonical"].notna()
    site.page(
        "index.html", "index.html", run={key: run.get(key) for key in RUN_KEYS} if run else None,
        counts={name: len(data[name]) for name in io.RECORD_NAMES}, n_ok=len(corpus.documents) - len(failures),
        failures=failures[:LISTED], n_failures=len(failures), warnings=warnings[:LISTED], n_warnings=len(warnings),
        n_speakers=len(corpus.speakers), n_unattributed=int((~quoted).sum()), charts=charts,
        charts_available=site.summary.charts, charts_missing=plots.MISSING, rebuilt=corpus.finder.rebuilt,
    )


def per_month(frame: pd.DataFrame) -> pd.Series:
    dates = frame["doc_date"].dropna()
    return dates.dt.to_period("M").value_counts().sort_index() if len(dates) else pd.Series(dtype=int)
