"""Where a body works, read through the people it serves: a participle after a noun
of people served ("those coping with grief across Kelby", "people seeking asylum
across Dale") says where they are, as "people living in Kelby" does; "The charity"
opening a sentence after one naming a single body is that body. Made-up bodies;
real places only from the gazetteer."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _located(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text), "LOCATED_IN")


def test_a_charity_caring_for_those_coping_across_places_is_there():
    located = _located(
        "The new chief executive of Tern Hospice has been announced.\n\n"
        "The charity, which cares for those coping with loss and grief across Westshire "
        "and Fenby, will welcome Ada Brook in May.\n"
    )
    assert {("Tern Hospice", "Westshire"), ("Tern Hospice", "Fenby")} <= located


def test_a_body_advising_people_seeking_asylum_across_a_place_is_there():
    located = _located(
        "Gull Refugee Trust will deliver advice and casework for people seeking asylum "
        "across Westshire.\n"
    )
    assert ("Gull Refugee Trust", "Westshire") in located


def test_a_funder_of_projects_working_with_people_in_a_place_is_not_placed_there():
    located = _located(
        "Ada Brook chairs Tern Children's Fund.\n\n"
        "The charity has awarded £90,000 to support projects working with young people "
        "in Fenby.\n"
    )
    assert ("Tern Children's Fund", "Fenby") not in located
