"""Signatories of one agreement listed between dashes are partners, each with each;
two bodies each described between commas ("A, a charity, and B, a foundation,
have announced an agreement") open the sentence together (rules/collaboration.py,
rules/openers.py). Fictional bodies."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

NEWS = "# Kelby news\n\n"


def _partners(seed: dict) -> set[frozenset[str]]:
    return {frozenset(p) for p in pairs(seed, "PARTNER_OF")}


def test_signatories_listed_between_dashes_are_partners_each_with_each():
    seed = extract_text(
        NEWS + "Today, four organisations signed a new 'Compact' - Westshire Health Board, "
        "Northtown Fire Service, the Dalby Housing Trust and the Fenby Councils Association "
        "- promising to work together to make changes.\n"
    )
    bodies = [
        "Westshire Health Board",
        "Northtown Fire Service",
        "Dalby Housing Trust",
        "Fenby Councils Association",
    ]
    want = {frozenset({a, b}) for i, a in enumerate(bodies) for b in bodies[i + 1 :]}
    assert _partners(seed) == want


def test_a_list_after_a_dash_not_closed_by_one_is_not_signatories():
    seed = extract_text(
        NEWS + "The charter was signed last week - Northtown Fire Service and the Dalby "
        "Housing Trust welcomed it.\n"
    )
    assert _partners(seed) == set()


def test_two_bodies_each_described_between_commas_announcing_an_agreement_are_partners():
    seed = extract_text(
        NEWS + "Kelby Reading Network, the membership body for public libraries, and Fenby "
        "Digital Foundation, the region's leading digital inclusion charity, have announced a "
        "new agreement that will see them work together more closely.\n"
    )
    assert _partners(seed) == {frozenset({"Kelby Reading Network", "Fenby Digital Foundation"})}
