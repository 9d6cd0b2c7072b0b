"""Rebuild pipeline/resources/gazetteer.tsv, the linking stage's table, from the public data it comes from.

    python scripts/build_gazetteer.py --partyfacts PATH/TO/partyfactsdata/import/wikipedia/wikidata.csv

Inputs (see pipeline/resources/gazetteer_SOURCES.md for sources and licences):
- the Party Facts Wikidata table (hdigital/partyfactsdata, MIT): the French parties (country FRA), with
  their native name and short name as aliases (not committed: fetch the repository);
- scripts/gazetteer_sources/people.tsv, countries.tsv, parties.tsv, institutions.tsv (committed, small):
  people with gender and Wikidata id taken from EveryPolitician's Wikidata-derived table, a Wikidata
  export of French politicians and other lists of Wikidata ids, countries, the party abbreviations
  French news uses, and institutions (Assemblée nationale, ONU, OTAN, UE, ...).
The output is one row per item: kind, wikidata, gender, name, aliases (| separated), sorted by kind
then name, so that a rebuild from the same inputs gives the same file.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "scripts" / "gazetteer_sources"
OUTPUT = ROOT / "pipeline" / "resources" / "gazetteer.tsv"
#: People a bare surname may name (see people.tsv): the others link by their full name only.
SURNAME_SOURCES = ("cand", "gov", "ep15+", "wdfr+", "lead+")
QID = re.compile(r"^Q[1-9][0-9]*$")
HEADER = """# Gazetteer of the linking stage (pipeline.linking): French political people, foreign leaders, French
# parties, institutions and countries, with their Wikidata id, gender (people) and the other names French news gives them.
# Built by scripts/build_gazetteer.py from Party Facts (MIT), EveryPolitician/Wikidata (CC0) and the
# Wikidata-derived lists under scripts/gazetteer_sources/; sources and licences in gazetteer_SOURCES.md. Do not edit by
# hand: edit the sources and rebuild.
# Columns: kind (person, party, institution, country), wikidata, gender (F, M or empty), name, aliases (| separated),
# surname (1: a bare surname may name this person in an article that names no namesake).
"""


def rows(path: Path) -> list[dict[str, str]]:
    """The rows of a tab-separated file whose comment lines start with '#'."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def split_aliases(value: str | None) -> list[str]:
    return [a.strip() for a in (value or "").split("|") if a.strip()]


def latin(name: str) -> bool:
    """A name French text could contain (no Cyrillic short name such as 'СФИО')."""
    return all(ord(c) < 0x250 for c in name)


def people() -> list[tuple]:
    out = []
    for row in rows(SOURCES / "people.tsv"):
        assert QID.match(row["wikidata"]) and row["gender"] in ("F", "M"), row
        by_surname = "1" if row["source"] in SURNAME_SOURCES else ""
        out.append(("person", row["wikidata"], row["gender"], row["name"], split_aliases(row.get("aliases")), by_surname))
    return out


def parties(partyfacts: Path) -> list[tuple]:
    extra = {row["wikidata"]: split_aliases(row["aliases"]) for row in rows(SOURCES / "parties.tsv")}
    out = []
    with partyfacts.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["country"] != "FRA" or not QID.match(row["wikidata_id"] or ""):
                continue
            native = row["name_native"].strip()
            shorts = [s for s in re.split(r"/", row["name_short"] or "") if len(s.strip()) >= 2 and latin(s)]
            name = native if native and latin(native) else row["name"]
            aliases = [a for a in [*shorts, *extra.get(row["wikidata_id"], [])] if a != name]
            out.append(("party", row["wikidata_id"], "", name, list(dict.fromkeys(aliases)), ""))
    return out


def countries() -> list[tuple]:
    return [("country", row["wikidata"], "", row["name"], split_aliases(row.get("aliases")), "")
            for row in rows(SOURCES / "countries.tsv")]


def institutions() -> list[tuple]:
    return [("institution", row["wikidata"], "", row["name"], split_aliases(row.get("aliases")), "")
            for row in rows(SOURCES / "institutions.tsv")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--partyfacts", type=Path, required=True, help="partyfactsdata import/wikipedia/wikidata.csv")
    parser.add_argument("--out", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    items = sorted(people() + parties(args.partyfacts) + institutions() + countries(), key=lambda r: (r[0], r[3], r[1]))
    seen = set()
    with args.out.open("w", encoding="utf-8") as handle:
        handle.write(HEADER)
        for kind, qid, gender, name, aliases, by_surname in items:
            if (kind, qid) in seen:
                continue
            seen.add((kind, qid))
            handle.write("\t".join([kind, qid, gender, name, "|".join(aliases), by_surname]) + "\n")
    print(f"{len(seen)} items -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
