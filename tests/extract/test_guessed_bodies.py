"""Names the recogniser alone calls organisations: kept when the page bears them
out, left out when nothing does (topics, policies, adjectives). Small made-up
write-ups, one kind of fault from real pages (issue 11), worded several ways.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Ann Bell spoke about Rough Sleeping and the work of Harbour Trust in Dalby.",
            "Rough Sleeping",
        ),
        (
            "Harbour Trust called for changes to Universal Credit at the meeting.",
            "Universal Credit",
        ),
        (
            "Guests discussed the Cost of Living Crisis with Harbour Trust staff.",
            "Cost of Living Crisis",
        ),
        ("Staff shared memories of the Kelby Flood appeal with Harbour Trust.", "Kelby Flood"),
    ],
)
def test_a_topic_the_recogniser_calls_a_body_is_left_out(text, topic):
    names = {n for _, n in entities(text)}
    assert topic not in names
    assert "Harbour Trust" in names


@pytest.mark.parametrize(
    "text",
    [
        "Speakers came from Brightwave, Harbour Trust and Dalby Council.",  # listed with bodies
        "The hub in Dalby was funded by Brightwave.",  # does something
        "Harbour Trust is building a new service with Brightwave Community Health.",  # with X
    ],
)
def test_a_body_the_page_bears_out_is_kept(text):
    assert {n for t, n in entities(text) if t == "Organisation"} & {
        "Brightwave",
        "Brightwave Community Health",
    }


def test_an_acronym_the_recogniser_calls_a_body_is_kept():
    assert ("Organisation", "KFA") in entities("Staff from KFA joined volunteers in Dalby.")
