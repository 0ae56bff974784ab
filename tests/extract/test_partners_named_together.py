"""Partners named together: the subject after an opening "Partnering with A," or
"In partnership with A, the Foundation ..." (rules/openers.py), the agents of a
programme "delivered in partnership by A, B and C", and the parties of an
agreement "signed between A and B" (rules/partnership.py). Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _partners(text: str) -> set[frozenset[str]]:
    return {frozenset(p) for p in pairs(extract_text(text), "PARTNER_OF")}


@pytest.mark.parametrize(
    "text",
    [
        "Partnering with Tern Housing Trust and Heron Homes, Wren Care Trust gave ten grants.\n",
        "Partnering with Tern Housing Trust and Heron Homes, the Wren Care Trust gave ten "
        "grants.\n",
        "Wren Community Foundation was set up in 2001.\n\nPartnering with Tern Housing Trust "
        "and Heron Homes, the Foundation gave ten grants.\n",
    ],
)
def test_the_subject_after_a_partnering_with_opener_partners_the_names_in_it(text):
    found = _partners(text)
    subject = next(iter({n for p in found for n in p} - {"Tern Housing Trust", "Heron Homes"}))
    assert subject.startswith("Wren")
    assert {frozenset({subject, "Tern Housing Trust"}), frozenset({subject, "Heron Homes"})} <= (
        found
    )


def test_the_subject_after_an_in_partnership_with_opener_and_the_partners_in_it():
    found = _partners(
        "In partnership with Tern Housing Trust and Heron Homes, the Wren Care Trust gave ten "
        "grants.\n"
    )
    assert {
        frozenset({"Wren Care Trust", "Tern Housing Trust"}),
        frozenset({"Wren Care Trust", "Heron Homes"}),
    } <= found


def test_an_opener_followed_by_no_body_partners_nobody():
    found = _partners(
        "Partnering with Tern Housing Trust and Heron Homes, the scheme gave ten grants.\n"
    )
    assert not any("scheme" in n for p in found for n in p)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kelby Fund is a programme delivered in partnership by Tern Housing Trust, Heron "
        "Homes and Wren Care Trust.",
        "Kelby Fund, a scheme run in partnership by Tern Housing Trust, Heron Homes and Wren "
        "Care Trust, opens today.",
    ],
)
def test_bodies_delivering_a_programme_in_partnership_are_partners_each_with_each(sentence):
    assert _partners(sentence + "\n") == {
        frozenset({"Tern Housing Trust", "Heron Homes"}),
        frozenset({"Tern Housing Trust", "Wren Care Trust"}),
        frozenset({"Heron Homes", "Wren Care Trust"}),
    }


@pytest.mark.parametrize(
    "text",
    [
        "The memorandum of understanding signed between Kelby University and Heron NHS "
        "Foundation Trust will support research.\n",
        "Kelby University held a ceremony.\n\nThe memorandum of understanding signed between "
        "the University and Heron NHS Foundation Trust will support research.\n",
        "A compact was signed between Kelby University and Heron NHS Foundation Trust.\n",
    ],
)
def test_the_parties_an_agreement_was_signed_between_are_partners(text):
    assert _partners(text) == {frozenset({"Kelby University", "Heron NHS Foundation Trust"})}


def test_a_body_named_by_a_word_it_does_not_end_in_is_no_party():
    found = _partners(
        "Kelby University held a ceremony.\n\nThe paper signed between the charity and Heron "
        "NHS Foundation Trust was read out.\n"
    )
    assert not any("Kelby" in n for p in found for n in p)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tern Housing Trust and Heron Homes have launched the venture in conjunction with the "
        "Wren Leadership Foundation.",
        "Tern Housing Trust and Heron Homes run the scheme in partnership with Wren Leadership "
        "Foundation.",
    ],
)
def test_each_body_a_sentence_opens_with_partners_the_body_it_works_in_partnership_with(
    sentence,
):
    found = _partners(sentence + "\n")
    assert {
        frozenset({"Tern Housing Trust", "Wren Leadership Foundation"}),
        frozenset({"Heron Homes", "Wren Leadership Foundation"}),
    } <= found


def test_a_body_named_before_the_subject_does_not_partner_the_one_worked_with():
    found = _partners(
        "Kelby Council said Heron Homes runs the scheme in partnership with Wren Leadership "
        "Foundation.\n"
    )
    assert frozenset({"Kelby Council", "Wren Leadership Foundation"}) not in found


def _together(text: str) -> set[frozenset[str]]:
    seed = extract_text(text)
    return {frozenset(p) for p in pairs(seed, "COLLABORATES_WITH") | pairs(seed, "PARTNER_OF")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Kelby Residents Association and Heron Community Group, which represents private "
        "tenants, plan to work together on a steering group.",
        "Kelby Residents Association and Heron Community Group, who were set up in 2001, have "
        "joined forces.",
    ],
)
def test_bodies_a_sentence_opens_with_work_together_past_a_clause_about_the_last(sentence):
    assert _together(sentence + "\n") == {
        frozenset({"Kelby Residents Association", "Heron Community Group"})
    }


def test_a_clause_about_the_last_body_does_not_say_they_work_together():
    found = _together(
        "Kelby Residents Association and Heron Community Group, which works in partnership "
        "across the town, will open a cafe.\n"
    )
    assert not found


@pytest.mark.parametrize(
    "text",
    [
        "The Kelby Care Partnership has won an award. The partnership, which includes Alder "
        "Hospice, Heron Hospice and Wren Care Trust, runs a night service.\n",
        "The Kelby Care Partnership brings together Alder Hospice, Heron Hospice and Wren Care "
        "Trust.\n",
    ],
)
def test_the_bodies_a_partnership_is_made_of_are_partners_each_with_each(text):
    assert _partners(text) == {
        frozenset({"Alder Hospice", "Heron Hospice"}),
        frozenset({"Alder Hospice", "Wren Care Trust"}),
        frozenset({"Heron Hospice", "Wren Care Trust"}),
    }


@pytest.mark.parametrize(
    "text",
    [
        "The Kelby Care Network brings together Alder Hospice, Heron Hospice and Wren Care "
        "Trust.\n",
        "The Kelby Care Partnership brings together Alder Hospice, Heron Hospice, Wren Care "
        "Trust, Kite Homes, Lark Housing and Owl Aid.\n",
    ],
)
def test_members_of_a_network_or_of_a_long_list_are_not_called_partners(text):
    assert not _partners(text)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Fenby Homes and Marlow Foundation have joined forces to support young people.",
            {"Fenby Homes", "Marlow Foundation"},
        ),
        (
            "The partnership between Westshire Housing and Dalby Trust will run for three years.",
            {"Westshire Housing", "Dalby Trust"},
        ),
        (
            # a business named for its trade (vocab/head_organisation.txt) after "and"
            "The fun day was sponsored by Kelby Homes and Dunby Co-operative Pharmacy.",
            {"Kelby Homes", "Dunby Co-operative Pharmacy"},
        ),
        (
            "Prizes came from Tarn Homes and Marlow Opticians.",
            {"Tarn Homes", "Marlow Opticians"},
        ),
        (
            "Kelby Health and Wellbeing Hub opened its doors to patients.",
            {"Kelby Health and Wellbeing Hub"},
        ),
        (
            "Westshire Health and Social Care Partnership met in Northtown.",
            {"Westshire Health and Social Care Partnership"},
        ),
    ],
)
def test_two_bodies_joined_by_and_are_two_names_but_a_field_joins_one(sentence, names):
    seed = extract_text("News\n\n" + sentence + "\n", path="page.txt")
    assert names <= {e["name"] for e in seed["entities"] if e["type"] == "Organisation"}
