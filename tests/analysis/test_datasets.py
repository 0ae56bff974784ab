import csv

from collabgraph.model.names import name_key

from .builders import converter


def rows(path):
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def assert_labels_unique_per_type(elements):
    keys = [(r["Type"], name_key(r["Label"], r["Type"])) for r in elements]
    assert len(set(keys)) == len(keys)


def test_davis_southern_women(tmp_path):
    elements_csv, connections_csv = converter("davis_southern_women").convert(tmp_path)
    assert elements_csv.name == "davis_southern_women.elements.csv"
    assert connections_csv.name == "davis_southern_women.connections.csv"
    elements, connections = rows(elements_csv), rows(connections_csv)
    assert list(elements[0])[:4] == ["Label", "Type", "Description", "Tags"]
    assert sum(r["Type"] == "Person" for r in elements) == 18
    assert sum(r["Type"] == "Event" for r in elements) == 14
    assert {"Label": "Evelyn Jefferson", "Type": "Person"}.items() <= elements[0].items()
    assert len(connections) == 89
    assert {r["Type"] for r in connections} == {"PARTICIPATED_IN"}
    assert connections[0]["From"] == "Evelyn Jefferson"
    assert connections[0]["To"] == "Event E1"
    assert_labels_unique_per_type(elements)


def test_snap_ca_grqc_skips_self_loops(tmp_path):
    module = converter("snap_ca_grqc")
    nodes, pairs, loops = module.read_edges(module.DEFAULT_SOURCE)
    assert (len(nodes), len(pairs), loops) == (5242, 14484, 12)
    elements_csv, connections_csv = module.convert(tmp_path)
    elements, connections = rows(elements_csv), rows(connections_csv)
    assert len(elements) == 5242
    assert len(connections) == 14484
    assert all(r["From"] != r["To"] for r in connections)
    assert {"Label": "Author 3466", "Type": "Person"}.items() <= next(
        r for r in elements if r["Label"] == "Author 3466"
    ).items()
    assert_labels_unique_per_type(elements)


def test_they_rule_keeps_namesakes_apart(tmp_path):
    elements_csv, connections_csv = converter("theyrule_2004").convert(tmp_path)
    elements, connections = rows(elements_csv), rows(connections_csv)
    assert sum(r["Type"] == "Organisation" for r in elements) == 493
    assert sum(r["Type"] == "Person" for r in elements) == 4307
    assert len(connections) == 5540
    assert {(r["Type"], r["Role"], r["Date"]) for r in connections} == {
        ("MEMBER_OF", "board member", "2004")
    }
    labels = {r["Label"] for r in elements}
    assert "Carlos A. Saladrigas (director 3385)" in labels
    assert "Carlos A. Saladrigas (director 5818)" in labels
    assert "Carlos A. Saladrigas" not in labels
    assert "Roxanne S. Austin" in labels
    assert "Boone Powell, Jr." in labels
    saladrigas = next(r for r in elements if r["Label"].endswith("(director 3385)"))
    assert saladrigas["External ID"] == "theyrule2004:director:3385"
    assert_labels_unique_per_type(elements)
