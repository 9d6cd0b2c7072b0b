"""Is the coreference layer linear in document length? CPU time of the coreference and quotes stages
on one long synthetic document (corpus articles outside the dev sets, concatenated), and on its
first quarter and half. Usage: python benchmarks/coreference_linearity.py [N_ARTICLES]

Why: a 990,000-character article once took 248 s in the coreference stage (an apposition look-up
that scanned every entity of the article for every role noun); every look-back is now bounded.
"""
from __future__ import annotations

import glob
import json
import os
import random
import sys
import time

import pipeline
from pipeline.document import Document

SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared")  # beside the checkout
CORPUS = os.path.join(SHARED, "corpus", "orangesum_monde.jsonl")
GOLD = os.path.join(SHARED, "eval", "dev*", "gold", "*.json")


def long_text(n: int, seed: int = 4) -> str:
    dev = {os.path.basename(f)[:-5] for f in glob.glob(GOLD)}
    with open(CORPUS, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    random.Random(seed).shuffle(rows)
    return "\n\n".join([r["text"] for r in rows if r["id"] not in dev][:n])


def main(n: int) -> None:
    full = long_text(n)
    nlp = pipeline.load(stages=["segmentation", "entities", "coreference", "quotes"])
    for fraction in (0.25, 0.5, 1.0):
        text = full[:int(len(full) * fraction)]
        doc = Document(text, doc_id="long")
        spacy_doc = nlp._prepared(doc)
        for _, component in nlp.nlp.pipeline:
            spacy_doc = component(spacy_doc)
        doc.spacy_doc = spacy_doc
        times = {}
        for stage in nlp.stages:
            t = time.process_time()
            stage(doc)
            doc.provided |= stage.provides
            times[stage.name] = time.process_time() - t
        print(f"{len(text):>9,} chars  coreference {times['coreference']:6.2f} s  quotes {times['quotes']:6.2f} s  "
              f"(entities {times['entities']:6.2f} s)  {len(doc.mentions)} mentions, {len(doc.quotes)} quotes", flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)
