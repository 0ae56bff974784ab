"""Whose page it is, read from a line over the body that names a body, not a person
("Posted by the Kelby Trust team", "Shared from the Fenby Forum account", "News from
Ayton Residents' Association") or from a sign-off set off by a dash ("– The team at
Kelby Trust"): the page's "we" and "our" are that body, so "our fun day" is one it
organised (the page's event, `voice_lines`, `page_voice`)."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.voice_lines import voice_line
from tests.extract.reading import events, pairs


def test_a_team_line_over_the_body_makes_our_event_the_bodys():
    seed = extract_text(
        "Summer picnic for carers\n\n"
        "Posted by the Marsh Lane Carers Hub team, 4 June 2025\n\n"
        "Our summer picnic in Ferndown Park brought together sixty carers and "
        "their families on Saturday. Our coordinator, Ada Foss, ran the games.\n"
    )
    organisers = {a for a, _ in pairs(seed, "ORGANISED")}
    assert "Marsh Lane Carers Hub" in organisers
    assert seed["source"].get("published") == "2025-06-04"


def test_an_account_line_and_a_news_from_line():
    seed = extract_text(
        "Posts from our week of action\n\n"
        "Shared from the Brindle Together account, 9 May 2025\n\n"
        "Day one! Thanks to everyone at our Brindle Street Party on Market Square.\n"
    )
    assert ("Brindle Together", "Brindle Street Party") in pairs(seed, "ORGANISED")
    seed = extract_text(
        "THE WEXBY BUGLE - Spring 2025\n"
        "News from Wexby Tenants' Association\n\n"
        "Fun day is back\n"
        "Our Wexby Family Fun Day returns on Saturday 10 May at Orton Green.\n"
    )
    assert ("Wexby Tenants' Association", "Wexby Family Fun Day") in pairs(seed, "ORGANISED")


def test_a_sign_off_after_a_dash_names_the_page_body():
    seed = extract_text(
        "Thank you for coming!\n\n"
        "On Friday we welcomed ninety young people to our Kelby Youth Festival at "
        "Kelby Guildhall.\n\n"
        "See you next year,\n\n"
        "– The team at Kelby Youth Trust\n"
    )
    assert ("Kelby Youth Trust", "Kelby Youth Festival") in pairs(seed, "ORGANISED")


def test_voice_lines_in_several_wordings():
    assert voice_line("Posted by the Roots to Home team, 2 March 2025") == (
        "Roots to Home",
        "2 March 2025",
    )
    assert voice_line("Posted on the Fenby Forum account") == ("Fenby Forum", "")
    assert voice_line("Posted by the team at Ayton Food Bank, 3 May 2025") == (
        "Ayton Food Bank",
        "3 May 2025",
    )
    assert voice_line("Recent posts by Orton Community Trust") == ("Orton Community Trust", "")
    # a team inside the body: the body's own page
    assert voice_line("Posted by the Kelby Trust Communications team") == ("Kelby Trust", "")


def test_lines_that_name_no_body_as_the_voice():
    assert voice_line("Posted by Jo Tern, 3 May 2025") is None  # a person's byline
    assert voice_line("Posted on 22 May 2025 by Jo Tern") is None
    assert voice_line("Posted by the Comms team") is None  # no body named
    assert voice_line("Posted by the Newsroom team") is None  # one word: no body's name
    assert voice_line("News from Kelby Vale") is None  # a place, not a body
    assert voice_line("News from the council") is None
    assert voice_line("News from Fenby: the council sets its budget") is None
    assert voice_line("Posted by the team, with thanks to all our volunteers.") is None


def test_a_team_line_deep_in_the_body_is_not_the_page_voice():
    seed = extract_text(
        "Harvest supper raises funds\n\n"
        "The harvest supper at Orton Village Hall raised £400 for the food bank. "
        "Our thanks to all who came.\n\n"
        "Posted by the Ayton Walking Group team\n\n"
        "Our next walk is on Sunday.\n"
    )
    assert "Ayton Walking Group" not in {a for a, _ in pairs(seed, "ORGANISED")}


# A body that goes by its building's name (rules/acting_venues.py)


def _kinds(seed: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in seed["entities"]}


def test_a_building_named_body_that_runs_stalls_or_sends_nurses_is_an_organisation():
    seed = extract_text(
        "Fenby Spring Fair draws a crowd\n\n"
        "The Fenby Spring Fair took place on Saturday on Fenby Green. "
        "Stalls were run by Fenby Library and the Orton Scouts.\n\n"
        "Among the runners in the fun run were six nurses from Ayton Cross Hospital.\n"
    )
    kinds = _kinds(seed)
    assert kinds.get("Fenby Library") == "Organisation"
    assert kinds.get("Ayton Cross Hospital") == "Organisation"
    assert ("Fenby Library", "Fenby Spring Fair") in pairs(seed, "PARTICIPATED_IN")


def test_a_building_named_partner_in_partnership_or_worked_with():
    seed = extract_text(
        "Repair Café opens\n\n"
        "Kelby Repair Café opened on Saturday. It is run by Kelby Transition Group "
        "in partnership with Marsh Road Library.\n\n"
        "Since then we have worked with Wexby Parish Church, which lends us tables.\n"
    )
    kinds = _kinds(seed)
    assert kinds.get("Marsh Road Library") == "Organisation"
    assert kinds.get("Wexby Parish Church") == "Organisation"


def test_a_building_where_something_is_held_stays_a_place():
    seed = extract_text(
        "Coffee morning\n\n"
        "The Kelby Carers coffee morning was held at Marsh Road Library on Friday. "
        "Families from Ayton came along. The green is surrounded by Orton Village Hall "
        "and the old mill.\n"
    )
    kinds = _kinds(seed)
    assert kinds.get("Marsh Road Library") == "Place"
    assert kinds.get("Orton Village Hall") == "Place"


# One event told twice, by the headline and the body (event_twins.py)


def test_a_headline_form_and_the_body_name_of_one_event_are_one_event():
    seed = extract_text(
        "Youth Action Summit fills the hall\n\n"
        "The Orton Vale Youth Summit was attended by Jo Tern, leader of Orton Vale "
        "Council, and Ada Foss from Fenby Advice.\n"
        "Residents voted on four priorities.\n"
        "The summit met at Wexby Library.\n"
    )
    names = [e["name"] for e in events(seed)]
    assert names == ["Orton Vale Youth Summit"]


def test_a_body_name_ending_with_the_headlines_event_words_is_the_pages_event():
    seed = extract_text(
        '"Raise the Roof": Young Musicians\' Festival at Ayton Park\n\n'
        "On Saturday 90 young people spent a day at Ayton Park for Raise the Roof, the "
        "first Kelby Young Musicians' Festival.\n\n"
        "The festival was put together by Kelby Music Trust.\n"
    )
    assert len(events(seed)) == 1


def test_two_different_events_stay_two():
    seed = extract_text(
        "Kelby Food Summit draws a crowd\n\n"
        "Over 200 people came to the Kelby Food Summit on Friday. Next month the "
        "Fenby Housing Summit takes place at Fenby Hall.\n"
    )
    assert len(events(seed)) == 2
