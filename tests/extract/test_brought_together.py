"""The few bodies a project "brings together" are each other's partners
(rules/brought_together.py); an event's gathering, a counted list or a long list is
not (a named partnership's are `compositions`', tests/extract/test_partners_named_together.py)."""

from __future__ import annotations

from collabgraph.extract import extract_text


def _partners(seed: dict) -> set[frozenset[str]]:
    return {frozenset((r["from"], r["to"])) for r in seed["relations"] if r["type"] == "PARTNER_OF"}


def test_a_project_bringing_together_three_named_bodies_makes_them_partners():
    seed = extract_text(
        "Partners launch Warm Homes Orton\n\n"
        "The Warm Homes Orton project brings together Orton Housing Co-operative, the energy "
        "advice charity Heat Wise Trust and Orton Community Council. It will offer free "
        "home energy visits.\n"
    )
    partners = _partners(seed)
    assert frozenset({"Orton Housing Co-operative", "Heat Wise Trust"}) in partners, partners
    assert frozenset({"Orton Housing Co-operative", "Orton Community Council"}) in partners
    assert frozenset({"Heat Wise Trust", "Orton Community Council"}) in partners


def test_a_programme_that_brings_together_two_bodies_after_which():
    seed = extract_text(
        "Orton news\n\n"
        "The Kelby Link programme, which now brings together Tern Valley Foodbank and "
        "Orton Young Carers, starts on Monday.\n"
    )
    assert frozenset({"Tern Valley Foodbank", "Orton Young Carers"}) in _partners(seed)


def test_an_event_a_count_or_a_long_list_brought_together_is_no_partnership():
    seed = extract_text(
        "Kelby Summit 2025\n\n"
        "The Kelby Summit 2025 brought together Tern Trust, Fenby Mind and Orton Carers "
        "at Kelby Town Hall.\n\n"
        "The Fenby Link programme brings together more than 120 organisations, including "
        "Marsh End Mind, Kelby Carers and Orton Youth Trust.\n\n"
        "The Orton Link project brings together Ash Trust, Birch Trust, Cedar Trust, Elm "
        "Trust, Hazel Trust and Oak Trust.\n"
    )
    partners = _partners(seed)
    assert not any("Tern Trust" in p or "Fenby Mind" in p for p in partners), partners
    assert not any("Marsh End Mind" in p or "Kelby Carers" in p for p in partners)
    assert not any("Oak Trust" in p or "Ash Trust" in p for p in partners)
