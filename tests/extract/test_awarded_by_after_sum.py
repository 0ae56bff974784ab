"""A passive award whose giver follows the money awarded: "X has been awarded a
grant of £5,000 by Y" (rules/agents.py). Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _funded(sentence: str) -> set[tuple[str, str]]:
    return pairs(extract_text("# News\n\n" + sentence + "\n", path="page.txt"), "FUNDED")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tern Trust has been awarded a grant of £5,000 by the Heron Foundation to run a cafe.",
        "Tern Trust has been awarded a three-year grant worth £90,000 by the Heron Foundation.",
    ],
)
def test_the_giver_after_the_grant_funded_the_receiver(sentence):
    assert ("Heron Foundation", "Tern Trust") in _funded(sentence)


def test_each_body_of_a_set_off_list_received_the_award():
    found = _funded(
        "Tern Trust and its partner charities, Wren Club and Plover Arts, have been awarded "
        "a grant of £1.5m by the Heron Foundation to provide support."
    )
    assert {("Heron Foundation", "Wren Club"), ("Heron Foundation", "Plover Arts")} <= found


def test_no_money_before_the_by_is_no_award():
    found = _funded(
        "Tern Trust has been given a warm welcome and a guided tour by the Heron Foundation."
    )
    assert ("Heron Foundation", "Tern Trust") not in found
