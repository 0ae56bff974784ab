"""One partner named beside a partner word that is someone's ("its partner, the
Foo Company", "Foo and its partner Bar", "Foo, a long-standing partner of Bar"):
PARTNER_OF, never the event's participants (rules/partnership.py). Fictional
bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

LIBRARY = "# Library news\n\nKelby Library Service has won £7,000 for its reading rooms.\n\n"


def _partners(seed: dict) -> set[frozenset[str]]:
    return {frozenset(p) for p in pairs(seed, "PARTNER_OF")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The service will work with its partner, the Heron Arts Company, to run workshops.",
        "Workshops will be run with its delivery partner, the Heron Arts Company.",
        "Kelby Library Service and its partner Heron Arts Company will run workshops.",
        "The Heron Arts Company, a long-standing partner of Kelby Library Service, will run "
        "workshops.",
        "Their main partner, the Heron Arts Company, will run workshops.",
    ],
)
def test_a_partner_named_beside_a_partner_word_is_a_partner(sentence):
    seed = extract_text(LIBRARY + sentence + "\n")
    assert _partners(seed) == {frozenset({"Kelby Library Service", "Heron Arts Company"})}
    said = {r["evidence"] for r in seed["relations"] if r["type"] == "PARTNER_OF"}
    assert said == {sentence}


@pytest.mark.parametrize(
    "sentence",
    [
        "A partner, the Heron Arts Company, will run workshops.",
        "The partner for the day was chosen by a panel.",
    ],
)
def test_a_partner_word_that_is_nobody_s_makes_no_partner_of_the_page_s_body(sentence):
    seed = extract_text(LIBRARY + sentence + "\n")
    assert frozenset({"Kelby Library Service", "Heron Arts Company"}) not in _partners(seed)
