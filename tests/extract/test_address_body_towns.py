"""A town set off by commas after a body's name is a place, and the body is in it
(mentions/address_towns.py `_body_town`, rules/place_arcs.py `_set_off`)."""

from __future__ import annotations

from tests.extract.reading import entities, located


def test_a_town_after_a_surgery_in_a_post_places_the_surgery():
    text = (
        "Our new trustees\n\nDr Ada Foss – GP partner at Kelby Surgery, Upper Fenby, and "
        "clinical lead for the programme.\n"
    )
    assert ("Place", "Upper Fenby") in entities(text)
    assert ("Kelby Surgery", "Upper Fenby") in located(text)


def test_a_town_after_a_saints_church_closing_a_line_places_the_church():
    text = "Our trustees\n\nRevd Jo Tern, vicar of St Wenlo's, Fenby\n\nAda Foss, treasurer\n"
    assert ("Place", "Fenby") in entities(text)
    assert ("St Wenlo's", "Fenby") in located(text)


def test_a_town_after_a_hospice_opening_a_sentence_places_the_hospice():
    text = (
        "Conference news\n\nMarlow Hospice, Dalewick, welcomed more than 150 delegates "
        "to its spring conference.\n"
    )
    assert ("Marlow Hospice", "Dalewick") in located(text)


def test_a_town_after_a_plural_possessive_hall_is_a_place():
    text = "Members' meeting\n\nThe meeting is at the Dyers' Hall, Dalewick, and online.\n"
    found = entities(text)
    assert ("Place", "Dalewick") in found


def test_bodies_listed_after_a_body_stay_bodies():
    text = (
        "Thank you\n\nOur thanks to Kelby Foodbank, Fenbyco, Dale Aid and the Tern "
        "Trust for their help.\n"
    )
    assert ("Place", "Fenbyco") not in entities(text)


def test_the_building_after_a_committee_room_is_where_the_meeting_was_held():
    text = (
        "Kelby Health and Wellbeing Board - summary of the meeting held on 14 March 2024\n\n"
        "Venue: Committee Room 2, Kelby Civic Centre, 2.00pm\n\n"
        "Present: Cllr Ada Foss (Chair), Jo Tern (Kelby Council).\n\nThe board agreed the plan.\n"
    )
    assert ("Place", "Kelby Civic Centre") in entities(text)
    assert ("Kelby Health and Wellbeing Board meeting", "Kelby Civic Centre") in located(text)


def test_a_department_after_a_council_is_no_town():
    text = "Network meeting\n\nPresent: Ada Foss (chair), Jo Tern (Kelby Council, Commissioning).\n"
    assert ("Place", "Commissioning") not in entities(text)


def test_a_name_after_a_body_in_a_list_of_users_is_no_town():
    text = (
        "Hall news\n\nThe hall is now used every weekday, by the Kelby Playgroup, the "
        "Monday Lunch Club, Fenby WI, two yoga classes and the Dale Choir.\n"
    )
    assert ("Lunch Club", "Fenby WI") not in located(text)


def test_a_partner_after_a_forum_with_a_description_in_brackets_is_no_town():
    text = (
        "Open House\n\nThe programme worked with three partners: the Kelby Refugee Forum, "
        "Fenby Sounds (a music charity) and the Dale Women's Association.\n"
    )
    assert ("Place", "Fenby Sounds") not in entities(text)
