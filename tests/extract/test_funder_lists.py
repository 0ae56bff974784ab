"""Funders and sponsors listed after a plural noun: "the project's funders include
A and B", "funders of Foo Trust include A": FUNDED what the noun says they fund
(rules/event_sponsors.py). Fictional bodies; real places only from the gazetteer."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

FAIR = "# Summer fair returns\n\nThe Kelby Summer Fair 2031 was held on Saturday in Leeds.\n\n"
PROJECT = "# Open Doors\n\nThe Open Doors project helps families in Leeds.\n\n"
BOTH = {"Marlow Foundation", "Pellow Trust"}


@pytest.mark.parametrize(
    "text, funded",
    [
        (
            PROJECT + "The project's funders include the Marlow Foundation and the Pellow Trust.",
            "Open Doors",
        ),
        (
            PROJECT + "The funders of the Open Doors project are the Marlow Foundation and the "
            "Pellow Trust.",
            "Open Doors",
        ),
        (
            FAIR + "Funders of Tern Housing Trust include the Marlow Foundation and the Pellow "
            "Trust.",
            "Tern Housing Trust",
        ),
        (
            FAIR + "Our sponsors this year were the Marlow Foundation and the Pellow Trust.",
            "Kelby Summer Fair 2031",
        ),
    ],
)
def test_listed_funders_fund_what_the_noun_says(text, funded):
    seed = extract_text(text + "\n")
    assert {(f, funded) for f in BOTH} <= pairs(seed, "FUNDED")


def test_listed_funders_of_someone_else_do_not_fund_the_page_s_event():
    seed = extract_text(
        FAIR + "Their funders include the Marlow Foundation and the Pellow Trust.\n"
    )
    assert not pairs(seed, "FUNDED")
