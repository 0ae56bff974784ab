"""Bodies taking part in a project as its partners (rules/project_partners.py):
PARTICIPATED_IN with role "partner", in wordings the corpus pages do not use.
Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, partners_in, with_roles

_PARTNERS = {"Brightside Housing", "Ashford Trust"}


def _partners_of(sentence: str, project: str) -> set[str]:
    seed = extract_text("News\n\n" + sentence + "\n")
    return partners_in(seed, project)


@pytest.mark.parametrize(
    "sentence",
    [
        "Partners in the Carers Connect project include Brightside Housing and the Ashford Trust.",
        "Partners on Carers Connect are Brightside Housing and the Ashford Trust.",
        "Brightside Housing and the Ashford Trust are partners in Carers Connect.",
        "The Carers Connect programme brings together Brightside Housing and the Ashford Trust.",
    ],
)
def test_the_partners_of_a_project_take_part_in_it(sentence):
    assert _partners_of(sentence, "Carers Connect") == _PARTNERS


def test_one_of_several_partners_takes_part():
    sentence = "Brightside Housing is one of five partners in the Carers Connect programme."
    assert _partners_of(sentence, "Carers Connect") == {"Brightside Housing"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Brightside Housing and the Ashford Trust are partners in the Kelby Alliance.",
        "Brightside Housing and the Ashford Trust are partners in Kelby.",
        "The Kelby Summit brought together Brightside Housing and the Ashford Trust.",
    ],
)
def test_partners_in_a_body_a_place_or_an_event_take_part_in_no_project(sentence):
    seed = extract_text("News\n\n" + sentence + "\n")
    assert not {
        (who, where)
        for who, where, role in with_roles(seed, "PARTICIPATED_IN")
        if role == "partner"
    }


@pytest.mark.parametrize(
    ("text", "fund", "partner"),
    [
        ("Fenby Trust has launched the Fenby Trust Neighbours Fund.\nThe Fenby Trust "
         "Neighbours Fund in association with Westshire Community Foundation will give "
         "grants of up to £500.", "Fenby Trust Neighbours Fund", "Westshire Community Foundation"),
        ("Keyline Homes has set up the Keyline Homes Community Fund.\nThe Keyline Homes "
         "Community Fund in partnership with Fenby Community Foundation will open for "
         "applications in May.", "Keyline Homes Community Fund", "Fenby Community Foundation"),
    ],
)  # fmt: skip
def test_a_fund_in_partnership_with_a_body_has_it_as_partner(text, fund, partner):
    seed = extract_text("News\n\n" + text + "\n")
    assert (partner, fund, "partner") in with_roles(seed, "PARTICIPATED_IN")


def test_a_body_in_partnership_with_a_body_is_its_partner_not_a_project():
    seed = extract_text(
        "News\n\nKeyline Homes in partnership with Fenby College will offer forty places.\n"
    )
    assert not with_roles(seed, "PARTICIPATED_IN")
    assert {frozenset(p) for p in pairs(seed, "PARTNER_OF")} == {
        frozenset({"Keyline Homes", "Fenby College"})
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Keyline Homes has joined the Carers Connect programme. The successful partnership is "
        "made up of four organisations, including Brightside Housing and the Ashford Trust.",
        "The Carers Connect project starts in May. The consortium comprises Brightside Housing "
        "and the Ashford Trust.",
    ],
)
def test_the_bodies_a_projects_partnership_is_made_of_are_its_partners(sentence):
    assert _partners_of(sentence, "Carers Connect") >= _PARTNERS


def test_a_named_partnership_has_members_not_project_partners():
    seed = extract_text(
        "News\n\nThe Carers Connect project starts in May. The Kelby Care Partnership is made "
        "up of Brightside Housing and the Ashford Trust.\n"
    )
    assert not with_roles(seed, "PARTICIPATED_IN")


@pytest.mark.parametrize(
    "sentence",
    [
        "The successful partnership is made up of two organisations, Brightside Housing and "
        "the Ashford Trust.",
        "The consortium comprises Brightside Housing and the Ashford Trust.",
    ],
)
def test_the_bodies_an_unnamed_partnership_is_made_of_are_partners(sentence):
    seed = extract_text("News\n\n" + sentence + "\n")
    assert {frozenset(p) for p in pairs(seed, "PARTNER_OF")} == {frozenset(_PARTNERS)}


def test_the_body_alongside_a_partnership_of_many_is_each_ones_partner():
    five = ["Alder Trust", "Birch Homes", "Cedar Foundation", "Damson Arts Trust", "Elm Housing"]
    seed = extract_text(
        "News\n\nAlongside Kelby Hospitals Charity, the successful partnership is made up of five "
        f"organisations, including {', '.join(five[:-1])} and {five[-1]}.\n"
    )
    assert {frozenset(p) for p in pairs(seed, "PARTNER_OF")} == {
        frozenset({"Kelby Hospitals Charity", one}) for one in five
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The Carers Connect scheme is a partnership between Brightside Housing and the Ashford "
        "Trust.",
        "The Carers Connect project, a new partnership between Brightside Housing and the "
        "Ashford Trust, opened in May.",
        "The Carers Connect programme helps older people. The scheme, which is a collaboration "
        "between Brightside Housing and the Ashford Trust, is focusing on Dalby.",
    ],
)
def test_the_bodies_a_project_is_joint_work_between_take_part_in_it(sentence):
    assert _partners_of(sentence, "Carers Connect") == _PARTNERS


@pytest.mark.parametrize(
    "sentence",
    [
        "The Carers Connect project, a joint initiative between Brightside Housing and the "
        "Ashford Trust, opened in May.",
        "The Carers Connect scheme is a joint venture between Brightside Housing and the "
        "Ashford Trust.",
    ],
)
def test_the_bodies_a_project_is_a_joint_venture_between_run_it(sentence):
    seed = extract_text("News\n\nThe Carers Connect programme helps carers. " + sentence + "\n")
    assert {who for who, what in pairs(seed, "RUNS") if what == "Carers Connect"} == _PARTNERS


def test_joint_work_between_bodies_that_names_no_project_before_it():
    seed = extract_text(
        "News\n\nKelby Trust set up a partnership between Brightside Housing and the Ashford "
        "Trust to run the Carers Connect scheme.\n"
    )
    assert ("Brightside Housing", "Carers Connect") not in pairs(seed, "PARTICIPATED_IN")
