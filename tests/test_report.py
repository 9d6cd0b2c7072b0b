"""The HTML report (`extract-report`): pages build and parse, links resolve, text is escaped,
overlapping highlights nest, speakers merge across articles; a real headless Chromium runs the scripts.

The output folder is written by hand here (records built with the record dataclasses, offsets found
in the texts), so these tests need no model; one model test goes through `extract --report`.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from html import unescape
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from typer.testing import CliRunner

from pipeline.records import DateMention, DocumentRecord, Entity, Fact, Quote, Sentence
from pipeline.report import ReportError, build_report, load_speakers
from pipeline.report import plots
from pipeline.report.markup import Span, highlight
from pipeline.report.speakers import build_speakers

TEXTS = {
    "senat": (
        "Emmanuel Macron a déclaré jeudi 12 mars : « Nous irons au Sénat. » Selon Marine Le Pen, "
        "le chômage a baissé de 3 % en 2019.\n\nLe débat reprendra le 2 avril."
    ),
    "xss": "Titre <b>gras</b>\n\nLe député Jean-Marie Le Pen a écrit <script>alert(1)</script> sur son site.",
    "bref": "Macron a répondu : « Jamais. » Le Pen a dit qu'elle viendrait.",
}
TITLES = {"senat": "Le Sénat & l'Élysée", "xss": "<img src=x onerror=alert(2)>", "bref": None}
DATES = {"senat": "2020-03-12", "xss": "2020-04-02", "bref": "2020-05-01"}


def span(doc_id: str, fragment: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of `fragment` in a text."""
    text, start = TEXTS[doc_id], -1
    for _ in range(nth + 1):
        start = text.index(fragment, start + 1)
    return start, start + len(fragment)


def entity(doc_id, n, fragment, label, canonical=None):
    start, end = span(doc_id, fragment)
    return Entity(doc_id, f"{doc_id}:e{n}", start, end, fragment, label, canonical or fragment, n, f"{doc_id}:s0")


def quote(doc_id, n, fragment, speaker, canonical, cue=None, kind="direct", speaker_type="person"):
    start, end = span(doc_id, fragment)
    s_start, s_end = span(doc_id, speaker)
    c_start, c_end = span(doc_id, cue) if cue else (None, None)
    return Quote(doc_id, f"{doc_id}:q{n}", kind, start, end, fragment, speaker, s_start, s_end, canonical,
                 speaker_type, cue, c_start, c_end, cue, None, f"{doc_id}:s0")


def date(doc_id, n, fragment, value):
    start, end = span(doc_id, fragment)
    return DateMention(doc_id, f"{doc_id}:d{n}", start, end, fragment, "DATE", value, sentence=f"{doc_id}:s0")


def sentences(doc_id: str) -> list[Sentence]:
    """One sentence per paragraph (enough for the report, which never re-segments)."""
    out, start = [], 0
    for n, paragraph in enumerate(TEXTS[doc_id].split("\n\n")):
        out.append(Sentence(doc_id, f"{doc_id}:s{n}", start, start + len(paragraph), paragraph, n, False))
        start += len(paragraph) + 2
    return out


def records() -> dict[str, list]:
    fact_start, _ = span("senat", "le chômage")
    _, fact_end = span("senat", "en 2019")
    fact_text = TEXTS["senat"][fact_start:fact_end]
    return {
        "sentences": [s for doc_id in TEXTS for s in sentences(doc_id)],
        "entities": [
            entity("senat", 0, "Emmanuel Macron", "PER"), entity("senat", 1, "Sénat", "ORG"),
            entity("senat", 2, "Marine Le Pen", "PER"),
            entity("xss", 0, "Jean-Marie Le Pen", "PER"), entity("xss", 1, "<script>alert(1)</script>", "MISC"),
            entity("bref", 0, "Macron", "PER"), entity("bref", 1, "Le Pen", "PER"),
        ],
        "quotes": [
            quote("senat", 0, "Nous irons au Sénat.", "Emmanuel Macron", "Emmanuel Macron", cue="a déclaré"),
            quote("senat", 1, fact_text, "Marine Le Pen", "Marine Le Pen", kind="according_to"),
            quote("xss", 0, "<script>alert(1)</script>", "Jean-Marie Le Pen", "Jean-Marie Le Pen", cue="a écrit"),
            quote("bref", 0, "Jamais.", "Macron", "Macron", cue="a répondu"),
            quote("bref", 1, "qu'elle viendrait", "Le Pen", "Le Pen", kind="indirect"),
        ],
        "dates": [date("senat", 0, "jeudi 12 mars", "2020-03-12"), date("senat", 1, "2019", "2019"),
                  date("senat", 2, "le 2 avril", "2020-04-02")],
        "facts": [Fact("senat", "senat:f0", "quantity", fact_start, fact_end, fact_text, subject="le chômage",
                       value=3.0, unit="%", quantity_text="3 %", bound="exact", source="Marine Le Pen",
                       time="2019", sentence="senat:s0")],
    }


def write_output(folder: Path, inputs: Path) -> Path:
    """An output folder as `extract` writes it, for the three texts saved as .txt under `inputs`."""
    folder.mkdir(parents=True)
    inputs.mkdir(parents=True, exist_ok=True)
    documents = []
    for doc_id, text in TEXTS.items():
        (inputs / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        documents.append(DocumentRecord(
            doc_id, str(inputs / f"{doc_id}.txt"), DATES[doc_id], TITLES[doc_id], len(text), len(sentences(doc_id)),
            "ok", None, ("unbalanced quotation marks (1 straight \")",) if doc_id == "xss" else (),
            hashlib.sha1(text.encode("utf-8")).hexdigest()))
    documents.append(DocumentRecord("vide", str(inputs / "vide.txt"), None, None, 0, 0, "error", "empty file"))
    for name, rows in {**records(), "documents": documents}.items():
        with (folder / f"{name}.jsonl").open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row.to_dict(), ensure_ascii=False) + "\n")
    (folder / "run.json").write_text(json.dumps({"model": "fr_core_news_md", "stages": ["segmentation"],
                                                 "inputs": [str(inputs / f"{d}.txt") for d in TEXTS]}))
    return folder


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """(output folder, report folder, summary) of the hand-built output."""
    base = tmp_path_factory.mktemp("report")
    out = write_output(base / "out", base / "inputs")
    summary = build_report(out)
    return out, out / "report", summary


def parse(path: Path):
    html5lib = pytest.importorskip("html5lib", reason="html5lib (the dev extra) is needed to parse the pages")
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(path.read_text(encoding="utf-8"))


def data_links(path: Path) -> list[str]:
    """The page addresses a data script holds (every string ending in .html, with its #fragment)."""
    return re.findall(r'"((?:articles|speakers)/[^"#]+\.html(?:#[^"]*)?)"', path.read_text(encoding="utf-8"))


# --- highlights ---------------------------------------------------------------------------------

def strip_tags(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def test_overlapping_spans_nest_and_keep_the_text():
    text = "Emmanuel Macron a dit <b> hier."
    spans = [Span(0, 15, "ent per", "e1"), Span(9, 24, "quote", "q1"), Span(18, 31, "date", "d1", "2020-01-02"),
             Span(0, 8, "spk", "s1", href="../speakers/0.html")]
    html = str(highlight(text, spans))
    assert strip_tags(html) == "Emmanuel Macron a dit &lt;b&gt; hier."
    # a well-nested tree: every close tag matches the last open one
    stack = []
    for closing, tag in re.findall(r"<(/?)(span|a)\b", html):
        if closing:
            assert stack.pop() == tag
        else:
            stack.append(tag)
    assert not stack
    # the quote crosses the entity's end and the date crosses the quote's end: drawn in pieces
    assert html.count('data-r="q1"') == 2 and html.count('data-r="d1"') == 2
    assert html.count('id="q1"') == 1 and 'class="quote cont"' in html
    assert '<a class="spk" data-r="s1" id="s1" href="../speakers/0.html">Emmanuel</a>' in html


def test_spans_outside_the_text_are_dropped():
    assert str(highlight("abc", [Span(2, 9, "ent", "e"), Span(1, 1, "ent", "f")])) == "abc"


# --- speakers -----------------------------------------------------------------------------------

def test_a_bare_surname_joins_the_only_full_name_and_an_ambiguous_one_stays_apart(report):
    out, _, _ = report
    speakers = {s.canonical: s for s in build_speakers(*load_frames(out))[0]}
    macron = speakers["Emmanuel Macron"]
    assert macron.aliases == ["Macron"] and macron.documents == ["senat", "bref"] and macron.n_quotes == 2
    assert "Macron" not in speakers
    le_pen = speakers["Le Pen"]  # Marine and Jean-Marie: the corpus has two Le Pen
    assert le_pen.ambiguous and le_pen.candidates == ["Jean-Marie Le Pen", "Marine Le Pen"]
    assert not speakers["Marine Le Pen"].ambiguous and speakers["Marine Le Pen"].n_quotes == 1


def load_frames(out: Path):
    from pipeline import io

    output = io.load(out)
    return output.quotes, output.entities


def test_speakers_jsonl_is_written_beside_the_records(report):
    out, _, _ = report
    rows = [json.loads(line) for line in (out / "speakers.jsonl").read_text(encoding="utf-8").splitlines()]
    assert list(rows[0])[:5] == ["id", "canonical", "label", "aliases", "documents"] and "quotes" in rows[0]
    assert rows[0]["canonical"] == "Emmanuel Macron" and rows[0]["quotes"] == ["senat:q0", "bref:q0"]
    frame = load_speakers(out)
    assert len(frame) == len(rows) == 4 and set(frame["label"]) == {"person"}


# --- pages --------------------------------------------------------------------------------------

def test_every_page_parses_and_every_link_resolves(report):
    _, dest, summary = report
    assert summary.pages == check_pages(dest) >= 12


def test_the_report_of_data_processed_builds(tmp_path):
    """The repository's own output (`extract data/raw/*.txt`, as .ci/run does), copied first: the
    report writes speakers.jsonl into its output folder."""
    processed = Path(__file__).parents[1] / "data" / "processed"
    if not (processed / "documents.jsonl").is_file():
        pytest.skip("no data/processed output: run `extract data/raw/*.txt` first (.ci/run does)")
    out = shutil.copytree(processed, tmp_path / "processed")
    summary = build_report(out, sources=(Path(__file__).parents[1],))
    assert summary.rebuilt == [] and check_pages(out / "report") == summary.pages
    assert (out / "speakers.jsonl").is_file()


def check_pages(dest: Path) -> int:
    """Parse every page (html5lib, strict) and follow every relative link, #fragments included;
    the page addresses in the data scripts too. Returns the number of pages."""
    pages = sorted(dest.rglob("*.html"))
    ids: dict[Path, set[str]] = {}
    links: list[tuple[Path, str]] = []
    for page in pages:
        tree = parse(page)
        ids[page] = {e.get("id") for e in tree.iter() if e.get("id")}
        for element in tree.iter():
            for attribute in ("href", "src"):
                value = element.get(attribute)
                if value and not urlsplit(value).scheme:
                    links.append((page, value))
    for data in (dest / "data").glob("*.js"):
        links += [(dest / "index.html", link) for link in data_links(data)]
    assert len(links) > 10 * len(pages)
    for page, link in links:
        parts = urlsplit(link)
        target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
        assert target.is_file(), f"{page.name}: {link}"
        if parts.fragment and target.suffix == ".html":
            if target not in ids:
                ids[target] = {e.get("id") for e in parse(target).iter() if e.get("id")}
            assert unquote(parts.fragment) in ids[target], f"{page.name}: {link}"
    return len(pages)


def test_article_text_is_escaped_never_run(report):
    _, dest, _ = report
    html = (dest / "articles" / "xss.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html and "<img src=x" not in html and "<b>gras" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;img src=x onerror=alert(2)&gt;" in html
    assert re.findall(r"<script[^>]*>", html) == ['<script src="../assets/report.js">']
    article = re.search(r'<article class="text" id="text">(.*?)</article>', html, re.S).group(1)
    assert unescape(strip_tags(article)) == TEXTS["xss"]  # shown as written, tags and all


def test_only_a_web_address_becomes_a_link(tmp_path):
    out = write_output(tmp_path / "out", tmp_path / "inputs")
    documents = (out / "documents.jsonl").read_text(encoding="utf-8")
    (out / "documents.jsonl").write_text(documents.replace(str(tmp_path / "inputs" / "xss.txt"), "javascript://x%0Aalert(3)"))
    build_report(out)
    html = (out / "report" / "articles" / "xss.html").read_text(encoding="utf-8")
    assert "<code>javascript://x%0Aalert(3)</code>" in html and 'href="javascript' not in html


def test_article_page_marks_records_and_names_the_speaker(report):
    _, dest, _ = report
    tree = parse(dest / "articles" / "senat.html")
    marked = {e.get("data-r"): e for e in tree.iter() if e.get("data-r") and e.get("id")}
    assert {"senat:e0", "senat:q0", "senat:q0-speaker", "senat:d0", "senat:f0"} <= set(marked)
    assert marked["senat:d0"].get("title") == "DATE · 2020-03-12"
    assert marked["senat:q0-speaker"].get("href") == "../speakers/0.html"
    assert "3 %" in marked["senat:f0"].get("title")
    text = "".join(tree.find(".//article").itertext())
    assert text == TEXTS["senat"]


def test_lists_and_index_say_what_failed(report):
    _, dest, _ = report
    index = (dest / "index.html").read_text(encoding="utf-8")
    assert "empty file" in index and "unbalanced quotation marks" in index
    assert "1 failed" in index
    assert 'id="search"' in index
    facts = (dest / "data" / "facts.js").read_text(encoding="utf-8")
    assert '"le chômage"' in facts and "articles/senat.html#senat:f0" in facts


def test_charts_are_inline_svg_or_say_why_not(report, tmp_path, monkeypatch):
    pytest.importorskip("matplotlib", reason="matplotlib (the report extra) draws the charts")
    _, dest, summary = report
    assert summary.charts and (dest / "index.html").read_text(encoding="utf-8").count("<svg") == 2
    monkeypatch.setattr(plots, "matplotlib_pyplot", lambda: None)
    out = write_output(tmp_path / "out", tmp_path / "inputs")
    summary = build_report(out)
    index = (out / "report" / "index.html").read_text(encoding="utf-8")
    assert not summary.charts and "<svg" not in index and "pipeline[report]" in index


def test_a_moved_source_gives_the_text_rebuilt_from_sentences(tmp_path):
    out = write_output(tmp_path / "out", tmp_path / "inputs")
    shutil.move(tmp_path / "inputs", tmp_path / "moved")
    summary = build_report(out)
    assert len(summary.rebuilt) == 3
    page = parse(out / "report" / "articles" / "senat.html")
    text = "".join(page.find(".//article").itertext())
    assert text == TEXTS["senat"]  # one sentence per paragraph here, so nothing is lost
    assert "--sources DIR" in (out / "report" / "articles" / "senat.html").read_text(encoding="utf-8")
    assert build_report(out, sources=(tmp_path / "moved",)).rebuilt == []


def test_a_folder_that_is_not_a_report_is_not_replaced(tmp_path):
    out = write_output(tmp_path / "out", tmp_path / "inputs")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    with pytest.raises(ReportError, match="not empty"):
        build_report(out, tmp_path / "mine")
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep me"
    build_report(out, tmp_path / "site")
    (tmp_path / "site" / "articles" / "gone.html").write_text("from an older run")
    build_report(out, tmp_path / "site")  # a report replaces a report, stale pages included
    assert not (tmp_path / "site" / "articles" / "gone.html").exists()
    assert (tmp_path / "site" / "articles" / "senat.html").is_file()
    with pytest.raises(ReportError, match="no output folder"):
        build_report(tmp_path / "nothing")


def test_extract_report_command(tmp_path):
    from pipeline.report.cli import app

    out = write_output(tmp_path / "out", tmp_path / "inputs")
    result = CliRunner().invoke(app, [str(out), "--to", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    assert "report: " in result.output and (tmp_path / "site" / "speakers.html").is_file()
    result = CliRunner().invoke(app, [str(tmp_path / "nothing")])
    assert result.exit_code == 2 and "no output folder" in result.output


@pytest.mark.model
def test_extract_with_report_flag(tmp_path, monkeypatch, fr_nlp, seed_text):
    from pipeline.cli import app

    monkeypatch.setattr("pipeline.core.load_spacy", lambda model: fr_nlp)
    (tmp_path / "belarus-2020-08-30.txt").write_text(seed_text, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, [str(tmp_path / "belarus-2020-08-30.txt"), "--out", str(out), "--report"])
    assert result.exit_code == 0, result.output
    page = (out / "report" / "articles" / "belarus-2020-08-30.html").read_text(encoding="utf-8")
    assert page.count('class="quote') >= 5 and "report: " in result.output
    assert (out / "speakers.jsonl").is_file()


# --- a real browser -----------------------------------------------------------------------------

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
BROWSER_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync")


@pytest.fixture
def chromium(tmp_path):
    """Run headless Chromium on a page: (dom after the scripts ran, screenshot path)."""
    browser = next((shutil.which(name) for name in BROWSERS if shutil.which(name)), None)
    if browser is None:
        pytest.skip("no Chromium found (.ci/run installs Debian's chromium with apt-get; "
                    f"looked for {', '.join(BROWSERS)} on PATH)")

    def run(url: str, name: str, screenshot: bool = True) -> tuple[str, Path | None]:
        profile = tmp_path / f"profile-{name}"
        profile.mkdir()
        common = [browser, *BROWSER_FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=5000"]
        dom = subprocess.run([*common, "--dump-dom", url], capture_output=True, text=True, timeout=120)
        assert dom.returncode == 0, dom.stderr[-2000:]
        if not screenshot:
            return dom.stdout, None
        shot = tmp_path / f"{name}.png"
        subprocess.run([*common, "--window-size=1200,1400", f"--screenshot={shot}", url],
                       capture_output=True, text=True, timeout=120, cwd=tmp_path)
        assert shot.is_file() and shot.stat().st_size > 5000, f"no screenshot of {url}"
        return dom.stdout, shot

    return run


def test_browser_runs_the_article_page(report, chromium):
    _, dest, _ = report
    dom, _ = chromium((dest / "articles" / "senat.html").as_uri(), "article")
    assert 'data-ready="1"' in dom  # report.js ran to its end
    counts = dict(re.findall(r'<span class="count" data-kind="(\w+)">\((\d+)\)</span>', dom))
    assert counts == {"ent": "3", "quote": "2", "spk": "2", "cue": "1", "date": "3", "fact": "1"}
    assert 'class="quote direct" data-r="senat:q0" id="senat:q0"' in dom


def test_browser_fills_the_facts_table(report, chromium):
    _, dest, _ = report
    dom, _ = chromium((dest / "facts.html").as_uri(), "facts", screenshot=False)
    rows = re.findall(r"<tr><td>(.*?)</tr>", re.search(r"<tbody>(.*?)</tbody>", dom, re.S).group(1), re.S)
    assert len(rows) == 1 and "le chômage" in rows[0] and 'href="articles/senat.html#senat:f0"' in rows[0]
    assert "1 of 1 facts" in dom and '<option value="%">%</option>' in dom


def test_browser_search_filters_the_list(report, chromium):
    _, dest, _ = report
    index = (dest / "index.html").as_uri()
    dom, _ = chromium(index + "?q=macron", "search")
    results = re.search(r'<ul id="results">(.*?)</ul>', dom, re.S).group(1)
    items = re.findall(r"<li>(.*?)</li>", results, re.S)
    assert items and all("macron" in strip_tags(i).lower() for i in items)
    assert any('href="speakers/0.html"' in i for i in items)  # the speaker, and its entity and documents
    assert 'data-results="%d"' % len(items) in dom
    dom, _ = chromium(index + "?q=chomage", "search-fact", screenshot=False)  # accents folded: finds "le chômage"
    assert "articles/senat.html#senat:f0" in dom
    dom, _ = chromium(index + "?q=zzzz", "search-none", screenshot=False)
    assert 'data-results="0"' in dom and "No result." in dom


def test_who_is_quoted_page_gives_the_figures_and_links_each_person(report):
    out, dest, _ = report
    page = (dest / "who.html").read_text(encoding="utf-8")
    parse(dest / "who.html")
    # four person speakers: Emmanuel Macron, Marine Le Pen and Jean-Marie Le Pen (first names), and the
    # ambiguous bare "Le Pen", whose gender nothing gives (the quote's own "elle" is not about its speaker)
    rows = re.findall(r'<tr><td class="n">\d+</td><td><a href="(speakers/\d+\.html)">(.*?)</a></td>\s*<td class="gender">(\w+)</td>',
                      page)
    assert {name: gender for _, name, gender in rows} == {"Emmanuel Macron": "man", "Marine Le Pen": "woman",
                                                          "Jean-Marie Le Pen": "man", "Le Pen": "unknown"}
    assert all((dest / link).is_file() for link, _, _ in rows)
    assert 'href="who.html"' in (dest / "index.html").read_text(encoding="utf-8")
    speakers = load_speakers(out)
    assert {"gender", "gender_evidence", "wikidata", "merged_by"} <= set(speakers.columns)


def test_parity_frames_from_io(report):
    from pipeline import io

    out, _, _ = report
    data = io.load(out)
    overall = data.parity()
    assert overall.loc[0, "n_people"] == 4 and overall.loc[0, "women_people"] == 1
    assert overall.loc[0, "unknown_people"] == 1 and overall.loc[0, "share_women_people"] == round(1 / 3, 4)
    assert overall.loc[0, "n_quotes"] == 5 and overall.loc[0, "share_women_quotes"] == 0.25
    assert overall.loc[0, "unknown_share_quotes"] == 0.2
    months = data.parity("month")
    assert list(months["month"]) == ["2020-03", "2020-04", "2020-05"]
    assert set(data.person_quotes()["gender"]) == {"F", "M", "unknown"}
    with pytest.raises(ValueError):
        data.parity("weekday")


def test_browser_filters_the_who_is_quoted_table(report, chromium):
    _, dest, _ = report
    dom, _ = chromium((dest / "who.html").as_uri() + "?filter=le+pen", "who")
    assert 'data-ready="1"' in dom
    assert 'data-shown="3"' in dom  # Marine, Jean-Marie and the bare Le Pen; Macron hidden
    assert "<svg" in dom or "Charts need matplotlib" in dom
