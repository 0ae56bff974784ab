"""Who was at the page's event without speaking: "among the delegates", "in
attendance", "Also attending were", "Guests included", "spent the day at the
summit", "came along", bodies people came from; a seat on a panel is not a
panellist, and nobody is placed at an event the page is not about."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import SUMMIT as _EVENT
from tests.extract.reading import SUMMIT_PAGE as _HEAD
from tests.extract.reading import at_summit as _at_event
from tests.extract.reading import ruled, with_roles


@pytest.mark.parametrize(
    ("sentence", "attendees"),
    [
        ("Jane Doe of Keyline Homes was among the 200 delegates.", {"Jane Doe"}),
        ("Local dignitaries, including Cllr Ann Pell and Dan Reeve MP, were also in attendance.",
         {"Ann Pell", "Dan Reeve"}),
        ("Also attending were Jane Doe and Tom Ray.", {"Jane Doe", "Tom Ray"}),
        ("Guests included the Mayor of Fenby, Cllr Ann Pell, and Professor Tom Ray.",
         {"Ann Pell", "Tom Ray"}),
        ("Our tenant panel chair, Ella Moss, spent the day at the summit.", {"Ella Moss"}),
        ("Jane Doe and Tom Ray came along to find out more.", {"Jane Doe", "Tom Ray"}),
        ("Tenants from Greenway Living joined more than 200 others at the summit.",
         {"Greenway Living"}),
    ],
)  # fmt: skip
def test_people_and_bodies_at_the_event_attended_it(sentence, attendees):
    assert _at_event(sentence) == {(who, "attendee") for who in attendees}


def test_being_somewhere_else_is_not_attending():
    assert not _at_event(
        "Jane Doe was among the first tenants to move in. Tom Ray spent the day at the "
        "Fenby Food Bank. The summit was held at the Lantern Rooms."
    )


def test_no_event_nobody_attends():
    seed = extract_text(
        "Keyline Homes appoints a new director\n\n"
        "Jane Doe was among the 200 applicants. Tom Ray came along to the interviews.\n"
    )
    assert not with_roles(seed, "PARTICIPATED_IN")


def test_a_line_naming_only_people_is_a_caption_of_those_at_the_event():
    assert _at_event("Jane Doe, Professor Tom Ray OBE DL, Ella Moss, Dr Dan Reeve.") == {
        (who, "attendee") for who in ("Jane Doe", "Tom Ray", "Ella Moss", "Dan Reeve")
    }


def test_names_in_a_sentence_or_a_short_pair_are_no_caption():
    assert not _at_event("Jane Doe, Tom Ray and Ella Moss wrote the Fenby housing report.")
    assert not _at_event("Jane Doe and Tom Ray.")


def test_a_line_of_names_on_a_page_about_no_event_is_no_caption():
    seed = extract_text(
        "Keyline Homes appoints a new director\n\n"
        "Jane Doe, Professor Tom Ray OBE, Ella Moss, Dr Dan Reeve.\n\n"
        "Keyline Homes has appointed Jane Doe as its new director.\n"
    )
    assert not with_roles(seed, "PARTICIPATED_IN")


def test_those_named_along_with_us_were_at_the_event():
    assert _at_event(
        "Along with our partners: Keyline Homes, Fenby Trust and Jane Doe, we squeezed into "
        "a room filled with computers."
    ) == {(who, "attendee") for who in ("Keyline Homes", "Fenby Trust", "Jane Doe")}


def test_those_we_hosted_the_event_with_did_not_just_attend_it():
    assert not _at_event("Together with Keyline Homes and Fenby Trust, we hosted the summit.")


def test_people_at_a_stand_or_running_a_stall_exhibited():
    assert _at_event(
        "Jane Doe, Policy Manager at Fenby Leisure, and Tom Ray championed our work throughout "
        "the day at a dedicated stand at the summit. Keyline Credit Union ran a stall."
    ) == {(who, "participant") for who in ("Jane Doe", "Tom Ray", "Keyline Credit Union")}


def test_standing_somewhere_is_not_exhibiting():
    assert not _at_event("Jane Doe stood at the door and Tom Ray sat at the table.")


@pytest.mark.parametrize(
    ("sentence", "attendees"),
    [
        ("We asked Jane Doe, Tenant Panel Chair at Keyline Homes, to share her experience of "
         "the Marlow Tenants Summit.", {"Jane Doe"}),
        ("Tom Ray and Ella Moss travelled from Fenby for the Marlow Tenants Summit.",
         {"Tom Ray", "Ella Moss"}),
    ],
)  # fmt: skip
def test_people_named_with_the_event_and_given_no_part_were_at_it(sentence, attendees):
    assert _at_event(sentence) == {(who, "attendee") for who in attendees}


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Doe chaired the Marlow Tenants Summit and thanked Tom Ray for his report.",
        "Tenants were thanked by the Mayor of Fenby, Cllr Ann Pell, at the Marlow Tenants Summit.",
        "The Marlow Tenants Summit heard an update on Jane Doe's first year in post.",
        'Tom Ray said: "The Marlow Tenants Summit is the best day of the year."',
        "Tom Ray and Ella Moss travelled from Fenby for the open day.",
        # a plan, an action or a notice tells nothing done: nobody was there by it
        "Action: Tom Ray and Ella Moss to draft the agenda for the Marlow Tenants Summit.",
        "Ella Moss: the Marlow Tenants Summit is on 22 May at Fenby Library.",
        "Tom Ray and Ella Moss will travel from Fenby for the Marlow Tenants Summit.",
    ],
)
def test_no_attendee_where_the_sentence_tells_another_part_or_no_presence(sentence):
    assert not {who for who, role in _at_event(sentence) if role == "attendee"}


def test_whoever_convened_the_event_is_not_an_attendee_of_it():
    seed = ruled(
        extract_text(
            _HEAD + "The Mayor of Fenby, Ann Pell, convened the Marlow Tenants Summit with "
            "local landlords.\n"
        )
    )
    assert ("Ann Pell", _EVENT, "attendee") not in with_roles(seed, "PARTICIPATED_IN")


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("The summit saw Keyline Homes and Fenby Trust sign a pledge on damp.",
         {"Keyline Homes", "Fenby Trust"}),
        ("The Marlow Tenants Summit sees Jane Doe and Tom Ray take questions from tenants.",
         {"Jane Doe", "Tom Ray"}),
    ],
)  # fmt: skip
def test_those_the_event_saw_doing_something_took_part(sentence, who):
    assert _at_event(sentence) >= {(w, "participant") for w in who}


def test_someone_who_saw_the_event_a_certain_way_took_no_part_by_that():
    assert not _at_event("Jane Doe saw the summit as a success for Keyline Homes.")


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        ("Officials from Westshire Council, the NHS, Ayton Mind, and other organisations"
         " recently attended the launch of the Dalby Wellbeing Hub.",
         {"Westshire Council", "Ayton Mind"}),
        ("Staff and volunteers from Kestrel Housing and Owl Carers Trust attended the launch of the"
         " Dalby Wellbeing Hub.", {"Kestrel Housing", "Owl Carers Trust"}),
    ],
)  # fmt: skip
def test_the_bodies_people_came_from_attended_the_launch(sentence, bodies):
    seed = extract_text(f"A new hub has opened in Dalby.\n\n{sentence}\n")
    (event,) = [e for e in seed["entities"] if e["type"] == "Event"]
    assert event["name"] == "Launch of the Dalby Wellbeing Hub"
    came = {who for who, to, role in with_roles(seed, "PARTICIPATED_IN") if role == "attendee"}
    assert came == bodies
    # what was launched did not organise its own launch
    assert not [r for r in seed["relations"] if r["type"] == "ORGANISED"]
