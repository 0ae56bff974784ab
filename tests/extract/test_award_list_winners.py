"""The winners an award list's lines name took part in the page's awards event
(PARTICIPATED_IN, role "participant"): "Category: Name", "Category –
Name", "Winner: Name", and a category alone on the line over its winner's
paragraph; not a shortlist's names listed under a category, nor what follows a
category that is no person or body. Made-up write-ups."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, with_roles

_ROLE = "participant"

_OPENING = (
    "Northtown Volunteer Awards 2031: the winners\n\n"
    "Over 200 guests attended the Northtown Volunteer Awards 2031 at Dalby Hall on "
    "Friday, hosted by Northtown Volunteer Centre.\n\n"
)


def _winners(text: str) -> set[str]:
    seed = extract_text(text)
    (event,) = [e for e in events(seed) if e["name"].startswith("Northtown Volunteer Awards")]
    return {
        who
        for who, to, role in with_roles(seed, "PARTICIPATED_IN")
        if to == event["name"] and role == _ROLE
    }


def test_a_category_then_a_colon_or_dash_names_its_winner():
    text = _OPENING + (
        "Volunteer of the Year: Ada Foss, who has run the Tuesday lunch club for 20 years.\n"
        "Young Volunteer of the Year – Jo Tern (16), a young leader with Dalby Scouts.\n"
        "Lifetime Achievement — Sam Keel, a founder of the Dalby Carnival.\n"
    )
    assert {"Ada Foss", "Jo Tern", "Sam Keel"} <= _winners(text)


def test_two_bodies_joined_by_and_both_win_a_partnership_award():
    text = _OPENING + (
        "Partnership Award: Kelby Foodbank and Fenby Housing Association, for their joint "
        "advice service.\n"
    )
    assert {"Kelby Foodbank", "Fenby Housing Association"} <= _winners(text)


def test_a_category_alone_on_the_line_over_its_winner():
    text = _OPENING + (
        "Volunteer of the Year\n"
        "Ada Foss, who has driven for Dalby Community Transport since 2019.\n\n"
        "Trustee of the Year\n"
        "Ruth Varga, treasurer of Fenby Credit Union.\n"
    )
    assert {"Ada Foss", "Ruth Varga"} <= _winners(text)


def test_a_winner_label_names_the_winner():
    text = _OPENING + (
        "Volunteer Team of the Year\n"
        "Winner: Kelby River Crew, who cleared three hundred bags of rubbish from the "
        "river banks this year.\n"
    )
    assert "Kelby River Crew" in _winners(text)


def test_a_shortlist_under_a_category_wins_nothing():
    text = (
        "Northtown Volunteer Awards 2031: the shortlist\n\n"
        "The winners will be announced at the Northtown Volunteer Awards 2031 at Dalby "
        "Hall in May.\n\n"
        "Group of the Year\n"
        "- Kelby Woodworkers\n"
        "- Fenby Fixers\n"
    )
    assert not _winners(text) & {"Kelby Woodworkers", "Fenby Fixers"}


def test_a_sponsor_after_a_category_wins_nothing():
    text = _OPENING + "Employer of the Year — sponsored by Kelby Building Society\n"
    assert "Kelby Building Society" not in _winners(text)


def test_a_highly_commended_line_takes_part_without_winning():
    seed = extract_text(_OPENING + "Highly commended: Ada Foss and Kelby Rovers.\n")
    assert {
        (who, role)
        for who, to, role in with_roles(seed, "PARTICIPATED_IN")
        if to.startswith("Northtown Volunteer Awards")
    } >= {
        ("Ada Foss", "participant"),
        ("Kelby Rovers", "participant"),
    }
