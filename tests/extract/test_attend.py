"""People at events, read from wordings that name no event, only what was done at
the one in focus: "took part" with no object (and the examples or the people's
bodies after it), and in a race what its runners did ("finished in", "completed
her first 10k", "First across the line was A"); near misses that must give no tie."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import at_summit, ruled, with_roles

_RACE = "Orby Vale 10k"
_RACE_PAGE = (
    f"{_RACE} raises £9,000 for Kelby Hospice\n\n"
    f"More than 200 runners lined up in Orby Vale on Sunday for the {_RACE}.\n"
)


def _in_race(text: str) -> set[tuple[str, str | None]]:
    seed = ruled(extract_text(_RACE_PAGE + text + "\n"))
    return {(who, role) for who, to, role in with_roles(seed, "PARTICIPATED_IN") if to == _RACE}


@pytest.mark.parametrize(
    ("sentence", "takers"),
    [
        ("Thirty makers took part, including weaver Ada Foss and potter Jo Tern.",
         {"Ada Foss", "Jo Tern"}),
        ("About fifty residents took part, alongside tenants from Kelby Housing Co-op.",
         {"Kelby Housing Co-op"}),
        ("Ada Foss and Jo Tern also took part.", {"Ada Foss", "Jo Tern"}),
    ],
)  # fmt: skip
def test_took_part_with_no_object_is_the_event_in_focus(sentence, takers):
    assert {who for who, role in at_summit(sentence) if role == "participant"} == takers


def test_took_part_in_something_else_is_no_part_in_the_event():
    assert not at_summit("Ada Foss took part in a survey run by Fenby Council last year.")


@pytest.mark.parametrize(
    ("sentence", "runners"),
    [
        ("Ada Foss, a nurse at Fenby General Hospital, finished in under fifty minutes.",
         {"Ada Foss"}),
        ("Postman Jo Tern completed his first ever 10k.", {"Jo Tern"}),
        ("Pupils from Kelby Primary School ran in fancy dress.", {"Kelby Primary School"}),
        ("First across the line was Orby Striders' own Ada Foss in 34 minutes.", {"Ada Foss"}),
    ],
)  # fmt: skip
def test_what_runners_did_in_the_race_in_focus(sentence, runners):
    assert _in_race(sentence) == {(who, "participant") for who in runners}


@pytest.mark.parametrize(
    "sentence",
    [
        "The race was organised by Orby Striders and finished at Dale Park.",
        "Jo Tern finished the design of the medals for Kelby Hospice.",
        "Ada Foss completed a survey of the runners for Fenby Council.",
    ],
)
def test_near_misses_in_a_race_give_no_runner(sentence):
    assert not {who for who, role in _in_race(sentence) if role == "participant"}


def test_finishing_is_no_part_in_an_event_that_is_no_race():
    assert not at_summit("Ada Foss finished her talk early.")


@pytest.mark.parametrize(
    ("sentence", "takers"),
    [
        ("The stalls were set out with help from volunteers at Kelby Scouts.", {"Kelby Scouts"}),
        ("Ada Foss thanked the volunteers from Fenby Rotary Club who helped set up.",
         {"Fenby Rotary Club"}),
        ("The day ended in the square, where Kelby Steel Band played.", {"Kelby Steel Band"}),
        ("The Fenby Women's Group served food all afternoon.", {"Fenby Women's Group"}),
        ("The Kelby Ceilidh Band performed free of charge.", {"Kelby Ceilidh Band"}),
        ("The Orby Community Choir sang three songs.", {"Orby Community Choir"}),
        ("There were stalls from Kelby Scouts and Orby Mind.", {"Kelby Scouts", "Orby Mind"}),
        ("We were joined by groups from across the county, including Kelby Scouts and Orby "
         "Mind.", {"Kelby Scouts", "Orby Mind"}),
    ],
)  # fmt: skip
def test_those_who_helped_or_gave_music_or_food_took_part(sentence, takers):
    assert {who for who, role in at_summit(sentence) if role == "participant"} == takers


@pytest.mark.parametrize(
    "sentence",
    [
        "Volunteers from Kelby Scouts spent months planning the day.",  # they organised it
        "Kelby Steel Band played a key role in the campaign.",
        "The Fenby Women's Group has served the town for forty years.",
        "Kelby Council performed well in the survey of tenants.",
        "Its Tenant Voice project is delivered with help from volunteers at Kelby Scouts.",
    ],
)
def test_near_misses_of_helping_give_no_taker(sentence):
    assert not {who for who, role in at_summit(sentence) if role == "participant"}


def test_those_a_panel_heard_from_were_panellists():
    took_part = at_summit(
        "A panel on repairs, chaired by Ada Foss, heard from Jo Tern and Sam Keel."
    )
    assert {("Jo Tern", "panellist"), ("Sam Keel", "panellist")} <= took_part
    assert ("Jo Tern", "speaker") not in took_part


def test_those_delegates_heard_from_were_speakers():
    assert ("Jo Tern", "speaker") in at_summit("Delegates heard from Jo Tern of Kelby Trust.")


def test_activities_kept_at_the_event_by_a_body_are_taking_part():
    took_part = at_summit("Family activities in the yard will be run by Kelby Scouts.")
    assert ("Kelby Scouts", "participant") in took_part


def test_workshops_led_by_someone_name_a_speaker():
    assert ("Jo Tern", "speaker") in at_summit("Workshops were led by Jo Tern.")


def test_those_who_ran_a_named_race_took_part_in_it():
    seed = extract_text(
        "Our thanks\n\nThank you to the staff of Kelby Print Ltd, who ran the Fenby Half "
        "Marathon in May and raised £900 for the centre.\n"
    )
    assert ("Kelby Print Ltd", "Fenby Half Marathon", "participant") in with_roles(
        seed, "PARTICIPATED_IN"
    )


def test_a_body_that_ran_a_named_race_organised_it_and_ran_in_nothing():
    seed = extract_text("News\n\nKelby Harriers, who ran the Fenby Half Marathon, thanked us.\n")
    assert not [r for r in seed["relations"] if r["type"] == "PARTICIPATED_IN"]


_PROJECT_PAGE = (
    "Kelby Warm Meals Scheme reaches 80 older neighbours\n\n"
    "The Kelby Warm Meals Scheme brings a hot meal to 80 older people each week.\n"
)


def _partners(text: str) -> set[str]:
    seed = ruled(extract_text(_PROJECT_PAGE + text + "\n"))
    return {
        who
        for who, to, role in with_roles(seed, "PARTICIPATED_IN")
        if to == "Kelby Warm Meals Scheme" and role == "partner"
    }


def test_bodies_whose_people_work_in_the_project_are_its_partners():
    assert _partners(
        "It is run with a team of volunteers from Fenby Church and Kelby Food Bank. "
        "Meals are delivered by drivers from Orby Community Transport."
    ) >= {"Fenby Church", "Kelby Food Bank", "Orby Community Transport"}


def test_people_from_a_body_at_an_event_make_no_project_partner():
    assert not _partners(
        "Volunteers from Fenby Church served at the Kelby Spring Fair 2031 in May."
    )


def test_a_project_named_only_by_the_headline_gets_no_partner():
    seed = extract_text(
        "Garden project grows with help from students\n\n"
        "Harwood Allotment Society has teamed up with students from Brenton College "
        "to build raised beds.\n"
    )
    assert not [r for r in seed["relations"] if r.get("role") == "partner"]


def test_headliners_listed_took_part():
    assert ("Ada Foss", "participant") in at_summit("Headliners include Ada Foss and Jo Tern.")
    took_part = at_summit("Headliners include the Kelby Ceilidh Band and the Orby Folk Choir.")
    assert {("Kelby Ceilidh Band", "participant"), ("Orby Folk Choir", "participant")} <= took_part


@pytest.mark.parametrize(
    "sentence",
    [
        'Speaking at the summit, Ada Foss, chair of Kelby Trust, said: "We are ready."',
        "Ada Foss of Kelby Trust will present the findings at the Marlow Tenants Summit 2031.",
        "Ada Foss presented the new repairs service to the Marlow Tenants Summit 2031.",
    ],
)
def test_a_talk_named_apart_from_its_event_makes_a_speaker(sentence):
    assert ("Ada Foss", "speaker") in at_summit(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Foss presented the plans to Fenby Council in June.",
        'Speaking to reporters, Ada Foss said: "We are ready."',
    ],
)
def test_near_misses_of_a_talk_make_no_speaker(sentence):
    seed = ruled(extract_text("Kelby Trust news\n\n" + sentence + "\n"))
    assert not [r for r in seed["relations"] if r.get("role") == "speaker"]


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        ("Opening remarks came from Ada Foss.", {"Ada Foss"}),
        ("The closing address came from Jo Tern of Kelby Trust.", {"Jo Tern"}),
        ("Contributions came from Ada Foss and Jo Tern.", {"Ada Foss", "Jo Tern"}),
        ("Ada Foss was one of the speakers.", {"Ada Foss"}),
    ],
)
def test_talks_that_came_from_someone_make_speakers(sentence, speakers):
    assert {who for who, role in at_summit(sentence) if role == "speaker"} == speakers


@pytest.mark.parametrize(
    "sentence",
    [
        "Funding for the address came from Kelby Trust.",
        "Ada Foss was one of the founders of Kelby Trust.",
    ],
)
def test_near_misses_of_talks_make_no_speaker(sentence):
    assert not {who for who, role in at_summit(sentence) if role == "speaker"}


def test_who_sat_on_the_panel_was_a_panellist():
    took_part = at_summit("Jo Tern sat on the panel with Ada Foss.")
    assert {("Jo Tern", "panellist"), ("Ada Foss", "panellist")} <= took_part
    assert not at_summit("Jo Tern sits on the board of Kelby Trust.")


def test_a_team_of_some_number_from_a_body_ran_in_the_race():
    took_part = _in_race("Among the runners were a team of 12 from Orby Mind and Jo Tern.")
    assert {("Orby Mind", "participant"), ("Jo Tern", "participant")} <= took_part
