"""Seats and members (MEMBER_OF) said of a body the sentence names only by "we",
"it", "the charity", "both organisations": the body the page or the last
sentences were about. All names and sentences are made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles


def _members(text: str) -> set[tuple[str, str, str | None]]:
    return with_roles(extract_text(text + "\n", path="news.txt"), "MEMBER_OF")


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, b, _ in _members(text)}


def test_we_are_a_member_is_the_page_body():
    assert ("Kelby Mind", "Fenby Mental Health Alliance") in _pairs(
        "About us\n\nKelby Mind supports people across Fenby.\n\n"
        "We are a member of the Fenby Mental Health Alliance."
    )


def test_it_is_a_member_is_the_body_the_last_sentence_was_about():
    assert ("Orrin Credit Union", "Westmoor Money Network") in _pairs(
        "Orrin Credit Union lends to people across Westmoor. It has been a member of "
        "the Westmoor Money Network since 2019."
    )


def test_the_head_word_of_a_body_with_a_second_verb():
    assert ("Kelby Men's Shed", "Fenby Sheds Association") in _pairs(
        "Kelby Men's Shed meets every week in Fenby.\n\nThe shed also runs a repair "
        "cafe with Fenby Library, and is a member of the Fenby Sheds Association."
    )


def test_a_generic_noun_is_the_body_the_last_sentence_opened_with():
    assert ("Tarn Foods Ltd", "Fenby Nature Partnership") in _pairs(
        "Tarn Foods Ltd, the Orrin bakery, has chosen Fenby Wildlife Trust as its charity "
        "partner.\n\nThe company has also signed up "
        "as a corporate member of the Fenby Nature Partnership."
    )


def test_both_organisations_are_the_two_named_before():
    pairs = _pairs(
        "Kelby Advice and the Orrin Money Centre are to merge in April.\n\n"
        "Both organisations are members of the Westmoor Advice Partnership."
    )
    assert {
        ("Kelby Advice", "Westmoor Advice Partnership"),
        ("Orrin Money Centre", "Westmoor Advice Partnership"),
    } <= pairs


def test_one_of_a_counted_membership():
    assert ("Fenby Pantry", "Orrin Food Alliance") in _pairs(
        "Fenby Pantry opened a second hub this spring. It is one of fourteen members "
        "of the Orrin Food Alliance."
    )


def test_a_body_named_as_object_is_not_a_member_said_of_it():
    pairs = _pairs(
        "Kelby Advice opened an office in Fenby. It was welcomed by Fenby Council, "
        "a member of the Westmoor Health Partnership."
    )
    assert ("Kelby Advice", "Westmoor Health Partnership") not in pairs


def test_thanking_members_is_not_membership():
    pairs = _pairs(
        "Kelby Advice opened an office in Fenby. It thanked the members of the "
        "Westmoor Health Partnership for their help."
    )
    assert ("Kelby Advice", "Westmoor Health Partnership") not in pairs


def test_people_who_joined_its_board_of_trustees():
    members = _members(
        "Orrin Hospice is pleased to say that Jo Tern, Ada Foss and Ben Moor have joined "
        "its board of trustees."
    )
    assert {
        ("Jo Tern", "Orrin Hospice", "trustee"),
        ("Ada Foss", "Orrin Hospice", "trustee"),
        ("Ben Moor", "Orrin Hospice", "trustee"),
    } <= members


def test_joined_our_board_is_the_page_body():
    assert ("Jo Tern", "Kelby Hospice") in _pairs(
        "About us\n\nKelby Hospice cares for people in Fenby. Jo Tern joined our board in 2021."
    )


def test_its_board_meeting_is_no_seat():
    pairs = _pairs("Kelby Hospice said that Jo Tern had joined its board meeting in May.")
    assert ("Jo Tern", "Kelby Hospice") not in pairs


def test_a_board_named_whole_after_appointed_sits_or_represents():
    for text in (
        "Ada Foss has been appointed to the Westmoor Health and Wellbeing Board.",
        "Ada Foss sits on the new Westmoor Civic Partnership Board.",
        "Ada Foss also represents the voluntary sector on the Westmoor Health and Wellbeing Board.",
        "Ada Foss will serve on the Westmoor Health and Wellbeing Board from May.",
    ):
        bodies = {b for a, b in _pairs(text) if a == "Ada Foss"}
        assert bodies and all(b.startswith("Westmoor") for b in bodies), text


def test_a_board_post_after_as_is_the_seat():
    assert ("Ada Foss", "Westmoor Health Board", "chair") in _members(
        "Ada Foss was appointed to the Westmoor Health Board as its chair."
    )
    assert ("Ada Foss", "Kelby Trust", "treasurer") in _members(
        "Ada Foss has been co-opted onto Kelby Trust's board as treasurer."
    )


def test_a_job_at_a_board_is_no_seat():
    pairs = _pairs("Ada Foss was appointed to the Westmoor Health Board as chief executive.")
    assert ("Ada Foss", "Westmoor Health Board") not in pairs


def test_a_council_owning_a_post_is_not_the_one_seated():
    pairs = _pairs("Orrin Council leader appointed to Westmoor Growth Board")
    assert not any(a.startswith("Orrin") for a, _ in pairs)


def test_bodies_alongside_a_seat_hold_one_too():
    pairs = _pairs(
        "About us\n\nKelby Carers Trust supports carers in Fenby. We are a member of the "
        "Fenby Carers Partnership, alongside Tarn Care, Fenby Young Carers and Fenby "
        "Parent Forum."
    )
    assert {
        ("Kelby Carers Trust", "Fenby Carers Partnership"),
        ("Tarn Care", "Fenby Carers Partnership"),
        ("Fenby Young Carers", "Fenby Carers Partnership"),
        ("Fenby Parent Forum", "Fenby Carers Partnership"),
    } <= pairs


def test_a_body_alongside_on_a_board_named_whole():
    pairs = _pairs(
        "Kelby Advice will sit on the new Westmoor Civic Partnership Board alongside "
        "Westmoor Chamber of Commerce."
    )
    assert {
        ("Kelby Advice", "Westmoor Civic Partnership Board"),
        ("Westmoor Chamber of Commerce", "Westmoor Civic Partnership Board"),
    } <= pairs


def test_working_alongside_someone_is_no_seat():
    pairs = _pairs(
        "Jo Tern is a trustee of Kelby Trust. She works alongside Ada Foss at Westmoor "
        "Carers Centre."
    )
    assert not any(a == "Ada Foss" for a, _ in pairs)


def test_alongside_with_no_seat_read_gives_none():
    pairs = _pairs("Kelby Advice ran the stall alongside Tarn Care and Fenby Young Carers.")
    assert not pairs


def test_the_board_is_the_board_of_the_body_the_page_is_about():
    for text, role in (
        ("Ada Foss joined the board in 2019 and became treasurer last year.", "board member"),
        ("The board is chaired by Ada Foss.", "chair"),
        ("The board, chaired by Ada Foss, met in May.", "chair"),
        ("Ada Foss remains on the board of trustees as treasurer.", "treasurer"),
    ):
        members = _members(f"Kelby Community Transport runs minibuses in Fenby. {text}")
        assert ("Ada Foss", "Kelby Community Transport", role) in members, text


def test_who_has_chaired_the_board():
    assert ("Tariq Mahmood", "Kelby Community Transport", "chair") in _members(
        "Kelby Community Transport has elected Ruth Abernethy as chair of its board. She "
        "takes over from Tariq Mahmood, who has chaired the board since 2019."
    )


def test_a_board_that_is_a_body_itself():
    assert ("Ada Foss", "Westmoor Growth Board", "chair") in _members(
        "The Westmoor Growth Board met in May. The board is chaired by Ada Foss."
    )


def test_the_board_meeting_is_no_seat():
    pairs = _pairs(
        "Kelby Community Transport runs minibuses in Fenby. Ada Foss joined the board "
        "meeting in May."
    )
    assert ("Ada Foss", "Kelby Community Transport") not in pairs


_COUNTED = (
    "Kelby Wildlife Trust is pleased to welcome three new trustees, elected at our AGM "
    "in November.\n\n"
    "Dr Ada Foss is a marine ecologist at Fenby University.\n\n"
    "Ben Moor is a chartered accountant at Moor & Tarn LLP.\n\n"
)


def test_counted_seats_told_one_a_paragraph():
    members = _members(_COUNTED + "Jo Tern runs Seagrass Schools, an education project.")
    assert {
        ("Ada Foss", "Kelby Wildlife Trust", "trustee"),
        ("Ben Moor", "Kelby Wildlife Trust", "trustee"),
        ("Jo Tern", "Kelby Wildlife Trust", "trustee"),
    } <= {(a, b, (r or "").lower()) for a, b, r in members}


def test_a_paragraph_about_something_else_ends_the_run():
    pairs = _pairs(
        _COUNTED + "The trust also thanked its volunteers.\n\n"
        "Jo Tern runs Seagrass Schools, an education project."
    )
    assert not {p for p in pairs if p[0] in {"Ada Foss", "Ben Moor", "Jo Tern"}}


def test_the_agent_of_another_passive_is_not_chaired():
    pairs = _pairs(
        "The session was hosted by the Fenby Community Network and chaired by our "
        "director, Jo Tern."
    )
    assert ("Jo Tern", "Fenby Community Network") not in pairs
    assert ("Jo Tern", "Fenby Community Network", "chair") in _members(
        "The Fenby Community Network, chaired by Jo Tern, hosted the session."
    )


def test_members_acting_after_by_are_no_seat_of_the_subject():
    pairs = _pairs(
        "Ada Foss visited the theatre. She was shown round by young members of Kelby Youth Theatre."
    )
    assert ("Ada Foss", "Kelby Youth Theatre") not in pairs


def test_club_officers_sit_at_the_one_club_the_page_names():
    members = _members(
        "Club news: Fenby Lions AGM\n\n"
        "Fenby Lions held their annual general meeting at the Ship Inn on 2 March.\n\n"
        "President Cal Reed thanked members for a busy year, in which the club raised "
        "money for Fenby Hospice.\n\n"
        "Club secretary Jo Tern was re-elected, and Ada Foss takes over as treasurer."
    )
    assert ("Jo Tern", "Fenby Lions", "secretary") in {
        (a, b, (r or "").lower()) for a, b, r in members
    }


def test_a_listing_item_part_of_a_network():
    pairs = _pairs(
        "Advice in the Fenby area\n\nThis page lists local groups that can help.\n\n"
        "Fenby Money Advice\nFree advice on benefits and debt. Based at the Old Library, "
        "Fenby. Part of the Fenby Advice Network.\n\n"
        "Kelby Foodbank\nRuns from four centres. A member of the Tarn Food Network."
    )
    assert {
        ("Fenby Money Advice", "Fenby Advice Network"),
        ("Kelby Foodbank", "Tarn Food Network"),
    } <= pairs


def test_a_paragraph_with_no_heading_line_gives_no_item_body():
    pairs = _pairs(
        "Advice in the Fenby area\n\nWe met many groups this year, Kelby Foodbank among "
        "them.\n\nPart of the Tarn Food Network, the van visits every week."
    )
    assert ("Kelby Foodbank", "Tarn Food Network") not in pairs


def test_bodies_that_set_up_a_body_with_members_are_its_members():
    pairs = _pairs(
        "Kelby Carers Centre and Fenby Voluntary Service have set up the Connected Fenby "
        "Alliance to tackle loneliness."
    )
    assert {
        ("Kelby Carers Centre", "Connected Fenby Alliance"),
        ("Fenby Voluntary Service", "Connected Fenby Alliance"),
    } <= pairs


def test_bodies_setting_up_a_body_with_members_are_its_members():
    pairs = _pairs(
        "Kelby Housing Trust and Fenby Council for Voluntary Service are setting up "
        "the Orton Food Network this spring."
    )
    assert {
        ("Kelby Housing Trust", "Orton Food Network"),
        ("Fenby Council for Voluntary Service", "Orton Food Network"),
    } <= pairs


def test_setting_up_a_body_without_members_is_no_membership():
    pairs = _pairs("Kelby Carers Centre and Fenby Voluntary Service have set up Fenby Lunch Club.")
    assert not any(b == "Fenby Lunch Club" for _, b in pairs)


def test_people_founding_a_network_are_not_read_as_bodies():
    members = _members("Jo Tern and Ada Foss set up the Fenby Walking Network in 2019.")
    assert not any(r == "member" for _, _, r in members)
