"""The bodies a page about one event lists as keeping its stalls, stands or tents
took part in it (PARTICIPATED_IN, role participant, as "Stalls were run by A"):
"Stalls this year included A and B", "Stalls came from A", "information tents
from A", "Confirmed stands so far: A, B". Near misses: a stall noun whose verb
says something else ("the stalls sold out before Kelby Scouts arrived"); a page
about no event. All names made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles

_FAIR = (
    "Fenby Summer Fair 2026\n\n"
    "The Fenby Summer Fair 2026 took place on Saturday on Fenby Green, organised by "
    "Fenby Parish Council. More than 2,000 people came along.\n\n"
    "{line}\n\nThe fair raised £3,000 for the village hall.\n"
)
_EVENT = "Fenby Summer Fair 2026"
_KEEPERS = {"Kelby Scouts", "Orby Credit Union"}


def _takers(line: str) -> dict[str, str | None]:
    seed = extract_text(_FAIR.format(line=line))
    return {who: role for who, to, role in with_roles(seed, "PARTICIPATED_IN") if to == _EVENT}


@pytest.mark.parametrize(
    "line",
    [
        "Stalls this year included Kelby Scouts and Orby Credit Union.",
        "Community stalls included Kelby Scouts and Orby Credit Union.",
        "Stalls came from Kelby Scouts and Orby Credit Union.",
        "Around 50 stalls lined the paths, along with information tents from Kelby Scouts "
        "and Orby Credit Union.",
        "Confirmed stands so far: Kelby Scouts and Orby Credit Union.",
        "Over 50 stalls this year - local crafts, food and community groups including "
        "Kelby Scouts and Orby Credit Union.",
    ],
)
def test_the_bodies_listed_as_keeping_stalls_took_part(line):
    takers = _takers(line)
    assert all(takers.get(k) == "participant" for k in _KEEPERS), takers


def test_a_stall_told_of_otherwise_lists_nobody():
    takers = _takers("The cake stalls sold out before Kelby Scouts and Orby Credit Union came.")
    assert not _KEEPERS & takers.keys(), takers


def test_no_event_no_stall_keepers():
    seed = extract_text(
        "Orby Credit Union news\n\nOrby Credit Union opened a new branch in Fenby this "
        "spring. Stalls included Kelby Scouts and the Fenby Larder.\n"
    )
    assert not with_roles(seed, "PARTICIPATED_IN")
