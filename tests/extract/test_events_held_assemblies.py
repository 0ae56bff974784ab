"""An "Assembly" the page tells as held, yearly or dated is an event; one a body keeps
(members, "hosts the X Assembly, which elects ...") stays a body. A name ending in
"Weekend" is an occasion's, and a capitalised one in the headline the page's event."""

from __future__ import annotations

from collabgraph.extract import extract_text


def _types(seed):
    return {e["name"]: e["type"] for e in seed["entities"]}


def test_an_assembly_hosted_once_is_an_event():
    seed = extract_text(
        "Kelby Health Trust hosted its first Fenby Equity Assembly on 26 May 2031 at "
        "Dale Hall. More than 90 people from 40 groups took part.\n"
    )
    assert _types(seed).get("Fenby Equity Assembly") == "Event"


def test_an_assembly_dated_after_its_name_is_an_event():
    seed = extract_text(
        "Next up: the first Two Rivers Assembly, on 26 March at the Kelby Guildhall, "
        "where residents will set the priorities for the year.\n"
    )
    assert _types(seed).get("Two Rivers Assembly") == "Event"


def test_an_annual_assembly_is_an_event():
    seed = extract_text(
        "Kelby Council and Fenby University signed the pact on Monday. An annual Civic "
        "Assembly, open to all residents, will review progress.\n"
    )
    assert _types(seed).get("Civic Assembly") == "Event"


def test_an_assembly_a_body_keeps_is_no_event():
    seed = extract_text(
        "What we do\n\n"
        "- Hosts the Kelby VCSE Assembly, which elects voluntary sector representatives "
        "to the Fenby Care Partnership\n"
        "- Runs training for trustees\n"
    )
    assert _types(seed).get("Kelby VCSE Assembly") != "Event"


def test_members_of_an_assembly_keep_it_a_body():
    seed = extract_text(
        "Members of the Ayton Climate Assembly voted on the plan. Jo Tern chairs the "
        "Ayton Climate Assembly.\n"
    )
    assert _types(seed).get("Ayton Climate Assembly") != "Event"


def test_a_weekend_is_an_event():
    seed = extract_text(
        "All five pieces will be shown at the Kelby Folk Weekend in June, with help from "
        "Fenby Arts Trust.\n"
    )
    assert _types(seed).get("Kelby Folk Weekend") == "Event"


def test_a_weekend_in_the_headline_is_the_page_event():
    seed = extract_text(
        "Fenby Folk Weekend 2031 - how it went\n\n"
        "Over 2,000 people came to the town for three days of music. Jo Tern of Kelby "
        "Arts Trust chaired the songwriters' panel.\n"
    )
    events = [e["name"] for e in seed["entities"] if e["type"] == "Event"]
    assert "Fenby Folk Weekend 2031" in events


def test_a_weekend_in_lower_case_is_no_event():
    seed = extract_text(
        "Kelby Food Bank was busy this weekend. Jo Tern thanked the volunteers who gave up "
        "their weekend to sort donations.\n"
    )
    assert not [e for e in seed["entities"] if e["type"] == "Event"]


def test_a_bare_annual_assembly_is_no_second_event():
    seed = extract_text(
        "Fenby VCSE Assembly 2031: Speakers\n\n"
        "Annual Assembly, Thursday 23 April 2031, Dale Hall\n\n"
        "Jo Tern, Chief Executive of Kelby Trust, opens the day.\n"
    )
    events = [e["name"] for e in seed["entities"] if e["type"] == "Event"]
    assert "Annual Assembly" not in events
