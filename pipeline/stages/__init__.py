"""The pipeline's stages, each usable alone on a Document.

    from pipeline.stages import Segmenter, EntityRecognizer

Classes are imported on first access (PEP 562), so importing this package loads no stage code and
no model.
"""
from __future__ import annotations

from ..core import STAGE_CLASSES, stage_class

_CLASS_TO_STAGE = {target.split(":")[1]: name for name, target in STAGE_CLASSES.items()}

__all__ = sorted(_CLASS_TO_STAGE)


def __getattr__(attr: str):
    if attr in _CLASS_TO_STAGE:
        return stage_class(_CLASS_TO_STAGE[attr])
    raise AttributeError(f"module 'pipeline.stages' has no attribute {attr!r}")
