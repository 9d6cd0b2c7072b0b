"""Document and record contract: key order, ids, offsets."""
import datetime as dt
from dataclasses import fields

from pipeline.document import Document
from pipeline.records import RECORD_TYPES, Cluster, DateMention, DocumentRecord, Entity, Fact, Quote, Sentence


def keys(record_type):
    return [f.name for f in fields(record_type)]


def test_record_key_order_is_the_contract():
    assert keys(DocumentRecord)[:8] == [
        "doc_id", "source", "date", "title", "n_chars", "n_sentences", "status", "error"]
    assert keys(Sentence) == ["doc_id", "id", "start", "end", "text", "paragraph", "heading"]
    assert keys(Entity) == [
        "doc_id", "id", "start", "end", "text", "label", "canonical", "cluster", "sentence", "wikidata"]
    assert keys(Quote)[:6] == ["doc_id", "id", "kind", "start", "end", "text"]
    assert keys(DateMention)[-5:] == ["value", "range_start", "range_end", "anchor", "sentence"]
    assert keys(Fact)[-8:] == ["sentence", "value_max", "subject_start", "subject_end", "source_start",
                               "source_end", "subject_cluster", "source_cluster"]  # new fields go last
    assert keys(Quote)[-1] == "speaker_cluster"
    assert keys(Cluster) == ["doc_id", "id", "start", "end", "text", "canonical", "label", "kind", "gender",
                             "gender_evidence", "roles", "party", "n_mentions", "wikidata"]
    assert RECORD_TYPES[-1] is DocumentRecord  # documents.jsonl is written last


def test_to_records_has_every_file_and_the_document_line():
    doc = Document("Bonjour.", doc_id="a1", date="2020-08-30")
    records = doc.to_records()
    assert set(records) == {"documents", "sentences", "entities", "mentions", "clusters", "quotes", "dates",
                            "facts"}
    (line,) = records["documents"]
    assert line["date"] == "2020-08-30" and line["status"] == "ok" and line["n_chars"] == 8
    assert doc.date == dt.date(2020, 8, 30)


def test_offset_errors_catch_a_bad_record():
    doc = Document("Emmanuel Macron parle.", doc_id="a1")
    doc.entities = [
        Entity("a1", "a1:e0", 0, 15, "Emmanuel Macron", "PER", "Emmanuel Macron", 0, None),
        Entity("a1", "a1:e1", 1, 15, "Emmanuel Macron", "PER", "Emmanuel Macron", 0, None),
    ]
    assert doc.offset_errors() == ["entities a1:e1: 'Emmanuel Macron' != text[1:15]"]


def test_sentence_lookup():
    doc = Document("Un. Deux.", doc_id="d")
    doc.sentences = [Sentence("d", "d:s0", 0, 3, "Un.", 0, False), Sentence("d", "d:s1", 4, 9, "Deux.", 0, False)]
    assert doc.sentence_id_at(0) == "d:s0"
    assert doc.sentence_id_at(5) == "d:s1"
    assert doc.sentence_id_at(3) is None  # the space between sentences


def test_error_document_status():
    doc = Document("", doc_id="x")
    doc.error = "empty file"
    line = doc.to_records()["documents"][0]
    assert (line["status"], line["error"], line["sha1"]) == ("error", "empty file", None)
