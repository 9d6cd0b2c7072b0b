"""Layers: who a phrase names (`pipeline.coreference`), the entities, first names and mentions sit
below the stages that ask them; none of their modules imports quotes, facts, stages or the report.

Why a test: an import upward is how the three answers of issue 23 came about (the coreference layer
read the quotes stage's lexicon); parsing the sources with `ast` catches one as soon as it is written,
lazy imports inside functions included.
"""
import ast
from pathlib import Path

import pytest

PIPELINE = Path(__file__).resolve().parents[1] / "pipeline"
LOWER = [*sorted((PIPELINE / "coreference").glob("*.py")), *sorted((PIPELINE / "entities").glob("*.py")),
         PIPELINE / "firstnames.py", PIPELINE / "mentions.py", PIPELINE / "marks.py",
         PIPELINE / "gazetteer.py"]
UPPER = ("pipeline.attribution", "pipeline.claims", "pipeline.stages", "pipeline.report", "pipeline.linking")
#: Known upward imports, to be removed: module -> what it imports (none left).
KNOWN: dict[str, set[str]] = {}


def imported(path: Path) -> set[str]:
    """Absolute names of the modules `path` imports (relative imports resolved)."""
    package = ["pipeline", *path.relative_to(PIPELINE).parts[:-1]]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *(node.module.split(".") if node.module else [])])
            out.add(module)
            out.update(f"{module}.{a.name}" for a in node.names)  # "from .. import claims"
    return out


@pytest.mark.parametrize("path", LOWER, ids=lambda p: str(p.relative_to(PIPELINE)))
def test_lower_layers_import_nothing_above_them(path):
    upward = {m for m in imported(path) if m.startswith(UPPER)}
    allowed = KNOWN.get(str(path.relative_to(PIPELINE)), set())
    assert {m for m in upward if not any(m == a or m.startswith(a + ".") for a in allowed)} == set()


def test_the_imports_are_read_with_their_package():
    assert "pipeline.coreference.chains" in imported(PIPELINE / "coreference" / "resolver.py")
    assert "pipeline.mentions" in imported(PIPELINE / "coreference" / "resolver.py")
