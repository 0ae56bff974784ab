"""A post said with a verb: "Jane Doe, who coordinates the Foo Network" (a job at the
body, as its coordinator: rules/led_bodies.py), the body named again by its last
words ("who coordinates the network", "who chairs the residents' group":
`named_tails.body_named_back`) or the body the work is done for ("coordinates the
lunch rota for Foo Homes"); "who chairs the network's advisory board" (a chair of the
network: rules/chairs.py). A person met before and named again by a first name, and
a thing coordinated for nobody named, give no job. All names and sentences made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import chair_seats, with_roles


def _jobs(text: str) -> set[tuple[str, str, str | None]]:
    return with_roles(extract_text(text + "\n", path="page.txt"), "WORKS_FOR")


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Ada Foss, who coordinates Kelby Food Bank, said donations had held up.",
         "Ada Foss", "Kelby Food Bank"),
        ("Jo Tern coordinates the Ormsby Advice Network and will run a workshop.",
         "Jo Tern", "Ormsby Advice Network"),
        ("The Lark Valley Carers Network met in May. Ben Lark, who coordinates the network, "
         "opened the day.", "Ben Lark", "Lark Valley Carers Network"),
        ("Training is led by Nina Shah, who coordinates the night shelter for Ormsby Street "
         "Homes.", "Nina Shah", "Ormsby Street Homes"),
    ],
)  # fmt: skip
def test_a_coordinator_works_for_the_body(text, person, body):
    assert (person, body, "coordinator") in _jobs(text)


@pytest.mark.parametrize(
    "text",
    [
        # named again by a first name: met before, at an employer of their own
        "Sam Pike is youth lead at Kelby Mind. Sam coordinates the Ormsby Peer Network.",
        # what is coordinated for nobody named
        "Ada Foss, who coordinates the lunch rota, said it was full.",
    ],
)
def test_no_coordinator_where_the_body_is_not_said(text):
    assert not {row for row in _jobs(text) if row[2] == "coordinator" and row[1] != "Kelby Mind"}


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Ormsby Gardens Residents' Group planted bulbs. Carys Lamb, who chairs the residents' "
         "group, said the bulbs were a gift.", "Carys Lamb", "Ormsby Gardens Residents' Group"),
        ("The Kelby Health Equity Network hosted the talk. It was opened by Dev Rana, who "
         "chairs the network's advisory board.", "Dev Rana", "Kelby Health Equity Network"),
    ],
)  # fmt: skip
def test_a_chair_of_the_body_said_back(text, person, body):
    assert (person, body) in chair_seats(text + "\n")
