"""Bodies that sign an agreement are its parties, not participants of the signing:
"Kelby University and Fenby Voluntary Action have signed a partnership agreement"
links neither body to "Signing of the partnership agreement"; the people who put
pen to paper still take part in it, as participants."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events as _events
from tests.extract.reading import with_roles as _rels

_PAGE = (
    "University and charities sign partnership agreement\n\n"
    "Kelby University and Fenby Voluntary Action have signed a five-year civic "
    "partnership agreement, the first of its kind in the county.\n\n"
    "The agreement was signed at Kelby Town Hall on Monday by the university's "
    "Vice-Chancellor, Professor Jo Tern, and the charity's chief officer, Ada Foss.\n"
)


def _takers(seed: dict) -> dict[str, str | None]:
    (event,) = _events(seed)
    return {
        who: role for who, where, role in _rels(seed, "PARTICIPATED_IN") if where == event["name"]
    }


def test_bodies_that_signed_are_no_participants_of_the_signing():
    takers = _takers(extract_text(_PAGE))
    assert "Kelby University" not in takers
    assert "Fenby Voluntary Action" not in takers


def test_people_who_signed_take_part_as_participants():
    takers = _takers(extract_text(_PAGE))
    assert takers.get("Jo Tern") == "participant"
    assert takers.get("Ada Foss") == "participant"
