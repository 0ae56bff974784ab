"""A sign-off on one line with no commas ("Jane Doe Chair FCLT"): the signer's
name, their post, the body they sign for, read as a byline: the post is held at
the body, and the body is the page's own ("we")."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.signature_line import signature
from tests.extract.reading import pairs, posts


def _update(sign_off: str, middle: str = "") -> str:
    return (
        "---\nurl: https://www.example.org/news/autumn-update/\n---\n\n"
        "Autumn Update\n\n"
        "I am delighted to report that Dalby College has agreed to design our new logo. "
        f"{middle}\n\n"
        "The next meeting will take place on 5 December at the village hall.\n\n"
        f"{sign_off}\n"
    )


def test_a_chair_signing_on_one_line_sits_on_the_bodys_board():
    seed = extract_text(_update("Amy Dorran Chair FCLT"), path="update.txt")
    assert ("Amy Dorran", "MEMBER_OF", "FCLT", "chair") in posts(seed), seed["relations"]
    kinds = {e["name"]: e["type"] for e in seed["entities"]}
    assert kinds.get("Amy Dorran") == "Person", seed["entities"]


def test_the_body_signed_for_on_one_line_is_the_page_we_speak_for():
    seed = extract_text(
        _update(
            "Tom Hale Treasurer Fenby Carers Trust",
            "We have received a grant of £2,000 from the Widget Fund.",
        ),
        path="update.txt",
    )
    assert ("Widget Fund", "Fenby Carers Trust") in pairs(seed, "FUNDED"), seed["relations"]


def test_only_a_name_a_post_and_a_body_make_a_one_line_sign_off():
    assert signature("Amy Dorran Chair FCLT") == "Amy Dorran, Chair, FCLT"
    assert signature("Tom Hale Chief Executive Friends of the Earth") == (
        "Tom Hale, Chief Executive, Friends of the Earth"
    )
    assert signature("Dalby Carers Trust Chair Amy Dorran") is None  # a body first
    assert signature("Amy Dorran Chair") is None  # no body
    assert signature("Amy Dorran chaired the meeting of FCLT.") is None  # a sentence
    assert signature("Autumn News From The Trust") is None
