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


def test_the_towns_of_a_list_a_body_covers():
    pairs = located(
        "News\n\nTern Link CIC is a social enterprise of public services and residents "
        "covering the towns of Ayton and Marlby.\n"
    )
    assert {("Tern Link CIC", "Ayton"), ("Tern Link CIC", "Marlby")} <= pairs


def test_the_villages_of_a_list_a_body_works_in():
    pairs = located("News\n\nKelby Trust runs lunch clubs in the villages of Ayton and Orwell.\n")
    assert {("Kelby Trust", "Ayton"), ("Kelby Trust", "Orwell")} <= pairs


def test_the_towns_of_a_list_a_report_is_about_place_no_body():
    pairs = located(
        "News\n\nKelby Trust has published a report on the history of the towns of "
        "Ayton and Marlby.\n"
    )
    assert ("Kelby Trust", "Ayton") not in pairs
