"""A signing told as an occasion at a venue named by its owner or its own name
before a common noun ("at the university's Quayside campus", "at Fenby
College's hall"), and the plain name a reader gives a signing: what was signed
without the words that only describe it ("a formal partnership agreement" ->
"Signing of the partnership agreement", kept as an alias)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import events as _events
from tests.extract.reading import with_roles as _rels


def _names(event: dict) -> set[str]:
    return {event["name"], *(event.get("aliases") or ())}


@pytest.mark.parametrize(
    "text",
    [
        "College and trust agree to share training\n\n"
        "Fenby College and Kelby Hospice Trust have signed a training agreement. "
        "The agreement was signed at the college's Dalby campus on 2 May 2031.\n",
        "College and trust agree to share training\n\n"
        "Fenby College and Kelby Hospice Trust signed a training agreement at "
        "Fenby College's main hall last Tuesday.\n",
        "College and trust agree to share training\n\n"
        "The training agreement between Fenby College and Kelby Hospice Trust was "
        "signed at the Riverside library on Friday.\n",
    ],
)
def test_a_signing_at_a_venue_named_by_its_owner_or_its_name_is_an_occasion(text):
    (event,) = _events(extract_text(text))
    assert "Signing of the training agreement" in _names(event)


@pytest.mark.parametrize(
    "text",
    [
        "College and trust agree to share training\n\n"
        "Fenby College and Kelby Hospice Trust have signed a training agreement. "
        "It was signed at their campus in May.\n",
        "College and trust agree to share training\n\n"
        "Fenby College and Kelby Hospice Trust signed a training agreement at a "
        "new hall.\n",
    ],
)
def test_a_signing_at_an_unnamed_venue_is_an_agreement_not_an_occasion(text):
    assert _events(extract_text(text)) == []


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        (
            "Partners sign up\n\n"
            "Kelby Homes and Fenby Council have signed a three-year data sharing agreement "
            "at Fenby Town Hall.\n",
            "Signing of the data sharing agreement",
        ),
        (
            "Partners sign up\n\n"
            "A new memorandum of understanding was signed by Kelby Homes and Fenby Council "
            "at Fenby Town Hall on Monday.\n",
            "Signing of the memorandum of understanding",
        ),
        (
            "Partners sign up\n\n"
            "At Dalby House on Monday, Kelby Homes signed a formal partnership agreement "
            "with Fenby Council.\n",
            "Signing of the partnership agreement",
        ),
    ],
)
def test_a_signing_is_also_named_without_what_only_describes_the_agreement(text, bare):
    (event,) = _events(extract_text(text))
    assert bare in _names(event)
    assert event["name"] != bare  # the name keeps the page's words; the plain form is an alias


def test_a_capitalised_title_of_an_agreement_keeps_its_words():
    (event,) = _events(
        extract_text(
            "Partners sign up\n\n"
            "Kelby Homes and Fenby Council signed the Fenby Civic Housing Agreement at "
            "Fenby Town Hall on Monday.\n"
        )
    )
    assert "Signing of the Housing Agreement" not in _names(event)
    assert "Signing of the Fenby Civic Housing Agreement" in _names(event)


def test_who_signed_at_the_signing_took_part_as_participants():
    seed = extract_text(
        "Trust and college sign training agreement\n\n"
        "The agreement was signed at Fenby College's main hall on 2 May 2031 by Ada Foss "
        "and Jo Tern.\n"
    )
    (event,) = _events(seed)
    took_part = _rels(seed, "PARTICIPATED_IN")
    assert {
        ("Ada Foss", event["name"], "participant"),
        ("Jo Tern", event["name"], "participant"),
    } <= took_part
    assert not [r for r in took_part if r[2] == "signatory"]
