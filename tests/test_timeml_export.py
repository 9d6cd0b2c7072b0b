"""The TimeML export (`extract-export OUT --to DEST --format timeml`), read back with an XML parser: the text
between the tags is the input text, every tid is unique, every anchor and range end resolves."""
from __future__ import annotations

import hashlib
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import spacy

from pipeline.document import Document
from pipeline.export.timeml import export_timeml, span_duration, timeml_document
from typer.testing import CliRunner

from pipeline.export.cli import app as export_app
from pipeline.stages.dates import DateNormalizer

TEXT = ("Le 3 mai, R&D <équipe> a voté.\r\nLa veille, il pleuvait ; le budget a doublé "
        "entre 2009 et 2017. Réunion mardi à 18 heures.")


def date_records(text: str, doc_id: str = "a1", date: str = "2020-05-05") -> list[dict]:
    doc = DateNormalizer(spacy.blank("fr"))(Document(text, doc_id=doc_id, date=date))
    return [d.to_dict() for d in doc.dates]


def parse(content: str) -> ET.Element:
    return ET.fromstring(content.encode("utf-8"))


def test_text_round_trips_and_ids_resolve():
    records = date_records(TEXT)
    root = parse(timeml_document("a1", TEXT, "2020-05-05", records))
    assert "".join(root.find("TEXT").itertext()) == TEXT
    tags = list(root.iter("TIMEX3"))
    tids = [t.get("tid") for t in tags]
    assert len(tids) == len(set(tids)) and tids[0] == "t0"
    for tag in tags:
        for name in ("anchorTimeID", "beginPoint", "endPoint"):
            assert tag.get(name) is None or tag.get(name) in tids
    dct = root.find("DCT/TIMEX3")
    assert (dct.get("value"), dct.get("functionInDocument")) == ("2020-05-05", "CREATION_TIME")


def test_range_is_written_through_its_ends():
    root = parse(timeml_document("a1", TEXT, "2020-05-05", date_records(TEXT)))
    inline = {t.text: t for t in root.find("TEXT") if t.tag == "TIMEX3" and t.text}
    assert inline["2009"].get("value") == "2009" and inline["2017"].get("value") == "2017"
    (link,) = [t for t in root.iter("TIMEX3") if t.get("beginPoint")]
    assert (link.get("type"), link.get("value")) == ("DURATION", "P9Y")
    assert (link.get("beginPoint"), link.get("endPoint")) == (inline["2009"].get("tid"), inline["2017"].get("tid"))
    assert inline["18 heures"].get("value").endswith("T18:00")


def test_anaphora_points_to_the_date_it_counts_from():
    root = parse(timeml_document("a1", TEXT, "2020-05-05", date_records(TEXT)))
    inline = {t.text: t for t in root.find("TEXT") if t.tag == "TIMEX3"}
    assert inline["La veille"].get("anchorTimeID") == inline["3 mai"].get("tid")
    assert inline["3 mai"].get("anchorTimeID") == "t0"


def test_span_durations():
    assert span_duration("2009", "2017") == "P9Y"
    assert span_duration("2020-05-03", "2020-05-07") == "P5D"
    assert span_duration("2020-06", "2020-08") == "P3M"
    assert span_duration("2020-05-03T10:00", "2020-05-03T12:00") == "PT2H"
    assert span_duration("2020", "2020-08") == "PXD"


def write_output(folder: Path, doc_id: str, text: str, source: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    sha1 = hashlib.sha1(text.encode("utf-8")).hexdigest()
    document = {"doc_id": doc_id, "source": source, "date": "2020-05-05", "status": "ok", "sha1": sha1}
    (folder / "documents.jsonl").write_text(json.dumps(document) + "\n", encoding="utf-8")
    lines = [json.dumps(r, ensure_ascii=False) for r in date_records(text, doc_id)]
    (folder / "dates.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_cli_reads_texts_from_the_input_files(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "n1", "text": TEXT, "url": "https://example.org/n1"}) + "\n", encoding="utf-8")
    write_output(tmp_path / "out", "n1", TEXT, "https://example.org/n1")
    command = [str(tmp_path / "out"), "--to", str(tmp_path / "tml"), "--format", "timeml"]
    result = CliRunner().invoke(export_app, command)
    assert result.exit_code == 1 and "n1: text not found" in result.stderr  # the URL gives no text
    assert not (tmp_path / "tml" / "n1.tml").exists()
    result = CliRunner().invoke(export_app, [*command, "--input", str(corpus)])
    assert result.exit_code == 0 and "1 TimeML files" in result.stdout
    root = ET.parse(tmp_path / "tml" / "n1.tml").getroot()
    assert "".join(root.find("TEXT").itertext()) == TEXT


def test_texts_of_json_and_csv_articles_are_found_by_their_source(tmp_path):
    (tmp_path / "corpus.json").write_text(json.dumps([{"id": "j0", "text": "Autre."}, {"id": "j1", "text": TEXT}]))
    write_output(tmp_path / "out", "j1", TEXT, str(tmp_path / "corpus.json") + "[1]")
    written, problems = export_timeml(tmp_path / "out", tmp_path / "tml")
    assert [p.name for p in written] == ["j1.tml"] and problems == []
    pd = __import__("pandas")
    pd.DataFrame({"id": ["c0"], "text": [TEXT]}).to_csv(tmp_path / "corpus.csv", index=False)
    write_output(tmp_path / "out2", "c0", TEXT, str(tmp_path / "corpus.csv") + "[0]")
    written, problems = export_timeml(tmp_path / "out2", tmp_path / "tml2")
    assert [p.name for p in written] == ["c0.tml"] and problems == []


def test_text_file_source_and_changed_text(tmp_path):
    source = tmp_path / "note.txt"
    source.write_text("Il viendra le 3 mai.", encoding="utf-8")
    write_output(tmp_path / "out", "note", "Il viendra le 3 mai.", str(source))
    written, problems = export_timeml(tmp_path / "out", tmp_path / "tml")
    assert [p.name for p in written] == ["note.tml"] and problems == []
    source.write_text("Il viendra le 4 mai.", encoding="utf-8")  # edited since extraction: offsets would lie
    written, problems = export_timeml(tmp_path / "out", tmp_path / "tml2")
    assert written == [] and "note" in problems[0]
