"""Places said in the words describing a body beside its name ("Foo Café, a social
enterprise on Mill Street in Whitby"), places a name is read as only later on the
page, and the area a grant programme covers ("£90,000 to groups across Selby
through its Bar Fund"): rules/described_places.py, rules/place_kinds.py,
rules/fund_areas.py."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _located(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text + "\n", path="page.txt"), "LOCATED_IN")


@pytest.mark.parametrize(
    ("sentence", "body", "places"),
    [
        ("The Pantry Café, a social enterprise on Mill Street in Whitby, has opened a bakery.",
         "Pantry Café", {"Mill Street", "Whitby"}),
        ("The sessions are led by Loom Works, a small social enterprise from Harrogate.",
         "Loom Works", {"Harrogate"}),
        ("The award lets Haven Welcome, a small charity run from the Old Library on Kiln Street, "
         "open two more days.", "Haven Welcome", {"Old Library", "Kiln Street"}),
        ("Tarn Money Advice, the independent charity giving free debt advice across Selby and "
         "Goole, has a new chair.", "Tarn Money Advice", {"Selby", "Goole"}),
    ],
)  # fmt: skip
def test_a_place_in_the_words_describing_a_body_places_it(sentence, body, places):
    assert {(body, p) for p in places} <= _located(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the place is of the people who set the body up, not the body's
        "Haven Welcome, a small charity set up by families from Harrogate, has a new chair.",
        # a former base
        "Haven Welcome, a small charity formerly run from Kiln Street, has a new chair.",
        # the place describes a person beside the name, not a body
        "Jo Tern, a volunteer from Harrogate, has joined Haven Welcome.",
    ],
)
def test_a_place_not_said_of_the_described_body_does_not_place_it(sentence):
    assert ("Haven Welcome", "Harrogate") not in _located(sentence)
    assert ("Haven Welcome", "Kiln Street") not in _located(sentence)


def test_a_name_read_as_a_place_only_later_on_the_page_is_still_the_bodys_place():
    text = (
        "The sessions are run by Larkfield Young Carers, a small charity from Harlow Cross.\n\n"
        "Its new chair, Jo Tern, also works for Harlow Cross Town Council."
    )
    assert ("Larkfield Young Carers", "Harlow Cross") in _located(text)


def test_a_body_ending_a_based_in_phrase_is_not_made_a_place():
    located = _located("Larkfield Young Carers is based in Ambleford Hospice Trust's old offices.")
    assert not {p for _, p in located} & {"Ambleford Hospice Trust"}


@pytest.mark.parametrize(
    ("sentence", "programme", "places"),
    [
        ("The Fenby Foundation has given £120,000 to twelve groups across Selby through its "
         "Stronger Lanes programme.", "Stronger Lanes", {"Selby"}),
        ("Sixteen community groups across Selby and Goole will share £150,000 in the spring "
         "round of our Good Neighbours Grants programme.", "Good Neighbours Grants",
         {"Selby", "Goole"}),
    ],
)  # fmt: skip
def test_a_grant_programme_covers_the_places_of_the_groups_its_money_goes_to(
    sentence, programme, places
):
    located = _located(sentence)
    assert {(programme, p) for p in places} <= located
    assert not {(b, p) for b, p in located if b == "Fenby Foundation"}


@pytest.mark.parametrize(
    "sentence",
    [
        # no sum of money: groups taking part, not a fund's grants
        "Groups across Selby took part in the Stronger Lanes programme.",
        # two programmes: which one covers the place is not said
        "The Fenby Foundation gave £90,000 to groups across Selby through its Stronger Lanes "
        "programme and its Warm Rooms scheme.",
    ],
)
def test_no_programme_is_placed_without_money_or_with_two_programmes(sentence):
    assert not {p for p, _ in _located(sentence)} & {"Stronger Lanes", "Warm Rooms"}
