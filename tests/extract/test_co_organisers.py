"""Second organisers of an occasion: "put on by A with help from B", "hosted by A
in partnership with B", "run by A with nurse B"; and bodies that "brought
together" people for an event. Not helpers "with volunteers from" a body, nor a
funder "with funding from" one, nor a project's partners. All names made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _organised(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text), "ORGANISED")


def test_help_named_after_the_organiser_organised_it_too():
    organised = _organised(
        "Dalby Fun Run raises £2,000\n"
        "The Dalby Fun Run took place on Sunday in Dalby Park. The event was put on by "
        "Dalby Rotary Club with help from Dalby Scouts.\n"
    )
    assert ("Dalby Rotary Club", "Dalby Fun Run") in organised
    assert ("Dalby Scouts", "Dalby Fun Run") in organised


def test_partners_after_a_host_organised_it_too():
    organised = _organised(
        "Fenby Family Day\n"
        "The Fenby Family Day was held on Saturday. It was hosted by Fenby Arts "
        "Association in partnership with Kelby Museum and Fenby Library.\n"
    )
    assert {
        ("Fenby Arts Association", "Fenby Family Day"),
        ("Kelby Museum", "Fenby Family Day"),
        ("Fenby Library", "Fenby Family Day"),
    } <= organised


def test_funders_and_helpers_after_the_organiser_did_not_organise_it():
    funded = _organised(
        "Kelby Gala\nThe Kelby Gala was organised by Kelby Lions with funding from Fenby Council.\n"
    )
    assert ("Fenby Council", "Kelby Gala") not in funded
    helped = _organised(
        "Kelby Gala\nThe Kelby Gala was organised by Kelby Lions with volunteers from "
        "Ashby Men's Shed.\n"
    )
    assert ("Ashby Men's Shed", "Kelby Gala") not in helped


def test_a_projects_partners_do_not_run_it():
    runs = pairs(
        extract_text(
            "The Kelby Pathways Project helps young people into work. It is run by "
            "Kelby Youth Enterprise in partnership with Fenby Housing and Kelby College.\n"
        ),
        "RUNS",
    )
    assert ("Fenby Housing", "Kelby Pathways Project") not in runs
    assert ("Kelby College", "Kelby Pathways Project") not in runs


def test_bodies_that_brought_people_together_for_an_event_held_it():
    organised = _organised(
        "Summit report\n\n"
        "Fenby City Council and Kelby Council for Voluntary Service (KCVS) brought "
        "together more than 150 people from the voluntary, community and social "
        "enterprise sector for the Kelby VCSE Summit on Friday at the Corn Hall.\n"
    )
    assert ("Fenby City Council", "Kelby VCSE Summit") in organised
    assert ("Kelby Council for Voluntary Service", "Kelby VCSE Summit") in organised
    crowd = _organised(
        "Food festival\n\nThe Kelby Food Festival brought together 40 traders for a "
        "weekend of music and food.\n"
    )
    assert not crowd


def test_a_listings_partnership_field_names_co_hosts_of_its_event():
    organised = _organised(
        "EVENT LISTING\n\nCarers Awareness Workshop – Fenby\n\n"
        "Date: Tuesday 3 June 2025, 10am – 1pm\n"
        "Hosted by: Fenby Carers Alliance\n"
        "In partnership with: Kelby Carers Trust\n"
        "Cost: Free\n"
    )
    assert ("Fenby Carers Alliance", "Carers Awareness Workshop") in organised
    assert ("Kelby Carers Trust", "Carers Awareness Workshop") in organised


def test_a_projects_partnership_field_names_no_runner():
    found = extract_text(
        "Fenby Green Spaces Project\n\nProject: Fenby Green Spaces\n"
        "Led by: Fenby Wildlife Trust\n"
        "In partnership with: Kelby Carers Trust\n\n"
        "The project plants trees across Fenby.\n"
    )
    assert not any(a == "Kelby Carers Trust" for a, _ in pairs(found, "RUNS"))
    assert not pairs(found, "ORGANISED")
