"""Partnership wordings: an agreement's signatories, bodies that jointly run one
thing ("run jointly by A and B": partners; "A and B jointly run it": collaborators,
"jointly" told of the doers not being "in partnership", corpus/GOLD.md), "the two
organisations, A and B, will work together", and the fellow members of a group a
body is one partner in. All names are made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import rows

_A, _B = "Fenby Housing Trust", "Dalby Community Action"


def _rows(sentence: str) -> set[tuple[str, str, str, str]]:
    return rows(extract_text("News\n\n" + sentence + "\n"))


def _linked(found: set, kind: str, a: str, b: str) -> bool:
    return (a, kind, b, "") in found or (b, kind, a, "") in found


def test_an_agreements_signatories_named_after_it_are_partners():
    found = _rows(f"The agreement, signed by {_A} and {_B}, sets out how they will share data.")
    assert _linked(found, "PARTNER_OF", _A, _B)


def test_a_memorandum_signed_by_two_bodies_makes_them_partners():
    found = _rows(f"A memorandum of understanding has been signed by {_A} and {_B}.")
    assert _linked(found, "PARTNER_OF", _A, _B)


def test_bodies_that_jointly_run_a_hub_are_partners_and_run_it():
    found = _rows(f"The Kelby Food Hub is jointly run by {_A} and {_B}.")
    assert _linked(found, "PARTNER_OF", _A, _B)
    assert {(_A, "RUNS", "Kelby Food Hub", ""), (_B, "RUNS", "Kelby Food Hub", "")} <= found


def test_two_organisations_counted_then_named_work_together():
    found = _rows(f"The two organisations, {_A} and {_B}, will work together on the scheme.")
    assert _linked(found, "COLLABORATES_WITH", _A, _B)


def test_bodies_alongside_one_partner_in_an_alliance_are_its_members():
    found = _rows(
        f"{_A} is one of five partners in the Westshire Health Alliance, alongside "
        f"Kelby Council and {_B}."
    )
    alliance = "Westshire Health Alliance"
    assert {
        (_A, "MEMBER_OF", alliance, "member"),
        ("Kelby Council", "MEMBER_OF", alliance, "member"),
        (_B, "MEMBER_OF", alliance, "member"),
    } <= found
    assert not _linked(found, "PARTNER_OF", alliance, _B)


def test_bodies_that_jointly_run_something_named_after_them_work_together():
    found = _rows(f"{_A} and {_B} jointly run the Kelby Food Hub.")
    assert _linked(found, "COLLABORATES_WITH", _A, _B)


def test_what_will_be_run_jointly_is_run_by_each_body():
    found = _rows(f"The Kelby Youth Service will be run jointly by {_A} and {_B}.")
    assert _linked(found, "PARTNER_OF", _A, _B)
    assert {(_A, "RUNS", "Kelby Youth Service", ""), (_B, "RUNS", "Kelby Youth Service", "")} <= (
        found
    )


def test_bodies_along_with_a_member_of_a_network_are_its_members():
    found = _rows(
        f"{_A} is a member of the Westshire Carers Network, along with Kelby Council and {_B}."
    )
    network = "Westshire Carers Network"
    assert {
        ("Kelby Council", "MEMBER_OF", network, "member"),
        (_B, "MEMBER_OF", network, "member"),
    } <= found


def test_a_body_named_as_well_as_a_network_is_not_its_member():
    found = _rows(f"{_A} is a member of the Westshire Carers Network as well as the Kelby Forum.")
    assert ("Kelby Forum", "MEMBER_OF", "Westshire Carers Network", "member") not in found
