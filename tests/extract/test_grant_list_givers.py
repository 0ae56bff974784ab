"""Who gave the grants a list's lines name ("Fenby Lunch Club – £4,000 for a cook"):
the body that announces or confirms them, even when the fund they come from is
said to be backed by others ("The fund is supported by A": A funded the fund,
not the groups); the page's own body when the page lists the grants it made and
names no other giver; never a body a line names in its purpose ("with women from
B"). rules/grant_lists.py, rules/grants.funders, rules/passive_bys.backs_programme.
Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_LINES = (
    "• Fenby Lunch Club – £4,000 towards a cook's wages for the winter.\n"
    "• Ashby Youth Forum – £2,500 for a summer residential.\n"
    "• Tern Valley Cycle Club – £1,200 to buy adapted bikes.\n"
)
_GRANTEES = ("Fenby Lunch Club", "Ashby Youth Forum", "Tern Valley Cycle Club")


@pytest.mark.parametrize(
    "opening",
    [
        "Heron Community Foundation is pleased to announce the grants awarded in the "
        "second round of the Kelby Warm Homes Fund. The fund is supported by Kelby "
        "District Council and by gifts from local people.\n\n",
        "Heron Community Foundation is delighted to confirm the following grants from the "
        "Kelby Warm Homes Fund, which this year was made possible by donations from "
        "Kelby District Council.\n\n",
        "The Heron Community Foundation has announced its latest round of grants from the "
        "Kelby Warm Homes Fund. The Kelby Warm Homes Fund is backed by Kelby District "
        "Council.\n\n",
    ],
)
def test_the_announcer_gave_the_listed_grants_not_the_funds_backer(opening):
    seed = extract_text("Winter grants 2026\n\n" + opening + _LINES, path="page.txt")
    funded = pairs(seed, "FUNDED")
    for grantee in _GRANTEES:
        assert ("Heron Community Foundation", grantee) in funded
        assert ("Kelby District Council", grantee) not in funded


@pytest.mark.parametrize(
    "masthead",
    [
        "THE KESTREL TRUST\nGrants made, April to September 2026\n\n"
        "The trustees met twice and approved nine grants. The larger ones are below; our "
        "annual report lists them all.\n\n",
        "Kestrel Trust: grants awarded this autumn\n\n"
        "Our panel agreed the following awards at its October meeting.\n\n",
    ],
)
def test_a_bodys_own_list_of_grants_names_it_the_giver(masthead):
    seed = extract_text(masthead + _LINES.replace("• ", ""), path="page.txt")
    funded = pairs(seed, "FUNDED")
    for grantee in _GRANTEES:
        assert ("Kestrel Trust", grantee) in funded


def test_a_priced_list_on_a_page_that_speaks_of_no_grants_names_no_giver():
    text = (
        "Kelby Makers Market: stalls this Saturday\n\n"
        "We are Kelby Makers Guild, and our market is back at Fenby Hall.\n\n"
        "Ashby Pottery – £12 for a hand-thrown mug.\n"
        "Tern Valley Candles – £8 for a boxed pair.\n"
    )
    funded = pairs(extract_text(text, path="page.txt"), "FUNDED")
    assert not any(dst in {"Ashby Pottery", "Tern Valley Candles"} for _, dst in funded)


def test_a_body_named_in_a_lines_purpose_is_no_giver():
    text = (
        "Arts grants 2026\n\n"
        "The Heron Arts Foundation has announced its latest round of grants.\n\n"
        "• Fenby Women's Centre – £9,000 for a textile project with women from Kelby "
        "Refugee Voice\n"
        "• Ashby Youth Forum – £2,500 for a summer residential\n"
    )
    funded = pairs(extract_text(text, path="page.txt"), "FUNDED")
    assert ("Heron Arts Foundation", "Fenby Women's Centre") in funded
    assert ("Heron Arts Foundation", "Ashby Youth Forum") in funded
    assert not any(src == "Kelby Refugee Voice" for src, _ in funded)
