"""Names of bodies that little else marks: names listed as examples of a kind
of body ("partner organisations, including A, B and C", "charities such as A
and B"), a name listed with two or more bodies (mentions/list_votes.py), and a
name ending in a body's word that is also everyday English ("Foodbank", "Bureau"). Made-up
write-ups.
"""

from __future__ import annotations

import pytest

from collabgraph.extract.pipeline import extract_text
from tests.extract.reading import entities, pairs


def _typed(text: str) -> dict[str, str]:
    return {n: t for t, n in entities(text)}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The partnership is made up of four voluntary organisations, including "
            "Northtown CVS, Westshire Carers Trust, Tallow Rise and Kelby Volunteer Centre.",
            ["Tallow Rise"],
        ),
        (
            "We will work with charities and organisations throughout the county - such as "
            "Westshire Hospice Trust, Kestrel Dene and the Northtown Heritage Society.",
            ["Kestrel Dene"],
        ),
        (
            "Local charities like Northtown Foodbank, Amber Lantern and Westshire Age "
            "Concern joined the scheme.",
            ["Amber Lantern"],
        ),
    ],
)
def test_names_given_as_examples_of_bodies_are_bodies(text, names):
    typed = _typed(text + "\n")
    for name in names:
        assert typed.get(name) == "Organisation", typed


def test_names_given_as_examples_of_towns_are_not_bodies():
    """The noun nearest the example word decides: towns, not organisations."""
    typed = _typed(
        "Community organisations in towns such as Kelby Brook and Ashby Vale will "
        "share the money.\n"
    )
    assert typed.get("Kelby Brook") != "Organisation"
    assert typed.get("Ashby Vale") != "Organisation"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Grants went to Northtown Hospice Trust, Wayfarers, the Westshire Foundation "
            "and Homeward Link this spring.",
            "Homeward Link",
        ),
        (
            "Speakers came from Westshire Council, the Northtown Hospice Trust, "
            "Pathfinders and Homeward Link.",
            "Homeward Link",
        ),
        (
            "Northtown Hospice Trust, Kelby’s, Westshire Foundation and Homeward Link are "
            "among the groups to receive a share.",
            "Homeward Link",
        ),
    ],
)
def test_a_name_listed_with_bodies_is_a_body(text, name):
    """A name nothing types but the recogniser's guess of a person, listed with
    two or more bodies, is a body (a name ending in 's does not end the list)."""
    assert _typed(text + "\n").get(name) == "Organisation"


def test_a_person_listed_with_bodies_stays_a_person():
    typed = _typed("Speakers came from Westshire Council, the Northtown Trust and Ada Brook.\n")
    assert typed.get("Ada Brook") == "Person"
    assert typed.get("Westshire Council") == "Organisation"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Volunteers at Kelby Foodbank packed 300 parcels last week.", "Kelby Foodbank"),
        ("Ashby Vale Foodbank packed 300 parcels last week.", "Ashby Vale Foodbank"),
        (
            "Vouchers are issued by the council, GPs and the Northtown Advice Bureau.",
            "Northtown Advice Bureau",
        ),
        ("Ada Brook now volunteers at Kelby Volunteer Bureau.", "Kelby Volunteer Bureau"),
    ],
)
def test_a_foodbank_is_a_body(text, name):
    """'Foodbank' ends a body's name as 'Trust' does: kept though nothing else
    on the page says it is a body. So does 'Bureau'."""
    assert _typed(text + "\n").get(name) == "Organisation"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The charter was signed by councils and youth charities including Action, "
            "and it will help people in crisis.",
            "Action",
        ),
        ("Ada Brook, who spoke for the youth charity Collective, opened the day.", "Collective"),
        ("Guests included Aid Chief Executive Dan Hill and Kelby Trust chair Tom Reed.", "Aid"),
    ],
)
def test_a_body_named_by_its_head_word_alone_after_an_example_cue(text, name):
    """A body whose one-word name is also a body's head word ("Action", "Aid") is
    named when the words before it give it as a body: a cue of examples or a
    noun for a body in lower case."""
    assert _typed("Kelby Trust news\n\n" + text + "\n").get(name) == "Organisation"


def test_a_head_word_alone_qualifying_a_noun_is_no_body():
    """ "including Aid workers": the word qualifies the noun after it."""
    typed = _typed(
        "Kelby Trust news\n\nThe Fenby group works with partners, including Aid workers.\n"
    )
    assert "Aid" not in typed


def test_a_post_after_a_listed_head_word_is_held_there():
    seed = extract_text(
        "Kelby Trust news\n\nGuests included Aid Chief Executive Dan Hill and Kelby Trust "
        "chair Tom Reed.\n"
    )
    assert ("Dan Hill", "Aid") in pairs(seed, "WORKS_FOR")
