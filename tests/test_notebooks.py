"""Every notebook runs top to bottom in a real Jupyter kernel on a small output folder, and is stored
without outputs. The folder is written by the `extract` command (with the session's model) on three
short texts; the notebooks find it through $PIPELINE_OUTPUT."""
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app as extract_app
from pipeline.io import OUTPUT_ENV

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOKS = sorted((Path(__file__).parents[1] / "notebooks").glob("*.ipynb"))
SHORT_TEXTS = {
    "conseil-2021-03-02.txt": "Le Conseil constitutionnel a validé mardi la loi. « C'est une victoire », a déclaré "
                              "Jean Castex. Selon l'Insee, le chômage a baissé de 2 % en 2020.",
    "senat-2021-03-04.txt": "Le Sénat a adopté jeudi 4 mars le budget par 180 voix contre 120. Gérard Larcher "
                            "a salué un « texte équilibré ».",
}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, seed_text):
    folder = tmp_path_factory.mktemp("notebooks")
    (folder / "belarus-2020-08-30.txt").write_text(seed_text, encoding="utf-8")
    for name, text in SHORT_TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def extract(fr_nlp, inputs: Path, out: Path, *options: str) -> Path:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("pipeline.core.load_spacy", lambda model: fr_nlp)
        result = CliRunner().invoke(extract_app, [*map(str, sorted(inputs.glob("*.txt"))), "--out", str(out), *options])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def small_output(inputs, fr_nlp):
    return extract(fr_nlp, inputs, inputs / "out")


@pytest.fixture(scope="module")
def partial_output(inputs, fr_nlp):
    """Only sentences and entities: the notebooks must still run (and say there is nothing to show)."""
    return extract(fr_nlp, inputs, inputs / "partial", "--stages", "segmentation,entities")


def test_there_are_notebooks():
    assert [p.name for p in NOTEBOOKS][:2] == ["01_article_tour.ipynb", "02_corpus_view.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_stored_without_outputs(path):
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{path.name}: strip the outputs"


def run_notebook(path: Path, output: Path, monkeypatch):
    monkeypatch.setenv(OUTPUT_ENV, str(output))
    notebook = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(notebook, kernel_name="python3", timeout=180,
                                     resources={"metadata": {"path": str(path.parent)}})
    client.execute()  # raises CellExecutionError, with the cell and its traceback, if a cell fails
    return [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]


@pytest.mark.model
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs(path, small_output, monkeypatch):
    outputs = run_notebook(path, small_output, monkeypatch)
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("text/html" in o.get("data", {}) or "image/png" in o.get("data", {}) for o in outputs)


@pytest.mark.model
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_on_an_output_without_quotes_dates_or_facts(path, partial_output, monkeypatch):
    assert not (partial_output / "quotes.jsonl").exists()
    run_notebook(path, partial_output, monkeypatch)
