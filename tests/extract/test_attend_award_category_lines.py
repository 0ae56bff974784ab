"""Lines that list an award's winners by category ("Trustee of the Year: Jane
Doe", "Winner: Foo Trust", "Highly commended: A and B") on a page about an awards
event: the people and bodies named took part in it (PARTICIPATED_IN, role
"participant"); what they work for, named after them, did not; a raffle's prize
is no award. Made-up names.
"""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import ruled, with_roles

_EVENT = "Kelby Volunteer Awards 2031"
_PAGE = (
    f"{_EVENT}\n\nAround 200 guests came to Fenby Town Hall on Friday for the {_EVENT}, "
    "hosted by Kelby Voluntary Action.\n\n"
)


def _winners(text: str) -> set[tuple[str, str | None]]:
    seed = ruled(extract_text(_PAGE + text + "\n"))
    return {(who, role) for who, to, role in with_roles(seed, "PARTICIPATED_IN") if to == _EVENT}


def test_category_lines_name_who_took_part() -> None:
    found = _winners(
        "Winners\n"
        "Young Volunteer of the Year: Ada Foss, 17, a peer mentor with Kelby Youth Matters.\n"
        "Trustee of the Year – Tom Haver, treasurer of Fenby Credit Union\n"
        "Community Group of the Year: the team from Fenby Repair Café\n"
        "Lifetime Achievement Award - Margaret Lamb, founder of Kelby Lunch Club\n"
    )
    assert {
        ("Ada Foss", "participant"),
        ("Tom Haver", "participant"),
        ("Fenby Repair Café", "participant"),
        ("Margaret Lamb", "participant"),
    } <= found
    assert not {who for who, _ in found} & {"Kelby Youth Matters", "Fenby Credit Union"}


def test_winner_labels_and_categories_inside_a_sentence() -> None:
    found = _winners(
        "Highly commended: Kelby Deaf Centre and Fenby Walking Group.\n\n"
        "The winners were: Group of the Year – Kelby Foodbank; Young Carer of the Year – "
        "Sam Ondry, 15, of the Fenby Young Carers group.\n"
    )
    assert {
        ("Kelby Deaf Centre", "participant"),
        ("Fenby Walking Group", "participant"),
        ("Kelby Foodbank", "participant"),
        ("Sam Ondry", "participant"),
    } <= found


def test_a_raffle_prize_is_no_award() -> None:
    found = _winners("Raffle prize: Mary Quill\n")
    assert ("Mary Quill", "participant") not in found
