"""Verbs of giving are funding only when money or a grant is given ("gave £5,000
to", not "gave a talk to"); "with the support of" a funder (rules/organising.py).
Fictional bodies; real places only from the gazetteer."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import evidence, pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "The Heron Foundation gave £5,000 to Tern Housing Trust.",
        "The Heron Foundation has provided £40,000 to Tern Housing Trust.",
        "The Heron Foundation is investing £2m in Tern Housing Trust.",
        "The Heron Foundation contributed a grant of £9,000 to Tern Housing Trust.",
        "The Heron Foundation will give £5,000 to Tern Housing Trust.",
        "The Heron Foundation is donating £2,000 to Tern Housing Trust.",
        "The Heron Foundation is awarding a £9,000 grant to Tern Housing Trust.",
    ],
)
def test_money_given_is_funding(sentence):
    seed = extract_text(sentence + "\n")
    assert pairs(seed, "FUNDED") == {("Heron Foundation", "Tern Housing Trust")}
    assert evidence(seed, "Heron Foundation", "Tern Housing Trust") == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The Heron Foundation gave a presentation to Tern Housing Trust staff.",
        "The Heron Foundation gave evidence to the Tern Housing Trust inquiry.",
        "The Heron Foundation has committed to Tern Housing Trust's vision.",
        "The Heron Foundation gives advice to Tern Housing Trust every year.",
        "The Heron Foundation has given a warm welcome to Tern Housing Trust.",
        "The Heron Foundation invested time in Tern Housing Trust.",
        "The Heron Foundation has provided advice to Tern Housing Trust.",
        "The Heron Foundation will give a talk to Tern Housing Trust staff.",
        "The Heron Foundation is giving advice to Tern Housing Trust.",
        "The Heron Foundation spoke in support of Tern Housing Trust.",
    ],
)
def test_giving_no_money_is_no_funding(sentence):
    assert not pairs(extract_text(sentence + "\n"), "FUNDED")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Open Doors project was launched in Leeds with the support of the Heron Foundation.",
        "Tern Housing Trust runs the Open Doors project with the backing of the Heron Foundation.",
        "The Open Doors project continues with the generous sponsorship of the Heron Foundation.",
    ],
)
def test_with_the_support_of_a_funder_is_funding(sentence):
    seed = extract_text(sentence + "\n")
    assert ("Heron Foundation", "Open Doors") in pairs(seed, "FUNDED")


@pytest.mark.parametrize(
    ("page", "funder", "grantees"),
    [
        ("---\nurl: https://www.westshirefoundation.org.uk/news/new-grants\n---\n\n"
         "New grants for local groups\n\nWestshire Foundation supports community groups across"
         " the county. We have awarded £5,000 to Kelby Youth Club and £3,000 to Dalby Food Bank.\n",
         "Westshire Foundation", {"Kelby Youth Club", "Dalby Food Bank"}),
        ("---\nurl: https://www.dalbycommunityfund.org.uk/news/spring-round\n---\n\n"
         "Spring round announced\n\nDalby Community Fund is delighted to announce its spring"
         " round. This year we are giving £12,000 to Northtown Carers Network.\n",
         "Dalby Community Fund", {"Northtown Carers Network"}),
    ],
)  # fmt: skip
def test_we_giving_money_on_a_funder_s_own_page_is_the_page_s_funding(page, funder, grantees):
    assert pairs(extract_text(page), "FUNDED") == {(funder, g) for g in grantees}


def test_we_giving_a_talk_on_a_funder_s_own_page_is_no_funding():
    page = (
        "---\nurl: https://www.westshirefoundation.org.uk/news/talks\n---\n\nTalks\n\n"
        "Westshire Foundation staff visit schools. We have given a talk to Kelby Youth Club.\n"
    )
    assert pairs(extract_text(page), "FUNDED") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "In Dalby, a three-year grant of £29,400 has been awarded to Dalby Play Club to provide"
        " a play group.",
        "A grant of £5,000 has gone to Kelby Men's Shed to provide tools for members.",
    ],
)
def test_a_purpose_after_to_is_no_second_giving(sentence):
    """ "... to provide a play group" says what the grant is for: the funder named
    before still funded the group."""
    text = (
        "Grants for Westshire\n\nWestshire Community Foundation has awarded £90,000 to groups"
        ' in Westshire.\n\nAda Brook said: "Thank you to Westshire Community Foundation."'
        f" {sentence}\n"
    )
    grantee = "Dalby Play Club" if "Dalby Play" in sentence else "Kelby Men's Shed"
    assert ("Westshire Community Foundation", grantee) in pairs(extract_text(text), "FUNDED")
