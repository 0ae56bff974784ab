"""A headline naming a body's sitting, "Meeting of <body>": the page's event is the
meeting, named as the headline writes it, and the body (a forum, a group, its
members) is not the event but holds it; a title-case "Held at" after the body ends
its name. All names made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events
from tests.extract.reading import with_roles as rels

_BODY = (
    "The meeting arose from suggestions from members of the Kelby Carers Forum. About 60 "
    "people attended. The meeting was facilitated by Jon Tarrow, of the Brill Consultancy.\n"
)


def test_a_meeting_of_a_forum_in_the_headline_is_the_meeting_not_the_forum():
    seed = extract_text("Meeting of the Kelby Carers Forum\n\n" + _BODY)
    (event,) = events(seed)
    assert event["name"] == "Meeting of the Kelby Carers Forum"
    bodies = {e["name"] for e in seed["entities"] if e["type"] == "Organisation"}
    assert "Kelby Carers Forum" in bodies
    assert ("Kelby Carers Forum", "Meeting of the Kelby Carers Forum") in {
        (a, b) for a, b, _ in rels(seed, "ORGANISED")
    }
    took_part = rels(seed, "PARTICIPATED_IN")
    assert ("Jon Tarrow", "Meeting of the Kelby Carers Forum", "facilitator") in took_part


def test_a_meeting_of_members_keeps_the_headlines_word_order():
    seed = extract_text(
        "Meeting of Dale Network Members\n\n"
        "Members of the network from across the valley met to share news. The meeting "
        "was chaired by Ana Pellow of Dale Rural Action.\n"
    )
    (event,) = events(seed)
    assert event["name"] == "Meeting of Dale Network Members"
    assert "Dale Network Members Meeting" in event["aliases"]


def test_a_sitting_told_after_a_recap_word_and_held_at_a_venue():
    seed = extract_text(
        "Last update 5th. November 2004\n\n\n"
        "Impressions of the Meeting of Kelby Forum Members Held at Ash House, "
        "November 2nd 2004\n\n" + _BODY
    )
    (event,) = events(seed)
    assert event["name"] == "Meeting of Kelby Forum Members"
    assert ("Jon Tarrow", "Meeting of Kelby Forum Members", "facilitator") in rels(
        seed, "PARTICIPATED_IN"
    )
