"""People at events, round 37b: a write-up titled "Report: <event>" is about the
event, and who spoke at it took part in it; a report titled "Report: <report name>"
stays a report."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import types_of
from tests.extract.reading import with_roles as _rels


def test_a_report_title_naming_a_conference_is_the_event():
    text = (
        "Report: Fenby Community Health Conference 2025\n\n"
        "Around 90 people met on 3 June for the Fenby Community Health Conference 2025 "
        "at the Drill Hall in Fenby. The day was hosted by Fenby Voluntary Action.\n\n"
        "Speakers:\n"
        "- Ada Foss, Chief Executive, Fenby Voluntary Action\n"
        "- Jo Tern, Director, Kelby Trust\n"
    )
    assert types_of(text).get("Fenby Community Health Conference 2025") == "Event"
    took_part = {(who, to) for who, to, _ in _rels(extract_text(text), "PARTICIPATED_IN")}
    assert ("Ada Foss", "Fenby Community Health Conference 2025") in took_part
    assert ("Jo Tern", "Fenby Community Health Conference 2025") in took_part


def test_a_report_title_naming_a_report_stays_a_report():
    text = (
        "Report: Caring in Kelby 2025\n\n"
        "Kelby Carers Trust has published its yearly study of unpaid care in Kelby, "
        "written by Jo Tern.\n"
    )
    assert types_of(text).get("Caring in Kelby 2025") != "Event"


_CONFERENCE = (
    "Fenby Carers Conference 2025\n\n"
    "About 80 people came to the Fenby Carers Conference 2025 at the Drill Hall in Fenby. "
    "The day was hosted by Fenby Voluntary Action.\n\n"
)


def _took_part_and_organised(text: str) -> tuple[set, set]:
    seed = extract_text(text)
    took_part = {who for who, _, _ in _rels(seed, "PARTICIPATED_IN")}
    organised = {who for who, _, _ in _rels(seed, "ORGANISED")}
    return took_part, organised


def test_one_of_the_workshops_led_by_a_person_is_taking_part_not_organising():
    took_part, organised = _took_part_and_organised(
        _CONFERENCE + "After lunch guests picked from three workshops, including one on "
        "budgeting led by Ada Foss from the Kelby Trust.\n"
    )
    assert "Ada Foss" in took_part
    assert "Ada Foss" not in organised
    assert "Kelby Trust" not in took_part | organised


def test_a_session_on_a_topic_was_led_by_a_person_who_took_part():
    took_part, organised = _took_part_and_organised(
        _CONFERENCE + "A session on dementia care was led by Jo Tern of Fenby Mind.\n"
    )
    assert "Jo Tern" in took_part
    assert "Jo Tern" not in organised


def test_workshops_will_be_led_by_a_person_who_takes_part():
    took_part, _ = _took_part_and_organised(
        _CONFERENCE + "Workshops will be led by Tom Ridley of the Fenby Harp Society.\n"
    )
    assert "Tom Ridley" in took_part


def test_a_project_led_by_a_person_is_not_taking_part_in_the_event():
    seed = extract_text(
        _CONFERENCE + "The Kelby Befriending Project is led by Jo Tern of Fenby Mind.\n"
    )
    assert "Jo Tern" not in {who for who, _, _ in _rels(seed, "PARTICIPATED_IN")}


def test_a_race_named_by_its_distance_in_capitals_is_an_event():
    seed = extract_text(
        "Kelby 10K raises funds for Fenby Hospice\n\n"
        "Ada Foss ran the Kelby 10K on Sunday 4 May 2025. The race was organised by "
        "Kelby Striders.\n"
    )
    assert {e["name"] for e in seed["entities"] if e["type"] == "Event"} == {"Kelby 10K"}
    assert ("Ada Foss", "Kelby 10K") in {(w, t) for w, t, _ in _rels(seed, "PARTICIPATED_IN")}


def test_an_amount_in_thousands_is_no_race():
    seed = extract_text("Kelby Striders raised 10K for Fenby Hospice in May 2025.\n")
    assert not [e for e in seed["entities"] if e["type"] == "Event"]


def test_a_listing_title_whats_on_is_no_part_of_the_events_name():
    seed = extract_text(
        "What's on: Kelby Young Carers Festival 2025\n\n"
        "Date: Saturday 5 July 2025\n"
        "Venue: Kelby Town Hall, Kelby\n\n"
        "A day of music and games for young carers.\n\n"
        "Speakers include:\n"
        "* Ada Foss, Chief Executive, Kelby Carers Trust\n"
        "* Jo Tern, Director, Fenby Youth Action\n"
    )
    names = {e["name"] for e in seed["entities"] if e["type"] == "Event"}
    assert "Kelby Young Carers Festival 2025" in names
    assert not any("what" in n.lower() for n in names)
    took_part = {(w, t) for w, t, _ in _rels(seed, "PARTICIPATED_IN")}
    assert ("Ada Foss", "Kelby Young Carers Festival 2025") in took_part


def test_a_recap_title_giving_a_topic_in_lower_case_names_the_event_by_topic_and_kind():
    seed = extract_text(
        "Webinar recap: loneliness in rural areas\n\n"
        "On 3 March 2025 Kelby Voluntary Action held an online webinar for parish clerks. "
        "The session was chaired by Ada Foss. Jo Tern of Fenby Mind spoke about befriending.\n"
    )
    names = {e["name"] for e in seed["entities"] if e["type"] == "Event"}
    assert "Loneliness in rural areas webinar" in names
    took_part = {(w, t) for w, t, _ in _rels(seed, "PARTICIPATED_IN")}
    assert ("Ada Foss", "Loneliness in rural areas webinar") in took_part


def test_a_recap_title_giving_a_title_keeps_it():
    seed = extract_text(
        "Conference report: Kelby Voices 2025\n\n"
        "Kelby Voluntary Action held its yearly gathering on 3 March 2025. "
        "Ada Foss of Fenby Mind gave the opening talk.\n"
    )
    assert "Kelby Voices 2025" in {e["name"] for e in seed["entities"] if e["type"] == "Event"}


def test_a_name_set_off_after_a_described_event_is_its_name():
    seed = extract_text(
        "Kelby Carers Trust launched its plan on 3 May 2025 at its yearly conference, "
        "Carers Count, at the Fenby Town Hall, where Ada Foss spoke.\n"
    )
    assert "Carers Count" in {e["name"] for e in seed["entities"] if e["type"] == "Event"}
    assert ("Ada Foss", "Carers Count") in {(w, t) for w, t, _ in _rels(seed, "PARTICIPATED_IN")}


def test_a_person_set_off_after_a_described_event_is_no_name_of_it():
    seed = extract_text(
        "Kelby Carers Trust held its yearly conference, Ada Foss, its chair, said on 3 May 2025.\n"
    )
    assert "Ada Foss" not in {e["name"] for e in seed["entities"] if e["type"] == "Event"}


def test_bodies_hosting_the_session_a_webinar_page_is_about_organised_it():
    seed = extract_text(
        "Webinar recap: befriending in rural areas\n\n"
        "On 3 March 2025 the charity Kelby Befrienders hosted an online session on "
        "befriending for parish clerks. The session was chaired by Ada Foss.\n"
    )
    organised = {(w, t) for w, t, _ in _rels(seed, "ORGANISED")}
    assert ("Kelby Befrienders", "Befriending in rural areas webinar") in organised


def test_a_body_hosting_a_session_at_a_festival_took_part_in_it():
    seed = extract_text(
        "Kelby Book Festival 2025\n\n"
        "The Kelby Book Festival 2025 took place on 4 May 2025 in Kelby. "
        "Fenby Readers Group hosted a story session for children.\n"
    )
    assert "Fenby Readers Group" not in {w for w, _, _ in _rels(seed, "ORGANISED")}
    assert "Fenby Readers Group" in {w for w, _, _ in _rels(seed, "PARTICIPATED_IN")}
