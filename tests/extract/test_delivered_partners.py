"""A project "delivered with" bodies: the bodies take part in it as partners, not as
its runners (rules/delivered_partners.py, read from organising.co_hosts, and
rules/project_with.py); "delivered jointly with" still names co-runners. Fictional
bodies, wordings of this file's own."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text

_INTRO = "Page Turners\n\nPage Turners is a new reading scheme for children in Fenby. "


def _links(text: str) -> set[tuple[str, str, str, str | None]]:
    seed = extract_text(text + "\n")
    return {(r["from"], r["type"], r["to"], r.get("role")) for r in seed["relations"]}


@pytest.mark.parametrize(
    "sentence",
    [
        "It will be delivered with Fenby Libraries and the Marlow Book Trust.",
        "The scheme, known as Page Turners, will be delivered with Fenby Libraries "
        "and the Marlow Book Trust.",
        "The scheme is paid for by the Dunmore Foundation and delivered with Fenby "
        "Libraries and the Marlow Book Trust.",
    ],
)
def test_bodies_a_project_is_delivered_with_are_its_partners(sentence):
    links = _links(_INTRO + sentence)
    for body in ("Fenby Libraries", "Marlow Book Trust"):
        assert (body, "PARTICIPATED_IN", "Page Turners", "partner") in links
        assert (body, "RUNS", "Page Turners", None) not in links


def test_a_funder_named_before_delivered_with_stays_a_funder_only():
    links = _links(
        _INTRO + "It is funded by the Dunmore Foundation and delivered with Fenby Libraries."
    )
    assert ("Dunmore Foundation", "FUNDED", "Page Turners", None) in links
    assert not any(a == "Dunmore Foundation" and t == "PARTICIPATED_IN" for a, t, _, _ in links)


def test_an_event_delivered_with_a_body_is_organised_by_it_not_partnered():
    links = _links(
        "Fenby Book Fair\n\nThe Fenby Book Fair took place on 3 May. "
        "The fair was delivered with Fenby Libraries."
    )
    assert ("Fenby Libraries", "ORGANISED", "Fenby Book Fair", None) in links
    assert not any(t == "PARTICIPATED_IN" for _, t, _, _ in links)


@pytest.mark.parametrize(
    "text",
    [
        "Page Turners\n\nOur Page Turners scheme, delivered with Fenby Libraries, "
        "reaches 300 children.",
        "Fenby Reading Trust\n\nFenby Reading Trust won £8,000 for its Page Turners scheme, "
        "delivered with Fenby Libraries.",
        "Our year\n\n- Page Turners, our reading scheme for young carers, delivered with "
        "Fenby Libraries\n",
    ],
)
def test_a_project_named_then_delivered_with_has_the_body_as_partner(text):
    links = _links(text)
    assert ("Fenby Libraries", "PARTICIPATED_IN", "Page Turners", "partner") in links
    assert ("Fenby Libraries", "RUNS", "Page Turners", None) not in links


def test_a_project_delivered_jointly_with_a_body_is_still_run_by_it():
    links = _links(
        "Page Turners\n\nOur Page Turners scheme, delivered jointly with Fenby Libraries, "
        "reaches 300 children."
    )
    assert ("Fenby Libraries", "RUNS", "Page Turners", None) in links
    assert ("Fenby Libraries", "PARTICIPATED_IN", "Page Turners", "partner") not in links


def test_delivered_with_no_project_gives_no_partner():
    links = _links(_INTRO + "Training is delivered with Fenby Libraries.")
    assert not any(t in {"PARTICIPATED_IN", "RUNS"} for _, t, _, _ in links)
