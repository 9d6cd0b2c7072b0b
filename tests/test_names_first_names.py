"""The first-name lexicon: scripts/build_first_names.py derives it from birth registers, and
pipeline.firstnames lays the hand list over it."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from pipeline.firstnames import first_name_gender, first_names, is_first_name, name_gender_votes
from pipeline.lexicons import read_json, resource_text

ROOT = Path(__file__).resolve().parents[1]

# Invented register extracts in the two published layouts: INSEE (sexe 1 = boy, 2 = girl; pooled rare
# names under "_PRENOMS_RARES") and the SSA table (name, sex, births of one year).
INSEE = """sexe;prenom;periode;valeur
1;MATHIEU;1980;400
1;MATHIEU;1981;300
2;MATHIEU;1981;3
2;ÉLODIE;1985;400
2;ELODIE;1986;300
1;CAMILLE;1990;300
2;CAMILLE;1990;600
1;JEAN;1950;5000
1;_PRENOMS_RARES;1950;9000
1;ZÉPHIRIN;1920;40
1;FRANCE;1940;20
2;FRANCE;1940;900
1;BEN;1990;900
2;MARINE;1985;900
"""
SSA = """name,sex,n
Lucy,F,2500
Lucy,M,10
Jean,F,4000
Jean,M,200
Zephirin,M,30
Journee,F,3000
"""


def build_module():
    spec = importlib.util.spec_from_file_location("build_first_names", ROOT / "scripts" / "build_first_names.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def built(tmp_path: Path) -> dict[str, str]:
    insee, ssa, out = tmp_path / "nat.csv", tmp_path / "ssa.csv", tmp_path / "first_names.tsv"
    insee.write_text(INSEE, encoding="utf-8")
    ssa.write_text(SSA, encoding="utf-8")
    assert build_module().main(["--insee", str(insee), "--ssa", str(ssa), "--out", str(out)]) == 0
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return dict(rows[1:])


def test_the_build_keeps_frequent_names_with_the_gender_of_97_percent_of_births(tmp_path):
    names = built(tmp_path)
    assert names["mathieu"] == "M"      # 700 boys, 3 girls
    assert names["élodie"] == "F"       # "ÉLODIE" and "ELODIE" are one name, spelt the most frequent way
    assert names["camille"] == "-"      # given to both
    assert names["lucy"] == "F"         # frequent in one register is enough
    assert names["jean"] == "-"         # a man's name in France, mostly a woman's in the US: both together decide
    assert "zéphirin" not in names and "zephirin" not in names  # rare in both registers
    assert "france" not in names and "ben" not in names          # a country; a name particle ("Ben Ali")
    assert names["marine"] == "F" and "journee" not in names     # a French word French parents give; one they do not
    assert not any(name.startswith("_") for name in names)


def test_the_shipped_lexicon_is_sorted_and_well_formed():
    lines = [line for line in resource_text("first_names.tsv").splitlines() if not line.startswith("#")]
    assert lines[0] == "name\tgender"
    rows = [line.split("\t") for line in lines[1:]]
    assert len(rows) > 5000 and all(len(r) == 2 and r[1] in ("F", "M", "-") for r in rows)
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)


def test_the_hand_list_wins_over_the_registers():
    names = first_names()
    hand = read_json("quote_first_names.json")
    for name in hand["fem"]:
        if name not in hand["masc"]:
            assert first_name_gender(names, name) == "fem", name
    assert first_name_gender(names, "Jean") == "masc"  # "-" in the registers, a man's name in the hand list


def test_names_of_international_news_get_a_gender_from_the_registers():
    names = first_names()
    assert first_name_gender(names, "Lucy") == "fem" and first_name_gender(names, "Olaf") == "masc"
    assert first_name_gender(names, "Svetlana") == "fem" and first_name_gender(names, "Élodie") == "fem"
    assert first_name_gender(names, "Dominique") is None and is_first_name("Dominique")  # either gender
    assert not is_first_name("Israël") and not is_first_name("Paris Match")
    assert name_gender_votes(names, "Lucy Martin") == {"fem": 2, "masc": 0}
