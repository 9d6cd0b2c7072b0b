"""Reading inputs: encodings, bad files, JSONL lines, dates, duplicate ids (no model)."""
import datetime as dt
import json

import pytest

from pipeline.inputs import count_documents, decode, read_inputs


@pytest.mark.parametrize("data,text,warned", [
    ("Élysée «oui»".encode("utf-8"), "Élysée «oui»", False),
    (b"\xef\xbb\xbf" + "Élysée".encode("utf-8"), "Élysée", True),
    ("Élysée".encode("utf-16"), "Élysée", True),
    ("Élysée l’été".encode("cp1252"), "Élysée l’été", True),
    ("Élysée".encode("latin-1"), "Élysée", True),
])
def test_decode(data, text, warned):
    got, warnings = decode(data)
    assert got == text and bool(warnings) == warned


def test_binary_is_refused():
    with pytest.raises(ValueError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def read(tmp_path, *names, **kwargs):
    return list(read_inputs([tmp_path / n for n in names], **kwargs))


def test_bad_files_become_error_documents(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\t\n")
    (tmp_path / "big.txt").write_text("mot " * 300)
    docs = read(tmp_path, "empty.txt", "blank.txt", "missing.txt", "big.txt", max_chars=1000)
    assert [(d.doc_id, d.error) for d in docs] == [
        ("empty", "empty file"),
        ("blank", "no text (whitespace only)"),
        ("missing", "no such file"),
        ("big", "too large: 1,200 characters, over the 1,000 limit (split the file into articles, or raise --max-chars)"),
    ]


def test_date_precedence_sidecar_then_option_then_file_name(tmp_path):
    (tmp_path / "a-2020-01-01.txt").write_text("Texte.")
    (tmp_path / "b-2020-01-01.txt").write_text("Texte.")
    (tmp_path / "b-2020-01-01.json").write_text(json.dumps({"date": "2021-05-06", "title": "Titre"}))
    (tmp_path / "c.txt").write_text("Texte.")
    a, b, c = read(tmp_path, "a-2020-01-01.txt", "b-2020-01-01.txt", "c.txt")
    assert (a.date, b.date, b.title, c.date) == (dt.date(2020, 1, 1), dt.date(2021, 5, 6), "Titre", None)
    a, c = read(tmp_path, "a-2020-01-01.txt", "c.txt", default_date=dt.date(2022, 2, 2))
    assert (a.date, c.date) == (dt.date(2022, 2, 2), dt.date(2022, 2, 2))


def test_jsonl_lines_broken_missing_text_and_duplicate_ids(tmp_path):
    lines = [
        json.dumps({"id": "x1", "text": "Un texte.", "date": "2020-07-02", "title": "T"}),
        "{not json",
        json.dumps({"id": "x3"}),
        json.dumps({"id": "x1", "text": "Encore."}),
        "",
        json.dumps({"text": "Sans id."}),
    ]
    (tmp_path / "c.jsonl").write_text("\n".join(lines), encoding="utf-8")
    docs = read(tmp_path, "c.jsonl")
    assert [d.doc_id for d in docs] == ["x1", "c-2", "x3", "x1", "c-6"]
    assert docs[0].error is None and docs[0].date == dt.date(2020, 7, 2) and docs[0].title == "T"
    assert docs[1].error.startswith("broken JSON line")
    assert docs[2].error == "no `text` field"
    assert docs[3].error.startswith("duplicate doc_id 'x1'")
    assert docs[4].error is None
    assert count_documents([tmp_path / "c.jsonl"]) == 5


def test_two_inputs_with_one_stem_is_an_error(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("Un.")
    (tmp_path / "x.txt").write_text("Deux.")
    first, second = read(tmp_path, "a/x.txt", "x.txt")
    assert first.error is None and second.error.startswith("duplicate doc_id 'x'")


def test_a_sidecar_given_alone_says_which_text_it_belongs_to(tmp_path):
    (tmp_path / "a.txt").write_text("Texte.")
    (tmp_path / "a.json").write_text(json.dumps({"date": "2020-08-30"}))
    (doc,) = read(tmp_path, "a.json")
    assert doc.error.endswith("this object has keys: date (it is the sidecar of a.txt: pass a.txt)")


def test_a_folder_is_read_with_its_sidecars_as_metadata(tmp_path):
    (tmp_path / "b.txt").write_text("Texte b.")
    (tmp_path / "a.txt").write_text("Texte a.")
    (tmp_path / "a.json").write_text(json.dumps({"date": "30 août 2020", "section": "politique"}))
    a, b = read_inputs([tmp_path])
    assert (a.doc_id, a.date, a.section, b.doc_id) == ("a", dt.date(2020, 8, 30), "politique", "b")
    assert a.warnings == ["date '30 août 2020' read as 2020-08-30"]
