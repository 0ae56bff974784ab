"""A report's title with a subtitle, written without quotes ("Growing Older in
Kelby: Voices from the Wards") is one title, whether it follows "report,", "the
launch of", a verb of publishing, or opens a sentence; its launch is named by the
short title and answers to the full one too. Every name below is made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, types_in

_FULL = "Growing Older in Kelby: Voices from the Wards"


def _seed(body: str) -> dict:
    return extract_text(f"Report launched in Kelby\n\n{body}\n", path="page.txt")


def test_a_subtitled_title_after_report_is_whole_even_when_read_as_a_person():
    seed = _seed(
        f"Kelby Carers Network launched their joint report, {_FULL}, at a morning "
        "event attended by around 90 people."
    )
    assert "Report" in types_in(seed, _FULL), seed["entities"]
    assert ("Kelby Carers Network", _FULL) in pairs(seed, "PUBLISHED")


def test_the_launch_of_a_subtitled_title_is_about_the_whole_report():
    full = "No Way Home: Ending Discharge to the Street"
    seed = _seed(
        "Housing leaders came together at the Assembly Rooms in Kelby yesterday "
        f"evening for the launch of {full}.\n\nAda Foss spoke at the launch."
    )
    assert "Report" in types_in(seed, full), seed["entities"]
    assert ("Launch of No Way Home", full) in pairs(seed, "ABOUT")
    launch = next(e for e in seed["entities"] if e["name"] == "Launch of No Way Home")
    assert f"Launch of {full}" in launch.get("aliases", [])


def test_a_subtitled_title_opening_a_sentence_is_a_report():
    full = "Left Out in the Cold: Heating Homes in Rural Fenby"
    seed = _seed(f"{full} was researched by Dr Ada Foss of Fenby University.")
    assert "Report" in types_in(seed, full), seed["entities"]


def test_a_field_and_its_value_is_no_title():
    seed = _seed("Date: Thursday 5 June\n\nVenue: Kelby Town Hall Annexe")
    assert not [e for e in seed["entities"] if e["type"] == "Report"], seed["entities"]
