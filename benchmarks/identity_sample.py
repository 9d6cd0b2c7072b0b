"""The identity hand check (issue 23): a seeded random sample of corpus articles outside the dev sets,
and a seeded random sample of the role, description and pronoun mentions the coreference layer wrote
for them, each printed with the text before it and the entity it was resolved to, to judge by hand.

    python benchmarks/identity_sample.py articles OUT.jsonl [N_ARTICLES] [SEED]   # default 200, seed 23
    extract OUT.jsonl --out RUN --quiet
    python benchmarks/identity_sample.py mentions RUN [N_MENTIONS] [SEED]         # default 50, seed 2023
    python benchmarks/identity_sample.py ids OUT.jsonl DOC_ID...                  # given articles only
    python benchmarks/identity_sample.py at RUN DOC_ID@START...                   # given mentions only

The verdicts are written in benchmarks/results/identity_handcheck*.md.
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

SHARED = next((p / "shared" for p in Path(__file__).resolve().parents if (p / "shared" / "corpus").is_dir()),
              Path("shared"))  # the shared folder beside the checkout (or above a worktree)
CORPUS = (SHARED / "corpus" / "orangesum_politique.jsonl", SHARED / "corpus" / "orangesum_monde.jsonl")
DEV = (SHARED / "eval" / "dev" / "gold", SHARED / "eval" / "dev-monde" / "gold")
KINDS = ("role", "description", "pronoun")
CONTEXT = 220


def corpus_rows() -> list[dict]:
    dev = {p.stem for folder in DEV for p in folder.glob("*.json")}
    rows = [json.loads(line) for path in CORPUS for line in path.open(encoding="utf-8") if line.strip()]
    return [r for r in rows if r["id"] not in dev]


def write(rows: list[dict], dest: Path) -> None:
    dest.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def articles(dest: Path, n: int, seed: int) -> None:
    write(random.Random(seed).sample(corpus_rows(), n), dest)


def by_ids(dest: Path, ids: list[str]) -> None:
    wanted = set(ids)
    write([r for r in corpus_rows() if r["id"] in wanted], dest)


def texts(run: Path) -> dict[str, str]:
    """The articles' texts, from the corpus (the pipeline's offsets are offsets into them)."""
    ids = {d["doc_id"] for d in map(json.loads, (run / "documents.jsonl").open(encoding="utf-8"))}
    return {r["id"]: r["text"] for path in CORPUS for r in map(json.loads, path.open(encoding="utf-8")) if r["id"] in ids}


def show(n: int, m: dict, text: str) -> None:
    before = " / ".join(text[max(0, m["start"] - CONTEXT):m["start"]].split("\n"))
    after = " / ".join(text[m["end"]:m["end"] + 40].split("\n"))
    print(f"{n}\t{m['doc_id']}@{m['start']}\t{m['kind']}\t{m['text']!r}\t{m['canonical']!r}")
    print(f"    …{before}[[{m['text']}]]{after}…\n")


def mentions(run: Path, n: int, seed: int) -> None:
    rows = [m for m in map(json.loads, (run / "mentions.jsonl").open(encoding="utf-8")) if m["kind"] in KINDS]
    print(f"{len(rows)} role, description and pronoun mentions")
    chosen = random.Random(seed).sample(rows, min(n, len(rows)))
    chosen.sort(key=lambda m: (m["doc_id"], m["start"]))
    docs = texts(run)
    for i, m in enumerate(chosen, start=1):
        show(i, m, docs[m["doc_id"]])


def at(run: Path, places: list[str]) -> None:
    """The mentions starting at given places ("orangesum-123@456"), or overlapping them."""
    rows = [m for m in map(json.loads, (run / "mentions.jsonl").open(encoding="utf-8"))]
    docs = texts(run)
    for i, place in enumerate(places, start=1):
        doc_id, start = place.rsplit("@", 1)
        found = [m for m in rows if m["doc_id"] == doc_id and m["start"] <= int(start) < m["end"]]
        found.sort(key=lambda m: (m["kind"] == "name", m["start"] != int(start)))
        if not found:
            print(f"{i}\t{place}\t(no mention)")
            continue
        show(i, found[0], docs[doc_id])


if __name__ == "__main__":
    command, where, rest = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
    if command == "articles":
        articles(where, int(rest[0]) if rest else 200, int(rest[1]) if len(rest) > 1 else 23)
    elif command == "ids":
        by_ids(where, rest)
    elif command == "at":
        at(where, rest)
    else:
        mentions(where, int(rest[0]) if rest else 50, int(rest[1]) if len(rest) > 1 else 2023)
