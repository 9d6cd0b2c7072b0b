"""What each stage costs next to the spaCy parse, on real articles (on demand, not in tests).

    python benchmarks/stage_costs.py --n 500 [--profile dates] [--json benchmarks/results/stage_costs.json]

Parses the first N OrangeSum articles once (tokeniser, each stage's `prepare`, then the model's
components, timed together as "parse"), then times every stage's `__call__` and the serialisation of
the records, document by document. `--profile STAGE` adds a cProfile of that stage (top 25 functions
by own time) so the next thing to make faster is a measurement, not a guess.

Each step is timed twice: wall time and this process's CPU time (`cpu_vs_parse`). On a machine
shared with other work the wall times move with the others' load; the CPU times much less.
"""
from __future__ import annotations

import argparse
import cProfile
import itertools
import json
import pstats
import time
from pathlib import Path

from throughput import CORPUS  # the same corpus file as the throughput benchmark (a sibling script)


def read_articles(corpus: Path, n: int) -> list[dict]:
    with corpus.open(encoding="utf-8") as source:
        return [json.loads(line) for line in itertools.islice(source, n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--profile", default=None, help="a stage name to profile with cProfile")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()

    import pipeline
    from pipeline.core import to_document
    from pipeline.output import render

    nlp = pipeline.load()
    articles = read_articles(args.corpus, args.n)
    documents = [to_document((a["text"], {"id": a["id"], "date": a.get("date")})) for a in articles]
    list(nlp.pipe(documents[:20]))  # warm-up: first-call costs are not per-document costs

    started, cpu_started = time.perf_counter(), time.process_time()
    pairs = ((nlp._prepared(d), d) for d in documents)
    for spacy_doc, document in nlp.nlp.pipe(pairs, as_tuples=True, batch_size=32):
        document.spacy_doc = spacy_doc
    costs = {"parse": time.perf_counter() - started}
    cpu = {"parse": time.process_time() - cpu_started}

    profiler = cProfile.Profile()
    for stage in nlp.stages:
        started, cpu_started = time.perf_counter(), time.process_time()
        if stage.name == args.profile:
            profiler.enable()
        for document in documents:
            stage(document)
        profiler.disable()
        costs[stage.name] = time.perf_counter() - started
        cpu[stage.name] = time.process_time() - cpu_started
    started, cpu_started = time.perf_counter(), time.process_time()
    for document in documents:
        render(document.to_records(), nlp.record_names)
    costs["records + JSON"] = time.perf_counter() - started
    cpu["records + JSON"] = time.process_time() - cpu_started

    parse, cpu_parse = costs["parse"], cpu["parse"]
    rows = [{"step": k, "seconds": round(v, 2), "ms_per_doc": round(1000 * v / len(documents), 2),
             "vs_parse": round(v / parse, 3), "cpu_seconds": round(cpu[k], 2), "cpu_vs_parse": round(cpu[k] / cpu_parse, 3)}
            for k, v in costs.items()]
    stages_total = sum(v for k, v in costs.items() if k != "parse")
    cpu_total = sum(v for k, v in cpu.items() if k != "parse")
    for r in rows:
        print(f"{r['step']:<16} {r['seconds']:>8.2f} s {r['ms_per_doc']:>8.2f} ms/doc {r['vs_parse']:>7.3f} x parse"
              f"   cpu {r['cpu_seconds']:>7.2f} s {r['cpu_vs_parse']:>7.3f} x parse")
    print(f"{'all stages':<16} {stages_total:>8.2f} s {'':>15} {stages_total / parse:>7.3f} x parse"
          f"   cpu {cpu_total:>7.2f} s {cpu_total / cpu_parse:>7.3f} x parse")
    if args.profile:
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"n": len(documents), "rows": rows,
                                         "stages_vs_parse": round(stages_total / parse, 3),
                                         "stages_vs_parse_cpu": round(cpu_total / cpu_parse, 3)}, indent=2) + "\n")


if __name__ == "__main__":
    main()
