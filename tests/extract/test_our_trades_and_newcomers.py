"""Posts said with "our" whose word alone names a trade ("our solicitor", "our clinical
pharmacist") are jobs at the page's own body, as are posts a newcomer is welcomed to
"as our new ..." (extract/rules/our_posts.py, post_homes.our_post_home)."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import posts

_OPENING = "Kelby Food Trust runs a pantry in Kelby. We opened in 2019 and now feed 300 families. "


def _posts(text: str) -> set[tuple[str, str, str, str]]:
    return posts(extract_text("Pantry news\n\n" + _OPENING + text, path="page.txt"))


def test_our_trade_before_the_name_is_a_job_at_the_page_body():
    found = _posts("The clinic is led by our clinical pharmacist Jo Tern.")
    assert ("Jo Tern", "WORKS_FOR", "Kelby Food Trust", "clinical pharmacist") in found


def test_our_trade_after_the_name_is_a_job_at_the_page_body():
    found = _posts("Jo Tern, our solicitor, checks every tenancy before court.")
    assert ("Jo Tern", "WORKS_FOR", "Kelby Food Trust", "solicitor") in found


def test_a_newcomer_welcomed_as_our_new_post():
    found = _posts("We are delighted to welcome Ada Foss as our new Stores Coordinator.")
    assert ("Ada Foss", "WORKS_FOR", "Kelby Food Trust", "stores coordinator") in found


def test_a_newcomer_who_has_joined_us_as_our_post():
    found = _posts("Ada Foss has joined us as our analyst.")
    assert ("Ada Foss", "WORKS_FOR", "Kelby Food Trust", "analyst") in found


def test_a_trade_with_no_our_is_not_placed_at_the_page_body():
    found = _posts("Solicitor Jo Tern said the rules had changed.")
    assert not any(who == "Jo Tern" for who, *_ in found)


def test_a_guest_welcomed_as_our_speaker_holds_no_post():
    found = _posts("We welcomed Ada Foss as our guest speaker.")
    assert not any(who == "Ada Foss" for who, *_ in found)
