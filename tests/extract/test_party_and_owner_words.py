"""Words read as bodies that only describe a person or own a thing: a party's name
before a post ("the Liberal Democrat spokesperson"), a place with a possessive
after "members of" ("members of Dorset's voluntary sector"). Small made-up
write-ups; real places only from the gazetteer (round 14)."""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


def found(text: str) -> set[tuple[str, str]]:
    return entities("News from Westmoor\n\n" + text)


# ------------------------------------------- a party's name before a post


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The reception was attended by Ada Brook, the Liberal Democrat spokesperson "
         "for care, and by Tom Reed of Orley Aid.", "Liberal Democrat"),
        ("Guests included Ada Brook, the Plaid Cymru spokesperson for health, and "
         "Tom Reed of Orley Aid.", "Plaid Cymru"),
        ("Guests included Ada Brook, the Lib Dem spokesperson for health, and Tom "
         "Reed of Orley Aid.", "Lib Dem"),
    ],
)  # fmt: skip
def test_a_party_before_a_post_is_no_entity(text, party):
    ents = found(text)
    assert party not in {name for _, name in ents}
    assert ("Organisation", "Orley Aid") in ents
    assert ("Person", "Ada Brook") in ents


def test_a_party_named_as_a_party_is_still_a_name():
    ents = found("The Orley Party funded the new hall, said Tom Reed of Orley Aid.")
    assert ("Organisation", "Orley Aid") in ents


# ------------------------------------------- a place that owns what follows


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Over 100 members of Dorset's Voluntary, Community, and Social Enterprise "
         "(VCSE) sector came together. Ada Brook of Orley Aid spoke.", "Dorset"),
        ("Over 100 members of Wiltshire's Voluntary, Community, and Social Enterprise "
         "(VCSE) sector came together. Ada Brook of Orley Aid spoke.", "Wiltshire"),
        ("Over 100 members of Cumbria's Voluntary and Community Sector came together. "
         "Ada Brook of Orley Aid spoke.", "Cumbria"),
    ],
)  # fmt: skip
def test_a_place_owning_a_sector_after_members_of_is_no_body(text, place):
    ents = found(text)
    assert ("Organisation", place) not in ents
    assert ("Organisation", "Orley Aid") in ents


def test_members_of_a_body_still_make_it_a_body():
    ents = found("Over 100 members of Orley Aid and Westmoor Mind came together.")
    assert ("Organisation", "Orley Aid") in ents
    assert ("Organisation", "Westmoor Mind") in ents
