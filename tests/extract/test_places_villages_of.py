"""A body that works in a place "and the villages of" others is in those too:
"across Fenby, Kelby and the villages of the Dale Valley", "in Fenby and the
neighbouring villages of Ayton and Beeford". All names and sentences made up."""

from __future__ import annotations

from tests.extract.reading import located


def test_the_villages_of_a_valley_after_a_list_of_towns():
    pairs = located(
        "News\n\nKelby Transport operates across Fenby, Orwell and the villages of "
        "the Dale Valley.\n"
    )
    assert ("Kelby Transport", "Dale Valley") in pairs
    assert ("Kelby Transport", "Fenby") in pairs


def test_the_neighbouring_villages_named_after_a_town():
    pairs = located(
        "News\n\nBeeford Homes manages 300 homes in Fenby and the neighbouring "
        "villages of Ayton and Beeford.\n"
    )
    assert ("Beeford Homes", "Ayton") in pairs
    assert ("Beeford Homes", "Beeford") in pairs


def test_the_surrounding_villages_of_a_valley():
    pairs = located(
        "News\n\nKelby Care Trust runs a day centre in Fenby and the surrounding "
        "villages of the Eston Valley.\n"
    )
    assert ("Kelby Care Trust", "Eston Valley") in pairs
