"""Who chairs a body, said with a time between the verb and "by" ("chaired for its
first year by"), or as chairing a body's trustees ("who chairs the trustees of
Foo"): MEMBER_OF, role chair (rules/chairs.py)."""

from __future__ import annotations

from collabgraph.extract import extract_text


def _chairs(seed: dict) -> set[tuple[str, str]]:
    return {
        (r["from"], r["to"])
        for r in seed["relations"]
        if r["type"] == "MEMBER_OF" and (r.get("role") or "").lower() == "chair"
    }


def test_chaired_for_a_time_by_a_person():
    seed = extract_text(
        "Fenby Board news\n\nThe Fenby Food Partnership will be chaired for its first two "
        "years by Jo Tern, a retired head teacher.\n"
    )
    assert ("Jo Tern", "Fenby Food Partnership") in _chairs(seed)


def test_who_chairs_the_trustees_of_a_charity():
    seed = extract_text(
        'Shelter opens\n\n"We are glad," said Ada Foss, who chairs the trustees of the Kelby '
        "Night Shelter.\n"
    )
    assert ("Ada Foss", "Kelby Night Shelter") in _chairs(seed)


def test_no_chair_when_no_person_follows_the_time_nor_a_body_before():
    seed = extract_text(
        "Kelby Fun Run\n\nThe Kelby Fun Run was chaired for charity by nobody. The meeting "
        "was chaired for an hour by Sam Reed.\n"
    )
    assert not _chairs(seed)


def test_a_board_post_of_the_described_charity():
    seed = extract_text(
        "New trustees\n\nKelby Trust has two new trustees.\n\nSam Reed, an accountant, is a "
        "trustee of the food redistribution charity Holt Larder. Ada Foss is chair of the "
        "youth charity Fenby Aid.\n"
    )
    members = {(r["from"], r["to"]) for r in seed["relations"] if r["type"] == "MEMBER_OF"}
    assert ("Sam Reed", "Holt Larder") in members
    assert ("Ada Foss", "Fenby Aid") in _chairs(seed)


def test_a_post_of_the_body_named_before_is_not_of_a_later_name():
    seed = extract_text(
        "New trustees\n\nSam Reed is a trustee of the charity. Holt Larder thanked him.\n"
    )
    assert not any(r["type"] == "MEMBER_OF" and r["to"] == "Holt Larder" for r in seed["relations"])
