"""`build_map_view`: what each map draws, on every store."""

from __future__ import annotations

from pathlib import Path

import pytest

from collabgraph import analysis
from collabgraph.errors import EntityNotFound
from collabgraph.importer import import_paths
from collabgraph.maps import MAX_CONTEXT_SIZE, MapFilters, MapRequest, build_map_view
from tests.conftest import LAUNCH_YAML

TEAMS = """\
source:
  title: Two teams and an event
entities:
  - {type: Person, name: Ada}
  - {type: Person, name: Bo}
  - {type: Person, name: Cy}
  - {type: Person, name: Di}
  - {type: Organisation, name: North Trust}
  - {type: Organisation, name: South Trust}
  - {type: Event, name: Summit, date: 2020-05}
relations:
  - {from: Ada, type: WORKS_FOR, to: North Trust, role: Chair}
  - {from: Bo, type: WORKS_FOR, to: North Trust}
  - {from: Bo, type: MEMBER_OF, to: South Trust}
  - {from: Cy, type: WORKS_FOR, to: South Trust}
  - {from: Ada, type: PARTICIPATED_IN, to: Summit, role: speaker}
  - {from: Di, type: PARTICIPATED_IN, to: Summit}
"""


def load(store, tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [report] = import_paths(store, [path])
    assert report.status == "imported", report.errors


def names(view) -> set[str]:
    return {e.name for e in view.entities}


def ties(view) -> set[frozenset[str]]:
    by_id = {e.id: e.name for e in view.entities}
    return {frozenset((by_id[t.source], by_id[t.target])) for t in view.ties}


def test_people_view_draws_the_collaboration_graph(store):
    [report] = import_paths(store, [LAUNCH_YAML])
    assert report.status == "imported"
    view = build_map_view(store, MapRequest(view="people"))
    G = analysis.to_networkx(store.subgraph())
    C = analysis.collaboration_graph(G, kinds=("Person",))
    assert {e.id for e in view.entities} == set(C)
    assert {(t.source, t.target, t.weight) for t in view.ties} == {
        (*sorted((u, v)), d["weight"]) for u, v, d in C.edges(data=True)
    }
    assert view.relations == [] and view.color_by == "community"
    assert view.note.startswith("Showing all 8 people.")


def test_types_pick_the_contexts_a_people_view_counts(store, tmp_path):
    load(store, tmp_path, "teams.yaml", TEAMS)
    everyone = build_map_view(store, MapRequest(view="people"))
    assert ties(everyone) == {
        frozenset({"Ada", "Bo"}),
        frozenset({"Bo", "Cy"}),
        frozenset({"Ada", "Di"}),
    }
    events = MapFilters(types=("Event",))
    at_events = build_map_view(store, MapRequest(view="people", filters=events))
    assert ties(at_events) == {frozenset({"Ada", "Di"})}
    # The people themselves always stay, tied or not.
    assert names(at_events) == {"Ada", "Bo", "Cy", "Di"}
    before = build_map_view(store, MapRequest(view="people", filters=MapFilters(until="2019")))
    assert frozenset({"Ada", "Di"}) not in ties(before)


def test_organisations_view_ties_organisations_that_share_a_person(store, tmp_path):
    load(store, tmp_path, "teams.yaml", TEAMS)
    view = build_map_view(store, MapRequest(view="organisations"))
    assert names(view) == {"North Trust", "South Trust"}
    assert ties(view) == {frozenset({"North Trust", "South Trust"})}
    [tie] = view.ties
    assert [r["via"]["name"] for r in tie.reasons] == ["Bo"]


def test_a_persons_people_map_reaches_as_far_as_asked(store, tmp_path):
    load(store, tmp_path, "teams.yaml", TEAMS)
    near = build_map_view(store, MapRequest(view="people", focus="Cy"))
    assert names(near) == {"Cy", "Bo"}
    assert near.focus == next(e.id for e in near.entities if e.name == "Cy")
    far = build_map_view(store, MapRequest(view="people", focus="Cy", depth=2))
    assert names(far) == {"Cy", "Bo", "Ada"}
    # Around an organisation: the people linked to it, and the ties among them.
    staff = build_map_view(store, MapRequest(view="people", focus="North Trust"))
    assert names(staff) == {"Ada", "Bo"} and staff.focus is None
    assert ties(staff) == {frozenset({"Ada", "Bo"})}
    with pytest.raises(EntityNotFound):
        build_map_view(store, MapRequest(view="people", focus="Nobody"))


def test_a_whole_map_keeps_the_most_influential_and_says_so(store, tmp_path):
    load(store, tmp_path, "teams.yaml", TEAMS)
    view = build_map_view(store, MapRequest(limit=3))
    assert len(view.entities) == 3 and view.total == 7
    assert view.note == "Showing the top 3 of 7 entities by influence."
    assert view.more == {"limit": 6}
    shown = [view.influence[e.id] for e in view.entities]
    assert shown == sorted(shown, reverse=True) and shown[0] == max(view.influence.values())


def test_contexts_too_large_to_mean_anything_are_left_out_and_named(store, tmp_path):
    crowd = MAX_CONTEXT_SIZE + 1
    lines = ["source: {title: A big conference}", "entities:"]
    lines += ["  - {type: Event, name: Big Conference}", "  - {type: Event, name: Workshop}"]
    lines += [f"  - {{type: Person, name: Delegate {i}}}" for i in range(crowd)]
    lines += ["relations:"]
    lines += [
        f"  - {{from: Delegate {i}, type: PARTICIPATED_IN, to: Big Conference}}"
        for i in range(crowd)
    ]
    lines += [f"  - {{from: Delegate {i}, type: PARTICIPATED_IN, to: Workshop}}" for i in (0, 1)]
    load(store, tmp_path, "crowd.yaml", "\n".join(lines) + "\n")
    view = build_map_view(store, MapRequest(view="people"))
    assert ties(view) == {frozenset({"Delegate 0", "Delegate 1"})}
    assert view.skipped_contexts == ["event:big-conference"]
    assert f"contexts of more than {MAX_CONTEXT_SIZE} members" in view.note


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"view": "everyone"}, "unknown view"),
        ({"depth": 4}, "depth must be 1 to 3"),
        ({"limit": 0}, "limit must be 1"),
        ({"color_by": "size"}, "color_by must be"),
    ],
)
def test_a_bad_request_is_refused_with_a_reason(kwargs, message):
    with pytest.raises(ValueError, match=message):
        MapRequest(**kwargs)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"types": ("Planet",)}, "unknown type Planet"),
        ({"relations": ("LIKES",)}, "unknown relation LIKES"),
        ({"since": "2017-2"}, "since must be YYYY"),
        ({"since": "2018", "until": "2017"}, r"until \(2017\) is before since \(2018\)"),
        ({"community": -1}, "community must be 0 or more"),
    ],
)
def test_bad_filters_are_refused_with_a_reason(kwargs, message):
    with pytest.raises(ValueError, match=message):
        MapFilters(**kwargs)
