"""Speaker gender against the hand-labelled table of the dev sets' person speakers.

    python benchmarks/speaker_gender.py OUT          # OUT: an `extract` output of both dev inputs

For every gold quote of the dev sets whose speaker is a person of tests/data/speaker_genders.tsv, the
gender the speaker index gives that person (the row whose name or alias is the gold canonical):
coverage = share of those quotes with a gender given, accuracy = share right among them.
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "tests" / "data" / "speaker_genders.tsv"
SHARED = Path(__file__).resolve().parents[2] / "shared"  # the shared folder beside the checkout
GOLD = (SHARED / "eval" / "dev" / "gold", SHARED / "eval" / "dev-monde" / "gold")


def hand_table(path: Path = TABLE) -> dict[str, str]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return {row["speaker_canonical"]: row["gender"] for row in csv.DictReader(lines, delimiter="\t")}


def gold_speakers(folders=GOLD) -> list[str]:
    """The speaker canonical of every gold quote of the dev sets (one entry per quote)."""
    out = []
    for folder in folders:
        for path in sorted(folder.glob("*.json")):
            out += [q["speaker_canonical"] for q in json.loads(path.read_text(encoding="utf-8"))["quotes"]
                    if q.get("speaker_canonical")]
    return out


def scores(speakers, table: dict[str, str], quoted: list[str]) -> dict:
    """speakers: the index rows (`report.speakers.Speaker`); table: name -> hand gender; quoted: the
    gold speaker of each quote. Returns coverage, accuracy, counts and the misses."""
    from pipeline.report.speakers import words

    by_name = {}
    for s in speakers:
        for name in (s.canonical, *s.aliases):
            by_name.setdefault(words(name), s)
    given = right = total = 0
    misses = []
    for name in quoted:
        if name not in table:
            continue
        total += 1
        speaker = by_name.get(words(name))
        gender = speaker.gender if speaker else None
        if gender:
            given += 1
            right += gender == table[name]
        if gender != table[name]:
            misses.append((name, table[name], gender, speaker.gender_evidence if speaker else "not in the index"))
    return {"quotes": total, "given": given, "right": right, "coverage": round(given / total, 3) if total else None,
            "accuracy": round(right / given, 3) if given else None, "misses": sorted(set(misses))}


def main(argv: list[str]) -> int:
    from pipeline import io
    from pipeline.report.speakers import speakers_with_genders

    speakers, _ = speakers_with_genders(io.load(argv[0]))
    result = scores(speakers, hand_table(), gold_speakers())
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
