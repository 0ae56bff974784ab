"""An event named "Opening of X" or "Launch of X", where X is a project or report the
page names: the event is ABOUT X (name_owners.subjects_in_names). Made-up names."""

from __future__ import annotations

from collabgraph.extract.coref import Entity
from collabgraph.extract.name_owners import subjects_in_names


def _entity(kind: str, name: str) -> Entity:
    return Entity(mentions=[], type=kind, name=name)


def test_an_opening_of_a_named_project_is_about_it():
    hub = _entity("Project", "Kelby Diagnostic Centre")
    guide = _entity("Report", "Open Doors")
    opening = _entity("Event", "Opening of the Kelby Diagnostic Centre")
    launch = _entity("Event", "Launch of Open Doors")
    found = subjects_in_names([hub, guide, opening, launch])
    assert (opening, hub) in found
    assert (launch, guide) in found


def test_an_opening_of_something_else_is_about_nothing():
    hub = _entity("Project", "Kelby Diagnostic Centre")
    other = _entity("Event", "Opening of Fenby Library")
    lecture = _entity("Event", "Lecture of Kelby Diagnostic Centre")
    assert subjects_in_names([hub, other, lecture]) == []
