"""An "Assembly" the page tells as held, yearly or dated is an event; one a body keeps
(members, "hosts the X Assembly, which elects ...") stays a body. Names ending in
"Weekend" or "Fortnight" are occasions."""

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


def test_weekends_and_fortnights_are_events():
    seed = extract_text(
        "All five pieces will be shown at the Kelby Folk Weekend in June. The awards were "
        "presented at Dale Hall as part of Fenby Volunteering Fortnight.\n"
    )
    types = _types(seed)
    assert types.get("Kelby Folk Weekend") == "Event"
    assert types.get("Fenby Volunteering Fortnight") == "Event"
