"""A post read as organising the event in focus (round 50): a festival's director is
a post at the arts body that puts it on, not its organiser; a role joined to a body
by "at" or a comma ("organiser at Foo Union", "Convenor, Foo Assembly") is a post at
that body, as "convener of Foo" already was. The organiser of the event is still
read. All names made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _organised(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text), "ORGANISED")


def test_a_festival_director_is_no_organiser_of_the_festival():
    organised = _organised(
        "Kelby Words Festival 2026 draws record crowds\n\n"
        "More than 3,000 people came to the Kelby Words Festival 2026 at the Corn Hall. "
        "The opening reading was introduced by festival director Ada Foss.\n"
    )
    assert not any(who == "Ada Foss" for who, _ in organised)


def test_an_organiser_at_a_body_is_its_post_not_the_events():
    organised = _organised(
        "Roundtable on fair work in Fenby\n\n"
        "Twenty people met at Fenby Library on 3 March for a roundtable on fair work.\n\n"
        "Speakers\n\n"
        "Jo Tern, organiser at Fenby Workers Union\n"
    )
    assert not any(who == "Jo Tern" for who, _ in organised)


def test_a_convenor_comma_body_is_its_post_not_the_events():
    organised = _organised(
        "Kelby Health Summit 2026\n\n"
        "The Kelby Health Summit 2026 took place at Orton Hall on 12 May.\n\n"
        "Chair: Ada Foss, Convenor, Kelby Voluntary Assembly\n"
    )
    assert not any(who == "Ada Foss" for who, _ in organised)


def test_an_event_organiser_is_still_read():
    organised = _organised(
        "Kelby Fun Day raises £2,000\n\n"
        "Hundreds came to the Kelby Fun Day on the green on Saturday. "
        "Organiser Jo Tern said the day had been the best yet.\n"
    )
    assert ("Jo Tern", "Kelby Fun Day") in organised
