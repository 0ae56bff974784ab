"""The page's own body named in its first running text, when no headline label,
byline or address says whose page it is (`page_only_body`, `page_speaker`): a body
opening the page as subject though spaCy splits its name, a body named after a
one-word heading it passes over, "the round-up from Foo", "a member of the Foo
team". Near misses: a body named as another's ("we heard from Foo"), a project
"with the Foo team" someone else's, a round-up from one body among two. Made-up
bodies and wording."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _seed(text: str) -> dict:
    return extract_text(text, path="page.txt")


@pytest.mark.parametrize(
    ("text", "pair", "relation"),
    [
        (  # the opening subject, "Greenway"-like first word read as an adverb
            "Where we work\n\nBrightway Advocacy is a small charity based in Fenby. We "
            "run advice sessions across Kelby.\n\nOur chief officer is Ada Foss.",
            ("Ada Foss", "Brightway Advocacy"),
            "WORKS_FOR",
        ),
        (  # a one-word heading typed a body, then the body in a clause
            "Annual Review\n\nForeword from our chair\n\nThis was a year in which Kelby "
            "Vale Trust worked with more groups than ever. I thank our chief executive, "
            "Jo Tern, and our volunteers.",
            ("Jo Tern", "Kelby Vale Trust"),
            "WORKS_FOR",
        ),
        (  # "the round-up from X"
            "Members' News - Autumn\n\nWelcome to the autumn round-up from Fenby Voluntary "
            "Action. Here is what our members have done.\n\nWe said goodbye to our "
            "finance officer, Ada Foss.",
            ("Ada Foss", "Fenby Voluntary Action"),
            "WORKS_FOR",
        ),
        (  # "the latest newsletter from X"
            "Winter edition\n\nThis is the latest newsletter from Tarn Street Larder. Our "
            "core funders were the Orwin Trust and Ridley Town Council.",
            ("Orwin Trust", "Tarn Street Larder"),
            "FUNDED",
        ),
        (  # "a member of the X team"
            "Five minutes with Jo\n\nEach month we meet a member of the Kelby Mind team. "
            "This month it is Jo Tern, our Peer Support Lead.",
            ("Jo Tern", "Kelby Mind"),
            "WORKS_FOR",
        ),
    ],
)
def test_the_page_s_body_named_in_its_opening_text(text, pair, relation):
    assert pair in pairs(_seed(text), relation)


def test_a_body_we_heard_from_is_not_the_page_s():
    text = (
        "Spring event\n\nWe heard a talk from Fenby Voluntary Action. Our chair, Ada "
        "Foss, thanked everyone."
    )
    assert ("Ada Foss", "Fenby Voluntary Action") not in pairs(_seed(text), "MEMBER_OF")


def test_working_with_another_body_s_team_does_not_make_it_the_page_s():
    text = (
        "Our garden\n\nWe planted the beds with help from the Kelby Homes team. Our "
        "core funders were the Orwin Trust and Ridley Town Council."
    )
    assert ("Orwin Trust", "Kelby Homes") not in pairs(_seed(text), "FUNDED")


def test_a_report_from_another_body_is_not_the_page_s_news():
    text = (
        "Housing\n\nWe have read the latest report from Fenby Housing Board. Our core "
        "funders were the Orwin Trust and Ridley Town Council."
    )
    assert ("Orwin Trust", "Fenby Housing Board") not in pairs(_seed(text), "FUNDED")


def test_a_story_s_post_with_no_body_is_at_the_body_it_opens_with():
    text = (
        "Minibus reaches the hill villages\n\nKelby Community Transport has extended its "
        "door-to-door minibus to six villages in the upper valley, after a campaign by the "
        "Upper Vale Parish Forum.\n\nThe service runs on Tuesdays and Fridays. Fares "
        "start at two pounds. Drivers are all trained volunteers. The bus has a "
        "wheelchair lift.\n\nOperations manager Jo Tern said drivers would collect "
        "people from home."
    )
    assert ("Jo Tern", "Kelby Community Transport") in pairs(_seed(text), "WORKS_FOR")


def test_a_council_opening_a_story_does_not_take_its_unplaced_posts():
    text = (
        "New park opens\n\nFenby Borough Council has opened a new park on Mill Lane.\n\n"
        "The park has a play area and a pond. It opens at dawn. Dogs must be on leads. "
        "The cafe opens in May.\n\nProject manager Jo Tern said families had asked for it."
    )
    assert ("Jo Tern", "Fenby Borough Council") not in pairs(_seed(text), "WORKS_FOR")


def test_two_bodies_opening_a_story_take_no_unplaced_post():
    text = (
        "Garden opens\n\nKelby Vale Trust and Fenby Homes have opened a garden on Mill "
        "Lane.\n\nThe garden has raised beds. It opens at dawn. Dogs must be on leads. "
        "The shed opens in May.\n\nProject manager Jo Tern said families had asked for it."
    )
    seed = _seed(text)
    assert ("Jo Tern", "Kelby Vale Trust") not in pairs(seed, "WORKS_FOR")
    assert ("Jo Tern", "Fenby Homes") not in pairs(seed, "WORKS_FOR")
