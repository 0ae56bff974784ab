"""Quoted titles of publications, written in title case with the small words in
lower case, and names that open a page's first sentence after a headline that
names no event."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _typed(seed: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in seed["entities"]}


@pytest.mark.parametrize(
    "title",
    [
        "After the Summit on Housing, a Guide for Kelby",
        "Homes for All: a Plan for the Next Ten Years in Westshire",
        "The Road to Recovery",
    ],
)
def test_a_publication_quoted_in_title_case_is_one_report(title):
    text = (
        "Kelby Trust reception to launch new publication\n\n"
        "Last Wednesday Kelby Trust held our annual reception and officially launched our "
        f"latest publication ‘{title}’ in Dalby Hall.\n"
    )
    seed = extract_text(text, path="reception.txt")
    # a leading "The" is dropped as from any name: "‘The Road to Recovery’"
    assert _typed(seed).get(title.removeprefix("The ")) == "Report"
    # the reception stays the page's event; the publication is no event
    events = [n for n, t in _typed(seed).items() if t == "Event"]
    assert events and all("Guide" not in n and "Plan" not in n for n in events)


def test_a_quoted_phrase_mostly_in_lower_case_is_no_title():
    text = (
        "Kelby Trust news\n\nAda Brook said ‘we are all in this together, as a town’ when "
        "she opened the Kelby Trust hub.\n"
    )
    assert "we are all in this together, as a town" not in _typed(extract_text(text))


@pytest.mark.parametrize("headline", ["Kelby Trust update", "Kelby Trust news"])
def test_a_body_named_like_a_meeting_is_no_event_of_the_headline(headline):
    text = f"{headline}\n\nDalby Forum has published a new report, ‘Homes and Hope’.\n"
    seed = extract_text(text, path="news.txt")
    assert _typed(seed).get("Dalby Forum") == "Organisation"
    assert not any(t == "Event" for t in _typed(seed).values())
    assert ("Dalby Forum", "Homes and Hope") in pairs(seed, "PUBLISHED")


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("The first workshop 'Growing Food or Growing Friends?' was held in Ash House and "
         "included speakers Jane Doe and Ada Brook.", "Growing Food or Growing Friends?"),
        ("The second seminar, entitled ‘Rivers, Roads and Rooftops’, addressed the issues "
         "of funding and was led by Jane Doe.", "Rivers, Roads and Rooftops"),
        ("This lecture called “Who Pays for the Village Hall?” was given by Jane Doe.",
         "Who Pays for the Village Hall?"),
        # a quote typed with a space after it
        ("This seminar entitled ' Bridges or Barriers?' was led by Jane Doe.",
         "Bridges or Barriers?"),
    ],
)  # fmt: skip
def test_a_title_quoted_right_after_an_event_noun_is_an_event(sentence, title):
    seed = extract_text(
        f"Autumn news\n\nKelby Trust and Dalby Network ran a series of talks this autumn.\n"
        f"{sentence}\n",
        path="page.txt",
    )
    assert _typed(seed).get(title) == "Event", _typed(seed)


def test_a_question_quoted_after_other_words_is_no_event():
    seed = extract_text(
        "Autumn news\n\nKelby Trust ran a series of talks this autumn.\n"
        "Jane Doe asked the room 'Who Pays for the Village Hall?' and nobody answered.\n",
        path="page.txt",
    )
    assert "Event" not in {t for n, t in _typed(seed).items() if "Village" in n}
