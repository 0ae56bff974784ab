"""A site named by a street, town or saint and a lower-case noun of what it is
("at Ambleford bus station", "the Tanyard Street arches", "St Ulwyn's church
hall"): the whole is the place (mentions/add.py, mentions/lower_tails.py,
vocab/place_site_tails.txt)."""

from __future__ import annotations

import pytest

from tests.extract.reading import entities, located


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The open day is at Ambleford fire station on 3 May.", "Ambleford fire station"),
        ("Bike Shack mends bicycles in the Tanyard Street arches.", "Tanyard Street arches"),
        ("The club meets at St Ulwyn's church hall on Fridays.", "St Ulwyn's church hall"),
        ("We met in the back room of the Brackwin Methodist hall.", "Brackwin Methodist hall"),
        ("A garden now grows behind Ambleford bus station.", "Ambleford bus station"),
    ],
)
def test_a_named_site_with_its_noun_is_one_place(text, place):
    assert ("Place", place) in entities("Garden news\n\n" + text + "\n")


def test_an_event_at_a_named_site_is_located_there():
    pairs = located(
        "Spring Sing 2025\n\nThe Spring Sing 2025 was held at the Orchard Gardens bandstand "
        "on Sunday afternoon.\n"
    )
    assert ("Spring Sing 2025", "Orchard Gardens bandstand") in pairs


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The lunch is served at the Lantern Mission hall every Tuesday.", "Lantern Mission"),
        ("Lunches are cooked at the Ambleford Bikes Project hall.", "Ambleford Bikes Project"),
    ],
)
def test_a_body_or_programme_before_the_noun_keeps_its_name(text, body):
    found = entities("News\n\n" + text + "\n")
    assert any(name == body for _kind, name in found)
    assert not any(kind == "Place" and name.startswith(body) for kind, name in found)


def test_a_noun_that_qualifies_another_is_no_site():
    found = entities("News\n\nThe Ambleford skatepark project won a grant.\n")
    assert ("Place", "Ambleford skatepark") not in found
