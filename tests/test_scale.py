"""Scale: worker processes and the Dask backend write exactly what one process writes."""
import json

import pytest

from pipeline.executors import PipelineSpec, resolve_workers
from pipeline.runner import run

ARTICLES = [
    "Vladimir Poutine a reçu samedi Alexandre Loukachenko au Kremlin.",
    "«Nous ne céderons pas», a déclaré mardi la Première ministre Élisabeth Borne à l'Assemblée nationale.",
    "Selon l'Insee, le chômage a baissé de 0,3 point au troisième trimestre 2022, à 7,3 %.",
    "Le RN a obtenu 89 députés. Marine Le Pen estime que c'est une victoire historique.",
    "La maire de Paris Anne Hidalgo a annoncé un plan de 6,8 millions d'euros pour les écoles.",
    "Emmanuel Macron sera à Berlin la semaine prochaine, a indiqué l'Élysée dans un communiqué.",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    path = folder / "articles.jsonl"
    lines = [json.dumps({"id": f"a{i}", "date": "2022-10-01", "text": text}) for i, text in enumerate(ARTICLES * 3)]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def outputs(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.jsonl"))}


@pytest.fixture(scope="module")
def one_process(corpus, tmp_path_factory, full_pipeline):
    out = tmp_path_factory.mktemp("one")
    run(PipelineSpec(), [corpus], out, nlp=full_pipeline, chunk_size=4)
    return outputs(out)


def test_resolve_workers():
    assert resolve_workers("2") == 2 and resolve_workers("auto") >= 1
    with pytest.raises(ValueError):
        resolve_workers("0")


@pytest.mark.model
@pytest.mark.slow
def test_two_worker_processes_write_the_same_output(corpus, tmp_path, one_process):
    summary = run(PipelineSpec(), [corpus], tmp_path, workers=2, chunk_size=4)
    assert summary.documents == 18 and summary.failed == 0
    assert outputs(tmp_path) == one_process


@pytest.mark.model
@pytest.mark.slow
def test_dask_local_cluster_writes_the_same_output(corpus, tmp_path, one_process):
    pytest.importorskip("distributed")
    summary = run(PipelineSpec(), [corpus], tmp_path, workers=2, backend="dask", chunk_size=4)
    assert summary.documents == 18 and summary.failed == 0
    assert outputs(tmp_path) == one_process
