"""A page address naming an event and then the write-up of what followed it
(".../the-river-days-2031-post-conference-report", "...-post-event-write-up"): the
event is named by the words before "post", and the people the page lists took part
in it. All names made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events
from tests.extract.reading import with_roles as rels

_BODY = (
    "We are pleased to say that it was a happy and lively day celebrating our work "
    "together.\n\n"
    "Speakers included Ana Pellow of Dale Rural Action and Jon Tarrow of the Brill "
    "Consultancy.\n"
)


def _page(slug: str) -> dict:
    return extract_text(f"---\nurl: https://example.org/{slug}\n---\n\n{_BODY}")


def test_a_post_conference_report_names_the_event_before_post():
    seed = _page("the-river-days-2031-post-conference-report")
    (event,) = events(seed)
    assert event["name"] == "River Days 2031"
    assert ("Ana Pellow", "River Days 2031", "speaker") in rels(seed, "PARTICIPATED_IN")


def test_a_post_event_write_up_names_the_event_before_post():
    seed = _page("the-kelby-fair-post-event-write-up")
    assert [e["name"] for e in events(seed)] == ["Kelby Fair"]


def test_highlights_after_an_event_noun_leave_the_address_unread():
    # only "post" and the event noun say the words before them name the event
    seed = _page("kelby-carers-summit-2031-highlights")
    assert "Kelby Carers Summit 2031" not in [e["name"] for e in events(seed)]
