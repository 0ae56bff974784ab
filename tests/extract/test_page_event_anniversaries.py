"""A body's numbered anniversary celebrated at a venue is the page's event when no
event noun names one: "<body> <ordinal> anniversary celebration", organised by
the body; an anniversary only spoken of ("next year marks ...") is no event. A day,
week or month kept for a cause, celebrated with a gathering, is "<name> celebration
in <place>"."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events as _events
from tests.extract.reading import with_roles as _rels


def test_supporters_gathered_to_celebrate_a_body_s_anniversary():
    seed = extract_text(
        "Kelby Community Trust marks a decade\n\n"
        "Over eighty donors and volunteers gathered at the Fenby Corn Exchange to celebrate "
        "Kelby Community Trust (KCT)'s 10th anniversary of grant-making.\n\n"
        "Since it began, the trust has given grants to 300 groups across Westshire.\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Kelby Community Trust 10th anniversary celebration"
    organised = {(who, to) for who, to, _ in _rels(seed, "ORGANISED")}
    assert ("Kelby Community Trust", event["name"]) in organised


def test_a_body_celebrated_its_anniversary_at_a_venue():
    seed = extract_text(
        "Northtown Sport Trust celebrated its 25th anniversary at the Dalby Arts Centre "
        "this week, with players, families and partners.\n\n"
        "The trust runs football sessions for 2,000 children each year.\n"
    )
    names = [e["name"] for e in _events(seed)]
    assert "Northtown Sport Trust 25th anniversary celebration" in names


def test_an_anniversary_only_spoken_of_is_no_event():
    seed = extract_text(
        "Next year marks the Northtown Hospice's 30th anniversary, and the trustees are "
        "planning ahead.\n\nThe hospice cares for 900 families each year.\n"
    )
    assert not any("anniversary" in e["name"] for e in _events(seed))


def test_an_anniversary_people_gathered_to_mark_is_the_page_s_event():
    seed = extract_text(
        "Kelby Carers Network celebrates 10th anniversary\n\n"
        "Kelby Carers Network, the voice of unpaid carers in Westshire, has celebrated its "
        "10th anniversary.\n\n"
        "Members old and new gathered to look back on a decade of support for "
        "carers, and Jane Doe, the network's patron, attended the event.\n"
    )
    names = [e["name"] for e in _events(seed)]
    assert "Kelby Carers Network 10th anniversary celebration" in names


def test_friends_came_together_for_a_body_s_anniversary():
    seed = extract_text(
        "Fenby Youth Trust celebrated its 25th anniversary this summer.\n\n"
        "Friends, families and former members came together to share memories of the "
        "trust's first clubs.\n\n"
        "The trust runs ten youth clubs across Dalby.\n"
    )
    names = [e["name"] for e in _events(seed)]
    assert "Fenby Youth Trust 25th anniversary celebration" in names


def test_an_anniversary_no_one_gathered_for_is_no_event():
    seed = extract_text(
        "Fenby Youth Trust celebrates its 25th anniversary this year.\n\n"
        "The trust will hold a party for members in the spring.\n\n"
        "It runs ten youth clubs across Dalby.\n"
    )
    assert not any("anniversary" in e["name"] for e in _events(seed))


def test_a_week_celebrated_in_a_town_with_an_event_and_its_speakers():
    seed = extract_text(
        "---\nurl: https://example.org/2031/10/20/\n---\n\n"
        "For the first time, Kindness Week was celebrated, today, in Kelby, with an event "
        "that took place at Dale Hall.\n"
        "To open the proceedings there were short speeches from Jane Doe of Foo Trust and "
        "Sam Oyelaran.\n"
    )
    name = "Kindness Week celebration in Kelby"
    event = next(e for e in _events(seed) if e["name"] == name)
    assert "Kindness Week celebration" in event["aliases"]
    speakers = {who for who, to, role in _rels(seed, "PARTICIPATED_IN") if to == name}
    assert {"Jane Doe", "Sam Oyelaran"} <= speakers


def test_a_week_marked_with_an_event_at_a_venue():
    seed = extract_text(
        "Carers celebrate in Dalby\n\n"
        "Carers Week was marked in Dalby with a lively event at the Hollin Centre on "
        "Saturday.\n\nSpeakers included Tom Reed of Dalby Carers Trust.\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Carers Week celebration in Dalby"
    assert ("Tom Reed", event["name"], "speaker") in _rels(seed, "PARTICIPATED_IN")


def test_a_fortnight_or_month_marked_with_an_event_is_read_as_a_week_is():
    for kept in ("Kindness Fortnight", "Carers Month"):
        seed = extract_text(
            "News from Dalby\n\n"
            f"{kept} was marked in Dalby with a lively event at the Hollin Centre on "
            "Saturday.\n\nSpeakers included Tom Reed of Dalby Carers Trust.\n"
        )
        names = [e["name"] for e in _events(seed)]
        assert f"{kept} celebration in Dalby" in names


def test_a_week_celebrated_with_no_gathering_is_no_event_of_its_own():
    seed = extract_text(
        "Kindness Week was celebrated across Westshire this year, and the council thanked "
        "its volunteers.\n\nThe council funds forty groups.\n"
    )
    assert not any("celebration" in e["name"] for e in _events(seed))
