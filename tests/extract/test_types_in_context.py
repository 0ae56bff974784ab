"""What type a name is, from the words around it and the rest of the page: small
write-ups, made up. Each test stands for a kind of fault seen on pages the rules
were not written for (issue 11, phase 3).
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text


def entities(text: str) -> set[tuple[str, str]]:
    seed = extract_text(text, path="page.txt")
    return {(e["type"], e["name"]) for e in seed["entities"]}


def typed(text: str, name: str) -> set[str]:
    return {t for t, n in entities(text) if n == name}


# ------------------------------------------------------------------ "X, a <job> at <body>"


@pytest.mark.parametrize(
    "text",
    [
        "Tamsin Okafor, a researcher at Harrowgate University, presented findings on damp.",
        "Tamsin Okafor, a lecturer at the Pellham Institute, opened the day.",
        "Tamsin Okafor, an adviser with Brackenfield Housing Association, spoke first.",
        "Tamsin Okafor is a trustee of the Orrin Foundation and lives in Leeds.",
    ],
)
def test_a_person_described_by_a_job_at_a_body_stays_a_person(text):
    """The body after "at"/"of"/"with" says where the job is, not what the
    person named before it is."""
    assert typed(text, "Tamsin Okafor") == {"Person"}


@pytest.mark.parametrize(
    "text",
    [
        "Harrowgate Youth Collective, a charity based in Leeds, runs the club.",
        "Harrowgate Youth Collective is a community interest company which runs the club.",
    ],
)
def test_a_body_described_as_one_is_an_organisation(text):
    assert typed(text, "Harrowgate Youth Collective") == {"Organisation"}


# ------------------------------------------------------------------ one event, named two ways


@pytest.mark.parametrize("noun", ["Forum", "Gathering", "Assembly"])
def test_an_event_named_without_its_year_in_the_title_is_the_dated_event(noun):
    """The page's title names the event without the year the body gives it: one
    event, named in full, not an organisation beside it."""
    text = (
        f"---\ntitle: Autumn Tenants {noun} write-up\n---\n"
        f"Autumn Tenants {noun} 2025\n\n"
        f"The Autumn Tenants {noun} 2025 was organised by Dalbury Council.\n\n"
        f"Ife Adebayo, Director of Norram Homes, spoke at the Autumn Tenants {noun} 2025.\n"
    )
    found = entities(text)
    named = {(t, n) for t, n in found if f"Tenants {noun}" in n}
    assert named == {("Event", f"Autumn Tenants {noun} 2025")}
