"""A body or project described as serving people in a place, where the people are
named by what they need or are ("a phone line for renters in Kelby", "lends
bikes to job seekers in Dale"), or a named scheme set beside such a phrase
("Foo Friends, a befriending scheme for older people in Kelby"), is LOCATED_IN the
place; the people's own homes or trips are no body's place."""

from __future__ import annotations

import pytest

from tests.extract.reading import located


@pytest.mark.parametrize(
    ("text", "owner", "place"),
    [
        ("Brindle Trust launched Tea Pals, a visiting scheme for older people in Dudley.",
         "Tea Pals", "Dudley"),
        ("Hollin Action runs a free advice service for tenants across Dudley.",
         "Hollin Action", "Dudley"),
        ("The Brindle Trust lends laptops to refugees in Dudley.", "Brindle Trust", "Dudley"),
        ("Tea Pals is a befriending project for older people in Dudley, run by Brindle Trust.",
         "Tea Pals", "Dudley"),
        ("The Brindle Trust trains refugees in Dudley as caterers.",
         "Brindle Trust", "Dudley"),
    ],
)  # fmt: skip
def test_a_body_serving_people_in_a_place_is_there(text, owner, place):
    assert (owner, place) in located(f"News\n\n{text}\n")


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Ada Foss, a tenant from Dudley, thanked Brindle Trust for its help.", "Brindle Trust"),
        ("Brindle Trust staff met refugees who had travelled from Dudley.", "Brindle Trust"),
        ("Tea Pals, a visiting scheme, thanked tenants who moved from Dudley.", "Tea Pals"),
    ],
)
def test_people_from_a_place_do_not_place_the_body(text, owner):
    assert not any(o == owner for o, _ in located(f"News\n\n{text}\n"))
