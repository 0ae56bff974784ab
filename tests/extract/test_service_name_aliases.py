"""A service or programme named before describing words and its noun keeps the page's
fuller form as an alias ("the Step Up job club": "Step Up", also "Step Up job club";
mentions/programme_votes.py); "... Spaces" and "... Space" name schemes
(vocab/head_project_strong.txt); "the Foo appeal" is a fundraising appeal's name
(vocab/service_head_nouns.txt), but not the tail of a name cut at a small word ("the
Fill a Box appeal": mentions/service_nouns.py); "its Foo grants" is the programme's
fuller form too (vocab/programme_alias_nouns.txt)."""

from __future__ import annotations

from collabgraph.extract import extract_text


def _entity(seed: dict, name: str) -> dict | None:
    return next((e for e in seed["entities"] if e["name"] == name), None)


def _rels(seed: dict, kind: str) -> set[tuple[str, str]]:
    return {(r["from"], r["to"]) for r in seed["relations"] if r["type"] == kind}


def test_describing_words_and_noun_are_the_services_alias():
    seed = extract_text(
        "Kelby news\n\nJo Tern runs the Silver Stars lunch club at Fenby Library.\n\n"
        "Fenby Council funds the Cook and Share club, run by Kelby Action.\n"
    )
    stars = _entity(seed, "Silver Stars")
    assert stars is not None and stars["type"] == "Project"
    assert "Silver Stars lunch club" in stars.get("aliases", [])
    cook = _entity(seed, "Cook and Share")
    assert cook is not None and "Cook and Share club" in cook.get("aliases", [])
    assert ("Kelby Action", "Cook and Share") in _rels(seed, "RUNS")


def test_a_bodys_name_before_a_noun_gets_no_service_alias():
    seed = extract_text(
        "Kelby news\n\nAda Foss chairs the Fenby Trust youth programme board in Kelby.\n"
    )
    trust = _entity(seed, "Fenby Trust")
    assert trust is not None and trust["type"] == "Organisation"
    assert not any("programme" in a for a in trust.get("aliases", []))


def test_spaces_name_a_scheme_not_a_body():
    seed = extract_text(
        "Kelby news\n\nTwenty groups have signed up as Warm Spaces, run by Kelby Action "
        "with Fenby Council.\n\nFenby Council matched £20,000 for Safe Spaces.\n"
    )
    for name in ("Warm Spaces", "Safe Spaces"):
        found = _entity(seed, name)
        assert found is not None and found["type"] == "Project"
    assert ("Kelby Action", "Warm Spaces") in _rels(seed, "RUNS")


def test_an_appeal_named_before_its_noun_is_a_project():
    seed = extract_text(
        "Kelby news\n\nThe Kelby Lights appeal raised £4,000 for Kelby Hospice.\n\n"
        "Fenby Rotary ran the Heart of Kelby appeal with Kelby Council.\n"
    )
    lights = _entity(seed, "Kelby Lights")
    assert lights is not None and lights["type"] == "Project"
    assert "Kelby Lights appeal" in lights.get("aliases", [])
    heart = _entity(seed, "Heart of Kelby")
    assert heart is not None and heart["type"] == "Project"


def test_a_name_cut_at_a_small_word_is_no_service():
    seed = extract_text(
        "Kelby news\n\nJo Tern said the Fill a Box appeal had done well.\n\n"
        "Ada Foss leads the Safe at Home sanctuary scheme in Fenby.\n"
    )
    names = {e["name"] for e in seed["entities"]}
    assert "Box" not in names
    assert "Home" not in names


def test_a_programmes_grants_are_its_alias_not_a_vote():
    seed = extract_text(
        "Kelby news\n\nAda Foss said the council's Ageing Well grants (up to £2,000) "
        "reopen in February.\n\nThe Fenby Trust grants helped ten groups in Kelby.\n"
    )
    ageing = _entity(seed, "Ageing Well")
    assert ageing is not None and ageing["type"] == "Project"
    assert "Ageing Well grants" in ageing.get("aliases", [])
    trust = _entity(seed, "Fenby Trust")
    assert trust is not None and trust["type"] == "Organisation"
    assert "Fenby Trust grants" not in trust.get("aliases", [])


def test_a_bodys_possessive_or_and_before_a_service_is_no_cut_name():
    seed = extract_text(
        "Kelby news\n\nStaff signpost people to Fenby Leisure's Move Well classes.\n\n"
        "Our Bright Stars and Dynamos sessions are full every Friday.\n"
    )
    move = _entity(seed, "Move Well")
    assert move is not None and move["type"] == "Project"
    assert ("Fenby Leisure", "Move Well") in _rels(seed, "RUNS")
