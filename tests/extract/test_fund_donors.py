"""Money given into a fund: its givers funded the fund, and the groups the fund
goes on to fund are funded by the fund's runner, not by its givers
(rules/grant_subjects.fund_receiving, grants.py, organising.py). Fictional bodies."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

TITLE = "# Crisis fund awards its first grants\n\n"
GRANTEES = (
    "Tern Trust has been awarded £5,000 to run a food bank.\n\n"
    "Wren Club received a grant of £2,000.\n"
)


def _funded(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(TITLE + text, path="page.txt"), "FUNDED")


def test_givers_to_a_named_fund_fund_the_fund_and_its_runner_the_grantees():
    found = _funded(
        "The Westshire Crisis Fund, run by Westshire Community Foundation, was launched "
        "with £50,000 from the Heron Trust and Kelby Bank.\n\n" + GRANTEES
    )
    assert {
        ("Heron Trust", "Westshire Crisis Fund"),
        ("Kelby Bank", "Westshire Crisis Fund"),
    } <= found
    assert {
        ("Westshire Community Foundation", "Tern Trust"),
        ("Westshire Community Foundation", "Wren Club"),
    } <= found
    assert not {("Heron Trust", "Tern Trust"), ("Kelby Bank", "Wren Club")} & found


def test_the_fund_referred_back_to_takes_its_givers_money():
    found = _funded(
        "Westshire Community Foundation set up the Westshire Crisis Fund in March.\n\n"
        "The fund has received donations from the Heron Trust and Kelby Bank.\n\n" + GRANTEES
    )
    assert ("Heron Trust", "Westshire Crisis Fund") in found
    assert ("Kelby Bank", "Westshire Crisis Fund") in found
    assert ("Westshire Community Foundation", "Tern Trust") in found
    assert ("Heron Trust", "Tern Trust") not in found


def test_it_after_the_fund_is_the_fund():
    found = _funded(
        "Westshire Community Foundation has distributed £1 million through its Westshire "
        "Crisis Fund.\n\n"
        "The Fund has been kick-started with generous donations from the Heron Trust and "
        "Kelby Bank. It also includes funding from the Fenby Relief Trust.\n\n" + GRANTEES
    )
    assert {
        ("Heron Trust", "Westshire Crisis Fund"),
        ("Kelby Bank", "Westshire Crisis Fund"),
        ("Fenby Relief Trust", "Westshire Crisis Fund"),
    } <= found
    assert not {("Fenby Relief Trust", "Tern Trust"), ("Fenby Relief Trust", "Wren Club")} & found


def test_money_from_people_unnamed_is_not_the_funder_in_view():
    found = _funded(
        "The Heron Trust has awarded £2m to groups across Westshire.\n\n"
        "Dalby Foundation, which receives a monthly donation from local people, "
        "gives out small grants.\n"
    )
    assert ("Heron Trust", "Dalby Foundation") not in found
