"""Case 08: "Name, Title of Org, spoke at Event": the event goes to the person,
not to the organisation in the appositive (../shared/cases/extraction/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from collabgraph.analysis import collaborators_of, to_networkx
from collabgraph.extract import extract_file, extract_text
from collabgraph.importer import import_paths
from collabgraph.settings import Settings
from collabgraph.store import open_store
from tests.extract.reading import at_summit

CASE = Path(__file__).resolve().parent / "cases" / "08-appositive-speaker.txt"
SUMMIT = "Kirkdale Housing Summit"


def _took_part(seed: dict) -> dict[str, str | None]:
    return {r["from"]: r.get("role") for r in seed["relations"] if r["type"] == "PARTICIPATED_IN"}


def test_the_case_gives_the_event_to_the_people_not_their_organisations():
    seed = extract_file(CASE)
    took_part = _took_part(seed)
    assert took_part.keys() == {"Siobhan Baylis", "Marcus Ede", "Priya Lal"}
    assert took_part["Siobhan Baylis"] == "speaker"
    assert "chair" in took_part["Marcus Ede"]
    works = {(r["from"], r["to"]) for r in seed["relations"] if r["type"] == "WORKS_FOR"}
    assert works == {
        ("Siobhan Baylis", "Kirkdale Tenants Network"),
        ("Marcus Ede", "Kirkdale Carers Centre"),
    }


def test_in_the_graph_the_speakers_are_collaborators(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    settings = Settings(neo4j_uri=None, data_dir=tmp_path / "data", _env_file=None)
    with open_store(settings) as store:
        store.clear()
        (report,) = import_paths(store, [CASE])
        assert report.ok, report.errors
        G = to_networkx(store.subgraph())
    priya = next(n for n, d in G.nodes(data=True) if d["name"] == "Priya Lal")
    names = {c["name"] for c in collaborators_of(G, priya)["collaborators"]}
    assert names == {"Siobhan Baylis", "Marcus Ede"}


def test_appositives_in_other_shapes():
    seed = extract_text(
        "Vale Futures Forum: notes\n\n"
        "Dr Ama Osei, head of research at the Vale Institute, spoke at the Vale Futures Forum.\n"
        "Leon Pryce (Chair, Vale Youth Trust) chaired a panel at the Vale Futures Forum.\n"
        "Rhea Bloom, the Vale Institute's Director of Policy, and Sol Adair, a trustee of "
        "Vale Foodbank, presented at the Vale Futures Forum.\n"
    )
    took_part = _took_part(seed)
    assert {"Ama Osei", "Leon Pryce", "Rhea Bloom", "Sol Adair"} <= took_part.keys()
    assert not took_part.keys() & {"Vale Institute", "Vale Youth Trust", "Vale Foodbank"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ama Osei MBE and Leon Pryce spoke at the Marlow Tenants Summit.",
        "Ama Osei OBE, Leon Pryce CBE and Sol Adair presented at the Marlow Tenants Summit.",
    ],
)
def test_honours_after_a_name_keep_the_names_before_them_subjects(sentence):
    took_part = at_summit(sentence)
    assert {("Ama Osei", "speaker"), ("Leon Pryce", "speaker")} <= took_part
