"""A body's short form and its full name are one entity: made-up write-ups."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text


def _aliases(seed: dict, name: str) -> set[str]:
    entity = next(e for e in seed["entities"] if e["name"] == name)
    return set(entity.get("aliases", ()))


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "Jane Doe chairs NHS Kelby Clinical Commissioning Group. "
            "Surgeries worked with Kelby CCG and Dalby Council on the scheme.",
            "NHS Kelby Clinical Commissioning Group",
            "Kelby CCG",
        ),
        (
            "Tom Reed joined NHS Ashmoor CCG last year. "
            "Ashmoor CCG funded the new clinic in the town.",
            "NHS Ashmoor CCG",
            "Ashmoor CCG",
        ),
        (
            "NHS Fenby Integrated Care Board met the charity. "
            "Fenby ICB will pay for two more nurses.",
            "NHS Fenby Integrated Care Board",
            "Fenby ICB",
        ),
        (
            "Tom Reed joined NHS Fenby Health-Care Partnership last year. "
            "Fenby HCP funded the new clinic in the town.",
            "NHS Fenby Health-Care Partnership",
            "Fenby HCP",
        ),
    ],
)
def test_letters_without_the_nhs_name_the_same_body(text, name, short):
    seed = extract_text(text)
    assert short in _aliases(seed, name)
    assert short not in {e["name"] for e in seed["entities"]}


def test_letters_of_two_bodies_stay_apart():
    seed = extract_text(
        "NHS Kelby Clinical Commissioning Group and NHS Dalby Clinical Commissioning Group "
        "met. Dalby CCG spoke first."
    )
    assert "Dalby CCG" in _aliases(seed, "NHS Dalby Clinical Commissioning Group")
    assert "Dalby CCG" not in _aliases(seed, "NHS Kelby Clinical Commissioning Group")


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "The National Heritage Grants Board gave money to ten groups. "
            "Ann Bell, director of the Grants Board, said it was a good year.",
            "National Heritage Grants Board",
            "Grants Board",
        ),
        (
            "Kelby Voluntary Action runs the Kelby Green Spaces Programme. "
            "Ten groups joined the Green Spaces Programme this year.",
            "Kelby Green Spaces Programme",
            "Green Spaces Programme",
        ),
    ],
)
def test_the_last_words_of_a_name_name_the_same_thing(text, name, short):
    seed = extract_text(text)
    assert short in _aliases(seed, name)
    assert short not in {e["name"] for e in seed["entities"]}


def test_last_words_two_names_share_stand_for_neither():
    seed = extract_text(
        "Kelby Youth Grants Board and Dalby Youth Grants Board met. "
        "Ann Bell spoke for the Youth Grants Board."
    )
    assert "Youth Grants Board" not in _aliases(seed, "Kelby Youth Grants Board")
    assert "Youth Grants Board" not in _aliases(seed, "Dalby Youth Grants Board")


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "Tom Reed is the new chair of Kestrel Housing Group. "
            "He said he would lead Kestrel Group well.",
            "Kestrel Housing Group",
            "Kestrel Group",
        ),
        (
            "Ann Bell joined Kelby Arts and Heritage Trust in May. Kelby Trust thanked her.",
            "Kelby Arts and Heritage Trust",
            "Kelby Trust",
        ),
    ],
)
def test_a_name_without_its_fields_names_the_same_body(text, name, short):
    seed = extract_text(text)
    assert short in _aliases(seed, name)
    assert short not in {e["name"] for e in seed["entities"]}


def test_a_name_with_other_words_between_is_another_body():
    found = {
        e["name"]
        for e in extract_text(
            "Kelby Trust runs the shop. Kelby Bridge Trust looks after the old bridge."
        )["entities"]
    }
    assert {"Kelby Trust", "Kelby Bridge Trust"} <= found


def test_every_short_form_of_one_body_joins_it():
    seed = extract_text(
        "Tom Reed is the new chair of Kestrel Housing Group. Ann Bell, chief executive "
        "of Kestrel, said he would lead Kestrel Group well."
    )
    assert {"Kestrel", "Kestrel Group"} <= _aliases(seed, "Kestrel Housing Group")


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        (
            "Sam Cole leads the Community Foundation for Kelby. "
            "The Community Foundation of Kelby gave grants to six groups.",
            {"Community Foundation for Kelby", "Community Foundation of Kelby"},
        ),
        (
            "Ann Bell works for Kelby Hospitals Trust. Staff from Kelby Hospital Trust came.",
            {"Kelby Hospitals Trust", "Kelby Hospital Trust"},
        ),
    ],
)
def test_a_name_written_two_ways_is_one_body(text, forms):
    seed = extract_text(text)
    bodies = [e for e in seed["entities"] if e["type"] == "Organisation"]
    assert len(bodies) == 1
    assert forms <= {bodies[0]["name"], *bodies[0].get("aliases", ())}


def test_a_headline_before_a_name_takes_nothing_from_it():
    seed = extract_text("Award for Kelby Food Bank\n\nKelby Food Bank has won an award.")
    assert "Kelby Food Bank" in {e["name"] for e in seed["entities"]}


def test_a_body_named_with_its_board_is_the_body_when_the_page_names_it_alone():
    seed = extract_text(
        "The Kelby Alliance held its annual meeting. Jane Doe, Chair of the Kelby Alliance "
        "Board of Trustees, said the work mattered.\n\n"
        "Foo Trust has grown. John Roe is a member of the Foo Trust Board of Directors.\n\n"
        "Ada Quill is chair of the Orrin Carers Board of Governors.\n"
    )
    names = {e["name"] for e in seed["entities"] if e["type"] == "Organisation"}
    seats = {(r["from"], r["to"]) for r in seed["relations"] if r["type"] == "MEMBER_OF"}
    assert {("Jane Doe", "Kelby Alliance"), ("John Roe", "Foo Trust")} <= seats
    assert not {"Kelby Alliance Board of Trustees", "Foo Trust Board of Directors"} & names
    # the body is not named alone: its board's name is all the page gives
    assert ("Ada Quill", "Orrin Carers Board of Governors") in seats
