"""A page speaking as "we" that names no body as its voice but says who organised
its event ("The fair was organised by Fenby Food Partnership"): a post named with
no body ("Our chair, Jo Tern") is at that organiser, not at the body the page
names most often (`page_voice.event_owner`, `page_organisation.place_posts`)."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_FAIR = (
    "Fenby Food Fair 2025: thank you\n\n"
    "Thank you to everyone who came to our Fenby Food Fair on Saturday at Corran Hall.\n\n"
    "The fair was {organised}. Our chair, Jo Tern, opened the day.\n\n"
    "Stalls came from Kelby Growers and Orton Bakery. Kelby Growers brought apples "
    "and Kelby Growers brought pears.\n"
)


def _seats(text: str) -> set:
    seed = extract_text(text)
    return {b for a, b in pairs(seed, "MEMBER_OF") | pairs(seed, "WORKS_FOR") if a == "Jo Tern"}


def test_our_chair_is_at_the_one_organiser_of_our_event():
    seats = _seats(_FAIR.format(organised="organised by Fenby Food Partnership"))
    assert "Fenby Food Partnership" in seats
    assert "Kelby Growers" not in seats


def test_two_organisers_give_our_chair_neither():
    seats = _seats(_FAIR.format(organised="organised by Fenby Food Partnership and Orton Bakery"))
    assert "Fenby Food Partnership" not in seats
    assert "Orton Bakery" not in seats
