"""Places read as bodies or people: areas listed before a plural noun of areas
("the Alder, Quarry Hill and Mill Wharf estates"), names closing with a word no
surname ends ("Rushby Fen", "Wendon Magna"), and near misses that stay what they
are."""

from __future__ import annotations

from tests.extract.reading import entities, located


def test_names_listed_before_estates_are_places():
    text = (
        "News\n\nOur advice van calls at the Alder, Quarry Hill and Mill Wharf estates "
        "every Friday.\n"
    )
    found = entities(text)
    for name in ("Alder", "Quarry Hill", "Mill Wharf"):
        assert ("Place", name) in found
        assert ("Organisation", name) not in found


def test_bodies_listed_before_a_plural_noun_that_is_no_area_stay_bodies():
    text = "News\n\nThe Kelby Trust and Fenby Foundation offices are closed this week.\n"
    found = entities(text)
    assert ("Place", "Kelby Trust") not in found


def test_a_fen_and_a_magna_village_are_places_not_people():
    text = (
        "News\n\nVolunteers from Ditton Wildlife Trust will clear scrub at Rushby Fen, and a "
        "new bus will serve Wendon Magna and Fenby from May.\n"
    )
    found = entities(text)
    assert ("Place", "Rushby Fen") in found
    assert ("Place", "Wendon Magna") in found
    assert ("Person", "Rushby Fen") not in found
    assert ("Person", "Wendon Magna") not in found


def test_a_person_with_a_surname_like_a_landform_stays_a_person():
    text = "News\n\nJo Carr has joined Ditton Wildlife Trust as its new director.\n"
    found = entities(text)
    assert ("Person", "Jo Carr") in found


def test_a_church_where_a_club_is_run_is_a_place():
    text = (
        "News\n\nAda Foss has run the craft club at St Aldhelm's Church in Fenby for ten years.\n"
    )
    found = entities(text)
    assert ("Place", "St Aldhelm's Church") in found
    assert ("Organisation", "St Aldhelm's Church") not in found


def test_a_hub_where_groups_meet_is_a_place():
    text = "News\n\nKelby Trust runs weekly toddler groups at Dunmore Family Hub.\n"
    found = entities(text)
    assert ("Place", "Dunmore Family Hub") in found
    assert ("Organisation", "Kelby Trust") in found


def test_a_chapel_a_food_club_is_based_at_is_a_place():
    text = "News\n\nA pay-as-you-feel food club for local families, based at Orme Street Chapel.\n"
    assert ("Place", "Orme Street Chapel") in entities(text)


def test_a_church_that_acts_stays_a_body():
    text = (
        "News\n\nSt Aldhelm's Church has given £500 to Kelby Foodbank, and the vicar thanked "
        "the volunteers who run the craft club.\n"
    )
    found = entities(text)
    assert ("Place", "St Aldhelm's Church") not in found


def test_venues_listed_after_a_towns_possessive_all_locate_the_event():
    text = (
        "News\n\nDunmore Jazz Festival returns in June, with gigs across Kelby's Wool "
        "Hall, the Assembly Rooms and the Old Brewery.\n"
    )
    found = located(text)
    assert ("Dunmore Jazz Festival", "Kelby") in found
    assert ("Dunmore Jazz Festival", "Wool Hall") in found
    assert ("Dunmore Jazz Festival", "Assembly Rooms") in found


def test_a_person_after_a_venue_is_not_where_the_event_is():
    text = (
        "News\n\nThe Dunmore Jazz Festival took place in Kelby's Wool Hall and Ada Foss "
        "thanked the volunteers.\n"
    )
    found = located(text)
    assert ("Dunmore Jazz Festival", "Wool Hall") in found
    assert ("Dunmore Jazz Festival", "Ada Foss") not in found


def test_sessions_at_venues_place_the_project_in_focus():
    text = (
        "News\n\nKelby Steps is a falls-prevention project run by Fenby Trust. Physiotherapists "
        "run drop-in sessions at Kelby Central Library and Dunmore Library.\n"
    )
    found = located(text)
    assert ("Kelby Steps", "Kelby Central Library") in found
    assert ("Kelby Steps", "Dunmore Library") in found


def test_sessions_at_a_venue_place_nothing_when_no_project_is_named():
    text = "News\n\nOrme Trust thanked Ada Foss, who ran sessions at Dunmore Library.\n"
    found = located(text)
    assert not any(where == "Dunmore Library" for _, where in found)


def test_named_sessions_at_a_venue_are_not_the_focus_projects():
    text = (
        "News\n\nKelby Steps is a falls-prevention project run by Fenby Trust. Orme Community "
        "Association hosts weekly Tiny Tots sessions at the Orme Centre.\n"
    )
    assert ("Kelby Steps", "Orme Centre") not in located(text)
