"""Who hosted an event's programme on stage chaired it (GOLD.md's role "chair"):
"compered by", "with A compering", "Host for the night, A", "Host for the day is
A", and a presenter after "hosted by". Near misses: a body hosting (it held the
event), a host word with no person, a person merely near the word. All names
made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, with_roles

_PAGE = (
    "Orby Community Awards 2026\n\n"
    "The Orby Community Awards 2026 took place at Fenby Town Hall on 6 March, "
    "organised by Kelby Voluntary Action.\n\n{line}\n"
)
_EVENT = "Orby Community Awards 2026"


def _roles(line: str) -> set[tuple[str, str | None]]:
    seed = extract_text(_PAGE.format(line=line))
    return {(who, role) for who, to, role in with_roles(seed, "PARTICIPATED_IN") if to == _EVENT}


@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("The evening was compered by local radio presenter Dana Lowe.", "Dana Lowe"),
        ("The main stage was compered by Jo Tern of Kelby FM, and acts included a choir.",
         "Jo Tern"),
        ("Music came from the Orby Silver Band, with Ben Ruskin from Kelby FM compering.",
         "Ben Ruskin"),
        ("[Photo] Host for the night, Kelby FM presenter Ada Foss, kept everyone smiling.",
         "Ada Foss"),
        ("18:30 – Compere for the evening is Mia Hart, breakfast presenter at Kelby FM.",
         "Mia Hart"),
        ("The evening was hosted by comedian Oli Brandt.", "Oli Brandt"),
    ],
)  # fmt: skip
def test_whoever_hosted_the_programme_on_stage_chaired_it(line, person):
    assert (person, "chair") in _roles(line)


def test_a_body_hosting_the_evening_held_it_and_chaired_nothing():
    line = "The evening was hosted by the Fenby Rotary Club."
    seed = extract_text(_PAGE.format(line=line))
    assert ("Fenby Rotary Club", _EVENT) in pairs(seed, "ORGANISED")
    assert not any(role == "chair" for _, role in _roles(line))


@pytest.mark.parametrize(
    "line",
    [
        "Our host for the night was the Fenby Rotary Club, who laid on supper.",
        "Ada Foss thanked everyone who had helped with hosting over the years.",
        "Nobody compered: Jo Tern simply read out the winners from a card.",
        "Tickets are available from Ben Ruskin, with hosting costs met by the council.",
    ],
)
def test_near_misses_give_no_stage_host(line):
    assert not any(role == "chair" for _, role in _roles(line))
