"""People said to be together at the page's event: "They were joined by A and
B", "Our chair, A, was joined by B": both were there (attendees, or panellists
on a panel). Every name below is made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import ruled, with_roles


def _took_part(head: str, text: str) -> set[tuple[str, str, str | None]]:
    return with_roles(ruled(extract_text(head + text + "\n", path="page.txt")), "PARTICIPATED_IN")


_SIGNING = (
    "Signing of the Fenby Learning Agreement\n\n"
    "The Signing of the Fenby Learning Agreement took place on 4 May 2031 at Fenby Hall. "
)
_PANEL = (
    "Panel discussion on rural housing\n\n"
    "Our Panel discussion on rural housing was held on 4 May 2031 at the Corn Exchange. "
)


def test_they_were_joined_by_people_who_attended_the_page_event():
    took_part = _took_part(
        _SIGNING,
        "They were joined by Keyline Homes' chair Ada Brook, Chief Medical Officer Tom Ray, "
        "and Chief Nursing Officer Ella Moss.",
    )
    event = "Signing of the Fenby Learning Agreement"
    assert {(p, event, "attendee") for p in ("Ada Brook", "Tom Ray", "Ella Moss")} <= took_part


def test_joined_on_a_panel_the_host_and_the_guests_were_panellists():
    took_part = _took_part(
        _PANEL,
        "Our Chair, Ada Brook, was joined by Tom Ray MP, Ella Moss MP, and journalist Dan Reeve.",
    )
    event = "Panel discussion on rural housing"
    people = ("Ada Brook", "Tom Ray", "Ella Moss", "Dan Reeve")
    assert {(p, event, "panellist") for p in people} <= took_part


def test_joined_by_nobody_named_places_nobody_at_the_event():
    took_part = _took_part(_SIGNING, "Ada Brook was joined by the wider team in 2029.")
    assert not {who for who, _, _ in took_part} & {"Ada Brook"}


def test_joined_by_on_a_page_about_no_event_is_not_participation():
    seed = extract_text(
        "Keyline Homes appoints a new director\n\n"
        "Ada Brook was joined by Tom Ray at Keyline Homes in 2029.\n",
        path="page.txt",
    )
    assert not with_roles(seed, "PARTICIPATED_IN")
