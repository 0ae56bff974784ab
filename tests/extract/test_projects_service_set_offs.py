"""A name set off by a comma beside a noun of a service ("the new service, Kelby
Connect,", "Tern Neighbours, the telephone befriending service") is a project
(mentions/service_set_offs.py). Fictional names."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import types_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The new service, Kelby Connect, will launch in October and will employ "
            "twelve link workers based in GP practices.",
            "Kelby Connect",
        ),
        (
            "From January a new 24-bed service, Fenby Lodge, will open on the former depot site.",
            "Fenby Lodge",
        ),
        (
            "The council will work with Tern Rural Action on a new volunteer "
            "recruitment drive, Kelby Village Futures, starting in the autumn.",
            "Kelby Village Futures",
        ),
        (
            "Tern Neighbours Kelby, the telephone and home-visit befriending service "
            "for older people, has made its 500th match.",
            "Tern Neighbours Kelby",
        ),
    ],
)
def test_a_name_beside_a_service_noun_is_a_project(text: str, name: str) -> None:
    assert types_in(extract_text(text), name) == {"Project"}


def test_a_body_named_beside_its_service_stays_a_body() -> None:
    seed = extract_text("We are a member of Fenby Libraries, the council-owned library service.")
    assert "Project" not in types_in(seed, "Fenby Libraries")
