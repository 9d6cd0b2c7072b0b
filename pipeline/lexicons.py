"""Reading the rule and lexicon files kept under `pipeline/resources/` (package data)."""
from __future__ import annotations

import json
from importlib import resources
from typing import Any

PACKAGE = "pipeline"


def resource_text(name: str) -> str:
    return resources.files(PACKAGE).joinpath("resources", name).read_text(encoding="utf-8")


def read_lines(name: str) -> list[str]:
    """Non-empty lines of a text resource, without `#` comments."""
    lines = []
    for raw in resource_text(name).splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            lines.append(line)
    return lines


def prefixed_lines(name: str, prefix: str) -> frozenset[str]:
    """The lines of a text resource that start with `prefix` ("seat:Matignon"), without it."""
    return frozenset(line.removeprefix(prefix) for line in read_lines(name) if line.startswith(prefix))


def read_jsonl(name: str) -> list[dict[str, Any]]:
    """Objects of a JSONL resource; lines starting with `#` are comments."""
    return [json.loads(line) for line in resource_text(name).splitlines() if line.strip() and not line.startswith("#")]


def read_json(name: str) -> Any:
    return json.loads(resource_text(name))
