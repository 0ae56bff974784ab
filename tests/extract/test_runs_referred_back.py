"""A body a noun refers back to, running a programme: "the Bar service, which the
trust runs jointly with Foo NHS Trust" ("the trust" is the trust named before, not
the partner named after it), "Bar, which is run jointly by the council and Foo",
"Bar, led by the council with Foo" ("the council" as an agent after "by"). Kinds
seen in five writers' pages; made-up names.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _runs(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text, path="page.txt"), "RUNS")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ada Foss gave the annual report of Kelby Community Health NHS Trust, praising "
            "the Night Nurse service, which the trust runs jointly with Fenby Hospitals NHS Trust.",
            {
                ("Kelby Community Health NHS Trust", "Night Nurse"),
                ("Fenby Hospitals NHS Trust", "Night Nurse"),
            },
        ),
        (
            "Orton Borough Council met on Tuesday. Members agreed to extend the Home Safe "
            "reablement service, which is run jointly by the council and Orton Care Trust.",
            {("Orton Borough Council", "Home Safe"), ("Orton Care Trust", "Home Safe")},
        ),
        (
            "Tern Council opens warm rooms. Warm Rooms Tern is part of the Winter Well Tern "
            "initiative, which is led by the council with Tern Citizens Advice.",
            {("Tern Council", "Winter Well Tern"), ("Tern Citizens Advice", "Winter Well Tern")},
        ),
    ],
)
def test_the_body_referred_back_runs_it(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _runs(text)


def test_the_partner_named_after_is_not_the_trust_referred_to() -> None:
    runs = _runs(
        "Jo Tern spoke for Kelby Community Health NHS Trust about the Night Nurse service, "
        "which the trust runs jointly with Fenby Hospitals NHS Trust."
    )
    assert ("Kelby Community Health NHS Trust", "Night Nurse") in runs


@pytest.mark.parametrize(
    "text",
    [
        # the council's team: not the council itself, by this reading
        "Fenby Council met on Monday. The Warm Homes scheme is run by the council's housing team.",
        # no body named with the word: nothing to refer back to
        "The Warm Homes scheme is run by the council with Kelby Age Concern.",
    ],
)
def test_no_runner_without_a_body_referred_to(text: str) -> None:
    assert not {body for body, _ in _runs(text)} - {"Kelby Age Concern"}
