"""A body's meeting the page names by its kind alone ("the April meeting", "our 50th
AGM", "our spring network meeting") is named after the body that held it, as a reader
names it; the body is the one the title names when no one else is said to hold it."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.meeting_forms import meeting_words
from tests.extract.reading import events_by_name, pairs


def test_meeting_words():
    for name in ("April meeting", "50th AGM", "quarterly meeting", "Annual General Meeting"):
        assert meeting_words(name)
    for name in ("Kelby Forum meeting", "Spring Fair", "Harvest supper", "network meeting"):
        assert not meeting_words(name)


def test_a_minutes_title_names_the_body_whose_month_meeting_it_was():
    seed = extract_text(
        "Minutes in brief: Orton Parish Council, June meeting\n\n"
        "The meeting was held on 9 June 2031 in the Wren Room, Orton Village Hall. "
        "Present: Cllr Ada Foss (Chair), Cllr Jo Tern.\n\n"
        "The council agreed a grant of £500 to Orton Cricket Club.\n"
    )
    assert "Orton Parish Council June meeting" in events_by_name(seed)
    assert ("Orton Parish Council", "Orton Parish Council June meeting") in pairs(seed, "ORGANISED")


def test_key_messages_from_a_board_name_its_meeting():
    seed = extract_text(
        "Headlines from the Fenby Health Partnership Board - May 2031\n\n"
        "These headlines are shared with partners after each meeting. The May meeting "
        "took place online on 4 May and was chaired by Dr Kim Rue.\n\n"
        "The board heard from Jo Tern about winter planning.\n"
    )
    (event,) = events_by_name(seed).values()
    assert "Fenby Health Partnership Board meeting" in {event["name"], *event.get("aliases", [])}
    assert ("Fenby Health Partnership Board", event["name"]) in pairs(seed, "ORGANISED")


def test_our_seasonal_network_meeting_drops_the_word_the_body_repeats():
    seed = extract_text(
        "Kelby Youth Workers' Network - meeting round-up\n\n"
        "Our autumn network meeting took place on 2 October 2031 at the Den Youth Centre, "
        "hosted by Kelby Youth Workers' Network.\n\n"
        "Jo Tern from Kelby Council spoke about the new youth fund.\n"
    )
    assert "Kelby Youth Workers' Network autumn meeting" in events_by_name(seed)


def test_a_title_naming_two_bodies_gives_the_meeting_no_holder():
    seed = extract_text(
        "Orton Parish Council and Fenby Town Council agree joint plan\n\n"
        "At the June meeting on 9 June 2031, councillors agreed to share a grants officer.\n"
    )
    organised = pairs(seed, "ORGANISED")
    assert not any(dst == "June meeting" for _, dst in organised)


def test_a_record_title_naming_a_body_is_a_record_of_its_meeting():
    for title in (
        "Notes from the Kelby Carers Forum, 4 June 2031",
        "Notes: Kelby Carers Forum, 4 June 2031",
        "Kelby Carers Forum - notes of meeting",
        "Kelby Carers Forum – summary of decisions",
    ):
        seed = extract_text(
            f"{title}\n\n"
            "Held at the Orton Room, Kelby Library. The meeting was chaired by Ada Foss.\n\n"
            "Jo Tern from Kelby Council gave an update on the carers' grants.\n"
        )
        assert "Kelby Carers Forum meeting" in events_by_name(seed), title
        assert ("Kelby Carers Forum", "Kelby Carers Forum meeting") in pairs(seed, "ORGANISED")


def test_titles_that_record_no_bodys_meeting():
    seed = extract_text(
        "Kelby Tenants Forum 2031: notes\n\n"
        "The Kelby Tenants Forum 2031 brought 200 people to the Corn Exchange on 4 June.\n"
    )
    assert "Kelby Tenants Forum 2031 meeting" not in events_by_name(seed)
    seed = extract_text(
        "Kelby Carers Forum elects new chair\n\n"
        "Members of the Kelby Carers Forum elected Ada Foss as chair on 4 June 2031.\n"
    )
    assert "Kelby Carers Forum meeting" not in events_by_name(seed)
