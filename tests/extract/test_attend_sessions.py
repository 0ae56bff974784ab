"""People at events, read from who did what at a session: those named after
"with" beside a chair ("The panel was chaired by A, with B and C": B and C were
panellists, not chairs); "the session" a page is about hosted by a body (it held
the event, not a part of it); stands and stalls kept by bodies ("Stands will be
hosted by A and B"); examples of a counted group after "by" ("run by 30 groups,
among them A and B"); speakers listed on lines that say what each spoke on
("Jo Tern, Head of Grants, Foo Trust – on the new fund"); near misses that must
give no such tie."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import SUMMIT, SUMMIT_PAGE, at_summit, pairs, ruled, with_roles
from tests.extract.test_attend import _in_race


@pytest.mark.parametrize(
    "sentence",
    [
        "The afternoon panel was chaired by Ada Foss, with Jo Tern and Ravi Pell.",
        "The panel on rural housing was chaired by Ada Foss of Kelby University, with Jo Tern "
        "of Fenby Council and Ravi Pell of Orby Trust.",
        "The debate was chaired by Ada Foss (Kelby University) with Jo Tern (Fenby Council) "
        "and Ravi Pell (Orby Trust).",
    ],
)
def test_those_with_the_chair_of_a_panel_were_panellists(sentence):
    took_part = at_summit(sentence)
    assert ("Ada Foss", "chair") in took_part
    assert {("Jo Tern", "panellist"), ("Ravi Pell", "panellist")} <= took_part
    assert not {("Jo Tern", "chair"), ("Ravi Pell", "chair")} & took_part


def test_those_with_the_chair_of_a_session_took_part():
    took_part = at_summit("The session was chaired by Ada Foss, with Jo Tern and Ravi Pell.")
    assert {("Ada Foss", "chair"), ("Jo Tern", "participant")} <= took_part
    assert ("Jo Tern", "chair") not in took_part


@pytest.mark.parametrize(
    "sentence",
    [
        "The discussion was chaired by Ada Foss and Jo Tern.",
        "The panel was co-chaired by Ada Foss and Jo Tern.",
    ],
)
def test_two_chairs_with_no_with_both_chaired(sentence):
    assert {("Ada Foss", "chair"), ("Jo Tern", "chair")} <= at_summit(sentence)


def _summit_ties(text: str) -> dict:
    return ruled(extract_text(SUMMIT_PAGE + text + "\n"))


@pytest.mark.parametrize(
    "sentence",
    [
        "The session was hosted by Kelby Rural Network and chaired by Jo Tern.",
        "This session was hosted by Kelby Rural Network.",
    ],
)
def test_the_session_hosted_by_a_body_was_held_by_it(sentence):
    seed = _summit_ties(sentence)
    assert ("Kelby Rural Network", SUMMIT) in pairs(seed, "ORGANISED")
    assert ("Kelby Rural Network", SUMMIT) not in pairs(seed, "PARTICIPATED_IN")


@pytest.mark.parametrize(
    "sentence",
    [
        "An afternoon session on grants was hosted by Kelby Rural Network.",
        "The workshops were hosted by Kelby Rural Network.",
    ],
)
def test_a_part_of_the_event_hosted_by_a_body_is_no_hosting_of_the_event(sentence):
    seed = _summit_ties(sentence)
    assert ("Kelby Rural Network", SUMMIT) in pairs(seed, "PARTICIPATED_IN")
    assert ("Kelby Rural Network", SUMMIT) not in pairs(seed, "ORGANISED")


@pytest.mark.parametrize(
    "sentence",
    [
        "Stands will be hosted by Fenby Foodbank, Orby Credit Union and Kelby Age Concern.",
        "Stalls will be run by Fenby Foodbank, Orby Credit Union and Kelby Age Concern.",
    ],
)
def test_bodies_keeping_stands_took_part(sentence):
    seed = _summit_ties(sentence)
    keepers = {who for who, to, _role in with_roles(seed, "PARTICIPATED_IN") if to == SUMMIT}
    assert keepers == {"Fenby Foodbank", "Orby Credit Union", "Kelby Age Concern"}
    assert not pairs(seed, "ORGANISED") & {("Fenby Foodbank", SUMMIT)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Stalls were run by more than thirty local groups, among them Fenby Foodbank and "
        "Orby Credit Union.",
        "Workshops were led by six charities, including Fenby Foodbank and Orby Credit Union.",
    ],
)
def test_examples_of_a_counted_group_after_by_took_part(sentence):
    assert {who for who, _role in at_summit(sentence)} == {"Fenby Foodbank", "Orby Credit Union"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Stalls were run by local groups. Among them, Fenby Foodbank had the longest queue.",
        "The stalls were run by volunteers who came from many groups, including Fenby Foodbank.",
    ],
)
def test_bodies_not_given_as_examples_after_by_are_not_read_as_keepers(sentence):
    assert ("Fenby Foodbank", "exhibitor") not in at_summit(sentence)
    assert ("Fenby Foodbank", "participant") not in at_summit(sentence)


_WEBINAR = (
    "Webinar recap: Heating village halls\n\n"
    "Our Heating Village Halls Webinar on 3 March 2025 drew 150 sign-ups.\n\n"
)


@pytest.mark.parametrize(
    "lead",
    ["Our speakers were:", "Speakers included:", "We heard from these speakers:"],
)
def test_speakers_listed_with_what_they_spoke_on(lead):
    lines = (
        "Ada Foss, Energy Lead, Fenby Halls Trust – on heat pumps for small rural halls\n"
        "Ravi Pell, Head of Grants, Marlow Foundation – on the new fund for warm halls\n"
        "Mina Holt, Adviser, Orby Community Energy - on buying heating oil together\n"
    )
    seed = extract_text(_WEBINAR + lead + "\n\n" + lines)
    speakers = {who for who, _to, role in with_roles(seed, "PARTICIPATED_IN") if role == "speaker"}
    assert speakers == {"Ada Foss", "Ravi Pell", "Mina Holt"}


def test_prose_under_a_speakers_lead_is_no_list_of_speakers():
    text = (
        _WEBINAR + "Our speakers were:\n\n"
        "Ada Foss, who could not join us on the day – we hope to see her at the next one, "
        "when the new heating grants open in May.\n"
    )
    seed = extract_text(text)
    assert ("Ada Foss", "speaker") not in {
        (who, role) for who, _to, role in with_roles(seed, "PARTICIPATED_IN")
    }


@pytest.mark.parametrize(
    ("sentence", "takers"),
    [
        ("Walkers were waved off by the hospice's patron, the actor Ada Foss, and by the "
         "Mayor of Fenby, Cllr Jo Tern.",
         {("Ada Foss", "participant"), ("Jo Tern", "participant")}),
        ("Riders were sent off by the club's president, the singer Mina Holt, and by the "
         "Mayor of Orby, Cllr Ravi Pell.",
         {("Mina Holt", "participant"), ("Ravi Pell", "participant")}),
        ("Runners were cheered on by the Mayor of Fenby, Cllr Jo Tern.",
         {("Jo Tern", "participant")}),
        ("Visitors were entertained by the Fenby Brass Band.",
         {("Fenby Brass Band", "participant")}),
        ("Guests were welcomed by the centre's director, Ada Foss.", {("Ada Foss", "speaker")}),
        ("Delegates were addressed by Ada Foss of Kelby Trust.", {("Ada Foss", "speaker")}),
    ],
)  # fmt: skip
def test_who_did_something_to_the_event_crowd_took_part(sentence, takers):
    assert at_summit(sentence) == takers


@pytest.mark.parametrize(
    "sentence",
    [
        "Walkers were sponsored by Fenby Foodbank.",
        "Volunteers were thanked by Ada Foss.",
        "The houses were visited by Ada Foss last year.",
    ],
)
def test_passives_not_done_to_the_crowd_give_no_taker(sentence):
    assert not at_summit(sentence)


_PROJECT = "Kelby Warm Homes"
_PROJECT_PAGE = (
    f"{_PROJECT}\n\n{_PROJECT} is a two-year project run by Kelby Trust to help older "
    "people in Fenby.\n"
)


def _partners(text: str) -> set[str]:
    seed = ruled(extract_text(_PROJECT_PAGE + text + "\n"))
    return {
        who for who, to, role in with_roles(seed, "PARTICIPATED_IN")
        if to == _PROJECT and role == "partner"
    }  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "partners"),
    [
        ("The project will be delivered with Orby Credit Union, Fenby Mind and Marlow Foodbank.",
         {"Orby Credit Union", "Fenby Mind", "Marlow Foodbank"}),
        ("The programme will be delivered with Orby College, which will train the volunteers, "
         "and with Fenby Youth Partnership, which will find the families.",
         {"Orby College", "Fenby Youth Partnership"}),
        ("It has been developed with Orby Young Farmers, whose members helped test it.",
         {"Orby Young Farmers"}),
        (f"{_PROJECT} was designed with Orby College.", {"Orby College"}),
    ],
)  # fmt: skip
def test_bodies_a_project_is_delivered_with_are_its_partners(sentence, partners):
    assert _partners(sentence) == partners


@pytest.mark.parametrize(
    "sentence",
    [
        "It is delivered with funding from Orby Trust.",
        "It was developed with the help of Orby College.",
        "The new Orby Hub was built with Fenby Builders.",
        "Kelby Trust was set up with Orby College in 2019.",
    ],
)
def test_what_is_not_the_project_or_no_body_after_with_gives_no_partner(sentence):
    assert not _partners(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        'Opening the event, Kelby Trust chief executive Dr Ada Foss said it was "a big day".',
        "Opening the summit, Kelby Trust's director Ada Foss said rents were too high.",
        "Speaking at the summit, Kelby Trust's director Ada Foss said rents were too high.",
    ],
)
def test_who_opened_the_event_is_the_person_a_title_names_not_the_body(sentence):
    took_part = at_summit(sentence)
    assert ("Ada Foss", "speaker") in took_part
    assert ("Kelby Trust", "speaker") not in took_part


def test_a_body_speaking_at_the_event_still_speaks():
    assert ("Kelby Trust", "speaker") in at_summit(
        "Speaking at the summit, Kelby Trust said rents were too high."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Marshals came from Fenby Harriers and Orby Scouts.",
        "The stewards were from Fenby Harriers and Orby Scouts.",
        "Helpers came from Fenby Harriers and from Orby Scouts.",
    ],
)
def test_bodies_the_event_helpers_came_from_took_part(sentence):
    assert at_summit(sentence) == {
        ("Fenby Harriers", "participant"),
        ("Orby Scouts", "participant"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Funding came from Fenby Harriers and Orby Scouts.",
        "The marshals' jackets were from Fenby Harriers.",
    ],
)
def test_what_came_from_bodies_that_is_no_helper_gives_no_taker(sentence):
    assert not at_summit(sentence)


@pytest.mark.parametrize(
    ("sentence", "takers"),
    [
        ("Advisers from Fenby Citizens Advice and Orby Carers will be on hand.",
         {"Fenby Citizens Advice", "Orby Carers"}),
        ("Ada Foss from Age Friendly Fenby will be on hand to answer questions.", {"Ada Foss"}),
        ("Staff from Orby Credit Union were on hand to offer advice.", {"Orby Credit Union"}),
    ],
)  # fmt: skip
def test_who_was_on_hand_at_the_event_took_part(sentence, takers):
    assert at_summit(sentence) == {(who, "participant") for who in takers}


def test_on_the_other_hand_is_no_one_on_hand():
    assert not at_summit("On the other hand, Orby Mind did not come this year.")


def test_the_leader_of_a_team_that_ran_took_part():
    took_part = _in_race(
        "Among the runners was a team of 25 from Orby Engineering, the race sponsor, "
        "led by managing director Jo Tern."
    )
    assert {("Orby Engineering", "participant"), ("Jo Tern", "participant")} <= took_part


def test_the_leader_of_a_team_not_at_the_event_did_not_take_part():
    assert not at_summit("The project is run by a team from Orby Mind, led by manager Jo Tern.")


@pytest.mark.parametrize(
    "sentence",
    [
        "After a welcome from our chair, Ada Foss, delegates split into groups.",
        "After a welcome from our chair, Rev. Ada Foss, the keynote came from Jo Tern.",
        "The day began with a talk by our director, Dr Ada Foss, on rents.",
    ],
)
def test_a_talk_from_a_post_holder_named_after_a_comma_is_theirs(sentence):
    assert ("Ada Foss", "speaker") in at_summit(sentence)


def test_a_person_named_later_in_the_sentence_gave_no_welcome():
    assert ("Ada Foss", "speaker") not in at_summit(
        "After a welcome from our chair, delegates split into groups with Ada Foss."
    )


_NOTES = (
    "Notes from the Marlow Tenants Summit 2031\n\nBy Ada Foss\n\n"
    "The Marlow Tenants Summit 2031 took place on 4 May at the Lantern Rooms in Fenby. "
)


@pytest.mark.parametrize(
    "sentence",
    ["I was struck by how many tenants came along.", "These are my notes from the day."],
)
def test_the_author_writing_as_i_of_the_event_was_there(sentence):
    seed = extract_text(_NOTES + sentence + "\n")
    assert ("Ada Foss", SUMMIT, "attendee") in with_roles(seed, "PARTICIPATED_IN")


@pytest.mark.parametrize(
    "sentence",
    ["We were pleased that so many tenants came along.", '"I was struck by it," said Jo Tern.'],
)
def test_the_author_of_a_write_up_in_the_body_s_voice_is_not_said_to_be_there(sentence):
    seed = ruled(extract_text(_NOTES + sentence + "\n"))
    assert ("Ada Foss", SUMMIT) not in pairs(seed, "PARTICIPATED_IN")
