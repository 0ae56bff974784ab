"""A body whose people will do something, or do it as a rule, is no crew of the
page's event: "Welfare advisers from Kelby Citizens Advice will be on site on
Tuesdays" on a page about a hub's opening tells of the hub's service, not of the
opening day; "Volunteers from Fenby Scouts ran the tea stall" still puts the Scouts
at it."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs as _pairs

_OPENING = (
    "Kelby Food Hub opens its doors\n\n"
    "The Kelby Food Hub was officially opened on Saturday 3 May by the Mayor of Kelby, "
    "Cllr Jo Tern, at a ceremony attended by about 80 people.\n\n"
    "Volunteers from Fenby Scouts ran the tea stall all afternoon.\n\n"
    "Welfare rights advisers from Kelby Citizens Advice will be on site on Tuesdays, "
    "and the hub is open five days a week.\n"
)


def _takers() -> set[str]:
    return {who for who, _ in _pairs(extract_text(_OPENING), "PARTICIPATED_IN")}


def test_a_body_whose_people_will_be_on_site_is_no_crew_of_the_opening():
    assert "Kelby Citizens Advice" not in _takers()


def test_a_body_whose_people_ran_a_stall_on_the_day_is_one():
    assert "Fenby Scouts" in _takers()
