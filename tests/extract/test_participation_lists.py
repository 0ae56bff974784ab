"""Participation in lists and passives whose items are described: "joined by A,
leader of X, and B from Y", "opened by the Mayor of X, Cllr A", "awards were
presented by A", "exhibitors included X, Y and Z", "music from the X Band".
Every name below is made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import ruled
from tests.extract.reading import with_roles as _rels

_EVENT = "Marlow Vale Carers Fair 2031"
_PAGE = (
    f"{_EVENT}\n\n"
    f"The {_EVENT} took place on 4 May 2031 at the Corn Exchange, Marlow Vale. "
    "It was organised by Vale Carers Network.\n\n"
)


def _took_part(text: str) -> set[tuple[str, str, str | None]]:
    return _rels(ruled(extract_text(_PAGE + text + "\n", path="page.txt")), "PARTICIPATED_IN")


def _at_the_event_as(took_part: set[tuple[str, str, str | None]], role: str) -> set[str]:
    """Who took part in the page's event in `role`."""
    return {who for who, event, r in took_part if event == _EVENT and r == role}


def test_every_person_of_a_list_whose_first_item_has_a_post_at_a_body():
    for sentence in (
        "We were joined by Cllr Anna Okafor, leader of Dunholme Council, and Peter Varga "
        "from Brookside Residents Association.",
        "The fair was joined by Anna Okafor of Dunholme Council and Peter Varga.",
        "We heard from Anna Okafor, director at Elmstead Trust, and from Peter Varga.",
    ):
        took_part = {who for who, event, _ in _took_part(sentence) if event == _EVENT}
        assert {"Anna Okafor", "Peter Varga"} <= took_part, sentence
        assert not took_part & {"Dunholme Council", "Elmstead Trust"}, sentence


def test_the_person_named_after_a_title_of_a_place_opened_the_event():
    for sentence, role in (
        ("The fair was opened by the Mayor of Marlow Vale, Cllr Anna Okafor.", "speaker"),
        ("It was chaired by the Chief Executive of Elmstead Trust, Dr Peter Varga.", "chair"),
        ("The day was officially opened by the Lord Lieutenant of Kelbyshire, Anna Okafor.",
         "speaker"),
    ):  # fmt: skip
        took_part = _took_part(sentence)
        name = "Peter Varga" if "Peter" in sentence else "Anna Okafor"
        assert (name, _EVENT, role) in took_part, sentence
        assert not {who for who, _, _ in took_part} & {"Marlow Vale", "Elmstead Trust"}


def test_prizes_and_awards_presented_at_the_event():
    for sentence, name in (
        ("Awards were presented by local MP Anna Okafor.", "Anna Okafor"),
        ("Certificates were handed out by Cllr Peter Varga, chair of Dunholme Council.",
         "Peter Varga"),
        ("The prizes were given out by Anna Okafor.", "Anna Okafor"),
    ):  # fmt: skip
        took_part = {(who, event) for who, event, _ in _took_part(sentence)}
        assert (name, _EVENT) in took_part, sentence


def test_bodies_listed_as_exhibitors_or_stallholders():
    for sentence, role in (
        ("Exhibitors included Brookside Credit Union, Fernlea Housing and Vale Library "
         "Service.", "participant"),
        ("Stallholders on the day were Brookside Credit Union, Fernlea Housing and Vale "
         "Library Service.", "participant"),
        ("Our exhibitors: Brookside Credit Union, Fernlea Housing, Vale Library Service.",
         "participant"),
    ):  # fmt: skip
        took_part = _took_part(sentence)
        for body in ("Brookside Credit Union", "Fernlea Housing", "Vale Library Service"):
            assert (body, _EVENT, role) in took_part, sentence


def test_a_speaker_list_of_people_described_by_bodies_keeps_the_bodies_out():
    took_part = _took_part(
        "Speakers included Elmstead Trust's Anna Okafor and Peter Varga of Fernlea Housing."
    )
    assert {("Anna Okafor", _EVENT, "speaker"), ("Peter Varga", _EVENT, "speaker")} <= took_part
    assert not {who for who, _, _ in took_part} & {"Elmstead Trust", "Fernlea Housing"}


def test_performers_at_the_event():
    for sentence in (
        "There were performances from the Vale Community Choir and Brookside Ukulele Band.",
        "Music came from the Vale Community Choir and Brookside Ukulele Band.",
        "Entertainment was provided by the Vale Community Choir and Brookside Ukulele Band.",
    ):
        took_part = _took_part(sentence)
        for body in ("Vale Community Choir", "Brookside Ukulele Band"):
            assert (body, _EVENT, "participant") in took_part, sentence  # performers


def test_music_from_a_decade_is_no_performer():
    took_part = _took_part("Music from the 1960s played all afternoon.")
    assert not took_part


def test_attended_then_a_list_of_who():
    for sentence in (
        "Around 60 councillors attended, including Anna Okafor and Peter Varga.",
        "Many local MPs came along, among them Anna Okafor and Peter Varga.",
    ):
        took_part = {(who, event) for who, event, _ in _took_part(sentence)}
        assert {("Anna Okafor", _EVENT), ("Peter Varga", _EVENT)} <= took_part, sentence


def test_joined_an_event_a_noun_names():
    for sentence in (
        "Housing minister Anna Okafor joined the fair in the afternoon.",
        "Peter Varga, chief executive of Fernlea Housing, joined the discussion.",
    ):
        took_part = {(who, event) for who, event, _ in _took_part(sentence)}
        name = "Peter Varga" if "Peter" in sentence else "Anna Okafor"
        assert (name, _EVENT) in took_part, sentence


def test_joining_a_board_is_no_participation():
    took_part = _took_part("Peter Varga joined the board of Fernlea Housing in 2029.")
    assert not {who for who, _, _ in took_part} & {"Peter Varga"}


def test_opening_a_building_named_with_an_event_word_is_no_talk():
    took_part = _took_part("Anna Okafor opened the day centre in 2020.")
    assert not {who for who, _, _ in took_part} & {"Anna Okafor"}


def test_opened_by_a_post_at_a_body_named_by_a_common_noun():
    took_part = _took_part("It was opened by the Leader of the Council, Cllr Peter Varga.")
    assert ("Peter Varga", _EVENT, "speaker") in took_part


def test_groups_joining_the_event():
    took_part = _took_part(
        "Other groups joining the fair included Brookside Scouts and Fernlea Housing."
    )
    assert {
        ("Brookside Scouts", _EVENT, "participant"),
        ("Fernlea Housing", _EVENT, "participant"),
    } <= took_part


def test_spoke_alongside_another_speaker():
    took_part = _took_part(
        "Anna Okafor spoke on a panel about respite care alongside Peter Varga of Fernlea Housing."
    )
    assert {("Anna Okafor", _EVENT, "speaker"), ("Peter Varga", _EVENT, "speaker")} <= took_part
    assert not {who for who, _, _ in took_part} & {"Fernlea Housing"}


def _organised(text: str) -> set[tuple[str, str, str | None]]:
    return _rels(extract_text(_PAGE + text + "\n", path="page.txt"), "ORGANISED")


def test_bodies_that_organised_the_event_in_other_words():
    for sentence, bodies in (
        ("Thank you to Fernlea Housing and Brookside Scouts for organising the day.",
         {"Fernlea Housing", "Brookside Scouts"}),
        ("The fair was put on by Fernlea Housing.", {"Fernlea Housing"}),
        ("The day's organisers, Fernlea Housing, said it was the best yet.", {"Fernlea Housing"}),
        ("It was the best fair yet, said organisers Fernlea Housing.", {"Fernlea Housing"}),
        ("Fernlea Housing, the organisers of the fair, counted 300 visitors.",
         {"Fernlea Housing"}),
    ):  # fmt: skip
        organised = {who for who, event, _ in _organised(sentence) if event == _EVENT}
        assert bodies <= organised, sentence


def test_thanks_for_organising_to_a_person_or_for_something_else():
    organised = {who for who, _, _ in _organised(
        "Thank you to Fernlea Housing for the tea and to Anna Okafor for organising the raffle."
    )}  # fmt: skip
    assert "Fernlea Housing" not in organised


def test_a_panel_which_included_people_lists_its_first_member_too():
    took_part = _took_part(
        "The audience listened to presentations from a panel of experts, which included "
        "Anna Okafor, a consultant from Dunholme; Peter Varga and Ruth Lamb from Elmstead Trust."
    )
    panellists = _at_the_event_as(took_part, "panellist")
    assert panellists == {"Anna Okafor", "Peter Varga", "Ruth Lamb"}


def test_the_people_a_guest_was_introduced_to_attended():
    took_part = _took_part(
        "The Mayor was introduced to volunteer Anna Okafor, who runs the tea stall, and young "
        "carer, Peter Varga, who was being shown the new sensory room."
    )
    attended = _at_the_event_as(took_part, "attendee")
    assert {"Anna Okafor", "Peter Varga"} <= attended


def test_a_first_name_after_a_lower_case_description_is_heard_from():
    took_part = _took_part("We heard from tenant Anna Okafor and Peter Varga.")
    spoke = _at_the_event_as(took_part, "speaker")
    assert {"Anna Okafor", "Peter Varga"} <= spoke


def test_what_was_heard_then_from_whom_names_the_speakers():
    for sentence, speakers in (
        ("Over 150 carers turned out to hear an update on the Vale Carers Plan from Anna "
         "Okafor, director at Elmstead Trust, and Peter Varga.", {"Anna Okafor", "Peter Varga"}),
        ("Visitors heard a talk about respite breaks from Jane Doe.", {"Jane Doe"}),
    ):  # fmt: skip
        spoke = _at_the_event_as(_took_part(sentence), "speaker")
        assert speakers <= spoke, spoke


def test_speakers_like_a_person_spoke():
    took_part = _took_part(
        "The day featured speakers like Anna Okafor from Elmstead Trust and Peter Varga."
    )
    assert {("Anna Okafor", _EVENT, "speaker"), ("Peter Varga", _EVENT, "speaker")} <= took_part
    assert not {who for who, _, _ in took_part} & {"Elmstead Trust"}


def test_welcomed_as_the_first_guest_speaker_of_the_afternoon_spoke():
    took_part = _took_part(
        "Anna Okafor, Chief Executive of Elmstead Trust, was then welcomed to the stage as the "
        "first guest speaker of the afternoon. Peter Varga joined us as a guest speaker."
    )
    spoke = _at_the_event_as(took_part, "speaker")
    assert {"Anna Okafor", "Peter Varga"} <= spoke
    assert "Elmstead Trust" not in spoke


def test_the_chair_was_and_our_host_for_the_evening_was_a_person():
    took_part = _took_part(
        "The Chair was Councillor Anna Okafor, Chair of Dunholme Council. "
        "Our host for the evening was Peter Varga."
    )
    assert {("Anna Okafor", _EVENT, "chair"), ("Peter Varga", _EVENT, "chair")} <= took_part


def test_the_chair_of_a_board_who_spoke_of_the_event_did_not_chair_it():
    took_part = _took_part(
        "The chair of the board, Anna Okafor, said the fair was a success. "
        "The chair was appointed in 2029."
    )
    assert ("Anna Okafor", _EVENT, "chair") not in took_part


def test_a_club_named_circle_listed_with_bodies_is_a_body_not_the_event():
    seed = extract_text(
        "2031 Project Launch 17th March 2031\n\nThirty people attended the launch.\n\n"
        "Thank you to everyone who turned up including representatives of Dalby CVS,"
        " Ayton Art Circle, and the Kestrel Centre.\n"
    )
    assert [e["name"] for e in seed["entities"] if e["type"] == "Event"] == ["2031 Project Launch"]


def test_the_shortlisted_bodies_of_an_awards_night_took_part_in_it():
    page = (
        "Westshire Youth Awards 2031\n\n"
        "The Westshire Youth Awards 2031 were held at Dalby Hall last night.\n\n"
        "In the Best Newcomer category, Northtown Youth Theatre took the award. Shortlisted "
        "organisations in this category included Dalby Scouts and the Kelby Sea Cadets.\n\n"
        "The two other shortlisted groups were Fenby Youth Football and Northtown Girls "
        "Network.\n"
    )
    took_part = _rels(ruled(extract_text(page, path="awards.txt")), "PARTICIPATED_IN")
    shortlisted = {who for who, event, role in took_part if role == "shortlisted"}
    assert shortlisted == {
        "Dalby Scouts",
        "Kelby Sea Cadets",
        "Fenby Youth Football",
        "Northtown Girls Network",
    }
    assert {event for _, event, _ in took_part} == {"Westshire Youth Awards 2031"}
