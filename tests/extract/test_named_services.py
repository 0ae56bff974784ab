"""Services and programmes named before their noun past describing words ("our Step
Up job club", "the Home First discharge service", "weekly Stay and Play sessions"),
and who runs them: a body's possessive ("Fenby Leisure's Move Well classes"), "which
Foo runs", "run jointly with Foo", "X is Foo's ten-year programme"
(mentions/service_nouns.py, rules/programmes.py, rules/active_agents.py,
rules/joint_runs.py, rules/owned_copulas.py)."""

from __future__ import annotations

from collabgraph.extract import extract_text


def _types(seed: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in seed["entities"]}


def _rels(seed: dict, kind: str) -> set[tuple[str, str]]:
    return {(r["from"], r["to"]) for r in seed["relations"] if r["type"] == kind}


def test_a_name_before_describing_words_and_a_service_noun_is_a_project():
    seed = extract_text(
        "Kelby news\n\nOur Step Up job club, run with Fenby College, meets on Mondays.\n\n"
        "The Warm Hands crisis café, run jointly with Orley Health Trust, opens at six.\n"
    )
    types = _types(seed)
    assert types.get("Step Up") == "Project"
    assert types.get("Warm Hands") == "Project"
    runs = _rels(seed, "RUNS")
    assert ("Fenby College", "Step Up") in runs
    assert ("Orley Health Trust", "Warm Hands") in runs


def test_a_bodys_service_named_before_its_nouns_is_run_by_that_body():
    seed = extract_text(
        "Libraries update\n\nLibrary staff refer people to Fenby Leisure's Move Well "
        "classes. Ardley Homes' Snug Walls retrofit scheme has insulated 80 homes.\n"
    )
    runs = _rels(seed, "RUNS")
    assert ("Fenby Leisure", "Move Well") in runs
    assert ("Ardley Homes", "Snug Walls") in runs


def test_the_service_which_a_body_runs_or_coordinates():
    seed = extract_text(
        "Webinar notes\n\nReferrals reach the Good Neighbours service, which Fenby Together "
        "runs from its base in Alton. It follows work on the Home First discharge service, "
        "which Kelby Voluntary Action coordinates.\n"
    )
    runs = _rels(seed, "RUNS")
    assert ("Fenby Together", "Good Neighbours") in runs
    assert ("Kelby Voluntary Action", "Home First") in runs


def test_one_word_and_one_word_before_sessions_is_one_name():
    seed = extract_text(
        "Family news\n\nAlder Community Association hosts weekly Stay and Play sessions at "
        "the Alder Centre.\n"
    )
    assert _types(seed).get("Stay and Play") == "Project"
    assert ("Alder Community Association", "Stay and Play") in _rels(seed, "RUNS")


def test_a_programme_said_to_be_a_bodys_own_with_is():
    seed = extract_text(
        "Early years\n\nIn the north of the borough, Sunflower Steps Orley is Orley "
        "Borough Council's ten-year programme to improve the health of young children.\n"
    )
    assert _types(seed).get("Sunflower Steps Orley") == "Project"
    assert ("Orley Borough Council", "Sunflower Steps Orley") in _rels(seed, "RUNS")


def test_places_bodies_and_headline_words_before_a_service_noun_stay_what_they_are():
    seed = extract_text(
        "Job club goes mobile\n\nGrants went to Marlow Vale groups and to the Kelby Trust "
        "youth programme. Fenby Trust is Kelby Council's delivery partner. Dalby's "
        "job club meets on Fridays.\n"
    )
    types = _types(seed)
    assert types.get("Job") != "Project"
    assert types.get("Marlow Vale") != "Project"
    assert types.get("Kelby Trust") == "Organisation"
    assert types.get("Fenby Trust") == "Organisation"
    assert ("Kelby Council", "Fenby Trust") not in _rels(seed, "RUNS")
    assert not any(t == "Project" for t in types.values())


def test_a_person_said_to_hold_a_bodys_programme_post_runs_nothing():
    seed = extract_text(
        "Team news\n\nIn the north of the borough, Jane Pell is Orley Borough Council's "
        "programme manager for early years.\n"
    )
    assert not _rels(seed, "RUNS")
    assert _types(seed).get("Jane Pell") == "Person"


def test_run_by_after_a_hyphened_phrase_or_for_whom():
    seed = extract_text(
        "Kelby food news\n\nThe Open Table project is led by Imam Omar Hale and run "
        "day-to-day by volunteer coordinator Ada Foss.\n\nThe scheme, Warm Rooms Fenby, is "
        "being run for the council by Fenby Together, the borough's umbrella body.\n"
    )
    runs = _rels(seed, "RUNS")
    assert ("Ada Foss", "Open Table") in runs
    assert ("Fenby Together", "Warm Rooms Fenby") in runs


def test_for_a_name_before_by_is_no_gap():
    seed = extract_text(
        "Kelby news\n\nThe Open Table project was set up for Kelby Mosque by the volunteers "
        "of the town.\n"
    )
    assert ("Kelby Mosque", "Open Table") not in _rels(seed, "RUNS")


def test_its_scheme_named_after_a_comma_and_set_up_in_a_year_by_people():
    seed = extract_text(
        "Kelby youth news\n\nKelby Youth Trust works in partnership with Kelby College. Its "
        "mentoring scheme, Next Door, was set up in 2018 by Ada Foss and youth worker Jo Tern.\n"
    )
    runs = _rels(seed, "RUNS")
    assert ("Kelby Youth Trust", "Next Door") in runs
    assert ("Ada Foss", "Next Door") in runs
    assert ("Jo Tern", "Next Door") in runs
    assert ("Kelby College", "Next Door") not in runs


def test_the_councils_new_scheme_is_the_councils():
    seed = extract_text(
        "Members' bulletin\n\nGuest speaker Sal Reddy, Director of Communities at Fenby "
        "District Council, spoke about the council's new Community Chest Scheme.\n"
    )
    assert ("Fenby District Council", "Community Chest Scheme") in _rels(seed, "RUNS")


def test_a_centre_a_body_runs_is_its_service():
    seed = extract_text(
        "New diagnostic centre opens\n\nThe Alby Community Diagnostic Centre is run by Fenby "
        "Hospitals NHS Trust and will carry out up to 50,000 tests a year.\n"
    )
    assert _types(seed).get("Alby Community Diagnostic Centre") == "Project"
    assert ("Fenby Hospitals NHS Trust", "Alby Community Diagnostic Centre") in _rels(seed, "RUNS")


def test_a_centre_run_by_volunteers_is_run_by_no_body():
    seed = extract_text(
        "Village news\n\nThe Alby Community Centre is run by volunteers from the village and "
        "hosts a lunch club on Fridays.\n"
    )
    assert not _rels(seed, "RUNS")


def test_a_towns_jobcentre_is_a_body_that_runs_a_club_with_others():
    seed = extract_text(
        "Kelby news\n\nOur Step Up job club, run with Fenby Jobcentre and Fenby College, "
        "meets on Mondays.\n"
    )
    assert _types(seed).get("Fenby Jobcentre") == "Organisation"
    assert ("Fenby Jobcentre", "Step Up") in _rels(seed, "RUNS")


def test_co_ordinates_in_the_british_spelling_is_running():
    seed = extract_text(
        "Kelby news\n\nDalby Homes co-ordinates the Safe Steps scheme across the district. "
        "The Warm Welcome scheme is co-ordinated by Fenby Together.\n"
    )
    runs = _rels(seed, "RUNS")
    assert ("Dalby Homes", "Safe Steps") in runs
    assert ("Fenby Together", "Warm Welcome") in runs


def test_a_name_then_run_by_a_body_in_brackets():
    seed = extract_text(
        "Kelby news\n\nThe Lunch Club (run by Fenby Together) meets on Fridays at the church "
        "hall. We also sent cards to the Fenby Youth Club (run by volunteers) this year.\n"
    )
    runs = _rels(seed, "RUNS")
    assert ("Fenby Together", "Lunch Club") in runs
    assert not any(to == "Fenby Youth Club" for _, to in runs)


def test_the_lead_partner_for_a_programme_runs_it():
    seed = extract_text(
        "Kelby news\n\nMarlow Trust is the lead partner for Bright Paths, which helps young "
        "carers.\n\nFenby Homes is the lead partner in the Kelby Housing Partnership.\n"
    )
    runs = _rels(seed, "RUNS")
    assert ("Marlow Trust", "Bright Paths") in runs
    assert ("Fenby Homes", "Kelby Housing Partnership") not in runs
    assert _types(seed).get("Kelby Housing Partnership") == "Organisation"
