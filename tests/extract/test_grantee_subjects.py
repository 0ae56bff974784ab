"""Who received the money when the grantee is not the name right before the
verb (rules/grants.py, rules/grant_subjects.py): a name followed by words saying
what it is, a name after a fronted phrase, the body heading "A and its partners,
B and C", each name of "grants for A, B and C". Fictional bodies."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_LEAD = "Westshire Arts has given £900,000 in funding to forty groups this year. "


def _funded(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text("# News\n\n" + text + "\n", path="page.txt"), "FUNDED")


def test_a_name_described_before_its_verb_received_the_money():
    found = _funded(_LEAD + "The Kelby Voices project has received £5,000 towards its work.")
    assert ("Westshire Arts", "Kelby Voices") in found


def test_a_place_described_before_its_verb_received_nothing():
    found = _funded(_LEAD + "Kelby residents have received £5,000 towards the hall.")
    assert not any(to == "Kelby" for _, to in found)


def test_the_subject_after_a_fronted_phrase_received_the_money():
    found = _funded(
        "Amid strong competition, Tern Trust is celebrating after being awarded £5,000 "
        "from the Heron Foundation."
    )
    assert ("Heron Foundation", "Tern Trust") in found


def test_the_body_heading_its_partners_received_the_money_too():
    found = _funded(
        "The Tern Council and its partner charities, the Northtown Tern Council, the Fenby "
        "Tern Council and Kelby Care in Westshire, have been awarded a grant of £1.5m by the "
        "Heron Foundation to provide support."
    )
    assert ("Heron Foundation", "Tern Council") in found
    assert ("Heron Foundation", "Fenby Tern Council") in found


def test_each_name_after_grants_for_received_the_money():
    found = _funded(
        _LEAD + "The funds include grants for the Dalby Book Festival, the Kelby Book "
        "Festival and the Society of Poets."
    )
    assert {
        ("Westshire Arts", "Kelby Book Festival"),
        ("Westshire Arts", "Society of Poets"),
    } <= found
