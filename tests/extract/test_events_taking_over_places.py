"""An occasion that took over or filled a place ("took over Y Gardens", "filled
the whole of Y Park") was held there (`rules.event_venues.arrivals`)."""

from __future__ import annotations

from tests.extract.reading import located


def test_a_festival_took_over_gardens():
    pairs = located(
        "Fenby Arts Festival 2031\n\n"
        "The Fenby Arts Festival 2031 took over Quayside Gardens from 1 to 3 September.\n"
    )
    assert ("Fenby Arts Festival 2031", "Quayside Gardens") in pairs


def test_a_mela_filled_the_whole_of_a_park():
    pairs = located("Fenby Mela 2031\n\nThe Fenby Mela 2031 filled the whole of Marlow Park.\n")
    assert ("Fenby Mela 2031", "Marlow Park") in pairs


def test_a_body_taking_over_a_library_is_no_event_there():
    pairs = located(
        "Fenby Arts Festival 2031\n\n"
        "Last year Fenby Community Trust took over Marlow Library from the council.\n"
    )
    assert ("Fenby Arts Festival 2031", "Marlow Library") not in pairs
