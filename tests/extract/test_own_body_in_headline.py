"""The page's own body named only in its headline ("Fenby Refugee Welcome" as a
line of its own, "THE WHEEL - News from Kelby Community Transport"), then spoken of as
"we" and "our": it is listed, and "our coordinator, Jane Doe" works for it. Not a
newsletter's own title read as the body ("Kelby Weekly Bulletin"), nor a board
heading a list of members ("Board of Directors")."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _orgs(seed: dict) -> set[str]:
    return {e["name"] for e in seed["entities"] if e["type"] == "Organisation"}


def test_body_named_only_as_the_headline():
    seed = extract_text(
        "Fenby Refugee Welcome\n\n"
        "Tuesday drop-in: a volunteer's view\n\n"
        "We meet every Tuesday in the back hall, and we serve tea to anyone who comes.\n\n"
        "If you would like to help, talk to our coordinator, Ada Foss. "
        "You need no languages.\n",
        path="page.txt",
    )
    assert "Fenby Refugee Welcome" in _orgs(seed)
    assert ("Ada Foss", "Fenby Refugee Welcome") in pairs(seed, "WORKS_FOR")


def test_body_before_a_label_of_its_news():
    seed = extract_text(
        "THE WHEEL - News from Kelby Community Transport\n\n"
        "Our minibuses carried more passengers this spring than ever before, and we "
        "thank every driver.\n\n"
        "Our operations manager, Jo Tern, has planned two new routes for the summer.\n",
        path="page.txt",
    )
    assert "Kelby Community Transport" in _orgs(seed)
    assert ("Jo Tern", "Kelby Community Transport") in pairs(seed, "WORKS_FOR")


def test_a_newsletter_title_is_no_body():
    seed = extract_text(
        "Kelby Weekly Bulletin\n\n"
        "Our thanks to everyone who came to the quiz; we raised more than ever.\n\n"
        "Our coordinator, Ada Foss, will be away in June.\n",
        path="page.txt",
    )
    assert "Kelby Weekly Bulletin" not in _orgs(seed)
    assert not pairs(seed, "WORKS_FOR")


def test_a_board_heading_is_no_body():
    seed = extract_text(
        "Board of Directors\n\n"
        "Our directors are volunteers elected by our members at the AGM.\n\n"
        "Chair - Jo Tern. Retired teacher.\n",
        path="page.txt",
    )
    assert "Board of Directors" not in _orgs(seed)
