"""A town opening the description set after a body's name is a place, and the body
is in it (mentions/described_towns.py, rules/place_arcs.py `_set_off`)."""

from __future__ import annotations

from tests.extract.reading import entities, located


def test_a_town_in_a_charitys_description_places_the_charity():
    text = (
        "Summer news\n\nOur partners at Tunebox, the Kelby music charity, brought a "
        "mobile studio for a week.\n"
    )
    assert ("Place", "Kelby") in entities(text)
    assert ("Tunebox", "Kelby") in located(text)


def test_a_town_of_two_words_after_a_body_named_with_of():
    text = (
        "Climate grants\n\nThe programme will be managed by the Centre for Rural Power, a "
        "Dale Vale charity, which will offer each group an adviser.\n"
    )
    assert ("Centre for Rural Power", "Dale Vale") in located(text)


def test_a_place_kept_when_only_written_before_the_charity_noun():
    text = (
        "School news\n\nYear 4 have started their work with Streamwatch, the Fenwater "
        "river charity, as part of our new partnership.\n"
    )
    assert ("Place", "Fenwater") in entities(text)
    assert ("Streamwatch", "Fenwater") in located(text)
