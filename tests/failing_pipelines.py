"""Pipelines that fail on purpose, for the tests of what one document's failure costs.

Module-level (not inside a test) so spawned worker processes can import them by name; run as a
script it starts a two-worker run that lasts long enough to be killed (tests/test_reliability.py).
"""
from __future__ import annotations

import dataclasses
import os
import sys
import time
from pathlib import Path

import spacy

from pipeline.core import Pipeline
from pipeline.executors import PipelineSpec
from pipeline.runner import run
from pipeline.stage import Stage
from pipeline.stages import Segmenter

#: a document holding this word makes the stage raise
BREAKS = "PANNE"
#: a document holding this word kills the process it runs in
KILLS = "FOUDRE"


class Fragile(Stage):
    """Raises on a document holding BREAKS, kills its process on one holding KILLS, else waits `pause` s."""

    name = "fragile"
    requires = frozenset({"sentences"})
    pause = 0.0

    def __call__(self, doc):
        if KILLS in doc.text:
            os._exit(3)
        if BREAKS in doc.text:
            raise KeyError("a record the stage needed is missing")
        time.sleep(self.pause)
        return doc


class Slow(Fragile):
    pause = 0.5


@dataclasses.dataclass(frozen=True)
class FragileSpec(PipelineSpec):
    """Built in each worker: a blank French tokenizer, the segmenter and a Fragile stage."""

    slow: bool = False

    def build(self) -> Pipeline:
        nlp = spacy.blank("fr")
        if self.max_length:
            nlp.max_length = max(nlp.max_length, self.max_length)
        return Pipeline(nlp, [Segmenter(nlp), (Slow if self.slow else Fragile)(nlp)])

    def record_names(self) -> list[str]:
        return ["sentences", "documents"]


if __name__ == "__main__":
    run(FragileSpec(slow=True), [Path(sys.argv[1])], Path(sys.argv[2]), workers=2, chunk_size=1)
