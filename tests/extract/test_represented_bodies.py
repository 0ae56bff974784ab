"""Bodies whose people came, named in a list of who took part: "representatives
from A", "members of staff from B", "colleagues in C", "leaders from D" (the body
took part); "members of E" names a membership, not a body taking part. Every name
below is made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import ruled, with_roles

_SUMMIT = (
    "Kelby Food Summit brings partners together\n\n"
    "The first Kelby Food Summit took place at Fenby Town Hall on 4 May 2031. "
)
_EVENT = "Kelby Food Summit"


def _took_part(text: str) -> set[tuple[str, str, str | None]]:
    seed = extract_text(_SUMMIT + text + "\n", path="page.txt")
    return with_roles(ruled(seed), "PARTICIPATED_IN")


def _bodies(took_part) -> set[str]:
    return {who for who, event, _ in took_part if event == _EVENT}


def test_members_of_staff_from_a_body_after_a_listed_speaker():
    took_part = _took_part(
        "The event invited speakers like Helen Marsh from Northtown Growers and "
        "members of staff from the Dalby Food Bank Trust."
    )
    assert (_EVENT, "speaker") in {(e, r) for w, e, r in took_part if w == "Helen Marsh"}
    assert "Dalby Food Bank Trust" in _bodies(took_part)


def test_we_were_joined_by_colleagues_and_leaders_from_bodies():
    took_part = _took_part(
        "We were joined by colleagues from the Department for Rural Affairs and "
        "leaders from the Fenby Youth Network."
    )
    assert {"Department for Rural Affairs", "Fenby Youth Network"} <= _bodies(took_part)


def test_joined_for_a_discussion_alongside_colleagues_in_a_body():
    took_part = _took_part(
        "We were joined for a roundtable discussion with Ada Brook, chair of the Kelby "
        "Inclusion Committee, alongside colleagues in the Westshire Skills Office."
    )
    assert "Westshire Skills Office" in _bodies(took_part)


def test_members_of_a_body_are_not_read_as_the_body_taking_part():
    took_part = _took_part("We were joined by members of the Fenby Youth Network.")
    assert "Fenby Youth Network" not in _bodies(took_part)
