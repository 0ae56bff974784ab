"""Who held the page's event, told in ways pages write it (round 38): "was set up by
A and is run by B", "was staged at Foo Hall by A", "is directed by Jane Doe", "race
director Jane Doe", an "Organiser: A" line under the opening paragraph. Near misses
that must give nothing. All names made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _organised(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text), "ORGANISED")


def test_set_up_by_and_run_by_both_held_the_event():
    organised = _organised(
        "Kelby Youth Assembly meets again\n\n"
        "The Kelby Youth Assembly met for the second time on Saturday at Dunmore Hall. "
        "The assembly was set up by Fenby District Council and is run by Open Table Dialogue.\n"
    )
    assert ("Fenby District Council", "Kelby Youth Assembly") in organised
    assert ("Open Table Dialogue", "Kelby Youth Assembly") in organised


def test_set_up_by_a_body_still_runs_a_project():
    text = (
        "Befriending project turns five\n\n"
        "The Kelby Cares Project was set up by Fenby Trust in 2021. "
        "Volunteers visit older people at home every week.\n"
    )
    seed = extract_text(text)
    assert ("Fenby Trust", "Kelby Cares Project") in pairs(seed, "RUNS")
    assert not pairs(seed, "ORGANISED")


def test_staged_at_a_venue_by_a_body():
    organised = _organised(
        "Record field for Kelby Duathlon\n\n"
        "Over 90 juniors took part in the Kelby Duathlon on 4 May 2026. The duathlon was "
        "staged at Kelby Leisure Centre by Fenby Tri Club, with timing from Dalby Sport Ltd.\n"
    )
    assert ("Fenby Tri Club", "Kelby Duathlon") in organised
    assert ("Dalby Sport Ltd.", "Kelby Duathlon") not in organised


def test_directed_by_a_person_held_the_festival():
    organised = _organised(
        "Kelby Jazz Festival returns\n\n"
        "The Kelby Jazz Festival returns to Fenby Park on 12 July. "
        "The festival is directed by Jo Tern and run by volunteers.\n"
    )
    assert ("Jo Tern", "Kelby Jazz Festival") in organised


def test_race_director_organised_the_race():
    organised = _organised(
        "Fenby 10K raises £6,000\n\n"
        "More than 400 runners took part in the Fenby 10K on Sunday. "
        "Race director Ada Foss said the new course was the fastest yet.\n"
    )
    assert ("Ada Foss", "Fenby 10K") in organised


def test_a_body_director_is_no_organiser():
    organised = _organised(
        "Fenby 10K raises £6,000\n\n"
        "More than 400 runners took part in the Fenby 10K on Sunday. "
        "Finance director Ada Foss of Kelby Trust said the money would fund two nurses.\n"
    )
    assert ("Ada Foss", "Fenby 10K") not in organised


def test_an_organiser_line_under_the_opening_paragraph():
    organised = _organised(
        "Kelby Fell Race: entries open\n\n"
        "Entries are now open for the 2027 Kelby Fell Race, which will be run on Sunday "
        "9 May 2027.\n\n"
        "Where: Kelby Common, Mill Lane, Kelby\n"
        "Organiser: Dalby Running Club\n\n"
        "The race climbs 300 metres and raises money for Fenby Mind.\n"
    )
    assert any(body == "Dalby Running Club" for body, _ in organised)


def test_a_body_named_at_a_venue_is_not_the_agent_of_a_later_by():
    seed = extract_text(
        "Kelby Repair Fair\n\n"
        "The Kelby Repair Fair was held at Dunmore Hall on Saturday. "
        "Tea was served at Dunmore Hall by members of Fenby WI.\n"
    )
    assert ("Dunmore Hall", "Kelby Repair Fair") not in pairs(seed, "ORGANISED")


def _types(text: str) -> dict[str, str]:
    return {e["name"]: e["type"] for e in extract_text(text)["entities"]}


def test_a_cafe_named_on_its_own_is_no_event():
    types = _types(
        "Twelve years of the Kettle Corner Café\n\n"
        "The Kettle Corner Café opened in a former chemist's shop in 2014. "
        "Jo Tern set up the café with her brother when the last pub closed.\n"
    )
    assert types.get("Kettle Corner Café") == "Organisation"
    types = _types(
        "Fenby Fun Run 2026\n\n"
        "The Fenby Fun Run set off from Dale Park on Sunday with 200 runners. "
        "The Parkside Cafe served teas at the finish.\n"
    )
    assert types.get("Parkside Cafe") == "Organisation"
    assert types.get("Fenby Fun Run 2026", types.get("Fenby Fun Run")) == "Event"


def test_a_cafe_a_body_runs_is_still_its_project():
    types = _types(
        "Wellbeing café for carers\n\n"
        "The Dale Street Wellbeing Café, run by Kelby Mind, opens every Thursday for unpaid "
        "carers.\n"
    )
    assert types.get("Dale Street Wellbeing Café") == "Project"


def test_support_from_a_body_after_hosted_by_is_funding_not_hosting():
    seed = extract_text(
        "Kelby Volunteering Conference 2025\n\n"
        "More than 100 people met on 4 March for the Kelby Volunteering Conference 2025 at "
        "Dale Hall. The day was hosted by Kelby Voluntary Action with support from Fenby "
        "District Council.\n"
    )
    event = "Kelby Volunteering Conference 2025"
    assert ("Kelby Voluntary Action", event) in pairs(seed, "ORGANISED")
    assert ("Fenby District Council", event) not in pairs(seed, "ORGANISED")
    assert ("Fenby District Council", event) in pairs(seed, "FUNDED")


def test_help_and_support_of_bodies_still_names_co_hosts():
    organised = _organised(
        "Kelby Volunteering Conference 2025\n\n"
        "The Kelby Volunteering Conference 2025 was held at Dale Hall with the help and "
        "support of Fenby District Council and Dalby Trust.\n"
    )
    assert ("Dalby Trust", "Kelby Volunteering Conference 2025") in organised


def test_a_body_whose_people_ran_a_race_took_part_in_it():
    for text in (
        "Thank you\n\nThank you to the staff of Kelby Bank, who ran the Fenby Half Marathon "
        "in May and raised £2,000 for the hospice.\n",
        "Thank you\n\nKelby Bank ran the Fenby Half Marathon in May and raised £2,000 for "
        "the hospice.\n",
    ):
        seed = extract_text(text)
        assert ("Kelby Bank", "Fenby Half Marathon") in pairs(seed, "PARTICIPATED_IN"), text
        assert ("Kelby Bank", "Fenby Half Marathon") not in pairs(seed, "ORGANISED"), text


def test_a_club_that_ran_a_race_still_organised_it():
    organised = _organised(
        "Fenby Half Marathon\n\nFenby Harriers ran the Fenby Half Marathon again this year, "
        "with 900 finishers.\n"
    )
    assert ("Fenby Harriers", "Fenby Half Marathon") in organised


def _event_names(text: str) -> list[str]:
    return [e["name"] for e in extract_text(text)["entities"] if e["type"] == "Event"]


def test_an_unnamed_event_a_report_was_launched_at_is_the_launch():
    text = (
        "New housing report for Fenby\n\n"
        "Kelby Housing Network launched its new report, Homes That Last, at an evening "
        "event at Dale Hall, Fenby on 3 March. Jo Tern chaired a panel with Ada Foss and "
        "Ben Ruskin.\n"
    )
    names = _event_names(text)
    assert names == ["Launch of Homes That Last"], names


def test_a_named_event_a_report_was_launched_at_stays_itself():
    names = _event_names(
        "New housing report for Fenby\n\n"
        "Kelby Housing Network launched its new report, Homes That Last, at the Fenby "
        "Housing Conference 2025 at Dale Hall on 3 March.\n"
    )
    assert "Fenby Housing Conference 2025" in names


def test_ran_the_event_with_a_body_names_a_co_host():
    organised = _organised(
        "Thanks for coming\n\n"
        "On Saturday we held our 'Bright Lanes' event at Dale Hall.\n"
        "Kelby Voluntary Action ran the afternoon with Fenby Tree Wardens.\n"
    )
    assert ("Fenby Tree Wardens", "Bright Lanes") in organised


def test_ran_a_stall_with_a_body_names_no_co_host():
    organised = _organised(
        "Thanks for coming\n\n"
        "On Saturday we held our 'Bright Lanes' event at Dale Hall.\n"
        "Kelby Voluntary Action ran a stall with Fenby Tree Wardens.\n"
    )
    assert ("Fenby Tree Wardens", "Bright Lanes") not in organised


def test_a_paper_named_for_its_town_that_organised_an_event_is_a_body():
    seed = extract_text(
        "Dalby Community Awards 2025: the winners\n\n"
        "Dalby's volunteers were celebrated at the Dalby Community Awards 2025 on Friday. "
        "The evening was organised by the Dalby Echo together with Fenby CVS.\n"
    )
    types = {e["name"]: e["type"] for e in seed["entities"]}
    assert types.get("Dalby Echo") == "Organisation"
    assert ("Dalby Echo", "Dalby Community Awards 2025") in pairs(seed, "ORGANISED")


def test_a_venue_an_event_was_hosted_by_keeps_its_type():
    seed = extract_text(
        "Dalby Book Fair 2025\n\n"
        "The Dalby Book Fair 2025 took place on Saturday at Dalby Town Hall.\n"
    )
    types = {e["name"]: e["type"] for e in seed["entities"]}
    assert types.get("Dalby Town Hall") == "Place"


def test_an_event_listings_title_names_its_unnamed_event():
    names = _event_names(
        "Tea afternoon and advice drop-in for unpaid carers\n\n"
        "Venue: Dale Hall, Mill Lane, Kelby\n"
        "When: Thursday 6 June 2024, 2pm to 4pm\n\n"
        "Kelby Carers Link invites unpaid carers and their families to a free tea afternoon "
        "and advice drop-in. Fenby Citizens Advice will answer questions on benefits.\n"
    )
    assert names == ["Tea afternoon and advice drop-in for unpaid carers"], names


def test_a_news_headline_over_event_fields_is_no_name():
    names = _event_names(
        "Tea afternoon raises £300 for carers\n\n"
        "Venue: Dale Hall, Mill Lane, Kelby\n\n"
        "Kelby Carers Link held a free tea afternoon on Thursday. Fenby Citizens Advice "
        "answered questions on benefits.\n"
    )
    assert "Tea afternoon raises £300 for carers" not in names


def test_who_invites_people_to_the_event_held_it():
    organised = _organised(
        "Tea afternoon and advice drop-in for unpaid carers\n\n"
        "Venue: Dale Hall, Mill Lane, Kelby\n\n"
        "Kelby Carers Trust invites unpaid carers and their families to a free tea afternoon "
        "and advice drop-in.\n"
    )
    assert any(who == "Kelby Carers Trust" for who, _ in organised), organised


def test_invited_guests_and_speakers_did_not_hold_it():
    organised = _organised(
        "Kelby Open Day 2025\n\n"
        "The Kelby Open Day 2025 takes place at Dale Hall on Saturday. Residents of Fenby "
        "Housing Trust were invited to the open day, and Kelby Trust invited Jo Tern to "
        "speak.\n"
    )
    assert ("Fenby Housing Trust", "Kelby Open Day 2025") not in organised
    assert ("Jo Tern", "Kelby Open Day 2025") not in organised


def test_run_by_volunteers_through_a_body():
    organised = _organised(
        "Kelby Folk Festival returns\n\n"
        "The Kelby Folk Festival returns to Dale Park on 12 July. The festival is run "
        "entirely by volunteers through Fenby Arts CIC.\n"
    )
    assert ("Fenby Arts CIC", "Kelby Folk Festival") in organised


def test_the_service_launched_at_a_venue_is_the_launch_of_the_one_in_view():
    seed = extract_text(
        "New helpline for carers\n\n"
        "A free helpline for unpaid carers has opened across Kelby.\n\n"
        "The Kelby Carers Helpline Project is run by Fenby Carers Trust and staffed by "
        "volunteers.\n\n"
        "The service was launched on 3 October 2023 at Dale Hall by the charity's founder, "
        "Jo Tern.\n"
    )
    about = pairs(seed, "ABOUT")
    assert ("Launch of the Kelby Carers Helpline Project", "Kelby Carers Helpline Project") in about


def test_the_service_launched_in_a_year_is_no_launch_event():
    names = _event_names(
        "Helpline turns five\n\n"
        "The Kelby Carers Helpline Project is run by Fenby Carers Trust. The service was "
        "launched in 2019 and now takes 200 calls a week.\n"
    )
    assert not any(n.startswith("Launch") for n in names), names
