"""Build pipeline/resources/first_names_world.tsv: first names of the world's news people that the French
and US birth registers (first_names.tsv) do not hold, with their gender, from nomquamgender's name data.

    pip install -e ".[names]"            # nomquamgender, for the build only; the pipeline reads the TSV
    python scripts/build_world_first_names.py [--data PATH/name_data.json]

Why: the birth registers of France and the US know "Olof", "Hashim", "Fadil" or "Stig" too rarely to keep
them, so international news had persons of unknown gender, and an "elle" that names a thing ("la police",
"cette décision") went to a man it could not name. nomquamgender (Van Buskirk et al., MIT licence) pools
36 name-gender sources of many countries into, per name, the number of sources, a count and p(gf), the
share of women.

What is kept: names with at least MIN_SOURCES sources and MIN_COUNT counts, gender F when p(gf) >= SHARE,
M when p(gf) <= 1 - SHARE, nothing in between ("Kim", "Kadri", "Xi" are left out: of either gender, or a
family name written first); not a name first_names.tsv already holds (the registers win), nor a country
name, French function word, title, name particle or French word (the same exclusions as
scripts/build_first_names.py). `pipeline.firstnames` reads it only for the first word of a name of two
words or more ("Olof Palme"), never alone: a lone "Erdogan" or "Déby" is a surname.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_first_names as registers  # noqa: E402  (the shared folding and exclusions)

OUTPUT = registers.RESOURCES / "first_names_world.tsv"
MIN_SOURCES = 5
MIN_COUNT = 100
SHARE = 0.85
HEADER = f"""# First names of the world with their gender, for the names first_names.tsv does not hold; read by
# pipeline.firstnames for the first word of a full name only. Built by scripts/build_world_first_names.py from
# the name data of the PyPI package nomquamgender 0.1.4 (MIT licence; sources in first_names_SOURCES.md).
# Kept: >= {MIN_SOURCES} sources and >= {MIN_COUNT} counts, p(women) >= {SHARE} (F) or <= {1 - SHARE:.2f} (M); no name of
# first_names.tsv, no country name, French function word, title, name particle or French word. Do not edit.
# Columns: name (lower case, accents folded), gender (F or M).
"""


def register_names() -> frozenset[str]:
    """The folded names first_names.tsv holds, of any gender."""
    lines = registers.OUTPUT.read_text(encoding="utf-8").splitlines()
    return frozenset(registers.folded(line.split("\t")[0]) for line in lines if line and not line.startswith("#"))


def default_data() -> Path:
    import nomquamgender  # the build's own dependency

    return Path(nomquamgender.__file__).parent / "name_data.json"


def world_names(data: dict, skip: frozenset[str]) -> dict[str, str]:
    """Folded name -> F or M; a name whose spellings fold to both genders is left out."""
    out: dict[str, str] = {}
    for name, row in data.items():
        sources, count, share = row[0], row[1], row[2]
        key = registers.folded(name)
        if sources < MIN_SOURCES or count < MIN_COUNT or not registers.is_name(key) or key in skip:
            continue
        sex = "F" if share >= SHARE else "M" if share <= 1 - SHARE else None
        if sex is None or out.get(key, sex) != sex:
            out[key] = "-"
            continue
        out[key] = sex
    return {key: sex for key, sex in out.items() if sex != "-"}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=None, help="nomquamgender's name_data.json")
    parser.add_argument("--out", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    data = json.loads((args.data or default_data()).read_text(encoding="utf-8"))
    skip = register_names() | registers.excluded_words() | registers.french_words()
    names = world_names(data, skip)
    lines = [f"{name}\t{sex}" for name, sex in sorted(names.items())]
    args.out.write_text(HEADER + "name\tgender\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} names -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
