"""Who led a part of an event or sat on its panel, in wordings of this file's own
(rules/session_phrases.py through agents, event_story, speaker_lists): "workshops on
X, led by A, and on Y, led by B" (speakers, not organisers), "A panel
followed, with A, B and chair C" (panellists and a chair), a panel's people listed
with a chair among them. Fictional people and bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles

_OPENING = (
    "Tarnby Tenants Summit 2025\n\n"
    "More than 150 people came to the Tarnby Tenants Summit 2025 at Orlow Town Hall "
    "on 6 May 2025. "
)
_EVENT = "Tarnby Tenants Summit 2025"


def _roles(sentence: str) -> dict[str, set[str | None]]:
    seed = extract_text(_OPENING + sentence + "\n")
    out: dict[str, set[str | None]] = {}
    for who, where, role in with_roles(seed, "PARTICIPATED_IN"):
        if where == _EVENT:
            out.setdefault(who, set()).add(role)
    return out


def _organisers(sentence: str) -> set[str]:
    seed = extract_text(_OPENING + sentence + "\n")
    return {r["from"] for r in seed["relations"] if r["type"] == "ORGANISED"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The afternoon offered workshops on repairs, led by Nell Varga of Orlow Homes, "
        "and on energy bills, led by Tarnby Council's energy adviser, Rufus Penn.",
        "There were sessions about damp, led by Nell Varga, and about bills, led by Rufus Penn.",
    ],
)
def test_leaders_of_parts_after_a_comma_take_part_not_organise(sentence):
    roles = _roles(sentence)
    assert {"Nell Varga", "Rufus Penn"} <= roles.keys()
    assert not {"Nell Varga", "Rufus Penn"} & _organisers(sentence)


def test_a_comma_after_a_topic_with_no_part_of_the_event_is_no_session():
    sentence = "The report on repairs, led by Nell Varga, was published in June."
    assert "Nell Varga" not in _roles(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A panel on rents followed, with Nell Varga, Rufus Penn and chair Ida Crane.",
        "A panel discussion followed with Nell Varga, Rufus Penn and chair Ida Crane.",
        "Panel on rents, from left: Nell Varga (Orlow Homes), Rufus Penn (Tarnby Council) "
        "and chair Ida Crane (Orlow Tenants Forum).",
    ],
)
def test_a_panels_people_are_panellists_and_its_chair_chair(sentence):
    roles = _roles(sentence)
    assert roles.get("Nell Varga") == {"panellist"}
    assert roles.get("Rufus Penn") == {"panellist"}
    assert roles.get("Ida Crane") == {"chair"}


def test_the_day_beginning_with_someone_is_still_a_speaker():
    assert _roles("The day began with Ida Crane.").get("Ida Crane") == {"speaker"}


def test_the_body_ending_a_leaders_post_leads_nothing():
    roles = _roles("The repairs workshop was led by Nell Varga, housing adviser, Orlow Homes.")
    assert roles.get("Nell Varga") == {"speaker"}
    assert "Orlow Homes" not in roles


def test_bodies_listed_with_a_leader_still_lead():
    roles = _roles("Workshops were led by Nell Varga, Orlow Homes and Tarnby Council.")
    assert {"Nell Varga", "Orlow Homes", "Tarnby Council"} <= roles.keys()
