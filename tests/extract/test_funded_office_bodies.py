"""The office of a post that is a body of its own, named whole: "the Office of the
Police and Crime Commissioner for Fenshire", "the Office of the Fenshire Police and
Crime Commissioner", "the Police and Crime Commissioner for Tern Valley"
(mentions/office_bodies.py, vocab/office_body_posts.txt): one organisation, which
funds; the post said of a person stays a post. Fictional bodies and people."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, types_of


@pytest.mark.parametrize(
    "office",
    [
        "Office of the Police and Crime Commissioner for Fenshire",
        "Office of the Fenshire Police and Crime Commissioner",
        "Office of the Police and Crime Commissioner for Fenshire and Tern Valley",
        "Police and Crime Commissioner for Fenshire",
    ],
)
def test_the_office_named_whole_funds_the_scheme(office):
    text = (
        "News\n\nKelby Street Angels runs a late-night welfare bus in Kelby.\n\n"
        f"The Kelby Street Angels bus is funded by the {office} and the Tern Foundation.\n"
    )
    assert types_of(text).get(office) == "Organisation"
    seed = extract_text(text)
    funders = {f for f, _ in pairs(seed, "FUNDED")}
    assert {office, "Tern Foundation"} <= funders


def test_the_post_said_of_a_person_is_no_office():
    names = types_of(
        "News\n\nPolice and Crime Commissioner Ada Foss opened the new Kelby hub on Friday.\n"
    )
    assert names.get("Ada Foss") == "Person"
    assert not any("Commissioner" in n for n in names)
