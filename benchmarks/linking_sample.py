"""The linking hand check: a fixed random sample of corpus articles (outside the dev sets), and a
fixed random sample of the entity mentions the linking stage linked in them, to judge by hand.

    python benchmarks/linking_sample.py articles OUT.jsonl     # 300 articles, seed 24
    extract OUT.jsonl --out RUN
    python benchmarks/linking_sample.py mentions RUN           # 100 linked mentions + the PER share
    python benchmarks/linking_sample.py mentions RUN PER       # 100 linked person mentions
    git show 3bff910:pipeline/resources/gazetteer.tsv > OLD.tsv
    python benchmarks/linking_sample.py newly RUN OLD.tsv      # 50 mentions linked to items OLD.tsv lacks

The verdicts are written in benchmarks/results/linking_handcheck.md.
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"  # the shared folder beside the checkout
CORPUS = (SHARED / "corpus" / "orangesum_politique.jsonl", SHARED / "corpus" / "orangesum_monde.jsonl")
DEV = (SHARED / "eval" / "dev" / "gold", SHARED / "eval" / "dev-monde" / "gold")
SEED = 24
N_ARTICLES = 300
N_MENTIONS = 100
N_NEWLY = 50


def articles(dest: Path) -> None:
    dev = {p.stem for folder in DEV for p in folder.glob("*.json")}
    rows = [json.loads(line) for path in CORPUS for line in path.open(encoding="utf-8") if line.strip()]
    rows = [r for r in rows if r["id"] not in dev]
    chosen = random.Random(SEED).sample(rows, N_ARTICLES)
    dest.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in chosen), encoding="utf-8")


def mentions(run: Path, label: str | None = None) -> None:
    from pipeline.linking import Gazetteer

    names = {i.wikidata: i.name for i in Gazetteer.load().items}
    entities = [json.loads(line) for line in (run / "entities.jsonl").open(encoding="utf-8")]
    sentences = {s["id"]: s["text"] for s in map(json.loads, (run / "sentences.jsonl").open(encoding="utf-8"))}
    per = [e for e in entities if e["label"] == "PER"]
    linked = [e for e in entities if e.get("wikidata") and label in (None, e["label"])]
    print(f"PER mentions linked: {sum(1 for e in per if e.get('wikidata'))} of {len(per)}; "
          f"all linked mentions: {len(linked)} of {len(entities)} entity mentions")
    for n, e in enumerate(random.Random(SEED).sample(linked, min(N_MENTIONS, len(linked))), start=1):
        context = " ".join((sentences.get(e["sentence"]) or "").split())
        print(f"{n}\t{e['doc_id']}\t{e['label']}\t{e['text']}\t{e['canonical']}\t{e['wikidata']}\t"
              f"{names.get(e['wikidata'])}\t{context[:220]}")


def newly(run: Path, old_table: Path) -> None:
    """Mentions linked to an item an older table lacked (what a widening of the gazetteer added)."""
    from pipeline.linking import Gazetteer

    old = {i.wikidata for i in Gazetteer.from_lines(old_table.read_text(encoding="utf-8").splitlines()).items}
    names = {i.wikidata: i.name for i in Gazetteer.load().items}
    entities = [json.loads(line) for line in (run / "entities.jsonl").open(encoding="utf-8")]
    sentences = {s["id"]: s["text"] for s in map(json.loads, (run / "sentences.jsonl").open(encoding="utf-8"))}
    new = [e for e in entities if e.get("wikidata") and e["wikidata"] not in old]
    print(f"mentions linked to items the older table lacks: {len(new)} "
          f"(PER {sum(1 for e in new if e['label'] == 'PER')})")
    for n, e in enumerate(random.Random(SEED).sample(new, min(N_NEWLY, len(new))), start=1):
        context = " ".join((sentences.get(e["sentence"]) or "").split())
        print(f"{n}\t{e['doc_id']}\t{e['label']}\t{e['text']}\t{e['canonical']}\t{e['wikidata']}\t"
              f"{names.get(e['wikidata'])}\t{context[:260]}")


if __name__ == "__main__":
    if sys.argv[1] == "articles":
        articles(Path(sys.argv[2]))
    elif sys.argv[1] == "newly":
        newly(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        mentions(Path(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else None)
