"""Boards, posts and working together (round 37): officers of bodies of members,
people "of" a club, bodies joining a network in a listed line, boards named back by
their head word, and collaborators ("co-founded ... with", "worked with students
from", "the two charities have worked together", each subject of "A and B have
worked with C"); and the near misses that must give nothing."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, rows


def _rows(text: str, kinds: set[str]) -> set[tuple[str, str, str, str]]:
    return rows(extract_text(text, path="page.txt"), kinds)


def _collab(text: str) -> set[frozenset[str]]:
    seed = extract_text(text, path="page.txt")
    return {frozenset(p) for p in pairs(seed, "COLLABORATES_WITH")}


# officers and members of bodies of members


@pytest.mark.parametrize(
    "text, who, body, role",
    [
        (
            "Orchard news\n\nPellow Orchard Society planted forty trees. The society's "
            "secretary, Rae Linton, thanked the volunteers.\n",
            "Rae Linton",
            "Pellow Orchard Society",
            "secretary",
        ),
        (
            "Hall saved\n\nThe Grindle Residents' Association has bought the hall. Omar Vance, "
            "the association's treasurer, said the loan is repaid.\n",
            "Omar Vance",
            "Grindle Residents' Association",
            "treasurer",
        ),
    ],
)
def test_an_officer_of_a_body_of_members_holds_a_seat(text, who, body, role):
    found = _rows(text, {"MEMBER_OF", "WORKS_FOR"})
    assert (who, "MEMBER_OF", body, role) in found
    assert not any(w == who and k == "WORKS_FOR" for w, k, _, _ in found)


def test_a_secretary_of_a_body_that_employs_keeps_the_job():
    text = "Rae Linton, Secretary, Marden Housing Association, said the homes were ready.\n"
    found = _rows(text, {"MEMBER_OF", "WORKS_FOR"})
    assert ("Rae Linton", "WORKS_FOR", "Marden Housing Association", "secretary") in found


def test_a_person_of_a_club_is_its_member():
    text = (
        "Lane closed\n\nTolley Ramblers wrote to the council about the stile. Nadine Burke "
        "of Tolley Ramblers said the path had been blocked for a month.\n"
    )
    assert ("Nadine Burke", "MEMBER_OF", "Tolley Ramblers", "member") in _rows(text, {"MEMBER_OF"})


def test_a_person_of_a_growers_business_is_not_taken_for_a_member():
    text = "Farm day\n\nThe farm day was opened by Nadine Burke of Hessle Growers.\n"
    assert not any(k == "MEMBER_OF" for _, k, _, _ in _rows(text, {"MEMBER_OF"}))


def test_two_posts_given_in_one_election_go_to_each_person():
    text = (
        "Forum officers\n\nThe Cobb Lane Tenants Forum met on Tuesday. Members elected "
        "Ines Harker as chair and Tobias Wren as treasurer.\n"
    )
    found = _rows(text, {"MEMBER_OF"})
    assert ("Ines Harker", "MEMBER_OF", "Cobb Lane Tenants Forum", "chair") in found
    assert ("Tobias Wren", "MEMBER_OF", "Cobb Lane Tenants Forum", "treasurer") in found
    assert ("Ines Harker", "MEMBER_OF", "Cobb Lane Tenants Forum", "treasurer") not in found


def test_an_officer_line_sits_with_the_seats_the_page_lists():
    text = (
        "Our committee\n\nBrantwood Beekeepers Association is run by volunteers.\n\n"
        "Chair: Moira Kettle\nSecretary: Dev Amin\nTrustees: Lola Perkins, Sid Greaves\n"
    )
    found = _rows(text, {"MEMBER_OF"})
    assert ("Dev Amin", "MEMBER_OF", "Brantwood Beekeepers Association", "secretary") in found


# joining and boards named back


def test_bodies_listed_after_joining_a_network_are_members():
    text = (
        "Network grows\n\nFour more charities joined the Ebbing Advice Network in June: "
        "Hartwell Legal Help, the Tideway Centre and Crossley Credit Union.\n"
    )
    found = pairs(extract_text(text, path="page.txt"), "MEMBER_OF")
    for body in ("Hartwell Legal Help", "Tideway Centre", "Crossley Credit Union"):
        assert (body, "Ebbing Advice Network") in found


def test_a_person_who_joined_then_a_colon_is_no_list_of_bodies():
    text = "News\n\nLola Park joined the Ebbing Advice Network in June: she runs Tideway Centre.\n"
    found = pairs(extract_text(text, path="page.txt"), "MEMBER_OF")
    assert ("Tideway Centre", "Ebbing Advice Network") not in found


@pytest.mark.parametrize(
    "second, who, role",
    [
        ("The partnership, chaired by Moira Kettle, meets monthly.", "Moira Kettle", "chair"),
        ("Councillor Sid Greaves also sits on the partnership.", "Sid Greaves", "member"),
    ],
)
def test_a_board_named_back_by_its_head_word(second, who, role):
    text = f"News\n\nThe Brayton Food Partnership has two new members. {second}\n"
    found = _rows(text, {"MEMBER_OF"})
    assert (who, "MEMBER_OF", "Brayton Food Partnership", role) in found


def test_a_meeting_chaired_is_no_board_seat():
    text = (
        "News\n\nThe Brayton Food Partnership met on Monday. The meeting was chaired by "
        "Moira Kettle.\n"
    )
    assert not _rows(text, {"MEMBER_OF"})


# working together


def test_cofounders_collaborate_not_with_what_they_founded():
    text = "News\n\nAnwen Price co-founded Hollins Book Bank with Ruth Okafor in 2015.\n"
    found = _collab(text)
    assert frozenset({"Anwen Price", "Ruth Okafor"}) in found
    assert frozenset({"Anwen Price", "Hollins Book Bank"}) not in found


def test_working_with_students_from_a_college_is_working_with_the_college():
    text = "News\n\nStoke Dale Wildlife Group teamed up with pupils from Amberley School.\n"
    assert frozenset({"Stoke Dale Wildlife Group", "Amberley School"}) in _collab(text)


def test_working_with_members_of_a_club_is_no_membership():
    text = "News\n\nStoke Dale Wildlife Group worked with members of Dunmere Rotary.\n"
    seed = extract_text(text, path="page.txt")
    assert ("Stoke Dale Wildlife Group", "Dunmere Rotary") not in pairs(seed, "MEMBER_OF")
    assert frozenset({"Stoke Dale Wildlife Group", "Dunmere Rotary"}) in _collab(text)


def test_the_two_charities_named_before_worked_together():
    text = (
        "News\n\nBellhouse Carers Trust and the Fernley Stroke Club opened a joint office. "
        "The two charities have shared volunteers for years and have worked together "
        "on outings.\n"
    )
    assert frozenset({"Bellhouse Carers Trust", "Fernley Stroke Club"}) in _collab(text)


def test_the_two_charities_raising_money_are_no_collaborators():
    text = (
        "News\n\nBellhouse Carers Trust and the Fernley Stroke Club held stalls. "
        "The two charities raised £300 each.\n"
    )
    assert not _collab(text)


def test_each_subject_before_have_worked_with():
    text = "News\n\nLowry Arts and the Pinfold Trust have worked closely with Kelham Arts Trust.\n"
    found = _collab(text)
    assert frozenset({"Lowry Arts", "Kelham Arts Trust"}) in found
    assert frozenset({"Pinfold Trust", "Kelham Arts Trust"}) in found


def test_a_possessive_owner_is_not_the_one_who_worked_with():
    text = "News\n\nPinfold Trust's Omar Vance worked with Kelham Arts Trust.\n"
    found = _collab(text)
    assert frozenset({"Omar Vance", "Kelham Arts Trust"}) in found
    assert frozenset({"Pinfold Trust", "Kelham Arts Trust"}) not in found


def test_a_collaboration_between_the_two_groups_and_a_third():
    text = (
        "News\n\nHarrow Vale Cyclists and the Mere Bank Trust repaired the bridleway. "
        "The repairs were part of Open Paths, a collaboration between the two groups and "
        "the 2nd Cleve Scouts.\n"
    )
    found = _collab(text)
    assert frozenset({"Harrow Vale Cyclists", "2nd Cleve Scouts"}) in found
    assert frozenset({"Mere Bank Trust", "2nd Cleve Scouts"}) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Moira Kettle, chair of the Brayton Forum, said she looked forward to working with "
        "Kelham Arts Trust.",
        "The Brayton Forum hopes to work with Kelham Arts Trust next year.",
    ],
)
def test_a_wish_to_work_together_is_no_collaboration(sentence):
    assert not _collab(f"News\n\n{sentence}\n")


@pytest.mark.parametrize(
    "sentence, pair",
    [
        (
            "The banner was stitched by Greta Moss with the help of Holt Lane Quilters.",
            {"Greta Moss", "Holt Lane Quilters"},
        ),
        (
            "With help from Pinfold Trust, Lowry Arts has restored the bandstand.",
            {"Lowry Arts", "Pinfold Trust"},
        ),
        (
            "The fair was a joint effort between Lowry Arts and Pinfold Trust.",
            {"Lowry Arts", "Pinfold Trust"},
        ),
        (
            "Lowry Arts linked up with Pinfold Trust for the winter appeal.",
            {"Lowry Arts", "Pinfold Trust"},
        ),
    ],
)
def test_help_given_and_joint_efforts_are_working_together(sentence, pair):
    assert frozenset(pair) in _collab(f"News\n\n{sentence}\n")


def test_help_from_a_grant_is_no_collaboration():
    text = (
        "News\n\nLowry Arts restored the bandstand with the help of a grant from Pinfold Trust.\n"
    )
    assert frozenset({"Lowry Arts", "Pinfold Trust"}) not in _collab(text)


def test_people_welcomed_to_our_board_hold_seats_at_the_pages_body():
    text = (
        "Two new trustees\n\nWe are pleased to welcome Greta Moss and Omar Vance to our board "
        "of trustees. Pinfold Trust has run the Pinfold lunch club since 1998, and Pinfold "
        "Trust also runs a befriending service.\n"
    )
    found = _rows(text, {"MEMBER_OF"})
    assert ("Greta Moss", "MEMBER_OF", "Pinfold Trust", "trustee") in found
    assert ("Omar Vance", "MEMBER_OF", "Pinfold Trust", "trustee") in found


def test_a_welcome_to_a_board_meeting_is_no_seat():
    text = (
        "News\n\nWe welcomed Greta Moss to our board meeting in May. Pinfold Trust runs a "
        "lunch club, and Pinfold Trust also runs a befriending service.\n"
    )
    assert not _rows(text, {"MEMBER_OF"})


def test_help_with_an_event_put_on_by_a_body_is_no_collaboration():
    text = "News\n\nThe summer fete was organised by Pinfold Trust with help from Lowry Arts.\n"
    assert frozenset({"Lowry Arts", "Pinfold Trust"}) not in _collab(text)


def test_a_person_who_joined_a_charity_is_not_thereby_its_member():
    text = "News\n\nGreta Moss joined Pinfold Trust in 2019 after ten years in banking.\n"
    assert not _rows(text, {"MEMBER_OF"})


def test_a_person_who_joined_a_network_or_a_society_is_a_member():
    for body in ("Dunmere Carers Network", "Dunmere Civic Society"):
        text = f"News\n\nGreta Moss joined the {body} in 2019.\n"
        assert ("Greta Moss", "MEMBER_OF", body, "member") in _rows(text, {"MEMBER_OF"})


def test_our_members_listed_on_a_networks_page_are_its_members():
    text = (
        "Hessle Advice Network\n\nThe Hessle Advice Network links advice services across "
        "the valley.\n\nOur members:\n\n- Tideway Legal Help\n- Crossley Credit Union\n"
        "- Amberley Citizens Advice\n\nContact us to join.\n"
    )
    found = pairs(extract_text(text, path="page.txt"), "MEMBER_OF")
    for body in ("Tideway Legal Help", "Crossley Credit Union", "Amberley Citizens Advice"):
        assert (body, "Hessle Advice Network") in found


def test_a_fronted_as_a_member_of_phrase_is_about_the_subject_after_it():
    text = (
        "News\n\nAs members of the Selby Heritage Alliance, Lowry Arts and Pinfold Trust "
        "ran a stall.\n"
    )
    found = pairs(extract_text(text, path="page.txt"), "MEMBER_OF")
    assert ("Lowry Arts", "Selby Heritage Alliance") in found
    assert ("Pinfold Trust", "Selby Heritage Alliance") in found


def test_board_members_listed_beside_bracketed_posts_sit_at_the_body_named_before():
    text = (
        "Our board\n\nTidewell Community Land Trust is governed by volunteers.\n\n"
        "Board members: Ines Harker (Chair), Tobias Wren, Greta Moss (Treasurer), Omar Vance.\n"
    )
    found = _rows(text, {"MEMBER_OF"})
    for who in ("Tobias Wren", "Omar Vance"):
        assert (who, "MEMBER_OF", "Tidewell Community Land Trust", "board member") in found
