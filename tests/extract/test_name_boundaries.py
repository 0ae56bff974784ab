"""Names cut or run on: bodies named for two areas the gazetteer does not know
("the Fenby and Kelmoor Combined Authority" on a page that names Fenby as an area
elsewhere), their one-area short forms ("Fenby Growth Board" for "Fenby and
Dunhallow Growth Board"), and a venue's name that stops before "in <place>"
("the Corn Exchange in Tarleigh")."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text


def _names(text: str) -> set[tuple[str, str]]:
    seed = extract_text(text, path="page.txt")
    return {(e["type"], e["name"]) for e in seed["entities"]}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Fenby District Council backed the plan. The work is paid for by the Fenby and "
            "Kelmoor Combined Authority through its skills fund.",
            "Fenby and Kelmoor Combined Authority",
        ),
        (
            "Our clinics run in Tarnmouth and Skelby. Nurses from Tarnmouth and Wyke "
            "Community Health Services help out each week.",
            "Tarnmouth and Wyke Community Health Services",
        ),
        (
            "Members include Ormbury Borough Council, Ormbury and Hesketh Vale NHS "
            "Foundation Trust, and the Kelby Trust.",
            "Ormbury and Hesketh Vale NHS Foundation Trust",
        ),
        (
            "Jo Tern joined the Polwenna Chamber of Commerce in 2019. She now sits on "
            "the board of Polwenna and Scilly Integrated Care Board.",
            "Polwenna and Scilly Integrated Care Board",
        ),
    ],
)
def test_body_named_for_two_areas_the_page_names(text, name):
    assert ("Organisation", name) in _names(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # one word the page never uses as an area: two bodies
        (
            "Grants came from Brightwell and Kelby Community Trust this year.",
            None,
        ),
        # the left half has a head word of its own: two bodies
        (
            "Ada Foss thanked Fenby Trust and Kelby Community Trust for their support.",
            "Kelby Community Trust",
        ),
        # a person's given name before "and"
        (
            "Our thanks go to Fenby Youth Club. Ada and Fenby Police visited the club.",
            None,
        ),
    ],
)
def test_two_names_across_and_stay_two(text, kept):
    names = {n for _, n in _names(text)}
    assert not any(" and " in n for n in names)
    if kept:
        assert kept in names


def test_one_area_short_form_merges_with_the_joint_name():
    text = (
        "Mayor joins Dunhallow Growth Board\n\n"
        "Cllr Ada Foss, Leader of Fenby District Council, has joined the Fenby and "
        "Dunhallow Growth Board.\n\n"
        "The Growth Board meets four times a year."
    )
    names = _names(text)
    assert ("Organisation", "Fenby and Dunhallow Growth Board") in names
    assert not any(n == "Dunhallow Growth Board" for _, n in names)


@pytest.mark.parametrize(
    ("text", "venue", "place"),
    [
        (
            "Over 150 people met at the Corn Exchange in Tarleigh on 3 May for the fair.",
            "Corn Exchange",
            "Tarleigh",
        ),
        (
            "The sessions include Rowan Lane Community Centre in Eastholm, and the library.",
            "Rowan Lane Community Centre",
            "Eastholm",
        ),
        (
            "I went along to the youth summit at the Quayside Centre in Marrowby.",
            "Quayside Centre",
            "Marrowby",
        ),
    ],
)
def test_venue_name_stops_before_in_place(text, venue, place):
    names = {n for _, n in _names(text)}
    assert venue in names
    assert place in names
    assert not any(" in " in n for n in names)


def test_name_across_in_without_a_head_word_stays_whole():
    names = {n for _, n in _names("Women in Rowing Kelby held a taster day for new members.")}
    assert not {"Rowing Kelby", "Rowing"} & names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The gala was run with the Orchard Rise Tenants and Residents Association.",
            "Orchard Rise Tenants and Residents Association",
        ),
        (
            "Families are referred to Tarleigh Speech and Language Therapy Service.",
            "Tarleigh Speech and Language Therapy Service",
        ),
        (
            "Ada Foss chairs the Dalby Sports and Leisure Trust.",
            "Dalby Sports and Leisure Trust",
        ),
    ],
)
def test_two_fields_of_work_across_and_make_one_name(text, name):
    assert ("Organisation", name) in _names(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Thanks go to Kelby Carers and Fenby Youth Club.", ("Fenby Youth Club",)),
        (
            "Thanks go to Kelby Trust and Youth Action Service.",
            ("Kelby Trust", "Youth Action Service"),
        ),
        (
            "The fair was opened by Cllr Ada Foss and Harbour Housing Trust.",
            ("Harbour Housing Trust",),
        ),
        (
            "Partners are Tern Homes, Fenby Arts and Oak Housing Trust.",
            ("Tern Homes", "Oak Housing Trust"),
        ),
    ],
)
def test_a_proper_word_or_head_word_at_and_keeps_two_names(text, pair):
    names = {n for _, n in _names(text)}
    assert set(pair) <= names
    assert not any(" and " in n for n in names)


def test_borough_of_a_made_up_place_is_one_name():
    names = _names("The advice line is funded by the London Borough of Marlow Vale.")
    assert ("Organisation", "London Borough of Marlow Vale") in names


def test_a_cause_after_city_of_is_no_place():
    names = {n for _, n in _names("Fenby Council says Fenby is now a City of Sanctuary.")}
    assert "Sanctuary" not in names


def test_recogniser_organisation_across_to_after_a_common_noun():
    text = "Jo Tern, research lead at the Campaign to End Hunger, presented the map."
    assert ("Organisation", "Campaign to End Hunger") in _names(text)


def test_from_place_to_place_is_no_name():
    names = {n for _, n in _names("The bus runs from Fenmoor to Dalby Bridge every day.")}
    assert not any(" to " in n for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cakes were kindly donated by Moretti's Bakery.", "Moretti's Bakery"),
        ("The path ends at Hobb's Wood near the mill.", "Hobb's Wood"),
    ],
)
def test_possessive_of_a_rare_word_stays_in_the_name(text, name):
    assert name in {n for _, n in _names(text)}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Fenby's Mayor opened the fair on Saturday.", "Fenby's Mayor"),
        (
            "Dorrit's chief executive said Dorrit's Garden Centre would stay open.",
            "Dorrit's Garden Centre",
        ),
        ("The fair filled Tarnby's Old Quay all day.", "Tarnby's Old Quay"),
    ],
)
def test_possessive_of_a_body_or_place_ends_the_name(text, absent):
    assert absent not in {n for _, n in _names(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The walks are led by volunteers from Kelby Boys' and Girls' Club and the Fenby "
            "Scouts.",
            "Kelby Boys' and Girls' Club",
        ),
        (
            "Funding went to the Tarnby Men's and Women's Shed for new tools.",
            "Tarnby Men's and Women's Shed",
        ),
        (
            "Nurses from Dalby Women's & Children's Hospital ran the stall.",
            "Dalby Women's & Children's Hospital",
        ),
    ],
)
def test_two_owners_across_and_make_one_name(text, name):
    assert name in {n for _, n in _names(text)}


def test_an_owner_after_and_that_makes_no_name_keeps_two_names():
    # "Carers'" makes names but "Fenby Youth Club" has no possessive after "and"
    names = {n for _, n in _names("Grants went to Kelby Carers' Centre and Fenby Youth Club.")}
    assert {"Kelby Carers' Centre", "Fenby Youth Club"} <= names
