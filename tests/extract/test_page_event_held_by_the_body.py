"""The page's event held by a body the page refers to by a common noun: "groups
who have triumphed in the organisation's annual awards" is the page's organisation's
awards ("<Organisation> annual awards"), which it organised. "awards" in lower case
reads as an event only when a possessive and a describing word come before it:
"Foo awards £5,000" is a grant. All names made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs

_PAGE = (
    "---\nurl: https://kelbycommunityaction.org.uk/?p=123\n---\n\n"
    "Kelby Community Action has today revealed the full list of clubs, groups and "
    "individuals who have triumphed in {owner} annual awards.\n"
    "Each year, KCA calls for nominations from across the county.\n"
    "Sponsored this year by Fenby Solicitors, the awards culminate in a presentation "
    "event for all winners, to be held at the Dalby Museum in Northtown on 25th September.\n"
)


def test_the_organisations_annual_awards_are_the_page_bodys_event():
    seed = extract_text(_PAGE.format(owner="the organisation’s"))
    (event,) = events(seed)
    assert event["name"] == "Kelby Community Action annual awards"
    assert ("Kelby Community Action", event["name"]) in pairs(seed, "ORGANISED")


def test_our_annual_awards_are_the_page_bodys_event():
    seed = extract_text(_PAGE.format(owner="our"))
    (event,) = events(seed)
    assert event["name"] == "Kelby Community Action annual awards"
    assert ("Kelby Community Action", event["name"]) in pairs(seed, "ORGANISED")


def test_a_trusts_awards_are_not_held_by_a_body_of_another_kind():
    seed = extract_text(_PAGE.format(owner="the trust’s"))
    assert ("Kelby Community Action", "Kelby Community Action annual awards") not in pairs(
        seed, "ORGANISED"
    )


def test_awards_as_a_verb_name_no_event():
    seed = extract_text(
        "---\nurl: https://kelbytrust.org.uk/news\n---\n\n"
        "Kelby Trust awards £5,000 to Dalby Youth Club for its summer programme.\n"
        "The trust's annual grants help groups across Northtown.\n"
    )
    assert events(seed) == []
