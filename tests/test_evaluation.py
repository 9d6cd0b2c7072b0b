"""extract-eval: its seed figures equal shared/eval/score.py's (run in a subprocess on the same folder),
pooling, the command line, and the peer suites."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.evaluation import dates_suite, seed
from pipeline.evaluation.cli import app
from pipeline.evaluation.suites import run_suites

DATA = Path(__file__).parent / "data"
SCORE_PY = DATA / "eval" / "score.py"
GOLD = DATA / "seed_gold.json"
runner = CliRunner()


def write_output(folder: Path, records: dict[str, list[dict]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in records.items():
        (folder / f"{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                              encoding="utf-8")
    return folder


def reference_scores(folder: Path, gold: Path = GOLD) -> dict:
    """score.py's own figures, as JSON."""
    done = subprocess.run([sys.executable, str(SCORE_PY), str(folder), str(gold), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def as_json(value):
    return json.loads(json.dumps(value))


def predictions_from_gold(gold: dict) -> dict[str, list[dict]]:
    """Gold records turned into imperfect predictions: dropped, shifted, relabelled and extra records,
    so that every figure of every stage is neither 0 nor 1."""
    doc = {"doc_id": gold["doc_id"]}
    sentences = [{**doc, **s} for s in gold["sentences"][1:]] + [{**doc, "start": 0, "end": 5}]
    entities = [{**doc, **e} for e in gold["entities"][:-3]]
    entities[0] = {**entities[0], "label": "ORG"}
    entities[1] = {**entities[1], "canonical": "Quelqu'un"}
    entities.append({**doc, **gold["not_entities"][1], "label": "LOC", "canonical": "État"})
    quotes = []
    for i, q in enumerate(gold["quotes"][:-2]):
        quotes.append({**doc, "kind": q["kind"], "start": q["start"] + 8 * (i % 3), "end": q["end"], "text": "",
                       "speaker_start": q["speaker"]["start"] + 40 * (i % 2), "speaker_end": q["speaker"]["end"] + 40 * (i % 2),
                       "speaker_canonical": None if i % 4 == 1 else q.get("speaker_canonical")})
    quotes.append({**doc, "kind": "direct", "start": 5, "end": 60, "text": ""})
    dates = [{**doc, **d} for d in gold["dates"][:-1]]
    dates[0] = {**dates[0], "value": "2020-08-30"}
    dates[1] = {**dates[1], "start": dates[1]["start"] + 2}
    dates.append({**doc, **gold["not_dates"][0], "type": "DATE", "value": "2020-08-29"})
    facts = [{**doc, **f} for f in gold["facts"][1:]] + [{**doc, **gold["facts"][0], "subject_canonical": "X"}]
    return {"sentences": sentences, "entities": entities, "quotes": quotes, "dates": dates, "facts": facts,
            "documents": [{**doc, "status": "ok"}]}


@pytest.fixture
def imperfect_output(tmp_path, seed_gold):
    return write_output(tmp_path / "out", predictions_from_gold(seed_gold))


def test_seed_figures_equal_score_py_on_imperfect_predictions(imperfect_output, seed_gold):
    ours = seed.score_folder(imperfect_output, [seed_gold])["documents"][0]
    reference = reference_scores(imperfect_output)
    assert as_json(ours) == reference
    assert 0 < reference["quotes_prf@0.3"][2] < 1 and 0 < reference["dates_value_prf"][2] < 1  # a real test


def test_seed_figures_equal_score_py_on_an_empty_folder(tmp_path, seed_gold):
    (tmp_path / "empty").mkdir()
    result = seed.score_folder(tmp_path / "empty", [seed_gold])
    assert as_json(result["documents"][0]) == reference_scores(tmp_path / "empty")
    assert result["missing"] == [seed_gold["doc_id"]]
    assert result["absent_stages"] == list(seed.STAGES)


@pytest.mark.model
def test_seed_figures_equal_score_py_on_the_pipeline_output(tmp_path, seed_doc, seed_gold):
    out = write_output(tmp_path / "out", seed_doc.to_records())
    ours = seed.score_folder(out, [seed_gold])["documents"][0]
    assert as_json(ours) == reference_scores(out)


def test_several_gold_documents_are_pooled(tmp_path, seed_gold):
    other = json.loads(json.dumps(seed_gold).replace(seed_gold["doc_id"], "copie"))
    records = predictions_from_gold(seed_gold)
    copies = predictions_from_gold(other)
    out = write_output(tmp_path / "out", {name: records[name] + copies[name] for name in records})
    result = seed.score_folder(out, [seed_gold, other])
    single = result["documents"][0]
    assert result["documents"][1] == {**single, "doc_id": "copie"}
    total = result["total"]
    assert total["quotes_counts@0.3"] == [2 * n for n in single["quotes_counts@0.3"]]
    assert total["quotes_prf@0.3"] == single["quotes_prf@0.3"]
    assert total["quantity_facts_found"] == "2/2"


def test_command_prints_json_equal_to_score_py(imperfect_output):
    result = runner.invoke(app, [str(imperfect_output), "--gold", str(GOLD), "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["gold"]["documents"][0] == reference_scores(imperfect_output)


def test_command_prints_a_per_stage_table(imperfect_output):
    result = runner.invoke(app, [str(imperfect_output), "--gold", str(GOLD)], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    for word in ("sentences", "entities", "quotes", "dates", "facts", "content overlap ≥ 0.3"):
        assert word in result.output


def test_command_refuses_what_it_cannot_measure(tmp_path):
    assert runner.invoke(app, [str(tmp_path)]).exit_code == 2
    result = runner.invoke(app, [str(tmp_path / "nope"), "--gold", str(GOLD)])
    assert result.exit_code == 2 and "output folder" in result.output
    result = runner.invoke(app, ["--suites", str(tmp_path)])
    assert result.exit_code == 2 and "no dates/" in result.output


@pytest.mark.model
def test_command_runs_the_pipeline_first(monkeypatch, fr_nlp, tmp_path, seed_text):
    monkeypatch.setattr("pipeline.core.load_spacy", lambda model: fr_nlp)
    article = tmp_path / "belarus-2020-08-30.txt"
    article.write_text(seed_text, encoding="utf-8")
    out = tmp_path / "run"
    result = runner.invoke(app, ["--run", str(article), "--out", str(out), "--gold", str(GOLD), "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["gold"]["documents"][0] == reference_scores(out)
    assert payload["gold"]["documents"][0]["sentences_prf"] == [1.0, 1.0, 1.0]


def test_numbers_suite_rows_per_source_and_group():
    result = run_suites(DATA / "numbers", nlp_factory=None)
    rows = {(r["source"], r["group"]): r for r in result["rows"]}
    assert rows[("duckling_fr_numeric", "all")]["total"] == 154
    assert rows[("text2num_fr_tests", "all")]["total"] == 121
    assert rows[("all files", "all")]["total"] == 154 + 121
    assert rows[("duckling_fr_numeric", "Numeral")]["accuracy"] >= 0.9
    assert result["skipped"] == {}


@pytest.mark.model
def test_ner_suite_rows_per_source(fr_nlp):
    import pipeline

    result = run_suites(DATA / "ner", lambda stages: pipeline.load(stages=stages, nlp=fr_nlp), limit=60)
    rows = [r for r in result["rows"] if r["source"] == "all files"]
    assert [r["group"] for r in rows] == ["bare model", "entities stage"]
    assert all(r["sentences"] == 60 and 0 < r["f1"] <= 1 for r in rows)
    assert {r["source"] for r in result["rows"]} > {"all files"}  # and a row per source corpus


def test_dates_suite_is_skipped_with_a_message_without_the_stage(monkeypatch, tmp_path):
    (tmp_path / "dates").mkdir()
    monkeypatch.setattr("pipeline.core.available_stages", lambda: ["segmentation", "entities"])
    result = run_suites(tmp_path / "dates", nlp_factory=None)
    assert result["rows"] == [] and "dates stage" in result["skipped"]["dates"]


@pytest.mark.parametrize("value,grain,expected", [
    ("2013-02-12T00:00:00", "day", "2013-02-12"), ("2013-02-12T04:30:00", None, "2013-02-12T04:30"),
    ("2014-05-11T00:00:00", None, "2014-05-11"), ("2013-02-11T00:00:00", "week", "2013-W07"),
    ("2013-03-01T00:00:00", "month", "2013-03"), ("2013-02-12T15:00:00", "hour", "2013-02-12T15:00"),
    ("2013-04-01T00:00:00", "quarter", "2013-Q2"),
])
def test_expected_values_are_written_at_their_grain(value, grain, expected):
    assert dates_suite.timex(value, grain) == expected


def test_duckling_interval_ends_become_inclusive():
    assert dates_suite.inclusive_end("2013-02-16T00:00:00", "day") == "2013-02-15"
    assert dates_suite.inclusive_end("2013-04-01T00:00:00", "month") == "2013-03"
    assert dates_suite.inclusive_end("2013-02-12T12:00:00", "hour") == "2013-02-12T11:00"


def test_a_case_passes_on_the_expected_span_and_value():
    from pipeline.records import DateMention

    case = {"text": "Publié le 11 juillet 2016", "expression": "le 11 juillet 2016", "type": "DATE", "grain": None,
            "expected": "2016-07-11T00:00:00", "expected_start": "2016-07-11T00:00:00", "expected_end": None,
            "source": "dateparser"}
    right = DateMention("c", "c:d0", 7, 25, "le 11 juillet 2016", "DATE", "2016-07-11")
    wrong_place = DateMention("c", "c:d0", 0, 6, "Publié", "DATE", "2016-07-11")
    assert dates_suite.case_ok(case, [right]) and not dates_suite.case_ok(case, [wrong_place])
    before = {**case, "text": "avant 16h", "expression": None, "type": "OPEN_INTERVAL", "grain": "hour",
              "expected_start": None, "expected_end": "2013-02-12T16:00:00"}
    bound = DateMention("c", "c:d0", 6, 9, "16h", "DATE", "2013-02-12T16:00", range_end="2013-02-12T16:00")
    assert dates_suite.case_ok(before, [bound])
    negative = {**case, "type": "NONE", "source": "Duckling/Time"}
    assert dates_suite.case_ok(negative, []) and not dates_suite.case_ok(negative, [right])
