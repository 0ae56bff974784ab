"""A body thanked "whose grant paid for" something funded the event in focus, or
the page's own body when the grant pays for "our" costs; a body named after
"whose" with no thanks, or with no money word, is left alone."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _funded(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text, path="page.txt"), "FUNDED")


def test_the_thanked_grant_funded_the_event():
    found = _funded(
        "Kelby Carers Fair 2031\n\nThe Kelby Carers Fair was held on Saturday at the "
        "library. A big thank you to everyone who came, and to the Fenby Trust, whose "
        "grant paid for the hall and the lunches.\n"
    )
    assert ("Fenby Trust", "Kelby Carers Fair 2031") in found


def test_a_grant_for_our_costs_funded_the_page_body():
    found = _funded(
        "We are Kelby Friends, a small charity.\n\nOur thanks go to the Fenby Trust, "
        "whose grant covers our core costs until 2032.\n"
    )
    assert ("Fenby Trust", "Kelby Friends") in found


def test_no_thanks_no_funder():
    found = _funded(
        "Kelby Carers Fair 2031\n\nThe Kelby Carers Fair was held on Saturday. Stalls "
        "came from the Fenby Trust, whose staff paid for their own lunches.\n"
    )
    assert not any(a == "Fenby Trust" for a, _ in found)
