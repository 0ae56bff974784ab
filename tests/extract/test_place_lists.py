"""Bodies listed after the place they are in: "hospice providers in Westshire
(including A, B and C)"; the body a sentence opening with a place is about: "In
Kelby, Foo Trust has ..."; the body set off after "one organisation in Kelby, ..."
(rules/place_lists.py)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


@pytest.mark.parametrize(
    "text",
    [
        "Hospice providers in Warwickshire (including Alder Hospice, Birch Hospice and "
        "Heron Hospice) have agreed to share staff.",
        "Voluntary groups in Warwickshire, such as Alder Hospice, Birch Hospice and "
        "Heron Hospice, have signed the pledge.",
        "Three charities from Warwickshire - Alder Hospice, Birch Hospice and Heron "
        "Hospice - will share the money.",
        "Within Warwickshire, work is under way with hospice providers (including Alder "
        "Hospice, Birch Hospice and Heron Hospice) to share staff.",
    ],
)
def test_each_body_listed_after_its_place_is_located_there(text):
    located = pairs(extract_text(text + "\n"), "LOCATED_IN")
    assert {
        ("Alder Hospice", "Warwickshire"),
        ("Birch Hospice", "Warwickshire"),
        ("Heron Hospice", "Warwickshire"),
    } <= located


def test_a_list_after_places_joined_by_and_is_in_each():
    seed = extract_text(
        "The fund will help community organisations across Selby and Goole including "
        "Alder Trust and the Birch Project.\n"
    )
    located = pairs(seed, "LOCATED_IN")
    assert {("Alder Trust", "Selby"), ("Alder Trust", "Goole"),
            ("Birch Project", "Selby"), ("Birch Project", "Goole")} <= located  # fmt: skip


def test_people_or_a_list_a_bare_comma_joins_are_not_placed():
    seed = extract_text(
        "Many people in Ripon, including Jane Doe and Ann Smith, signed the pledge. "
        "Local charities in Thirsk, Alder Trust and Birch Care, said the cuts hurt.\n"
    )
    located = pairs(seed, "LOCATED_IN")
    assert not any(place in {"Ripon", "Thirsk"} for _, place in located)


@pytest.mark.parametrize(
    "sentence",
    [
        "In Wrexham, Plover Arts has been awarded £9,950 to run art classes.",
        "Also in Wrexham, Plover Arts will open a studio.",
        "Elsewhere in Wrexham, Plover Arts, a small charity, won a prize.",
    ],
)
def test_the_body_a_sentence_opening_with_a_place_is_about_is_there(sentence):
    assert ("Plover Arts", "Wrexham") in pairs(extract_text(sentence + "\n"), "LOCATED_IN")


def test_a_person_after_an_opening_place_is_not_placed():
    seed = extract_text("In Wrexham, Jane Doe of Plover Arts opened the studio.\n")
    assert ("Plover Arts", "Wrexham") not in pairs(seed, "LOCATED_IN")


def test_a_body_set_off_after_a_body_noun_and_its_place_is_there():
    seed = extract_text(
        "One organisation in Rutland, Kelby Money CIC, was given £24,000 to support "
        "local people on low incomes.\n"
    )
    assert ("Kelby Money CIC", "Rutland") in pairs(seed, "LOCATED_IN")


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Over 20 charities joined the call, from national bodies such as the Red Cross to "
         "local Warwickshire charities like Alder Hospice, the Birch Gallery and the Heron "
         "Foundation.", "Warwickshire"),
        ("Wrexham groups such as Alder Hospice, Birch Gallery and Heron Foundation will share "
         "the money.", "Wrexham"),
        ("The fund has helped Selby organisations (including Alder Hospice, Birch Gallery and "
         "Heron Foundation) to grow.", "Selby"),
    ],
)  # fmt: skip
def test_bodies_listed_after_a_place_named_noun_are_located_there(sentence, place):
    located = pairs(extract_text(sentence + "\n"), "LOCATED_IN")
    bodies = {"Alder Hospice", "Birch Gallery", "Heron Foundation"}
    assert {(body, place) for body in bodies} <= located


def test_a_place_named_noun_with_no_list_after_it_places_nothing():
    seed = extract_text("Warwickshire charities met Alder Hospice and Birch Gallery last week.\n")
    assert not any(place == "Warwickshire" for _, place in pairs(seed, "LOCATED_IN"))


@pytest.mark.parametrize(
    ("sentence", "body", "place"),
    [
        ("In Northtown, a three-year grant of £29,400 has been awarded to Ashby Play Club "
         "to provide a play group.", "Ashby Play Club", "Northtown"),
        ("In Westshire, £5,000 was given to the Kelby Youth Project for a weekly club.",
         "Kelby Youth Project", "Westshire"),
    ],
)  # fmt: skip
def test_the_money_given_in_a_place_the_sentence_opens_with_places_its_recipient(
    sentence, body, place
):
    text = f"Dale Youth Grants\n\nThe fund has given £2m to 40 groups. {sentence}\n"
    assert (body, place) in pairs(extract_text(text), "LOCATED_IN")


def test_a_recipient_after_a_named_giver_is_not_placed_by_the_opening_place():
    text = (
        "Dale Youth Grants\n\nIn Northtown, Ashby Trust gave £5,000 to the Kelby Youth "
        "Project for a weekly club.\n"
    )
    assert ("Kelby Youth Project", "Northtown") not in pairs(extract_text(text), "LOCATED_IN")
