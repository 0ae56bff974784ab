"""Openings and launches told in shapes many writers share: a building's doors
opening ("Doors open again at Foo Hall", "The doors finally opened on Foo Hub"),
a pub reopening its doors, a named thing "officially opened by" someone, and a body,
project or report "was (formally) launched ... at" a venue, named by the passive
subject or by "the" and a body's noun. Made-up names."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, with_roles


def _names(seed: dict) -> set[str]:
    return {e["name"] for e in events(seed)}


def _called(seed: dict) -> set[str]:
    """Every event's name and aliases, lower-cased."""
    return {n.lower() for e in events(seed) for n in [e["name"], *(e.get("aliases") or ())]}


def test_doors_open_again_at_a_hall_is_its_reopening():
    seed = extract_text(
        "Doors open again at Fenwick Moor Village Hall after a long makeover\n\n"
        "Neighbours turned out on Saturday to see the hall reopen after a year of work.\n\n"
    )
    opening = "Reopening of Fenwick Moor Village Hall"
    assert opening in _names(seed)
    assert (opening, "Fenwick Moor Village Hall", None) in with_roles(seed, "LOCATED_IN")


def test_doors_reopen_at_a_centre():
    seed = extract_text(
        "Doors reopen at Pike Lane Community Centre after repairs\n\n"
        "Residents packed into the centre on Saturday, a year after it closed.\n"
    )
    assert "Reopening of Pike Lane Community Centre" in _names(seed)


def test_an_inn_reopening_its_doors():
    seed = extract_text(
        "Village gets its local back\n\n"
        "The Grey Heron Inn at Upper Ashcombe reopened its doors on Friday night, "
        "owned by its customers.\n"
    )
    assert "Reopening of the Grey Heron Inn" in _names(seed)


def test_a_title_officially_opened_by_someone_is_its_opening():
    seed = extract_text(
        "Library opens its story collection\n\n"
        "The Story Shelf was officially opened on 3 May by the Mayor of Kelby, "
        "Cllr Jane Doe, at a celebration in the reading room.\n"
    )
    assert "opening of the story shelf" in _called(seed)


def test_a_fund_officially_opened_is_no_occasion():
    seed = extract_text(
        "Grants for groups\n\n"
        "The Kelby Small Grants Fund was officially opened by the Mayor of Kelby on Monday.\n"
    )
    assert not any(n.startswith("Opening of") for n in _names(seed))


def test_the_alliance_launched_at_a_venue_is_its_launch():
    seed = extract_text(
        "Groups join forces on cold homes\n\n"
        "Nine organisations have formed the Quillby Warm Homes Alliance to help families "
        "with their bills.\n\n"
        "The alliance was launched at an event at Kelby Central Library on 8 May.\n"
    )
    launch = next(n for n in _names(seed) if n.startswith("Launch of"))
    assert "Quillby Warm Homes Alliance" in launch
    assert (launch, "Kelby Central Library", None) in with_roles(seed, "LOCATED_IN")


def test_a_body_launched_in_a_year_makes_no_launch():
    seed = extract_text(
        "About us\n\n"
        "The Quillby Warm Homes Alliance brings together nine groups.\n\n"
        "The alliance was launched in 2019 after a hard winter.\n"
    )
    assert not any(n.startswith("Launch of") for n in _names(seed))


def test_an_old_building_reopened_as_a_named_hub_is_the_hubs_opening():
    seed = extract_text(
        "Residents open their hub\n\n"
        "The former bank on Tarn Street reopened on Saturday as the Fenby Hub, a "
        "community centre run by residents.\n"
    )
    assert "Opening of the Fenby Hub" in _names(seed)


def test_reopened_as_an_unnamed_centre_names_no_opening_after_it():
    seed = extract_text(
        "A new place for young people\n\n"
        "A disused bank on Tarn Street reopened as a youth centre last month.\n"
    )
    assert not any("youth centre" in n for n in _names(seed))


def test_reopening_as_an_unnamed_building_takes_no_name_from_the_next_paragraph():
    seed = extract_text(
        "Bank reborn as community space\n\n"
        "Ashcombe will get its bank back this spring as a former branch reopens as a "
        "shared community building.\n\n"
        "The Tarn Street premises have been bought by a village society.\n"
    )
    assert not any(n.startswith("Opening of") for n in _names(seed))


def test_the_evening_after_we_launched_a_programme_is_its_launch():
    seed = extract_text(
        "Last night we launched Kelby Kitchens, and I'm still smiling.\n\n"
        "Kelby Kitchens is a two-year programme of cooking clubs led by the Fenby "
        "Food Trust.\n\n"
        "It felt right that the evening was chaired by Jane Doe, who first "
        "suggested it.\n"
    )
    assert "Launch of Kelby Kitchens" in _names(seed)


def test_an_official_opening_told_after_the_headline_keeps_its_plain_name():
    seed = extract_text(
        "Fenby's new volunteering hub opens its doors\n\n"
        "There was standing room only on Tarn Street last Friday as the Fenby "
        "Volunteering Hub officially opened.\n"
    )
    assert "opening of the fenby volunteering hub" in _called(seed)
