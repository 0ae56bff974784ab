"""GraphML, GEXF and node-link JSON exports: valid against the published schemas,
read by networkx, and imported again into the same graph, on every backend."""

from __future__ import annotations

import io
import itertools
import json
import shutil
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from collabgraph.exporting import export_graph, write_export
from collabgraph.graphfiles import tabulate
from collabgraph.importer import import_paths
from collabgraph.model.graph import Entity, Relation, Subgraph
from collabgraph.settings import Settings
from collabgraph.store import open_store
from tests.conftest import CASES_ROOT, REPO, SEEDS

SCHEMAS = REPO / "tests" / "data" / "schemas"
CASES = CASES_ROOT / "formats"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://www.gexf.net/1.2draft}"
HOSTILE = (
    '<script>alert("x")</script>',
    'O\'Brien & "Sons" ]]> &amp; &#0;',
    "MATCH (n) DETACH DELETE n; RETURN 1 //",
    "Zoë 👩🏽‍💻 Ağaoğlu",
)


@pytest.fixture(scope="module")
def schemas() -> dict[str, etree.XMLSchema]:
    return {
        "graphml": etree.XMLSchema(etree.parse(str(SCHEMAS / "graphml.xsd"))),
        "gexf": etree.XMLSchema(etree.parse(str(SCHEMAS / "gexf.xsd"))),
    }


def exported(subgraph: Subgraph, fmt: str, **options) -> bytes:
    out = io.BytesIO()
    write_export(subgraph, fmt, out, **options)
    return out.getvalue()


def assert_valid(data: bytes, fmt: str, schemas) -> etree._Element:
    root = etree.fromstring(data)
    schema = schemas[fmt]
    assert schema.validate(root), schema.error_log
    return root


def gexf_edges(root) -> list[dict]:
    """Each GEXF edge's own attributes plus its attvalues by title."""
    titles = {
        a.get("id"): a.get("title")
        for block in root.iter(f"{GEXF}attributes")
        if block.get("class") == "edge"
        for a in block
    }
    out = []
    for edge in root.iter(f"{GEXF}edge"):
        values = {titles[v.get("for")]: v.get("value") for v in edge.iter(f"{GEXF}attvalue")}
        out.append({**edge.attrib, **values})
    return out


def graphml_edges(root) -> list[dict]:
    keys = {k.get("id"): k.get("attr.name") for k in root.iter(f"{GRAPHML}key")}
    return [
        {**e.attrib, **{keys[d.get("key")]: d.text for d in e.iter(f"{GRAPHML}data")}}
        for e in root.iter(f"{GRAPHML}edge")
    ]


def comparable(subgraph: Subgraph):
    """What a round trip must keep: every column but provenance (the imported file
    becomes the only source)."""
    table = tabulate(subgraph)
    nodes = {i: {k: v for k, v in values.items() if k != "sources"} for i, values in table.nodes}
    edges = sorted(
        (
            e.source,
            e.target,
            e.directed,
            sorted((k, str(v)) for k, v in e.values.items() if k != "sources"),
        )
        for e in table.edges
    )
    return nodes, edges


def import_into(settings: Settings, *paths) -> Subgraph:
    with open_store(settings) as store:
        reports = import_paths(store, list(paths))
        assert all(r.status == "imported" for r in reports), [r.errors for r in reports]
        return store.subgraph()


def fresh(settings: Settings, folder: Path) -> Settings:
    """An empty second store of the same backend (Neo4j: the same database, cleared)."""
    other = settings.model_copy(update={"data_dir": folder})
    with open_store(other) as store:
        store.clear()
    return other


def test_case_13_edge_ids_types_and_undirected_partnership(store, schemas):
    import_paths(store, [CASES / "13-graphml-edge-ids.yaml"])
    subgraph = store.subgraph()

    graphml = assert_valid(exported(subgraph, "graphml"), "graphml", schemas)
    edges = graphml_edges(graphml)
    assert len({e["id"] for e in edges}) == len(edges) == 3
    by_type = {e["relation"]: e for e in edges if e["relation"] != "WORKS_FOR"}
    assert by_type["PARTNER_OF"]["directed"] == "false"
    works = [e for e in edges if e["relation"] == "WORKS_FOR"]
    assert {e["role"] for e in works} == {"Coordinator", "Caseworker"}
    assert all("directed" not in e for e in works)  # the graph's default: directed

    gexf = assert_valid(exported(subgraph, "gexf"), "gexf", schemas)
    edges = gexf_edges(gexf)
    assert len({e["id"] for e in edges}) == len(edges) == 3
    assert {e["type"] for e in edges} <= {"directed", "undirected", "mutual"}
    assert {(e["relation"], e["type"]) for e in edges} == {
        ("WORKS_FOR", "directed"),
        ("PARTNER_OF", "mutual"),  # two-way in a graph with directed edges
    }
    G = nx.read_gexf(io.BytesIO(exported(subgraph, "gexf")))  # networkx reads it as it is
    assert G.number_of_edges() == 2 + 2


def test_many_relations_of_one_type_get_their_own_ids(store, schemas, tmp_path):
    seed = tmp_path / "staff.yaml"
    people = [f"Person Number {n}" for n in range(6)]
    seed.write_text(
        "entities:\n  - {type: Organisation, name: Northgate Trust}\n"
        + "".join(f"  - {{type: Person, name: {p}}}\n" for p in people)
        + "relations:\n"
        + "".join(f"  - {{from: {p}, type: WORKS_FOR, to: Northgate Trust}}\n" for p in people)
        + "".join(
            f"  - {{from: {a}, type: COLLABORATES_WITH, to: {b}}}\n"
            for a, b in itertools.pairwise(people)
        ),
        encoding="utf-8",
    )
    import_paths(store, [seed])
    subgraph = store.subgraph()
    for fmt, edges_of in (("graphml", graphml_edges), ("gexf", gexf_edges)):
        edges = edges_of(assert_valid(exported(subgraph, fmt), fmt, schemas))
        assert len({e["id"] for e in edges}) == len(edges) == 11
    # networkx refuses GraphML that mixes directed and undirected edges: the
    # reciprocal form (each collaboration both ways) is one it reads. GEXF's
    # `mutual` edges it reads as they are.
    for fmt, read, reciprocal in (
        ("graphml", nx.read_graphml, True),
        ("gexf", nx.read_gexf, False),
    ):
        G = read(io.BytesIO(exported(subgraph, fmt, reciprocal=reciprocal)))
        assert G.number_of_edges() == 6 + 2 * 5
        kinds = {d["relation"] for _, _, d in G.edges(data=True)}
        assert kinds == {"WORKS_FOR", "COLLABORATES_WITH"}


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_the_shipped_seeds_validate_and_round_trip(store_settings, schemas, fmt, in_tmp_cwd):
    seeds = shutil.copytree(SEEDS, in_tmp_cwd / "seeds")
    before = import_into(store_settings, seeds)
    path = in_tmp_cwd / f"graph.{fmt}"
    export_graph(before, fmt, path)
    if fmt == "json":
        G = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="edges")
        assert (G.number_of_nodes(), G.number_of_edges()) == (
            len(before.entities),
            len(before.relations),
        )
    else:
        assert_valid(path.read_bytes(), fmt, schemas)
        read = nx.read_graphml if fmt == "graphml" else nx.read_gexf
        G = read(io.BytesIO(exported(before, fmt, reciprocal=True)))
        assert G.nodes["person:henry-kippin"]["name"] == "Henry Kippin"
    after = import_into(fresh(store_settings, in_tmp_cwd / "again"), path)
    assert comparable(after) == comparable(before)


def hostile_seed(folder: Path) -> Path:
    a, b, c, d = HOSTILE
    seed = folder / "hostile.yaml"
    entities = [
        {"type": "Person", "name": d, "aliases": [c], "description": f"{a}\nline two\ttabbed"},
        {"type": "Organisation", "name": b, "description": c, "properties": {"note": a}},
        {"type": "Organisation", "name": a},
    ]
    relations = [
        {"from": d, "type": "WORKS_FOR", "to": b, "role": a, "since": "2019", "evidence": c},
        {"from": b, "type": "PARTNER_OF", "to": a, "evidence": f"{d} said: {b}"},
    ]
    seed.write_text(
        json.dumps({"entities": entities, "relations": relations}, ensure_ascii=False),
        encoding="utf-8",
    )
    return seed


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_hostile_strings_stay_text_and_round_trip(store_settings, schemas, fmt, in_tmp_cwd):
    before = import_into(store_settings, hostile_seed(in_tmp_cwd))
    path = in_tmp_cwd / f"hostile.{fmt}"
    export_graph(before, fmt, path)
    if fmt != "json":
        root = assert_valid(path.read_bytes(), fmt, schemas)
        assert not list(root.iter("{*}script"))  # markup in values is text, not elements
        text = "".join(root.itertext()) + " ".join(
            v for e in root.iter() for v in e.attrib.values()
        )
        assert HOSTILE[0] in text and HOSTILE[3] in text
    after = import_into(fresh(store_settings, in_tmp_cwd / "again"), path)
    assert comparable(after) == comparable(before)


def test_values_xml_cannot_hold_are_left_out_and_counted(schemas):
    bad = "Fenwick\x0b Valley\x1e Food\x00 Partnership \ud800"
    subgraph = Subgraph(
        entities=[
            Entity("organisation:fenwick", "Organisation", bad, description="a\x07b"),
            Entity("person:maud", "Person", "Maud Petrakis", properties={"since\x1f": "2019\x0c"}),
        ],
        relations=[Relation("WORKS_FOR", "person:maud", "organisation:fenwick", role="x\x1by")],
    )
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = io.BytesIO()
        removed = write_export(subgraph, fmt, out)
        assert removed == 12  # the name's 4 twice (it is also the label), 4 more elsewhere
        assert_valid(out.getvalue(), fmt, schemas)
        G = read(io.BytesIO(out.getvalue()))
        assert G.nodes["organisation:fenwick"]["name"] == "Fenwick Valley Food Partnership "
        assert G.nodes["organisation:fenwick"]["description"] == "ab"


def test_case_01_control_characters_export_as_xml_networkx_reads(store, schemas, tmp_path):
    csv = shutil.copy(CASES / "01-xml-control-chars.csv", tmp_path / "elements.csv")
    import_paths(store, [csv])
    subgraph = store.subgraph()
    assert len(subgraph.entities) == 2
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        data = exported(subgraph, fmt)
        assert_valid(data, fmt, schemas)
        G = read(io.BytesIO(data))
        assert {d["name"] for _, d in G.nodes(data=True)} == {
            "Fenwick Valley Food Partnership",
            "Maud Petrakis",
        }


def test_columns_are_typed_and_odd_names_survive(schemas, tmp_path):
    subgraph = Subgraph(
        entities=[
            Entity("organisation:a", "Organisation", "Alpha", properties={"Grant Amount": "5"}),
            Entity("organisation:b", "Organisation", "Beta", properties={"name": "old name"}),
        ],
        relations=[Relation("PARTNER_OF", "organisation:a", "organisation:b", confidence=0.75)],
    )
    root = assert_valid(exported(subgraph, "graphml"), "graphml", schemas)
    keys = {k.get("attr.name"): k for k in root.iter(f"{GRAPHML}key")}
    assert keys["confidence"].get("attr.type") == "double"
    assert keys["Grant_Amount"].findtext(f"{GRAPHML}desc") == "Grant Amount"
    assert "property.name" in keys  # a property never hides the built-in name
    G = nx.read_graphml(io.BytesIO(exported(subgraph, "graphml")))
    assert G.nodes["organisation:a"]["Grant_Amount"] == "5"
    assert not G.is_directed()  # only a partnership: an undirected graph
    assert G.edges["organisation:a", "organisation:b"]["confidence"] == 0.75
    (tmp_path / "g.graphml").write_bytes(exported(subgraph, "graphml"))
    with open_store(Settings(neo4j_uri=None, data_dir=tmp_path, _env_file=None)) as store:
        import_paths(store, [tmp_path / "g.graphml"])
        alpha, beta = sorted(store.subgraph().entities, key=lambda e: e.name)
    assert alpha.properties["Grant Amount"] == "5"
    assert (beta.name, beta.properties["name"]) == ("Beta", "old name")
