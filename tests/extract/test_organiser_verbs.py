"""Who held an event: "Foo is running Foo Week" (run, as for a project), and the
body an event's own name ends in ("Meeting of the Foo Forum", "Jane Doe's visit
to Foo Trust"). All names made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.coref import Entity
from collabgraph.extract.name_owners import hosts_after_names
from tests.extract.reading import pairs


def _organised(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text), "ORGANISED")


def test_a_body_running_an_event_week_held_it():
    organised = _organised(
        "---\nurl: https://fenbyhealthwatch.org.uk/news/fenby-health-week\n---\n\n"
        "Fenby Health Week begins\n"
        "Fenby Healthwatch, which listens to patients across the county, is running Fenby "
        "Health Week from 3 to 9 May with events in Kelby.\n"
    )
    assert ("Fenby Healthwatch", "Fenby Health Week") in organised


def _entity(kind: str, name: str, *aliases: str) -> Entity:
    return Entity(mentions=[], type=kind, name=name, aliases=list(aliases))


def test_the_body_a_meeting_or_visit_is_named_after_held_it():
    forum = _entity("Organisation", "Kelby Carers Forum")
    trust = _entity("Organisation", "Fenby Trust", "the Fenby Trust")
    meeting = _entity("Event", "Meeting of the Kelby Carers Forum")
    visit = _entity("Event", "Tom Reed's visit to the Fenby Trust")
    visit_of = _entity("Event", "Visit of Ada Brook to Fenby Trust")
    town = _entity("Place", "Dalby")
    to_town = _entity("Event", "Visit to Dalby")
    launch = _entity("Event", "Launch of the Fenby Trust")
    found = hosts_after_names([forum, trust, meeting, visit, visit_of, town, to_town, launch])
    assert {(o.name, e.name) for o, e in found} == {
        ("Kelby Carers Forum", "Meeting of the Kelby Carers Forum"),
        ("Fenby Trust", "Tom Reed's visit to the Fenby Trust"),
        ("Fenby Trust", "Visit of Ada Brook to Fenby Trust"),
    }
