"""A body's site on a street: "its office on Tanner Road", "Fenby Aid's shop on
Market Street" place the body there (rules/place_sites.py)."""

from __future__ import annotations

from tests.extract.reading import located


def test_a_body_s_office_on_a_street():
    text = "News\n\nCopies of the report are available from Fenby Aid's office on Market Street.\n"
    assert ("Fenby Aid", "Market Street") in located(text)


def test_its_office_on_a_street_is_the_subject_s():
    text = "News\n\nKelby Homes will host the two advisers at its office on Tanner Road.\n"
    assert ("Kelby Homes", "Tanner Road") in located(text)


def test_an_old_office_on_a_street_is_not_where_the_body_is():
    text = (
        "News\n\nKelby Homes has moved out of its old office on Tanner Road and into the "
        "Wool Exchange.\n"
    )
    assert ("Kelby Homes", "Tanner Road") not in located(text)


def test_a_report_on_a_street_places_no_body():
    text = "News\n\nFenby Aid has published a report on Market Street traders.\n"
    assert not {w for _, w in located(text)} & {"Market Street"}
