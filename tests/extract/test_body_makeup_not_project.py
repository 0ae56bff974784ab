"""A named body that "brings together" others ("the Kelby Food Partnership, which brings
together A and B", or "The partnership brings together A" after it is named) tells
that body's makeup: its members are no partners in the project the page is about.
A project that brings bodies together still has them as partners. All names and
sentences made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import partners_in

_PROJECT = (
    "Orton news\n\n"
    "The Warm Homes Orton project has been given a second year of funding. It will "
    "offer free home energy visits.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "We are proud members of the Kelby Food Partnership, which brings together Tern "
        "Valley Foodbank, Orton Housing Co-operative and Fenby College.",
        "The Kelby Food Partnership brings together Tern Valley Foodbank, Orton Housing "
        "Co-operative and Fenby College.",
        "Our chair sits on the Kelby Food Partnership. The partnership brings together Tern "
        "Valley Foodbank, Orton Housing Co-operative and Fenby College.",
    ],
)
def test_a_body_bringing_others_together_gives_the_project_no_partners(sentence):
    seed = extract_text(_PROJECT + sentence + "\n")
    assert not partners_in(seed, "Warm Homes Orton") & {"Tern Valley Foodbank", "Fenby College"}


def test_a_project_bringing_bodies_together_still_has_them_as_partners():
    seed = extract_text(
        _PROJECT + "Warm Homes Orton brings together Tern Valley Foodbank, the energy advice "
        "charity Heat Wise Trust and Orton Community Council.\n"
    )
    assert {"Tern Valley Foodbank", "Heat Wise Trust"} <= partners_in(seed, "Warm Homes Orton")
