"""A page that opens on an event it does not name, with no title to name it by:
the event is named as the page describes it (its noun, and where it was held),
and those who spoke at it took part in it."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, with_roles


def test_a_conference_held_at_a_venue_is_named_after_the_venue():
    seed = extract_text(
        "A conference was held at the Northtown Corn Exchange on Saturday attended by "
        "about a hundred people. It opened with a talk by Ada Brook, Chief Executive of "
        "the Westshire Council for Voluntary Service.\n\n"
        "Bram Keel gave a local perspective on the new partnership.\n"
    )
    assert [e["name"] for e in events(seed)] == ["Conference at the Northtown Corn Exchange"]
    assert ("Ada Brook", "Conference at the Northtown Corn Exchange", "speaker") in with_roles(
        seed, "PARTICIPATED_IN"
    )


def test_a_meeting_held_in_a_hall_and_a_street_party_in_news_capitals():
    seed = extract_text(
        "A meeting was held in Dalby Village Hall last week to discuss the new bus route.\n\n"
        "Residents heard from the parish council.\n"
    )
    assert [e["name"] for e in events(seed)] == ["Meeting in Dalby Village Hall"]
    seed = extract_text(
        "A STREET party marked the opening of a new community centre in Northtown.\n\n"
        "Ada Brook, chair of Northtown Residents Association, said the centre was "
        "long overdue.\n"
    )
    assert [e["name"] for e in events(seed)] == ["Street party"]


def test_a_political_party_is_not_an_event():
    seed = extract_text(
        "The party has pledged to build new homes in Northtown.\n\n"
        "Ada Brook, leader of Westshire Council, welcomed the pledge.\n"
    )
    assert events(seed) == []


def test_a_headline_all_in_capitals_is_still_a_name():
    seed = extract_text(
        "WESTSHIRE CARERS SUMMIT\n\n"
        "Over 100 carers attended the summit in Northtown on Tuesday.\n\n"
        "Speakers included Ada Brook of Northtown Mind.\n"
    )
    assert [e["name"] for e in events(seed)] == ["Westshire Carers Summit"]


def test_an_event_presented_by_its_host_later_in_the_sentence():
    # not at the sentence's start, but "<noun> hosted/organised by <name>" presents it
    seed = extract_text(
        "Rural isolation was the main topic of a roundtable hosted by Northtown MP "
        "Ada Brook.\n\n"
        "Over 20 groups took part, and Bram Keel of Westshire Mind spoke about loneliness.\n"
    )
    assert [e["name"] for e in events(seed)] == ["Roundtable"]
    seed = extract_text(
        "Loneliness in later life was the subject of a seminar, organised by Professor "
        "Bram Keel of Northtown University.\n\n"
        "Ada Brook, chair of Westshire Carers Trust, thanked everyone who came.\n"
    )
    assert [e["name"] for e in events(seed)] == ["Seminar"]


def test_an_event_hosted_by_someone_but_still_to_come_is_not_the_pages():
    seed = extract_text(
        "Rural isolation will be the main topic of a roundtable hosted by Ada Brook "
        "next month.\n\n"
        "Groups are asked to send their questions to Westshire Council.\n"
    )
    assert events(seed) == []


def test_an_unnamed_event_the_page_places_is_named_after_its_venue():
    # after "a" inside the sentence, just before where it was held: the page's event
    seed = extract_text(
        "Twenty of our volunteers gathered with local campaigners last night at a "
        "special reception in Parliament to celebrate their work.\n\n"
        "Guests heard from Ada Brook, Chief Executive of Northtown Mind.\n"
    )
    assert [e["name"] for e in events(seed)] == ["Reception in Parliament"]
    assert "special reception in Parliament" in events(seed)[0]["aliases"]
    seed = extract_text(
        "The work of carers has been recognised as part of a special event held at "
        "Northtown Civic Hall on 27 May.\n\n"
        "Ada Brook, chair of Westshire Carers Trust, thanked everyone who came.\n"
    )
    assert [e["name"] for e in events(seed)] == ["Event at Northtown Civic Hall"]
    assert "special event held at Northtown Civic Hall" in events(seed)[0]["aliases"]


def test_an_unnamed_event_to_come_or_only_dated_is_not_the_page_event():
    seed = extract_text(
        "Our volunteers will gather next month at a reception in Parliament.\n\n"
        "Ada Brook, Chief Executive of Northtown Mind, is looking forward to it.\n"
    )
    assert events(seed) == []
    seed = extract_text(
        "The trust agreed its new plan at a meeting in March.\n\n"
        "Ada Brook, Chief Executive of Northtown Mind, welcomed the plan.\n"
    )
    assert events(seed) == []


def test_label_lines_before_the_body_are_no_headline():
    # "Date of event: ..." and "Report by: ..." lines over the body do not name the
    # page; an event it opens on without naming is still the page's event
    seed = extract_text(
        "Date of event: 08/07/31\n"
        "Venue: Northtown Exchange\n"
        "Report by: Ada Brook, Network Co-ordinator\n\n"
        "This was the first of our network meetings this year. The event was attended "
        "by over a dozen workers from projects across Westshire.\n\n"
        "The event included a talk by Bram Keel of Westshire Mind.\n"
    )
    assert [e["name"] for e in events(seed)] == ["Event"]
    seed = extract_text(
        "Posted by: Bram Keel\n\n"
        "A conference was held at the Dalby Corn Exchange on Saturday attended by about "
        "a hundred people.\n\n"
        "Ada Brook of Westshire Mind spoke about loneliness.\n"
    )
    assert [e["name"] for e in events(seed)] == ["Conference at the Dalby Corn Exchange"]
