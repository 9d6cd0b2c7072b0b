"""`run.json`: what produced an output folder (versions, stages, options, counts, times)."""
from __future__ import annotations

import datetime as dt
import platform
from importlib import metadata
from typing import Any


def package_version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def manifest(spec, names: list[str], options: dict[str, Any], summary, started_at: dt.datetime, paths) -> dict[str, Any]:
    from . import __version__
    from .core import available_stages

    return {
        "pipeline_version": __version__,
        "spacy_version": package_version("spacy"),
        "model": spec.model,
        "model_version": package_version(spec.model.replace("_", "-")),
        "python_version": platform.python_version(),
        "stages": list(spec.stages or available_stages()),
        "files": names,
        "options": options,
        "inputs": [str(p) for p in paths][:1000],
        "counts": {"documents": summary.documents, "failed": summary.failed, "carried_over": summary.carried,
                   "records": dict(summary.records)},
        "started": started_at.isoformat(timespec="seconds"),
        "finished": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "seconds": round(summary.seconds, 3),
    }
