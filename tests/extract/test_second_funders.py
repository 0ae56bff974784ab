"""A second funder told beside the first ("sponsored by A, with a small grant from
B"): B funded what A funded, never A (rules/second_funders.py)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

WALK = (
    "Marsh Lane Lantern Walk 2032\n\n"
    "The Marsh Lane Lantern Walk 2032 took place in Dovecote on 9 May, organised by "
    "Sallow Arts Trust.\n"
)
CLUB = (
    "Brightwater Bike Club\n\n"
    "Brightwater Bike Club is a cycling project run by Pennick Youth Trust in Dovecote.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "This year's walk was sponsored by Quill Motors, with a small grant from Dovecote "
        "Town Council.",
        "It was sponsored for the second year by Quill Motors, with additional support from "
        "Dovecote Town Council.",
        "The walk was funded by Quill Motors with further support from Dovecote Town Council.",
    ],
)
def test_a_funder_beside_the_event_s_sponsor_funded_the_event(sentence):
    got = pairs(extract_text(WALK + sentence + "\n", path="page.txt"), "FUNDED")
    assert ("Quill Motors", "Marsh Lane Lantern Walk 2032") in got
    assert ("Dovecote Town Council", "Marsh Lane Lantern Walk 2032") in got
    assert ("Dovecote Town Council", "Quill Motors") not in got


def test_a_funder_beside_a_grant_to_the_project_funded_the_project():
    got = pairs(
        extract_text(
            CLUB + "The club's growth was made possible by a grant of £40,000 from the Garnet "
            "Trust, and additional support from Dovecote Town Council.\n",
            path="page.txt",
        ),
        "FUNDED",
    )
    assert ("Dovecote Town Council", "Brightwater Bike Club") in got
    assert ("Dovecote Town Council", "Garnet Trust") not in got


@pytest.mark.parametrize(
    "sentence",
    [
        # a grantee, not a funder, stands before the cue
        "Quill Motors was awarded £3,000, with support from Dovecote Town Council.",
        # the body before the cue funded nothing here
        "Quill Motors, with support from Dovecote Town Council, has opened a showroom.",
    ],
)
def test_no_funder_before_the_cue_copies_nothing(sentence):
    got = pairs(extract_text(WALK + sentence + "\n", path="page.txt"), "FUNDED")
    assert ("Dovecote Town Council", "Marsh Lane Lantern Walk 2032") not in got


def test_help_not_money_beside_a_sponsor_is_not_funding():
    got = pairs(
        extract_text(
            WALK + "It was sponsored by Quill Motors, with help from volunteers of Dovecote "
            "Scouts.\n",
            path="page.txt",
        ),
        "FUNDED",
    )
    assert ("Dovecote Scouts", "Marsh Lane Lantern Walk 2032") not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "The project was paid for by a £30,000 grant from the Garnet Trust and a £5,000 "
        "donation from Dovecote Town Council.",
        "The project is funded by a grant of £40,000 from the Garnet Trust, and a further "
        "£6,000 grant from Dovecote Town Council.",
    ],
)
def test_a_second_sum_beside_the_first_funded_the_same_thing(sentence):
    got = pairs(extract_text(CLUB + sentence + "\n", path="page.txt"), "FUNDED")
    assert ("Garnet Trust", "Brightwater Bike Club") in got
    assert ("Dovecote Town Council", "Brightwater Bike Club") in got
    assert ("Dovecote Town Council", "Garnet Trust") not in got


def test_a_giver_beside_a_giver_is_never_its_grantee_even_with_the_thing_unread():
    got = pairs(
        extract_text(
            CLUB + "The new garden received £12,000 from the Garnet Fund and support from "
            "Dovecote Town Council's parks team.\n",
            path="page.txt",
        ),
        "FUNDED",
    )
    assert ("Dovecote Town Council", "Garnet Fund") not in got
