"""Members listed under a heading without bullets: "Member organisations" over lines
that each open with a body's name, or over a line of names set off by middots; and
a lead-in with an aside in brackets ("Current members (updated May 2025):").
`name_runs.py`, `rules/lead_lists.py`."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.name_runs import name_line


def _members(seed: dict) -> set[tuple[str, str]]:
    return {(r["from"], r["to"]) for r in seed["relations"] if r["type"] == "MEMBER_OF"}


_NETWORK = (
    "About the network\n\n"
    "The Dunmere Play Network is an alliance of play groups, schools and councils "
    "working for better play across Dunmere.\n\n"
)


def test_lines_of_bodies_under_a_members_heading_are_members():
    seed = extract_text(
        _NETWORK + "Member organisations\n\n"
        "Brackley Adventure Playground - open every weekday after school\n"
        "Oakhurst Toy Library\n"
        "Fenwold Parish Council - play areas team\n\n"
        "How we are funded\n\n"
        "Our costs are met by the members.\n"
    )
    members = _members(seed)
    assert ("Brackley Adventure Playground", "Dunmere Play Network") in members
    assert ("Oakhurst Toy Library", "Dunmere Play Network") in members
    assert ("Fenwold Parish Council", "Dunmere Play Network") in members


def test_a_line_of_names_set_off_by_middots_lists_members():
    seed = extract_text(
        _NETWORK + "Our members\n\n"
        "Brackley Adventure Playground · Oakhurst Community Trust · Fenwold Scrap Store CIC\n\n"
        "Joining\n\nMembership is free to any group that signs our charter.\n"
    )
    members = _members(seed)
    assert ("Oakhurst Community Trust", "Dunmere Play Network") in members
    assert ("Fenwold Scrap Store CIC", "Dunmere Play Network") in members


def test_a_lead_in_with_an_aside_in_brackets_lists_members():
    seed = extract_text(
        _NETWORK + "Current members (updated May 2025):\n\n"
        "- Brackley Adventure Playground\n"
        "- Oakhurst Toy Library\n"
    )
    members = _members(seed)
    assert ("Brackley Adventure Playground", "Dunmere Play Network") in members
    assert ("Oakhurst Toy Library", "Dunmere Play Network") in members


def test_names_after_the_list_has_closed_are_no_members():
    seed = extract_text(
        _NETWORK + "Our members\n\n"
        "Brackley Adventure Playground\n"
        "Oakhurst Toy Library\n\n"
        "Our funders\n\n"
        "Fenwold Community Foundation\n"
        "Harlow Street Trust\n"
    )
    members = _members(seed)
    assert ("Oakhurst Toy Library", "Dunmere Play Network") in members
    assert ("Fenwold Community Foundation", "Dunmere Play Network") not in members
    assert ("Harlow Street Trust", "Dunmere Play Network") not in members


def test_a_name_line_is_names_not_a_sentence():
    assert name_line("Oakhurst Toy Library - a lending library of toys")
    assert name_line("Brackley Playground · Oakhurst Toy Library")
    assert not name_line("Our costs are met by the members.")
    assert not name_line("Emergency food")


_TRUST = (
    "About us\n\n"
    "The Fenwold Wildlife Trust looks after six nature reserves around Fenwold. "
    "The Fenwold Wildlife Trust is a registered charity.\n\n"
)


def _seats(seed: dict) -> dict[str, str]:
    return {
        r["from"]: (r.get("role") or "").lower()
        for r in seed["relations"]
        if r["type"] == "MEMBER_OF" and r["to"] == "Fenwold Wildlife Trust"
    }


def test_people_on_lines_under_a_trustees_heading_are_trustees():
    seed = extract_text(
        _TRUST + "Our trustees\n\n"
        "Harriet Quayle (Chair) - a retired vet\n"
        "Desmond Achebe - a solicitor in Fenwold\n"
        "Lorna Pettigrew, a nurse\n"
    )
    seats = _seats(seed)
    assert seats.get("Harriet Quayle") == "chair"
    assert seats.get("Desmond Achebe") == "trustee"
    assert seats.get("Lorna Pettigrew") == "trustee"


def test_people_after_the_roll_has_closed_hold_no_seat():
    seed = extract_text(
        _TRUST + "Our trustees\n\n"
        "Harriet Quayle (Chair) - a retired vet\n"
        "Desmond Achebe - a solicitor in Fenwold\n\n"
        "Our staff\n\n"
        "Lorna Pettigrew - reserves officer\n"
    )
    seats = _seats(seed)
    assert seats.get("Desmond Achebe") == "trustee"
    assert "Lorna Pettigrew" not in seats


def test_a_trustee_whose_line_gives_a_post_at_another_body_is_still_a_trustee():
    seed = extract_text(
        _TRUST + "Trustees\n\n"
        "- Harriet Quayle – Founder of the Marsh Lane Growers Collective\n"
        "- Desmond Achebe – a solicitor in Fenwold\n"
    )
    seats = _seats(seed)
    assert seats.get("Harriet Quayle") == "trustee"
    assert seats.get("Desmond Achebe") == "trustee"


def test_people_under_a_members_heading_are_members_but_not_under_members_present():
    page = (
        "The Fenwold Wildlife Trust\n\n"
        "The Fenwold Wildlife Trust looks after six nature reserves around Fenwold. "
        "The Fenwold Wildlife Trust is a registered charity.\n\n"
    )
    seed = extract_text(
        page + "Members\n\n"
        "Harriet Quayle (Chair) - a retired vet\n"
        "Desmond Achebe - a solicitor in Fenwold\n"
    )
    assert _seats(seed).get("Desmond Achebe") == "member"
    seed = extract_text(
        page + "Members present\n\n"
        "Harriet Quayle (Chair) - a retired vet\n"
        "Desmond Achebe - a solicitor in Fenwold\n"
    )
    assert "Desmond Achebe" not in _seats(seed)
