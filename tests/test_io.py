"""pipeline.io on a hand-built output folder: dtypes, missing files, joins, text, export (no model)."""
import json

import pandas as pd
import pytest

from pipeline import io
from pipeline.document import Document
from pipeline.records import Cluster, DateMention, Entity, Quote, Sentence

TEXT = "M. Macron parle. « Nous agirons », a-t-il dit le 9 août."


def seed_document(source: str) -> Document:
    doc = Document(TEXT, doc_id="a1", date="2020-08-30", source=source, title="Un titre")
    doc.sentences = [Sentence("a1", "a1:s0", 0, 16, TEXT[0:16], 0, False),
                     Sentence("a1", "a1:s1", 17, 56, TEXT[17:56], 1, False)]
    doc.entities = [Entity("a1", "a1:e0", 3, 9, "Macron", "PER", "Emmanuel Macron", 0, "a1:s0")]
    doc.clusters = (Cluster("a1", "c0", 3, 9, "Macron", "Emmanuel Macron", "PER", "person", "M", "title",
                            ("président",), None, 2),)
    doc.quotes = [Quote("a1", "a1:q0", "direct", 19, 31, "Nous agirons", speaker="il", speaker_start=40,
                        speaker_end=42, speaker_type="pronoun", cue="a-t-il dit", cue_start=35, cue_end=45,
                        sentence="a1:s1", speaker_cluster="c0"),
                  Quote("a1", "a1:q1", "according_to", 0, 16, TEXT[0:16], sentence="a1:s0")]
    doc.dates = [DateMention("a1", "a1:d0", 46, 55, "le 9 août", "DATE", "2020-08-09",
                             range_start="2020-08-09", range_end="2020-08-09", anchor="document_date",
                             sentence="a1:s1")]
    return doc


@pytest.fixture
def folder(tmp_path):
    """An output folder as `extract` writes it, without facts.jsonl (a stage that did not run)."""
    source = tmp_path / "a1.txt"
    source.write_text(TEXT, encoding="utf-8")
    records = seed_document(str(source)).to_records()
    out = tmp_path / "out"
    out.mkdir()
    for name, rows in records.items():
        if name != "facts":
            (out / f"{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                              encoding="utf-8")
    return out


def test_columns_get_the_types_of_the_records(folder):
    out = io.load(folder)
    assert str(out.quotes["speaker_start"].dtype) == "Int64"
    assert out.quotes["speaker_start"].isna().tolist() == [False, True]
    assert out.quotes["start"].dtype == "int64"
    assert out.sentences["heading"].dtype == bool
    assert isinstance(out.entities["label"].dtype, pd.CategoricalDtype)
    assert isinstance(out.quotes["kind"].dtype, pd.CategoricalDtype)
    assert pd.api.types.is_datetime64_any_dtype(out.documents["date"])
    assert out.documents["date"].iloc[0] == pd.Timestamp("2020-08-30")
    assert out.dates["value_date"].iloc[0] == pd.Timestamp("2020-08-09")
    assert pd.api.types.is_datetime64_any_dtype(out.dates["range_end"])


def test_clusters_load_as_a_frame_the_quotes_point_to(folder):
    out = io.load(folder)
    clusters = out.clusters
    assert clusters.columns.tolist()[:7] == ["doc_id", "id", "start", "end", "text", "canonical", "label"]
    assert clusters["gender"].tolist() == ["M"] and clusters["roles"].tolist() == [["président"]]
    assert clusters["wikidata"].isna().all()
    joined = out.quotes.merge(clusters, left_on=["doc_id", "speaker_cluster"], right_on=["doc_id", "id"])
    assert joined["canonical"].tolist() == ["Emmanuel Macron"]


def test_a_missing_record_file_is_an_empty_frame_with_all_columns(folder):
    facts = io.load(folder).facts
    assert facts.empty
    assert list(facts.columns)[:6] == ["doc_id", "id", "kind", "start", "end", "text"]
    assert facts["hedged"].dtype == bool and str(facts["value"].dtype) == "float64"


def test_joins_bring_the_sentence_and_the_document(folder):
    quotes = io.load(folder).joined("quotes")
    assert len(quotes) == 2
    assert quotes["sentence_text"].tolist() == [TEXT[17:56], TEXT[0:16]]
    assert quotes["doc_date"].tolist() == [pd.Timestamp("2020-08-30")] * 2
    assert quotes["doc_title"].iloc[0] == "Un titre"
    assert "heading" in quotes.columns and "paragraph" in quotes.columns


def test_every_record_text_is_at_its_offsets_in_the_document_text(folder, tmp_path):
    out = io.load(folder)
    text = out.document_text("a1")
    assert text == TEXT
    (tmp_path / "a1.txt").write_text(TEXT.upper(), encoding="utf-8")  # source changed: rebuild from sentences
    rebuilt = out.document_text("a1")
    assert len(rebuilt) == len(TEXT)
    for name in ("sentences", "entities", "quotes", "dates"):
        frame = out[name]
        for start, end, record_text in zip(frame["start"], frame["end"], frame["text"]):
            assert text[start:end] == record_text == rebuilt[start:end], name


def test_unknown_columns_are_kept(folder):
    path = folder / "entities.jsonl"
    row = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**row, "score": 0.9}) + "\n", encoding="utf-8")
    assert io.load(folder).entities["score"].tolist() == [0.9]


def test_csv_export_round_trips(folder, tmp_path):
    paths = io.load(folder).export(tmp_path / "csv", fmt="csv", joined=True)
    assert sorted(p.name for p in paths) == sorted(f"{n}.csv" for n in
                                                   ("sentences", "entities", "mentions", "clusters", "quotes", "dates",
                                                    "facts", "documents"))
    quotes = pd.read_csv(tmp_path / "csv" / "quotes.csv")
    assert quotes["text"].tolist() == ["Nous agirons", TEXT[0:16]]
    assert "sentence_text" in quotes.columns


def test_parquet_export_needs_pyarrow(folder, tmp_path):
    out = io.load(folder)
    if io.parquet_available():
        out.export(tmp_path / "pq", fmt="parquet")
        assert pd.read_parquet(tmp_path / "pq" / "entities.parquet")["canonical"].tolist() == ["Emmanuel Macron"]
    else:
        with pytest.raises(RuntimeError, match="pip install pyarrow"):
            out.export(tmp_path / "pq", fmt="parquet")
    with pytest.raises(ValueError, match="csv"):
        out.export(tmp_path / "x", fmt="xlsx")


def test_python_m_pipeline_io_points_to_the_export_command():
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "pipeline.io", "out", "dest"], capture_output=True, text=True)
    assert result.returncode == 1 and "extract-export OUT --to DEST" in result.stderr


def test_output_folder_honours_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(io.OUTPUT_ENV, str(tmp_path))
    assert io.output_folder() == tmp_path
    monkeypatch.delenv(io.OUTPUT_ENV)
    root = io.repo_root(__file__)
    assert io.output_folder(root / "notebooks") == root / "data" / "processed"
    with pytest.raises(FileNotFoundError):
        io.load(tmp_path / "nowhere")
