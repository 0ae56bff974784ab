"""'chief executive of Kelby-based Fenby Homes', 'Jane Doe from Dalby based Foo
Trust': a place written before a body's name says where the body is; the post
is held at the body, not the place, and the place stays a place. 'Jane Doe of
the charity Foo', 'Jane Doe from housing charity Foo': a person from a body
described before its name works for it. Made-up write-ups, kinds of fault from
real pages."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, posts, types_of


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("A lead contender is Ada Brook, chief executive of Kelby-based Fenby Housing "
         "Association.",
         ("Ada Brook", "WORKS_FOR", "Fenby Housing Association", "chief executive")),
        ("The scheme was set up by Ada Brook, strategic manager of Kelby-based Fenby Family "
         "Centre, and Len Howe.",
         ("Ada Brook", "WORKS_FOR", "Fenby Family Centre", "strategic manager")),
        ("Ada Brook is Managing Director of north Kelby-based Fenby Waste Services and was "
         "given the award.",
         ("Ada Brook", "WORKS_FOR", "Fenby Waste Services", "managing director")),
        ("Ada Brook, chief executive of the Dalby based housing charity Fenby Homes, spoke.",
         ("Ada Brook", "WORKS_FOR", "Fenby Homes", "chief executive")),
    ],
)  # fmt: skip
def test_a_post_at_a_body_placed_before_its_name(sentence, row):
    seed = extract_text("Kelby news\n\n" + sentence + "\n", path="page.txt")
    found = posts(seed)
    assert row in found
    assert not any(t in {"Kelby", "north Kelby", "Dalby"} for _, _, t, _ in found)


def test_the_place_before_based_stays_a_place_where_the_body_is():
    text = "Kelby news\n\nThe talk was given by Ada Brook, director of Dalby-based Fenby Trust.\n"
    assert types_of(text).get("Dalby") == "Place"
    assert ("Fenby Trust", "Dalby") in pairs(extract_text(text, path="page.txt"), "LOCATED_IN")


def test_a_person_from_a_placed_body_works_for_it():
    seed = extract_text(
        "Kelby news\n\nSpeakers included Ada Brook from Dalby-based Fenby Homes.\n",
        path="page.txt",
    )
    assert ("Ada Brook", "Fenby Homes") in pairs(seed, "WORKS_FOR")
    assert ("Ada Brook", "Dalby") not in pairs(seed, "WORKS_FOR")


@pytest.mark.parametrize(
    "sentence",
    [
        "It was worth having a stall here, said Ada Brook of the charity Fenby Children's Hospice.",
        "Speakers included Ada Brook from the housing charity Fenby Homes and Len Howe.",
        "The panel heard from Ada Brook of disability charity Fenby Aid.",
    ],
)
def test_a_person_from_a_body_described_before_its_name_works_for_it(sentence):
    seed = extract_text("Kelby news\n\n" + sentence + "\n", path="page.txt")
    assert any(w == "Ada Brook" and t.startswith("Fenby") for w, t in pairs(seed, "WORKS_FOR"))


def test_a_description_without_a_body_noun_is_no_employer():
    seed = extract_text(
        "Kelby news\n\nAda Brook of the year Fenby Awards was named at the dinner.\n",
        path="page.txt",
    )
    assert not any(w == "Ada Brook" for w, _ in pairs(seed, "WORKS_FOR"))


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("Len Howe, who is leaving his role as chief executive of Leeds social enterprise "
         "The Lantern, joins in May.",
         ("Len Howe", "WORKS_FOR", "Lantern", "chief executive")),
        ("Ada Brook, chief executive of the Cardiff charity Fenby Homes, spoke.",
         ("Ada Brook", "WORKS_FOR", "Fenby Homes", "chief executive")),
    ],
)  # fmt: skip
def test_a_post_at_a_body_after_its_town_and_description(sentence, row):
    seed = extract_text("Kelby news\n\n" + sentence + "\n", path="page.txt")
    found = posts(seed)
    assert row in found
    assert not any(t in {"Leeds", "Cardiff"} for _, _, t, _ in found)


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("Len Howe, who is leaving his role as chief executive of Leeds social enterprise "
         "The Lantern, joins in May.",
         ("Lantern", "Leeds")),
        ("The grant went to Cardiff housing charity Fenby Homes last week.",
         ("Fenby Homes", "Cardiff")),
    ],
)  # fmt: skip
def test_a_body_after_its_town_and_description_is_in_the_town(sentence, row):
    seed = extract_text("Kelby news\n\n" + sentence + "\n", path="page.txt")
    assert row in pairs(seed, "LOCATED_IN")


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        ("Pictured is Fenby Hall, which is home to Kelby County Council.",
         {("Kelby County Council", "Fenby Hall")}),
        ("Leeds is home to Fenby Homes and Foo Trust, which both won awards.",
         {("Fenby Homes", "Leeds"), ("Foo Trust", "Leeds")}),
    ],
)  # fmt: skip
def test_bodies_a_place_is_home_to_are_in_it(sentence, rows):
    seed = extract_text("Kelby news\n\n" + sentence + "\n", path="page.txt")
    assert rows <= pairs(seed, "LOCATED_IN")
