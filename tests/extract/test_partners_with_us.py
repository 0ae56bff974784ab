"""Partners the page names as working with "us" (the page's own body, or the speaker's
inside a quotation), "our partners" listed before the page names itself, "a premiere
of 'Foo' in partnership with A" with no one named before (the page's own body), and
joint undertakings between bodies ("a joint initiative between A and B", "a
partnership project between A and B", "a joint initiative with B", "agreements with
C"): rules/partnership.py, rules/collaboration.py, rules/partner_leads.py. All names
are made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import rows

_PAGE = "---\nurl: https://www.elmhomes.org.uk/news/day\n---\n\nElm Homes held a fun day.\n\n"
_A, _B, _C = "Fenby Housing Trust", "Dalby Community Action", "Kelby Arts Trust"


def _rows(text: str) -> set[tuple[str, str, str, str]]:
    return rows(extract_text(text + "\n"))


def _linked(found: set, kind: str, a: str, b: str) -> bool:
    return (a, kind, b, "") in found or (b, kind, a, "") in found


@pytest.mark.parametrize(
    "sentence",
    [
        f"{_A} is working in partnership with us to offer free advice sessions.",
        f"{_A} has partnered with us to offer free advice sessions.",
        f"{_A} and {_B} are now working in partnership with us across the county.",
    ],
)
def test_a_body_in_partnership_with_us_is_the_page_bodys_partner(sentence):
    found = _rows(_PAGE + sentence)
    assert _linked(found, "PARTNER_OF", _A, "Elm Homes")


def test_people_working_in_partnership_with_us_collaborate_with_the_page_body():
    found = _rows(
        _PAGE + "The Police Commissioner Jane Doe and Chief Constable John Smith are working "
        "in partnership with us to channel funds into the county."
    )
    assert _linked(found, "COLLABORATES_WITH", "Jane Doe", "Elm Homes")
    assert _linked(found, "COLLABORATES_WITH", "John Smith", "Elm Homes")


def test_a_body_that_worked_with_us_collaborates_with_the_page_body():
    found = _rows(_PAGE + f"{_C} has worked closely with us for ten years.")
    assert _linked(found, "COLLABORATES_WITH", _C, "Elm Homes")


def test_us_in_a_quotation_is_the_speakers_body():
    found = _rows(
        _PAGE + f'Jane Doe, Chief Executive of {_B}, said: "{_C} has worked with us for years."'
    )
    assert _linked(found, "COLLABORATES_WITH", _C, _B)
    assert not _linked(found, "COLLABORATES_WITH", _C, "Elm Homes")


def test_the_country_written_us_is_no_partner():
    found = _rows(_PAGE + f"{_A} will work in partnership with US agencies.")
    assert not {r for r in found if r[1] in {"PARTNER_OF", "COLLABORATES_WITH"}}


@pytest.mark.parametrize(
    "sentence",
    [
        f"The Kelby Food Project is a joint initiative between {_A} and {_B}.",
        f"The Kelby Food Project is a partnership project between {_A} and {_B}.",
    ],
)
def test_bodies_of_a_joint_undertaking_between_them_are_partners_and_run_it(sentence):
    found = _rows("News\n\n" + sentence)
    assert _linked(found, "PARTNER_OF", _A, _B)
    assert {(_A, "RUNS", "Kelby Food Project", ""), (_B, "RUNS", "Kelby Food Project", "")} <= found


def test_a_body_launching_a_joint_initiative_with_another_is_its_partner():
    found = _rows(f"News\n\n{_A} launched a joint initiative with {_B} to tackle food poverty.")
    assert _linked(found, "PARTNER_OF", _A, _B)


def test_a_joint_funding_arrangement_is_not_said_to_be_a_partnership():
    found = _rows(f"News\n\nIt is paid for by a joint funding arrangement between {_A} and {_B}.")
    assert not _linked(found, "PARTNER_OF", _A, _B)


def test_our_partners_listed_before_the_page_names_itself_are_the_page_bodys():
    found = _rows(
        "---\nurl: https://www.elmhomes.org.uk/news/day\n---\n\nOur strategic partners: "
        f"{_A}, {_B} and {_C} joined us.\n\nElm Homes held a fun day."
    )
    assert {_linked(found, "PARTNER_OF", "Elm Homes", x) for x in (_A, _B, _C)} == {True}


@pytest.mark.parametrize(
    "sentence",
    [
        "There are events all week, including a coffee morning in Kelby town and a premiere of "
        f"‘The Unseen Hour’ in partnership with {_A}.",
        f"This week sees a screening of ‘Quiet Harbour’ in partnership with {_A}.",
    ],
)
def test_a_title_in_partnership_with_and_no_one_named_before_is_the_page_bodys(sentence):
    found = _rows(_PAGE + sentence)
    assert _linked(found, "PARTNER_OF", "Elm Homes", _A)


def test_in_partnership_with_and_no_name_at_all_before_is_nobodys_partnership():
    found = _rows(_PAGE + f"This has included working in partnership with {_A} on supplies.")
    assert not _linked(found, "PARTNER_OF", "Elm Homes", _A)


def test_a_person_named_before_in_partnership_with_is_not_the_page_bodys_partnership():
    found = _rows(_PAGE + f"Jane Doe, in partnership with {_A}, ran a workshop.")
    assert not _linked(found, "PARTNER_OF", "Elm Homes", _A)


def test_a_place_before_in_partnership_with_is_not_the_page_bodys_partnership():
    found = _rows(_PAGE + f"The tour will visit:\n\n  • Kelby town, in partnership with {_A}")
    assert not _linked(found, "PARTNER_OF", "Elm Homes", _A)


@pytest.mark.parametrize(
    "sentence",
    [
        f"{_A} and {_B} have become signatories of their respective agreements with {_C}.",
        f"{_A} and {_B} have signed new alliances with {_C}.",
    ],
)
def test_bodies_with_agreements_or_alliances_with_a_body_are_its_partners(sentence):
    found = _rows("News\n\n" + sentence)
    assert _linked(found, "PARTNER_OF", _A, _C)
    assert _linked(found, "PARTNER_OF", _B, _C)
