"""Reading a peer suite file leniently: what the scorer cannot read is skipped and said, never a traceback.

A suite folder may hold files from another source or in another layout (a case without the fields a
suite reads, an expected value it cannot parse such as the season "2016-SU", an empty expected
list). Each suite checks a case before scoring it (`check` raises CaseError with a one-line reason);
a case that fails the check is skipped, the others are scored, and the file gets one line saying
what was skipped and why. A file with no readable case is skipped as a whole.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

#: Skipped cases named in a file's note, before "…".
NAMED_CASES = 3


class CaseError(ValueError):
    """A suite case in a layout, or with a value, that the scorer does not know."""


@dataclass(frozen=True)
class SuiteFile:
    """The cases of one suite file that can be scored, and the reasons for the others."""

    name: str
    cases: tuple[dict, ...]
    skipped: tuple[str, ...]

    def note(self) -> str | None:
        """One line on what was skipped, or None when every case is scored."""
        if not self.skipped:
            return None
        reasons = "; ".join(self.skipped[:NAMED_CASES]) + ("; …" if len(self.skipped) > NAMED_CASES else "")
        if not self.cases:
            return f"skipped, no case in a layout it knows ({reasons})"
        total = len(self.cases) + len(self.skipped)
        return f"{len(self.skipped)} of {total} cases skipped ({reasons})"


def read_cases(path: Path, check: Callable[[dict], None], limit: int | None = None) -> SuiteFile:
    """The first `limit` cases (non-empty lines) of a JSONL suite file, checked by `check`."""
    name = f"{path.parent.name}/{path.name}"
    try:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()][:limit]
    except (OSError, UnicodeDecodeError) as exc:
        return SuiteFile(name, (), (f"unreadable: {exc}",))
    cases: list[dict] = []
    skipped: list[str] = []
    for number, line in enumerate(lines, start=1):
        try:
            case = json.loads(line)
        except ValueError:
            skipped.append(f"line {number}: not JSON")
            continue
        try:
            if not isinstance(case, dict):
                raise CaseError("not a JSON object")
            check(case)
        except CaseError as exc:
            skipped.append(f"{case_name(case, number)}: {exc}")
        else:
            cases.append(case)
    return SuiteFile(name, tuple(cases), tuple(skipped))


def record_note(notes: dict[str, str] | None, suite_file: SuiteFile) -> tuple[dict, ...]:
    """The file's cases to score, after adding its note (if any) to `notes`."""
    note = suite_file.note()
    if note and notes is not None:
        notes[suite_file.name] = note
    return suite_file.cases


def case_name(case, number: int) -> str:
    if isinstance(case, dict) and isinstance(case.get("id"), (str, int)):
        return str(case["id"])
    return f"line {number}"


def require(case: dict, key: str, kind: type | tuple[type, ...], optional: bool = False) -> object:
    """`case[key]` when it has the type a suite reads; CaseError naming the field otherwise."""
    if key not in case or case[key] is None:
        if optional:
            return None
        raise CaseError(f"no `{key}`")
    value = case[key]
    if isinstance(value, bool) or not isinstance(value, kind):  # a bool is an int to isinstance
        raise CaseError(f"`{key}` has the wrong type ({type(value).__name__})")
    return value
