"""Where an occasion's route starts or ends, told through who goes it or the route
itself: "600 walkers set off from Y Park for the Foo Night Walk", "the 8km route
started and finished at Y Gardens", "the procession set off from Y Bus Station" on a
page about the Foo Carnival. All names and sentences made up."""

from __future__ import annotations

from tests.extract.reading import located


def test_walkers_setting_off_for_a_named_walk_place_it():
    pairs = located(
        "News\n\nMore than 600 walkers set off from Kelby Racecourse on Saturday night "
        "for the Fenby Night Walk, raising money for the Ayton Hospice.\n"
    )
    assert ("Fenby Night Walk", "Kelby Racecourse") in pairs


def test_the_route_of_the_page_walk_starts_at_a_park():
    pairs = located(
        "Hospice news\n\n"
        "Jo Tern and 300 neighbours took part in the Fenby Lantern Walk on Friday, "
        "raising £9,000. The 8km route started and finished at Orwell Gardens and "
        "crossed both bridges over the river. The walk was organised by the Fenby "
        "Hospice.\n"
    )
    assert ("Fenby Lantern Walk", "Orwell Gardens") in pairs


def test_a_procession_sets_off_for_the_carnival_of_the_page():
    pairs = located(
        "Kelby Carnival 2031: a day to remember\n\n"
        "Thousands lined the streets for the Kelby Carnival 2031 on Saturday, "
        "organised by Kelby Town Council. The procession set off from Orwell Bus "
        "Station at noon, led by the Fenby Silver Band.\n"
    )
    assert ("Kelby Carnival 2031", "Orwell Bus Station") in pairs


def test_our_walkers_at_a_meeting_place_no_walk():
    pairs = located(
        "Kelby Ramblers news\n\nOur walkers set off from Orwell Library every Tuesday "
        "for a short stroll; Ada Foss leads the group.\n"
    )
    assert not any(where == "Orwell Library" for _what, where in pairs)
