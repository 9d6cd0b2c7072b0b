"""Time and peak memory against the length of one document (on demand, not in tests).

    python benchmarks/scaling.py --json benchmarks/results/scaling.json
    python benchmarks/scaling.py --sizes 10000,100000 --kinds prose      # a quick look

For each kind of text and each length, a fresh process loads the model, warms it up on other
articles (so the vocabulary and the lemmatizer's cache are as full as in a long run: a cold model
would make the smallest documents look dearer), then runs `runner.run` (read the JSONL, parse,
every stage, write the output folder) on a one-document corpus, and reports:
  - wall and CPU seconds of that run (CPU is what to compare on a shared machine), per character;
  - the CPU seconds spent in each stage (and in its `prepare`, before the parse), the rest being
    the spaCy tokenizer and model, reading and writing (`parse_and_io_cpu_s`): which part grows
    faster than the text;
  - the peak RSS of the process above what it held after the warm-up (MB).
Kinds:
  prose      concatenated corpus articles (OrangeSum politique), cut at the length;
  spacefree  one article, a run of base64-like characters without a space (a pasted image), a
             sentence with a number after the run ("moins 12 millions"), another article;
  html       the same two articles inside as many nested `<div>` as fill the length.
The target: linear within a factor of 2, i.e. CPU time per character at the longest length at
most twice that at the shortest (`ratio` per kind in the summary).
"""
from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "orangesum_politique.jsonl"
SIZES = (10_000, 30_000, 100_000, 300_000, 1_000_000)
KINDS = ("prose", "spacefree", "html")
#: warm-up texts are taken this far into the corpus, away from the measured ones
WARM_FROM, WARM_N = 5_000, 60

MEASURE = r'''
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[4])
from scaling import make_text, articles
import pipeline
from pipeline.executors import PipelineSpec
from pipeline.runner import run

corpus, kind, size = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
nlp = pipeline.load()
spent = {}

class Timed:
    """A stage wrapped to add its CPU time to `spent`."""
    def __init__(self, stage):
        self.stage, self.name = stage, stage.name
        self.requires, self.provides = stage.requires, stage.provides
    def prepare(self, spacy_doc):
        t = time.process_time()
        try:
            return self.stage.prepare(spacy_doc)
        finally:
            key = self.name + ".prepare"
            spent[key] = spent.get(key, 0.0) + time.process_time() - t
    def __call__(self, doc):
        t = time.process_time()
        try:
            return self.stage(doc)
        finally:
            spent[self.name] = spent.get(self.name, 0.0) + time.process_time() - t

nlp.stages = [Timed(s) for s in nlp.stages]
warm = articles(corpus, int(sys.argv[5]), int(sys.argv[6]))
list(nlp.pipe(warm))
rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
text = make_text(corpus, kind, size)
tmp = Path(sys.argv[7])
(tmp / "doc.jsonl").write_text(json.dumps({"id": f"{kind}-{size}", "text": text}), encoding="utf-8")
spent.clear()
wall, cpu = time.perf_counter(), time.process_time()
summary = run(PipelineSpec(), [tmp / "doc.jsonl"], tmp / "out", nlp=nlp, max_chars=max(len(text), 1_000_000))
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
stages = sum(spent.values())
print(json.dumps({"kind": kind, "chars": len(text), "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
                  "cpu_us_per_char": round(cpu / len(text) * 1e6, 2),
                  "parse_and_io_cpu_s": round(cpu - stages, 2),
                  "stages_cpu_s": {k: round(v, 2) for k, v in spent.items()},
                  "peak_rss_over_warm_mb": round(max(0, rss1 - rss0) / 1024, 1),
                  "failed": summary.failed, "records": dict(summary.records)}))
'''


def articles(corpus: Path, start: int, n: int) -> list[str]:
    out = []
    with corpus.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= start + n:
                break
            if i >= start:
                out.append(json.loads(line)["text"])
    return out


def prose(corpus: Path, size: int) -> str:
    parts, total = [], 0
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            parts.append(json.loads(line)["text"])
            total += len(parts[-1]) + 2
            if total >= size:
                break
    return "\n\n".join(parts)[:size]


def make_text(corpus: Path, kind: str, size: int) -> str:
    first, second = articles(corpus, 0, 2)
    if kind == "prose":
        return prose(corpus, size)
    tail = "\n\nLe déficit atteindrait moins 12 millions d'euros en 2021, selon Bercy.\n\n" + second
    if kind == "spacefree":
        run = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk" * (size // 60 + 1))
        return first + "\n\n" + run[:max(0, size - len(first) - len(tail) - 2)] + tail
    if kind == "html":
        depth = max(0, size - len(first) - len(tail)) // 11
        return "<div>" * depth + first + tail + "</div>" * depth
    raise ValueError(kind)


def measure(corpus: Path, kind: str, size: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            [sys.executable, "-c", MEASURE, str(corpus), kind, str(size), str(Path(__file__).parent),
             str(WARM_FROM), str(WARM_N), tmp],
            capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def per_char(row: dict, without: str | None = None) -> float:
    """CPU seconds per character, without the named stage's own time."""
    return (row["cpu_s"] - (row["stages_cpu_s"].get(without, 0.0) if without else 0.0)) / row["chars"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rows = []
    for kind in args.kinds.split(","):
        for size in map(int, args.sizes.split(",")):
            row = measure(args.corpus, kind, size)
            rows.append(row)
            print(json.dumps(row), flush=True)
    summary = {}
    for kind in args.kinds.split(","):
        mine = [r for r in rows if r["kind"] == kind]
        if len(mine) > 1:
            summary[kind] = {
                "ratio_cpu_per_char_longest_vs_shortest": round(per_char(mine[-1]) / per_char(mine[0]), 2),
                "ratio_without_coreference": round(per_char(mine[-1], "coreference") / per_char(mine[0], "coreference"), 2),
                "ratio_spacy_and_io_only": round(mine[-1]["parse_and_io_cpu_s"] / mine[-1]["chars"]
                                                 / (mine[0]["parse_and_io_cpu_s"] / mine[0]["chars"]), 2),
            }
    result = {"machine": platform.platform(), "python": platform.python_version(), "rows": rows, "summary": summary}
    print(json.dumps(summary))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
