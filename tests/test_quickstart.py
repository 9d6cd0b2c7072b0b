"""CI runs the README's quick start, so the two must not drift apart (no model, no install)."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def quick_start_lines() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1]
    block = re.search(r"```bash\n(.*?)```", section, re.DOTALL).group(1)
    return block.strip().splitlines()


def test_ci_runs_the_readme_quick_start_exactly():
    lines = quick_start_lines()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    assert all(line in ci for line in lines), (lines, ci)


def test_quick_start_makes_its_own_environment_and_the_second_line_enters_it():
    first, second = quick_start_lines()
    assert first.startswith("python3 -m venv .venv && . .venv/bin/activate && ")
    assert second.startswith(". .venv/bin/activate && ")
    assert ".venv/" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
