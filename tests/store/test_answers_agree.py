"""The CLI, the API and the analysis give the same answers, on every store.

One small funder-recipient network (`network.yaml`) is imported into each
backend; every question is then asked three ways: `collabgraph query ... --json`,
the HTTP API, and `collabgraph.analysis` on the whole graph the store holds.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from collabgraph import analysis
from collabgraph.api.main import create_app
from collabgraph.api.schemas import CollaboratorsOut, PathOut
from collabgraph.cli import app as cli_app
from collabgraph.importer import import_paths
from collabgraph.store import open_store

NETWORK = Path(__file__).with_name("network.yaml")
PEOPLE = ["Ada Cole", "Ben Dale", "Cara Eve", "Dev Ford", "Eli Gray", "Fay Hart"]
ORGANISATIONS = [
    "Riverside Fund",
    "North Youth Trust",
    "South Youth Trust",
    "East Food Bank",
    "Riverside Council",
]
WINDOWS = [{}, {"since": "2022", "until": "2023"}, {"until": "2019"}, {"since": "2023-03"}]


class Three:
    """Ask one store the same question through the CLI, the API and the analysis."""

    def __init__(self, settings, client: TestClient):
        self.env = {
            "COLLABGRAPH_DATA_DIR": str(settings.data_dir),
            "COLLABGRAPH_NEO4J_URI": settings.neo4j_uri or "",
        }
        self.client = client
        with open_store(settings) as store:
            self.graph = analysis.to_networkx(store.subgraph())
            self.ids = {e.name: e.id for e in store.subgraph().entities}
            self.entities = {e.id: e.to_dict() for e in store.subgraph().entities}

    def cli(self, *args: str) -> dict:
        result = CliRunner().invoke(cli_app, [*args, "--json"], env=self.env)
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    def api(self, url: str, **params) -> dict:
        response = self.client.get(url, params=params)
        assert response.status_code == 200, response.text
        return response.json()


def options(window: dict[str, str]) -> list[str]:
    return [x for k, v in window.items() for x in (f"--{k}", v)]


def plain(data) -> dict:
    return json.loads(json.dumps(data))


@pytest.fixture
def three(store_settings, in_tmp_cwd):
    seed = Path(shutil.copy(NETWORK, in_tmp_cwd / "network.yaml"))
    with open_store(store_settings) as store:
        [report] = import_paths(store, [seed])
    assert report.status == "imported", report.errors
    with TestClient(create_app(store_settings)) as client:
        yield Three(store_settings, client)


@pytest.mark.parametrize("window", WINDOWS, ids=lambda w: "-".join(w.values()) or "always")
def test_collaborators_agree(three, window):
    for name in PEOPLE + ORGANISATIONS:
        entity_id = three.ids[name]
        by_cli = three.cli("query", "collaborators", name, *options(window))
        by_api = three.api(f"/entities/{entity_id}/collaborators", **window)
        by_analysis = analysis.collaborators_of(three.graph, entity_id, **window)
        by_analysis["entity"] = three.entities[entity_id]
        assert by_cli == by_api == plain(by_analysis), name
        # The API sends the library's answer unvalidated: it must fit its documented model.
        assert CollaboratorsOut.model_validate(by_api).model_dump(mode="json") == by_api


def test_windows_change_who_works_with_whom(three):
    ada = three.ids["Ada Cole"]
    always = {c["name"] for c in three.api(f"/entities/{ada}/collaborators")["collaborators"]}
    assert always == {"Ben Dale", "Cara Eve", "Dev Ford"}
    then = three.api(f"/entities/{ada}/collaborators", since="2022", until="2023")
    assert {c["name"] for c in then["collaborators"]} == {"Ben Dale", "Cara Eve", "Dev Ford"}
    assert then["window"] == {"since": "2022", "until": "2023", "timeless": 1}
    before = three.api(f"/entities/{ada}/collaborators", until="2019")
    assert {c["name"] for c in before["collaborators"]} == {"Cara Eve"}


PAIRS = [
    ("Ada Cole", "Fay Hart"),
    ("Ben Dale", "Riverside Council"),
    ("Riverside Fund", "East Food Bank"),
    ("Cara Eve", "Cara Eve"),
]


@pytest.mark.parametrize("window", WINDOWS[:2], ids=lambda w: "-".join(w.values()) or "always")
def test_paths_agree(three, window):
    for a, b in PAIRS:
        for paths in (1, 3):
            ends = {"from": a, "to": b, "paths": paths}
            by_cli = three.cli("query", "path", a, b, "--paths", str(paths), *options(window))
            by_api = three.api("/path", **ends, **window)
            by_analysis = analysis.shortest_path(
                three.graph, three.ids[a], three.ids[b], paths=paths, **window
            )
            assert by_cli == by_api == plain(by_analysis), (a, b)
            assert PathOut.model_validate(by_api).model_dump(mode="json") == by_api


def test_direction_is_respected_between_funder_and_grantees(three):
    north = three.ids["North Youth Trust"]
    found = three.api(f"/entities/{north}/collaborators")["collaborators"]
    assert {c["name"] for c in found} == {"Riverside Fund", "South Youth Trust"}
    south = next(c for c in found if c["name"] == "South Youth Trust")
    assert [ctx["via"]["name"] for ctx in south["contexts"]] == ["Cara Eve"]
    fund = three.api(f"/entities/{three.ids['Riverside Fund']}/collaborators")
    assert {c["name"] for c in fund["collaborators"]} == {"North Youth Trust", "South Youth Trust"}
    projected = three.api(f"/entities/{north}/collaborators", cofunded=True)["collaborators"]
    south = next(c for c in projected if c["name"] == "South Youth Trust")
    assert {(ctx["via"] or {}).get("name") for ctx in south["contexts"]} == {
        "Cara Eve",
        "Riverside Fund",
    }
    food = three.api(f"/entities/{three.ids['East Food Bank']}/collaborators")["collaborators"]
    assert [(c["name"], c["contexts"][0]["kind"]) for c in food] == [
        ("South Youth Trust", "direct")
    ]
    dev = three.api(f"/entities/{three.ids['Dev Ford']}/collaborators")
    assert "South Youth Trust" not in {c["name"] for c in dev["collaborators"]}
    assert [a["name"] for a in dev["affiliations"]] == ["East Food Bank"]


def test_neighbourhood_windows_walk_only_what_held_then(three):
    ben = three.ids["Ben Dale"]
    always = three.api(f"/entities/{ben}/neighbourhood", depth=2)
    names = {e["name"] for e in always["entities"]}
    assert {"North Youth Trust", "Riverside Summit 2019", "Eli Gray"} <= names
    early = three.api(f"/entities/{ben}/neighbourhood", depth=2, until="2019")
    assert {e["name"] for e in early["entities"]} == {
        "Ben Dale",
        "Riverside Summit 2019",
        "Eli Gray",
    }
    ids = {e["id"] for e in early["entities"]}
    assert all(r["source"] in ids and r["target"] in ids for r in early["relations"])
    assert early["window"] == {"since": None, "until": "2019", "timeless": 0}
    expected = analysis.ego_network(analysis.filter_graph(three.graph, until="2019"), ben, depth=2)
    assert ids == set(expected)


def test_introductions_never_pair_entities_already_tied(three):
    for network in ("people", "organisations", "everyone"):
        found = three.api("/analysis/introductions", network=network, min_common=1, limit=1000)[
            "introductions"
        ]
        tied = analysis.collaboration_network(three.graph, network)
        by_analysis = analysis.introductions(
            three.graph, network=network, min_common=1, limit=1000
        )["introductions"]
        assert found == plain(by_analysis)
        for p in found:
            assert not tied.has_edge(p["a"]["id"], p["b"]["id"])
            assert p["a"]["type"] == p["b"]["type"]
    people = three.api("/analysis/introductions", min_common=1, limit=1000)["introductions"]
    assert ("Ben Dale", "Dev Ford") in {(p["a"]["name"], p["b"]["name"]) for p in people}
