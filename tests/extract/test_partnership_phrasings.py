"""Partners named with acronyms in brackets, partners by a memorandum or by being
called partners (rules/collaboration.py, vocab/joint_work_*.txt). Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

THREE = {
    ("Alder Trust", "Birch Homes"),
    ("Alder Trust", "Cedar Foundation"),
    ("Birch Homes", "Cedar Foundation"),
}


@pytest.mark.parametrize(
    "sentence",
    [
        "Alder Trust (AT), Birch Homes (BH) and the Cedar Foundation have joined forces to "
        "tackle loneliness.",
        "Alder Trust, Birch Homes and the Cedar Foundation are partners in the scheme.",
        "Alder Trust (AT), Birch Homes and the Cedar Foundation have signed a memorandum of "
        "understanding.",
    ],
)
def test_bodies_said_to_be_partners_are_partners_each_with_each(sentence):
    assert pairs(extract_text(sentence + "\n"), "PARTNER_OF") == THREE


def test_bodies_named_with_acronyms_forming_a_partnership_are_partners():
    seed = extract_text(
        "The Kelby Federation of Housing Associations (KFHA) and the Westshire Housing Trust "
        "(WHT) have today announced they will be forming a strategic partnership.\n"
    )
    assert pairs(seed, "PARTNER_OF") == {
        ("Kelby Federation of Housing Associations", "Westshire Housing Trust")
    }


def test_bodies_thanking_their_partners_are_not_called_partners_of_each_other():
    seed = extract_text("Alder Trust and Birch Homes thanked all their partners for the help.\n")
    assert not pairs(seed, "PARTNER_OF")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kelby Council will offer support through its advice team and partners like Alder "
        "Trust and Birch Homes.",
        "Kelby Council's partners include Alder Trust and Birch Homes.",
        "Kelby Council is working with partners including Alder Trust and Birch Homes.",
        "Alder Trust and Birch Homes are long-standing partners of Kelby Council.",
    ],
)
def test_a_bodys_partners_named_as_such_are_its_partners(sentence):
    partners = pairs(extract_text(sentence + "\n"), "PARTNER_OF")
    assert {frozenset(pair) for pair in partners} >= {
        frozenset({"Kelby Council", "Alder Trust"}),
        frozenset({"Kelby Council", "Birch Homes"}),
    }


@pytest.mark.parametrize("verb", ["have teamed up", "teamed up", "are teaming up"])
def test_bodies_that_team_up_collaborate_but_are_not_called_partners(verb):
    # corpus/GOLD.md: "teamed up with" is COLLABORATES_WITH unless a formal partnership
    seed = extract_text(f"Alder Trust and Birch Homes {verb} to run a lunch club.\n")
    assert pairs(seed, "PARTNER_OF") == set()
    assert pairs(seed, "COLLABORATES_WITH") == {("Alder Trust", "Birch Homes")}


@pytest.mark.parametrize(
    "opening",
    [
        "The Kelby Health Board (KHB) and the Westshire Councils Association (WCA)",
        "The Kelby Health Board (NHS KHB) and the Westshire Councils Association (WCA)",
        "The Kelby Health Board (NHS KHB) and the Westshire Councils Association (NHS WCA)",
    ],
)
def test_bodies_opening_a_sentence_with_acronyms_of_several_words_are_partners(opening):
    seed = extract_text(
        f"{opening} have signed a memorandum of understanding to work together on care.\n"
    )
    assert pairs(seed, "PARTNER_OF") == {("Kelby Health Board", "Westshire Councils Association")}


def test_words_in_brackets_that_are_no_acronym_end_the_opening_names():
    seed = extract_text(
        "The Kelby Health Board (the board for Kelby) and the Westshire Councils Association "
        "have pledged to work in partnership.\n"
    )
    # (a signed memorandum makes its signers partners by the parse: signed_agreements.py)
    assert pairs(seed, "PARTNER_OF") == set()


FIVE = ["Alder Trust", "Birch Homes", "Cedar Foundation", "Damson Arts", "Elm Housing"]


@pytest.mark.parametrize("count", [3, 4])
def test_a_partnership_between_a_few_bodies_makes_each_a_partner_of_each(count):
    named = FIVE[:count]
    listed = ", ".join(named[:-1]) + " and " + named[-1]
    seed = extract_text(f"The scheme is a partnership between {listed}.\n")
    got = {frozenset(p) for p in pairs(seed, "PARTNER_OF")}
    assert got == {frozenset((a, b)) for i, a in enumerate(named) for b in named[i + 1 :]}


def test_a_partnership_between_many_bodies_makes_the_first_each_ones_partner():
    listed = ", ".join(FIVE[:-1]) + " and " + FIVE[-1]
    seed = extract_text(f"The scheme is a partnership between {listed}.\n")
    got = {frozenset(p) for p in pairs(seed, "PARTNER_OF")}
    assert got == {frozenset(("Alder Trust", other)) for other in FIVE[1:]}


@pytest.mark.parametrize(
    "sentence",
    [
        "A new fundraising partnership has been announced, between Alder Trust and Birch Homes.",
        "An agreement was signed today between Alder Trust and Birch Homes.",
        "A memorandum has been agreed between Alder Trust and Birch Homes.",
        "Kelby Carers is a partnership formed by Alder Trust, Birch Homes and a host of charities.",
        "An alliance established by Alder Trust and Birch Homes will help tenants.",
    ],
)
def test_a_partnership_said_to_be_made_between_two_bodies_makes_them_partners(sentence):
    assert pairs(extract_text(sentence + "\n"), "PARTNER_OF") == {("Alder Trust", "Birch Homes")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Until now, Kelby has delivered the service as a partnership involving Alder Trust "
        "(AT), Birch Homes (BH) and the Cedar Foundation.",
        "The scheme is run by a consortium made up of Alder Trust, Birch Homes and the Cedar "
        "Foundation.",
        "The work is led by an alliance comprising three charities: Alder Trust, Birch Homes "
        "and the Cedar Foundation.",
        "Support comes from a partnership which includes Alder Trust, Birch Homes and the "
        "Cedar Foundation.",
    ],
)
def test_a_partnership_and_the_word_listing_its_parties_makes_them_partners(sentence):
    got = {frozenset(p) for p in pairs(extract_text(sentence + "\n"), "PARTNER_OF")}
    assert got == {frozenset(p) for p in THREE}


def test_a_partnership_involving_no_named_bodies_makes_no_partners():
    seed = extract_text("Jane Doe spoke about a partnership involving local schools in Kelby.\n")
    assert pairs(seed, "PARTNER_OF") == set()


def test_a_partnership_made_with_no_bodies_after_between_makes_no_partners():
    seed = extract_text("A partnership has been announced between the two schools of Kelby.\n")
    assert pairs(seed, "PARTNER_OF") == set()


KELBY_HOMES = (
    "---\nurl: https://www.kelbyhomes.org.uk/news/forum\n---\n\nKelby Homes held its forum.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our partnership with Alder Trust is delivering 240 homes.",
        "Our long-standing partnership with the Alder Trust goes on.",
        "Kelby Homes staff said: “Our new partnership with Alder Trust matters.”",
    ],
)
def test_our_partnership_with_a_body_is_the_page_bodys(sentence):
    seed = extract_text(KELBY_HOMES + sentence + "\n")
    assert ("Kelby Homes", "Alder Trust") in pairs(seed, "PARTNER_OF")


def test_our_staff_working_alongside_a_body_is_no_partnership():
    seed = extract_text(KELBY_HOMES + "Our volunteers worked alongside Alder Trust.\n")
    assert pairs(seed, "PARTNER_OF") == set()


@pytest.mark.parametrize(
    "text",
    [
        KELBY_HOMES + "To build more, by working in partnership with Alder Trust, we will go far.",
        "Jane Doe, Chief Executive of Kelby Homes, said: “This is a good day. By reaching out "
        "beyond our homes to work in partnership with Alder Trust, we will have more impact.”",
    ],
)
def test_we_after_a_phrase_naming_partners_is_their_partner(text):
    assert ("Kelby Homes", "Alder Trust") in pairs(extract_text(text + "\n"), "PARTNER_OF")


@pytest.mark.parametrize(
    "sentence",
    [
        "The University has signed a memorandum of understanding with Alder Trust.",
        "Last week the university formed a partnership with Alder Trust.",
    ],
)
def test_a_body_called_by_its_kind_is_the_partner_named_before(sentence):
    seed = extract_text(f"News\n\nKelby University opened in 1990.\n\n{sentence}\n")
    assert pairs(seed, "PARTNER_OF") == {("Kelby University", "Alder Trust")}


def test_bodies_an_event_is_hosted_in_partnership_with_organised_it_with_the_hosts():
    seed = extract_text(
        "News\n\nThe Kelby Tenants Summit 2031 was hosted by Alder Trust and the Birch "
        "Institute, in partnership with the Cedar Alliance and Damson Network.\n"
    )
    summit = "Kelby Tenants Summit 2031"
    assert {(who, summit) for who in ("Cedar Alliance", "Damson Network")} <= pairs(
        seed, "ORGANISED"
    )
    assert not pairs(seed, "PARTNER_OF")
    assert not pairs(seed, "PARTICIPATED_IN")


def test_bodies_an_event_only_takes_place_in_partnership_with_take_no_partner_part_in_it():
    # a partner takes part in a programme, never in an event (GOLD.md; seed.py)
    seed = extract_text(
        "News\n\nThe Marlow Fair 2031 took place in May in partnership with Elm Trust.\n"
    )
    assert ("Elm Trust", "Marlow Fair 2031") not in pairs(seed, "PARTICIPATED_IN")
    assert not pairs(seed, "ORGANISED")
