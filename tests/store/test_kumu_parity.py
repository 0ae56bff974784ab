"""Kumu's files give the same graph on every backend: cases 02 and 12 of
../shared/cases/formats/ (right answers in its README) and inputs of the same
kinds: several ends in a cell, directions, odd headers, workbooks, blueprints
exported and imported again, misspelt names."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import openpyxl

from collabgraph.exporting import export_graph
from collabgraph.importer import import_paths
from collabgraph.settings import Settings
from collabgraph.store import open_store
from tests.conftest import CASES_ROOT, neo4j_uri, require_service

CASES = CASES_ROOT / "formats"


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def imported(store, *paths):
    reports = import_paths(store, list(paths))
    assert all(r.ok for r in reports), [r.errors for r in reports]
    return reports


def statements(store) -> list[tuple[str, str, str, str | None]]:
    by_id = {e.id: e.name for e in store.subgraph().entities}
    return sorted(
        (by_id[r.source], r.type, by_id[r.target], r.role) for r in store.subgraph().relations
    )


def entities(store) -> dict[str, tuple[str, dict]]:
    return {e.name: (e.type, e.properties) for e in store.subgraph().entities}


def test_case_02_a_cell_of_two_names_is_two_connections(store, in_tmp_cwd):
    for name in ("elements.csv", "connections.csv"):
        shutil.copy(CASES / "02-kumu-multi-to" / name, in_tmp_cwd)
    elements, connections = imported(store, Path("elements.csv"), Path("connections.csv"))
    assert (elements.entities.added, connections.relations.added) == (4, 4)
    assert connections.errors == []
    assert statements(store) == [
        ("Harbourside Youth Trust", "ORGANISED", "Spring Listening Forum", "co-host"),
        ("Northgate Council", "ORGANISED", "Spring Listening Forum", "co-host"),
        ("Rosa Quennell", "WORKS_FOR", "Harbourside Youth Trust", "Secondee"),
        ("Rosa Quennell", "WORKS_FOR", "Northgate Council", "Secondee"),
    ]


def test_case_12_a_blank_header_never_stops_the_run(store, in_tmp_cwd):
    for name in ("other.yaml", "blankheader.csv"):
        shutil.copy(CASES / "12-blank-csv-header-neo4j" / name, in_tmp_cwd)
    reports = {r.path: r for r in imported(store, Path("other.yaml"), Path("blankheader.csv"))}
    assert reports["other.yaml"].status == reports["blankheader.csv"].status == "imported"
    assert reports["blankheader.csv"].warnings == [
        "line 1: column D has no header: kept as property 'column D'"
    ]
    assert entities(store) == {
        "Asha Verma": ("Person", {}),
        "Kirkby Men's Shed": ("Organisation", {"column D": "see minutes 12/03"}),
        "Terry Alcock": ("Person", {}),
    }


ODD_HEADERS = (
    'Label,Type,,"",`weird`,$x,a.b,{a}: b,名前,Sources,property_x,id ,'
    + "Y" * 3000
    + ',"two\nlines",tab\tcell\n'
    "Ada Okafor,Person,1,2,3,4,5,6,7,8,9,p-1,10,11,12\n"
)


def test_odd_headers_are_kept_as_the_same_properties_on_every_store(store, in_tmp_cwd):
    odd = write(in_tmp_cwd / "odd.csv", ODD_HEADERS)
    twice = write(in_tmp_cwd / "twice.csv", "Label,Type,LABEL\nBo Lind,Person,Bo\n")
    ties = write(
        in_tmp_cwd / "ties.csv",
        "From,To,Type,,Note\nAda Okafor,Cleo Marsh,COLLABORATES_WITH,x,y\n",
    )
    people = write(in_tmp_cwd / "people.yaml", "entities:\n  - {type: Person, name: Cleo Marsh}\n")
    reports = {r.path: r for r in import_paths(store, [odd, twice, ties, people])}
    assert reports[str(twice)].status == "failed"
    assert reports[str(twice)].errors == [
        f"{twice}:1: column C (LABEL): column 'label' is given twice (columns A and C):"
        " rename or remove one"
    ]
    assert [reports[str(p)].status for p in (odd, ties, people)] == ["imported"] * 3
    ada = store.search("Ada Okafor")[0]
    assert ada.external_ids == ["p-1"]
    assert ada.properties == {
        "column C": 1,
        "column D": 2,
        "`weird`": 3,
        "$x": 4,
        "a.b": 5,
        "{a}: b": 6,
        "名前": 7,
        "sources": 8,
        "property_x": 9,
        "y" * 3000: 10,
        "two\nlines": 11,
        "tab\tcell": 12,
    }
    [tie] = store.subgraph().relations
    assert tie.properties == {"column D": "x", "note": "y"}
    out = in_tmp_cwd / "graph.json"
    export_graph(store.subgraph(), "json", out)
    assert len(json.loads(out.read_text(encoding="utf-8"))["nodes"]) == 2


def test_directions_give_the_relations_they_mean(store, in_tmp_cwd):
    elements = write(
        in_tmp_cwd / "elements.csv",
        "Label,Type\nRosa Quennell,Person\nNorthgate Council,Council\n"
        "Kirkby Network,Organization\nHarbourside Youth Trust,Charity\n",
    )
    ties = write(
        in_tmp_cwd / "ties.csv",
        "From,To,Type,Direction\n"
        "Northgate Council,Rosa Quennell,WORKS_FOR,undirected\n"  # the way the vocabulary reads
        "Northgate Council,Kirkby Network,MEMBER_OF,mutual\n"  # both ways
        "Harbourside Youth Trust,Kirkby Network,partner,mutual\n"  # symmetric: one
        "Northgate Council,Harbourside Youth Trust,FUNDED,directed\n",
    )
    imported(store, elements, ties)
    assert statements(store) == [
        ("Harbourside Youth Trust", "PARTNER_OF", "Kirkby Network", None),
        ("Kirkby Network", "MEMBER_OF", "Northgate Council", None),
        ("Northgate Council", "FUNDED", "Harbourside Youth Trust", None),
        ("Northgate Council", "MEMBER_OF", "Kirkby Network", None),
        ("Rosa Quennell", "WORKS_FOR", "Northgate Council", None),
    ]


def test_a_mutual_relation_the_vocabulary_reads_one_way_is_refused(store, in_tmp_cwd):
    elements = write(in_tmp_cwd / "e.csv", "Label,Type\nRosa Quennell,Person\nNorthgate,Council\n")
    ties = write(
        in_tmp_cwd / "t.csv", "From,To,Type,Direction\nRosa Quennell,Northgate,WORKS_FOR,mutual\n"
    )
    _, refused = import_paths(store, [elements, ties])
    assert refused.errors == [
        f"{ties}:2: row 2: a mutual WORKS_FOR would also run from Organisation to Person,"
        " which the vocabulary does not allow: make it directed"
    ]
    assert store.subgraph().relations == []


def test_a_misspelt_name_gets_a_hint_that_fits_a_table(store, in_tmp_cwd):
    first = write(in_tmp_cwd / "people.csv", "Label,Type\nZoë Ağaoğlu,Person\n")
    imported(store, first)  # an earlier run: the graph holds the name
    elements = write(in_tmp_cwd / "orgs.csv", "Label,Type\nHarrow Carers Centre,Charity\n")
    ties = write(
        in_tmp_cwd / "ties.csv",
        "Type,From,To\nWORKS_FOR,Zoe Agaoglu,Harrow Carers Centre\n"
        "WORKS_FOR,Zoë Ağaoğlu,Harrow Carer Centre\n",
    )
    reports = {r.path: r for r in import_paths(store, [elements, ties])}
    assert reports[str(ties)].errors == [
        f"{ties}:2: row 2, column B (From): unknown name 'Zoe Agaoglu': not in this file or"
        " the graph (did you mean 'Zoë Ağaoğlu'?); add a row for it to an elements table"
        " (Label, Type) imported with this one",
        f"{ties}:3: row 3, column C (To): unknown name 'Harrow Carer Centre': not in this file"
        " or the graph (did you mean 'Harrow Carers Centre'?); add a row for it to an"
        " elements table (Label, Type) imported with this one",
    ]
    assert store.subgraph().relations == []


def test_files_in_other_encodings_and_dialects_import_alike(store, in_tmp_cwd):
    elements = "Label\tType\nRenée Dupré\tIndividual\nCafé Nero\tCompany\n"
    write(in_tmp_cwd / "elements.tsv", elements.encode("utf-16"))
    write(
        in_tmp_cwd / "ties.csv", "From;To;Type\nRenée Dupré;Café Nero;works at\n".encode("cp1252")
    )
    reports = imported(store, in_tmp_cwd)
    assert [r.status for r in reports] == ["imported", "imported"]
    assert statements(store) == [("Renée Dupré", "WORKS_FOR", "Café Nero", None)]
    assert any("read as Windows-1252" in w for r in reports for w in r.warnings)


def test_an_excel_workbook_imports_people_organisations_and_relations(store, in_tmp_cwd):
    book = openpyxl.Workbook()
    book.active.title = "Elements"
    for row in (["Label", "Type"], ["Rosa Quennell", "Person"], ["Northgate Council", "Council"]):
        book.active.append(row)
    ties = book.create_sheet("Connections")
    ties.append(["From", "To", "Type", "Role"])
    ties.append(["Rosa Quennell", "Northgate Council", "WORKS_FOR", "Secondee"])
    data = io.BytesIO()
    book.save(data)
    path = write(in_tmp_cwd / "maps" / "map.xlsx", data.getvalue())
    write(in_tmp_cwd / "maps" / "~$map.xlsx", b"\x0bExcel lock\x00")  # the workbook is open
    [report] = imported(store, path.parent)
    assert (report.entities.added, report.relations.added) == (2, 1)
    assert statements(store) == [("Rosa Quennell", "WORKS_FOR", "Northgate Council", "Secondee")]
    assert [s["kind"] for s in store.list_sources()] == ["table"]


def test_a_kumu_blueprint_exported_imports_again_as_the_same_graph(
    store, store_settings, in_tmp_cwd
):
    shutil.copytree(CASES / "03-kumu-id-duplicate-labels", in_tmp_cwd / "c03")
    shutil.copytree(CASES / "02-kumu-multi-to", in_tmp_cwd / "c02")
    extra = write(
        in_tmp_cwd / "extra.yaml",
        "entities:\n  - {type: Organisation, name: Northgate Council, aliases: [NGC],"
        " description: Local authority, properties: {Website: ngc.example, staff: 1200}}\n"
        "relations:\n  - {from: Northgate Council, type: PARTNER_OF, to: Llanfair Council,"
        " since: 2020, confidence: 0.8, evidence: They signed a compact.}\n",
    )
    imported(store, in_tmp_cwd / "c03" / "elements.csv", in_tmp_cwd / "c03" / "connections.csv")
    imported(store, in_tmp_cwd / "c02", extra)
    before = store.subgraph()
    out = in_tmp_cwd / "out" / "map.json"
    out.parent.mkdir()
    export_graph(before, "kumu", out)
    blueprint = json.loads(out.read_text(encoding="utf-8"))
    partner = next(c for c in blueprint["connections"] if c["type"] == "PARTNER_OF")
    assert partner["direction"] == "undirected"
    assert {e["id"] for e in blueprint["elements"]} >= {"p-001", "p-002"}

    store.clear()
    imported(store, out)
    after = store.subgraph()

    def shape(graph):
        return (
            sorted(
                (e.id, e.type, e.name, tuple(e.aliases), e.description, tuple(e.external_ids),
                 sorted(e.properties.items()))
                for e in graph.entities
            ),
            sorted(
                (r.id, r.type, r.source, r.target, r.role, r.since, r.confidence,
                 tuple(r.evidence), sorted(r.properties.items()))
                for r in graph.relations
            ),
        )  # fmt: skip

    assert shape(after) == shape(before)
    assert len(after.entities) == 8 and len(after.relations) == 7


def test_case_12_sqlite_and_neo4j_end_with_the_same_entities_and_properties(tmp_path, monkeypatch):
    uri = neo4j_uri()
    require_service(bool(uri), "no Neo4j server: set COLLABGRAPH_TEST_NEO4J_URI (make test)")
    monkeypatch.chdir(tmp_path)
    for name in ("other.yaml", "blankheader.csv"):
        shutil.copy(CASES / "12-blank-csv-header-neo4j" / name, tmp_path)
    write(tmp_path / "odd.csv", ODD_HEADERS)
    graphs = []
    for backend_uri in (None, uri):
        settings = Settings(neo4j_uri=backend_uri, data_dir=tmp_path / "store", _env_file=None)
        with open_store(settings) as store:
            store.clear()
            reports = import_paths(
                store, [Path("other.yaml"), Path("blankheader.csv"), Path("odd.csv")]
            )
            assert [r.status for r in reports] == ["imported"] * 3, [r.errors for r in reports]
            graphs.append(sorted((e.to_dict() for e in store.subgraph().entities), key=str))
    sqlite, neo4j = graphs
    assert sqlite == neo4j
    assert len(sqlite) == 4
