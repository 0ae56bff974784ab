"""A funder in view from its announcement: a body that announces, confirms or
unveils grants ("Heron Trust announces latest grants", "The Heron Trust has
announced its latest round of grants") funded the grantees the page goes on to
name (rules/grant_givers.distributor, vocab/grant_distributing_verbs.txt); and a
sentence opening "Funded by A, the B project ...": A funded B, the clause's
subject (rules/agents.py). Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_GRANTEES = (
    "Tern Food Hub has been awarded £5,000 to run a holiday club.\n"
    "Plover Youth Club received £3,000 for new equipment.\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "Heron Trust announces latest grants\n",
        "The Heron Trust has announced its latest round of grants.\n",
        "The Heron Trust has announced new grants worth £50,000.\n",
        "The Heron Trust has confirmed a new funding round for local groups.\n",
    ],
)
def test_the_body_announcing_grants_funded_the_grantees_named_next(opening):
    seed = extract_text(opening + _GRANTEES, path="page.txt")
    funded = pairs(seed, "FUNDED")
    assert ("Heron Trust", "Tern Food Hub") in funded
    assert ("Heron Trust", "Plover Youth Club") in funded


@pytest.mark.parametrize(
    "opening",
    [
        "The Heron Trust has approved the new budget.\n",
        "The Heron Trust has announced a partnership with Kelby College.\n",
        "Jane Doe announced the grants at a reception.\n",
        "The Heron Trust announces a new grant to deliver a youth project.\n",
    ],
)
def test_announcing_anything_but_money_puts_no_funder_in_view(opening):
    seed = extract_text(opening + _GRANTEES, path="page.txt")
    assert not any(to == "Tern Food Hub" for _, to in pairs(seed, "FUNDED"))


@pytest.mark.parametrize(
    ("sentence", "funded"),
    [
        ("Funded by the Heron Trust, the Warm Welcome project will help families.", "Warm Welcome"),
        ("Funded by the Heron Trust, Tern Food Hub helps 200 families a week.", "Tern Food Hub"),
        ("Supported by the Heron Trust, Tern Food Hub has opened a café.", "Tern Food Hub"),
    ],
)
def test_an_opening_participle_funds_the_clauses_subject(sentence, funded):
    seed = extract_text(sentence + "\n", path="page.txt")
    assert ("Heron Trust", funded) in pairs(seed, "FUNDED")


def test_the_funders_listed_after_the_opening_participle_fund_no_one_another():
    seed = extract_text(
        "Funded by the Heron Trust and the Marlow Foundation, Tern Food Hub has opened a café.\n",
        path="page.txt",
    )
    funded = pairs(seed, "FUNDED")
    assert ("Heron Trust", "Tern Food Hub") in funded
    assert ("Marlow Foundation", "Tern Food Hub") in funded
    assert ("Heron Trust", "Marlow Foundation") not in funded


@pytest.mark.parametrize(
    "text",
    [
        "The Heron Trust has announced the six awardees of the Kelby Rural Fund with support "
        "from Foo Bank. The six recipients of the £600,000 Fund are Tern Food Hub, Plover "
        "Youth Club and Kelby Men's Shed.\n",
        "The Heron Trust has announced the recipients of its Kelby Rural Fund, with funding "
        "from Foo Bank. The grantees of the fund include Tern Food Hub, Plover Youth Club "
        "and Kelby Men's Shed.\n",
    ],
)
def test_the_body_announcing_awardees_with_support_funded_the_recipients_listed(text):
    funded = pairs(extract_text(text, path="page.txt"), "FUNDED")
    assert ("Heron Trust", "Tern Food Hub") in funded
    assert ("Heron Trust", "Plover Youth Club") in funded
    assert not any(a == "Foo Bank" and b == "Tern Food Hub" for a, b in funded)


def test_recipients_of_something_said_of_them_are_no_list():
    seed = extract_text(
        "The Heron Trust has announced its latest round of grants. The recipients of the "
        "grants said Tern Food Hub and Plover Youth Club were a great help.\n",
        path="page.txt",
    )
    assert not any(to == "Tern Food Hub" for _, to in pairs(seed, "FUNDED"))
