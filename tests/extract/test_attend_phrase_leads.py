"""Who took part, listed under a lead-in that names no role of a list but says they
took part: the people under "We heard from:" spoke at the event, and so did those
under "Guests heard from:" (the guests were the audience); the people under "Around
the table were:" and the clubs under a heading "Teams taking part" took part in it.
A near miss: "A panel heard from:" keeps the panel's word (panellists). All names
made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles

_DAY = "Wexmoor Food Summit 2026"
_PAGE = (
    "Wexmoor Food Summit 2026\n\n"
    "About ninety people came to the Wexmoor Food Summit 2026 at Tallerby Hall on "
    "Friday 6 March.\n\n"
    "{lead}\n"
    "- Olwen Pardrey, coordinator of Brisk Lane Larder, on the cost of fresh food\n"
    "- Dr Kasim Ferrow, a dietitian at Tallerby Health Trust, on school meals\n"
    "- Renata Lusk of Yarrow Growers, on selling to local shops\n\n"
    "The day ended with a shared lunch.\n"
)
_PEOPLE = ("Olwen Pardrey", "Kasim Ferrow", "Renata Lusk")


def _roles(page: str, event: str) -> dict[str, str | None]:
    seed = extract_text(page)
    return {who: role for who, to, role in with_roles(seed, "PARTICIPATED_IN") if to == event}


@pytest.mark.parametrize(
    ("lead", "role"),
    [
        ("We heard from:", "speaker"),
        ("Guests heard from:", "speaker"),
        ("Around the table were, among others:", "participant"),
        ("A panel chaired by Cllr Ivo Brenner heard from:", "panellist"),
    ],
)
def test_people_under_a_lead_saying_they_took_part(lead, role):
    roles = _roles(_PAGE.format(lead=lead), _DAY)
    for name in _PEOPLE:
        assert roles.get(name) == role, roles


def test_clubs_under_a_heading_of_teams_taking_part():
    page = (
        "Quenby Walking Netball Festival 2026\n\n"
        "Eight teams came to Quenby Leisure Centre on Sunday for the Quenby Walking "
        "Netball Festival 2026.\n\n"
        "Teams taking part\n"
        "- Ashgrove Strollers\n"
        "- Pellow Vale Netball Club\n"
        "- Durnford Over-50s Netball Club\n\n"
        "Thanks to the umpires for giving up their morning.\n"
    )
    roles = _roles(page, "Quenby Walking Netball Festival 2026")
    for name in ("Pellow Vale Netball Club", "Durnford Over-50s Netball Club"):
        assert roles.get(name) == "participant", roles


def test_a_list_of_what_was_done_names_no_one_taking_part():
    page = _PAGE.replace("- Olwen", "We heard about:\n- Olwen").format(lead="Next steps")
    roles = _roles(page, _DAY)
    assert roles.get("Olwen Pardrey") not in {"speaker", "participant"}, roles
