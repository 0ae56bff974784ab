"""The page's meeting, discussion, panel, reception or awards event where the
headline, the address or the first sentences name it: a headline that is the
event's title ("Foo roundtable with Jane Doe", "Public Discussion on Housing"),
a title-case headline with its verb ("Foo Hosts Parliamentary Coffee Morning"),
and who took part in it."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import events as _events
from tests.extract.reading import pairs, ruled
from tests.extract.reading import with_roles as _rels


def test_a_headline_naming_a_discussion_and_its_subject_is_the_title():
    seed = extract_text(
        "Public Discussion on Rural Housing\n\n"
        "On May 4th at the Tollbridge Hall an audience of 60 people listened to presentations "
        "from a panel of experts, which included Mara Quell from the Dunmere Housing Trust and "
        "Osric Penn from Dunmere Tenants Union.\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Public Discussion on Rural Housing"
    took_part = {(who, to) for who, to, _ in _rels(seed, "PARTICIPATED_IN")}
    assert {("Mara Quell", event["name"]), ("Osric Penn", event["name"])} & took_part


def test_a_lower_case_discussion_in_the_text_is_no_event():
    seed = extract_text(
        "Dunmere Housing Trust annual report\n\n"
        "The board had a discussion on the budget for the year and agreed the plan.\n"
    )
    assert _events(seed) == []


def test_a_headline_naming_a_roundtable_with_its_guest_is_the_title():
    seed = extract_text(
        "Brightwire roundtable with Baroness Ada Lorne\n"
        "Bringing decision makers together with community leaders.\n"
        "This month we were joined for a roundtable discussion with Baroness Ada Lorne, chair "
        "of the Rural Access Committee.\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Brightwire roundtable with Baroness Ada Lorne"


def test_a_title_case_headline_hosting_a_coffee_morning():
    seed = extract_text(
        "Tollbridge Carers Network Hosts Successful Parliamentary Coffee Morning\n\n"
        "Last week, the Tollbridge Carers Network hosted a parliamentary coffee morning, "
        "bringing together carers to meet with MPs.\n\n"
        "Among the attendees were Ivo Strand MP and Delia Marr MP.\n"
    )
    (event,) = _events(seed)
    assert event["name"].lower().endswith("parliamentary coffee morning")
    assert "Tollbridge Carers Network" not in event["name"]
    took_part = {(who, to) for who, to, _ in _rels(seed, "PARTICIPATED_IN")}
    assert {("Ivo Strand", event["name"]), ("Delia Marr", event["name"])} <= took_part


def test_the_first_sentence_writes_the_addresss_awards_in_full():
    seed = extract_text(
        "Preparations for our 9th Annual Carer Awards Evening went very well with few last "
        "minute emergencies.\n\nAround 40 carers were nominated by their groups.\n",
        meta={"url": "https://example.org/2031/11/annual-carer-awards.html"},
    )
    (event,) = _events(seed)
    assert event["name"] == "9th Annual Carer Awards Evening"
    assert "Annual Carer Awards" in event.get("aliases", [])


def test_a_meeting_of_a_forum_is_named_as_the_page_says_it():
    seed = extract_text(
        "Tollbridge Healthwatch speaks up for patients\n\n"
        "Mara Quell, Director, Tollbridge Healthwatch, attended a meeting of the Dunmere and "
        "Wexshire  Care Partnership Forum on Wednesday 28th August.\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Meeting of the Dunmere and Wexshire Care Partnership Forum"
    assert ("Dunmere and Wexshire Care Partnership Forum", event["name"], None) in _rels(
        seed, "ORGANISED"
    )
    assert ("Mara Quell", event["name"], "attendee") in _rels(seed, "PARTICIPATED_IN")


def test_a_headlines_panel_event_is_the_panel_discussion_the_text_names():
    seed = extract_text(
        "Watch our panel event at the Wexshire Housing Festival\n\n"
        "In partnership with the Dunmere Policy Centre, we hosted a panel discussion that "
        "considered how councils can build more homes.\n"
    )
    names = [e["name"] for e in _events(seed)]
    assert "Panel discussion" in names
    assert ("Dunmere Policy Centre", "Panel discussion", None) in _rels(seed, "ORGANISED")


def test_thanks_to_all_who_attended_particularly_some_lists_attendees():
    seed = extract_text(
        "Our 9th Annual Carer Awards Evening went very well.\n\n"
        "Once again the awards were a success and we would like to thank all who attended and "
        "helped, particularly Mara Quell from Dunmere Radio, Mayor Cllr Osric Penn and Cllr "
        "Ivo Strand.\n"
    )
    (event,) = _events(seed)
    took_part = _rels(seed, "PARTICIPATED_IN")
    assert {
        ("Mara Quell", event["name"], "attendee"),
        ("Osric Penn", event["name"], "attendee"),
        ("Ivo Strand", event["name"], "attendee"),
    } <= took_part


def test_we_were_joined_for_a_roundtable_with_a_guest():
    seed = extract_text(
        "Brightwire roundtable with Baroness Ada Lorne\n"
        "Bringing decision makers together with community leaders.\n"
        "This month we were joined for a roundtable discussion with Baroness Ada Lorne, chair "
        "of the Rural Access Committee.\n"
    )
    (event,) = _events(seed)
    assert ("Ada Lorne", event["name"], "participant") in _rels(seed, "PARTICIPATED_IN")


def test_the_first_sentences_name_a_joined_event_by_its_first_part():
    # "Foo AGM and Panel Discussion" over "Foo AGM took place": one event, not two
    seed = extract_text(
        "Westshire Funders 2031 AGM and Panel Discussion\n\n"
        "Westshire Funders 2031 AGM took place on 23rd July. The formal business meeting "
        "was followed by a lively panel discussion.\n\n"
        "Our panel was:\n\n"
        "Ada Brook – Chief Executive, Northtown Mind\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Westshire Funders 2031 AGM and Panel Discussion"
    assert ("Ada Brook", event["name"], "panellist") in _rels(seed, "PARTICIPATED_IN")
    seed = extract_text(
        "Westshire Carers Conference and Awards Dinner\n\n"
        "Westshire Carers Conference was held in Northtown on Friday.\n\n"
        "Our panel was:\n\n"
        "Ada Brook – Chief Executive, Northtown Mind\n"
    )
    (event,) = _events(seed)
    assert "Westshire Carers Conference" in event.get("aliases", [])


@pytest.mark.parametrize(
    ("headline", "event"),
    [
        ("2031 Project Launch 17th March 2031", "2031 Project Launch"),
        ("Northtown Carers Fair 3rd June 2031", "Northtown Carers Fair"),
    ],
)
def test_a_headline_naming_the_event_then_its_date(headline, event):
    # the day's "17th" after the event's noun is its date, not what the noun describes
    seed = extract_text(
        f"{headline}\n\nThirty people attended the event. Ada Brook thanked the volunteers"
        " and spoke about the year ahead.\n"
    )
    (found,) = [e for e in seed["entities"] if e["type"] == "Event"]
    assert event in {found["name"], *found.get("aliases", ())}
    assert ("Ada Brook", found["name"]) in pairs(ruled(seed), "PARTICIPATED_IN")


def test_an_address_that_adds_the_kind_to_a_name_gives_the_pages_own_name():
    # ".../northtown-heroes-awards-ceremony" for "the Northtown Heroes Awards 2031":
    # one event, named as the page writes it, not a second "Awards Ceremony"
    for text, name in (
        (
            "---\nurl: https://example.org/blog/northtown-heroes-awards-ceremony\n---\n\n"
            "We are thrilled that five charities were recognised in the first year of the "
            "Northtown Heroes Awards 2031.\n\n"
            "The Northtown Heroes Awards, supported by the Westshire Trust, celebrated "
            "young leaders.\n",
            "Northtown Heroes Awards 2031",
        ),
        (
            "---\nurl: https://example.org/news/westshire-carers-summit-event\n---\n\n"
            "Over 100 carers came to the Westshire Carers Summit in Northtown.\n\n"
            "Ada Brook spoke about respite care.\n",
            "Westshire Carers Summit",
        ),
    ):
        found = [e["name"] for e in _events(extract_text(text, path="page.txt"))]
        assert found == [name]


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("Bright Futures 2031: Your Voice Counts", "Bright Futures 2031: Your Voice Counts"),
        (
            "Kelby Together: Shaping Our Parks: Summary and Sketch Notes",
            "Kelby Together: Shaping Our Parks",
        ),
    ],
)
def test_a_title_and_subtitle_headline_names_the_workshop_the_text_tells(headline, title):
    seed = extract_text(
        f"{headline}\n\n"
        "Thank you to everyone who attended our first virtual stakeholder engagement workshop "
        "on Wednesday 2nd September. We heard presentations from Mara Quell, Director of "
        "Dunmere Housing Trust.\n"
    )
    names = [e["name"] for e in _events(seed)]
    assert names == [title], names  # no event named by the title cut at its colon
    assert ("Mara Quell", title) in pairs(seed, "PARTICIPATED_IN")


def test_a_title_headline_over_an_owned_meeting_keeps_the_owners_name():
    seed = extract_text(
        "Bright Futures 2031: Your Voice Counts\n\n"
        "Over 60 members attended Dunmere Housing Trust's Annual General Meeting on "
        "Wednesday 2nd September.\n"
    )
    names = [e["name"] for e in _events(seed)]
    assert "Bright Futures 2031: Your Voice Counts" not in names, names
