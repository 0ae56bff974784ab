"""A fundraiser's post before "for"/"at" ("Events Fundraiser for Kelvane") is a
job, not part of a body's name: the body after it is the employer. An event
called a fundraiser ("the Summer Fundraiser") stays an event. All names made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _read(text: str) -> dict:
    return extract_text("Kelby network news\n" + text + "\n")


def _names(seed: dict, kind: str) -> set[str]:
    return {e["name"] for e in seed["entities"] if e["type"] == kind}


def test_a_fundraiser_post_is_split_off_the_body_it_serves():
    seed = _read("Tom Reed is Community Fundraiser for Dalby Hospice.")
    assert "Dalby Hospice" in _names(seed, "Organisation")
    assert ("Tom Reed", "Dalby Hospice") in pairs(seed, "WORKS_FOR")


def test_a_fundraiser_post_in_a_clause_names_the_employer():
    seed = _read(
        "Ada Brook, who was Events Fundraiser for Kelvane before joining us, "
        "brings great experience."
    )
    assert ("Ada Brook", "Kelvane") in pairs(seed, "WORKS_FOR")


def test_an_event_called_a_fundraiser_stays_an_event():
    seed = _read("The Summer Fundraiser at Kelby Hall raised money for Dalby Hospice.")
    assert "Summer Fundraiser" in _names(seed, "Event")
