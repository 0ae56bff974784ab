"""A page whose event is called only "the event": it is named as the page
describes it elsewhere (where its first sentences place it, or the name its
address gives it), never "Event"; "event" stays one of its names."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, with_roles


def _event(seed: dict) -> dict:
    found = events(seed)
    assert found, seed["entities"]
    return found[0]


def test_the_event_is_named_after_the_reception_the_page_places():
    seed = extract_text(
        "Last Friday the Mayor welcomed sixty guests to a reception at Kelby Guildhall.\n\n"
        "The event was held to thank the volunteers of Dalby Foodbank. Guests heard a "
        "speech by Ada Brook of the foodbank.\n"
    )
    event = _event(seed)
    assert event["name"] == "Reception at Kelby Guildhall"
    assert "event" in event.get("aliases", [])
    assert ("Ada Brook", "Reception at Kelby Guildhall", "speaker") in with_roles(
        seed, "PARTICIPATED_IN"
    )


def test_the_event_is_named_after_where_it_was_held():
    seed = extract_text(
        "Our volunteers were celebrated at an event in Northtown Library this week.\n\n"
        "The event showed how much the library depends on them. Bram Keel, Chief "
        "Executive of Northtown Reading Trust, spoke about the new reading scheme.\n"
    )
    assert _event(seed)["name"] == "Event in Northtown Library"


def test_the_event_is_named_as_the_address_names_it():
    seed = extract_text(
        "---\nurl: https://example.org/westmoor-village-awards-event-honouring-local-"
        "heroes/\n---\n\n"
        "The event recognised twelve groups and volunteers from across the county.\n\n"
        "Ada Brook, Chief Executive of Westmoor Rural Action, said the Westmoor Village "
        "Awards showed how much people give.\n"
    )
    event = _event(seed)
    assert event["name"] == "Westmoor Village Awards"
    assert "event" in event.get("aliases", [])


def test_an_address_naming_words_the_page_never_writes_names_nothing():
    seed = extract_text(
        "---\nurl: https://example.org/big-spring-gathering-event-for-carers/\n---\n\n"
        "The event brought forty carers together in Dalby.\n\n"
        "Ada Brook, Chief Executive of Dalby Carers Network, thanked everyone who came.\n"
    )
    assert all(e["name"] != "Big Spring Gathering" for e in events(seed))


def test_a_headline_verb_of_holding_is_no_word_of_the_events_name():
    for verb in ("hosts", "holds"):
        seed = extract_text(
            f"Mayor {verb} reception to thank young carers\n\n"
            "The Mayor welcomed forty young carers to a reception at Northtown Guildhall.\n\n"
            "Ada Brook, Chief Executive of Northtown Carers, thanked the Mayor.\n"
        )
        names = [e["name"] for e in events(seed)]
        assert names and not any(verb in n.split() for n in names), names


def test_a_question_heading_in_capitals_is_no_part_of_the_events_name():
    seed = extract_text(
        "Our trip to the Kelby Carers Summit 2031\n\n"
        "The annual Kelby Carers Summit was due to start at 11am in Dalby.\n\n"
        "WHAT EXACTLY IS A KELBY CARERS SUMMIT, ANYWAY?\n\n"
        "It is a day where carers meet. Ada Brook, Chief Executive of Kelby Carers, "
        "spoke first.\n"
    )
    forms = [n for e in events(seed) for n in (e["name"], *e.get("aliases", []))]
    assert forms and not any("EXACTLY" in f.upper().split() for f in forms), forms


def test_the_event_is_named_after_the_opening_the_first_sentences_tell():
    for opening, takes_part in (
        ("Jane Doe, the Mayor of Kelby, yesterday cut the ribbon to officially open the "
         "Dalby Community Centre.", "Jane Doe"),
        ("The Dalby Community Centre was opened by Ada Brook on Friday.", "Ada Brook"),
        # who opened it is the person named before the post, not the body after it
        ("Jane Doe leader of Kelby Council yesterday cut the ribbon to officially open the "
         "Dalby Community Centre.", "Jane Doe"),
    ):  # fmt: skip
        seed = extract_text(
            f"{opening}\nThe event was watched by many residents and "
            "Bram Keel, chair of Dalby Residents Association, then welcomed everyone in.\n"
        )
        event = _event(seed)
        assert event["name"] != "Event"
        forms = {event["name"], *event.get("aliases", [])}
        # a reader leaves off the article before the name of what was opened
        assert "Opening of Dalby Community Centre" in forms, forms
        assert "event" in forms
        assert "Kelby Council" not in {w for w, _, _ in with_roles(seed, "PARTICIPATED_IN")}
        assert (takes_part, event["name"]) in {
            (w, e) for w, e, _ in with_roles(seed, "PARTICIPATED_IN")
        }, with_roles(seed, "PARTICIPATED_IN")


def test_the_event_is_named_after_a_visit_the_first_sentences_tell():
    seed = extract_text(
        "Jane Doe MP visited the Kelby Food Pantry on Monday to meet "
        "its volunteers.\nThe event was attended by twenty local residents.\n"
    )
    forms = {n for e in events(seed) for n in (e["name"], *e.get("aliases", []))}
    assert "Visit to Kelby Food Pantry" in forms, forms
    assert all(e["name"] != "Event" for e in events(seed))
