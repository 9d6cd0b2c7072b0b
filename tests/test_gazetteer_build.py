"""scripts/build_gazetteer.py: the table is rebuilt from its sources, and the sources are sound."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from pipeline.linking import Gazetteer

ROOT = Path(__file__).resolve().parents[1]
PARTYFACTS = """country,partyfacts_id,wikidata_id,name,name_short,name_native
FRA,1478,Q170972,Socialist Party,PS,Parti socialiste
FRA,4785,Q1332068,French Section of the Workers' International,СФИО,Section française de l'Internationale ouvrière
DEU,1,Q49762,Social Democratic Party of Germany,SPD,Sozialdemokratische Partei Deutschlands
"""


def build_module():
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_build_keeps_french_parties_people_and_countries(tmp_path):
    source = tmp_path / "wikidata.csv"
    source.write_text(PARTYFACTS, encoding="utf-8")
    out = tmp_path / "gazetteer.tsv"
    assert build_module().main(["--partyfacts", str(source), "--out", str(out)]) == 0
    table = Gazetteer.from_lines(out.read_text(encoding="utf-8").splitlines())
    parties = {i.wikidata: i for i in table.items if i.kind == "party"}
    assert set(parties) == {"Q170972", "Q1332068"}  # France only
    assert "PS" in parties["Q170972"].aliases and "Parti Socialiste" in parties["Q170972"].aliases
    assert parties["Q1332068"].aliases == ()  # a Cyrillic short name is not kept
    people = [i for i in table.items if i.kind == "person"]
    assert len(people) > 500 and len({i.wikidata for i in people}) == len(people)
    assert table.person("Christophe Castaner").by_surname and not table.person("Adrien Morenas").by_surname


def test_the_shipped_table_is_the_build_of_its_sources():
    """Rows of people, institutions and countries in the shipped table are exactly those of the committed sources."""
    build = build_module()
    shipped = [line.split("\t") for line in (ROOT / "pipeline" / "resources" / "gazetteer.tsv").read_text(
        encoding="utf-8").splitlines() if line and not line.startswith("#")]
    expected = {(kind, qid, gender, name) for kind, qid, gender, name, *_ in build.people() + build.institutions() + build.countries()}
    assert {tuple(row[:4]) for row in shipped if row[0] in ("person", "institution", "country")} == expected
