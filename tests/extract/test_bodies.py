"""Capitalised words that are no body: praise before a body's head word, a group
of people, a minister's portfolio. Small made-up write-ups, one kind each (round 33)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import entities, pairs


def orgs(text: str) -> set[str]:
    return {name for kind, name in entities(text) if kind == "Organisation"}


# ------------------------------------------- praise or time before a head word


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "Strategic Partnership with Orley Council\n\n"
            "Orley Advice has formed a new partnership with Orley Council.",
            "Strategic Partnership",
        ),
        (
            "Major UK funder says charities in Kelby are innovating\n\n"
            "The Brindle Foundation gave grants to 40 charities.",
            "Major UK",
        ),
    ],
)
def test_praise_before_a_head_word_names_no_body(text, body):
    found = orgs(text)
    assert body not in found
    assert found & {"Orley Council", "Brindle Foundation"}


# ------------------------------------------- people taught or helping, in capitals


def test_a_group_of_helpers_or_tutors_is_no_body():
    text = (
        "More than 50 members attended, including 28 Shop Helpers. Course Tutors gave "
        "an overview of the courses at Kelby Recovery College."
    )
    assert orgs(text) == {"Kelby Recovery College"}


# ------------------------------------------- a minister's portfolio


def test_a_minister_s_portfolio_names_no_bodies():
    text = (
        "Jo Vole, MP, Minister for Universities, Science, Research and Innovation, "
        "was in conversation with Ann Lark, Orley Institute Director."
    )
    assert orgs(text) == {"Orley Institute"}


# ------------------------------------------- a coined word alone, for the longer name


def test_a_coined_first_word_alone_is_the_body_it_opens():
    text = (
        "Brindle Cancer Support, in partnership with the Kelby Trust, set up a centre. "
        "Jo Vole, Brindle's Partnership Manager for Kelby, said it was good news."
    )
    seed = extract_text(text, path="page.txt")
    assert {e["name"] for e in seed["entities"] if e["type"] == "Organisation"} == {
        "Brindle Cancer Support",
        "Kelby Trust",
    }
    assert ("Jo Vole", "Brindle Cancer Support") in pairs(seed, "WORKS_FOR")


# ------------------------------------------- "Person, Post, Body"


def test_the_name_after_a_person_s_post_and_a_comma_is_her_body():
    seed = extract_text("The day was facilitated by Jon Reed, CEO, Orvano.", path="page.txt")
    assert ("Jon Reed", "Orvano") in pairs(seed, "WORKS_FOR")


def test_a_style_after_a_post_and_a_comma_opens_the_next_person():
    text = "Speakers were Ann Lark, Solicitor, Sgt. Bob Reed, Crime Officer, and Jo Vole."
    assert not orgs(text)


# ------------------------------------------- a person's body, after ", from" or in brackets


def test_the_name_after_a_person_a_comma_and_from_is_her_body():
    seed = extract_text(
        "Ann Lark, from Volunteer Centre Kelby, explained the scheme to volunteers.",
        path="page.txt",
    )
    assert ("Ann Lark", "Volunteer Centre Kelby") in pairs(seed, "WORKS_FOR")


def test_a_centre_in_brackets_after_a_person_is_her_body():
    text = "The activity was run by Emma Reed (The Orley Centre) and Jo Vole."
    assert "Orley Centre" in orgs(text)
    assert "Austria" not in orgs("Ann Lee (Austria) spoke about the scheme.")


# ------------------------------------------- an artist's trade after a name


def test_an_artist_s_trade_in_brackets_is_no_body():
    text = "The showcase was run with the Kelby Museum and Paul Vole (Artist)."
    assert "Artist" not in orgs(text)
    assert "Kelby Museum" in orgs(text)


# ------------------------------------------- a word for the page's own region, alone


def test_the_capital_or_the_duchy_alone_is_no_body():
    text = (
        "The Kelby Voluntary Council, which has its headquarters in the Capital, "
        "brought together groups from across the Duchy."
    )
    assert orgs(text) == {"Kelby Voluntary Council"}
