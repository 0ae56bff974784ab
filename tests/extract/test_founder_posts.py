"""Founders' posts (`rules/founder_posts`): a person who founded a body, said with a
founding verb, holds its founder's post ("Foo Café, set up in 2019 by Jo Tern";
"Jo Tern founded Foo Trust"; "Jo Tern, who founded the trust"). A race started, a
project or fund set up by a body, and a body founding a body give no founder."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import rows

_LEAD = "Kelby community awards\n\nThe awards were held in Kelby.\n\n"


def _founders(text: str) -> set[tuple[str, str, str]]:
    return {
        (who, kind, org)
        for who, kind, org, role in rows(extract_text(_LEAD + text))
        if role.endswith("founder")
    }


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "The Second Bite Café was set up in 2019 by chef Rob Lane and his partner Nia Cox, "
            "who now runs its training.\n",
            "Rob Lane",
            "Second Bite Café",
        ),
        (
            "The Second Bite Café was set up in 2019 by chef Rob Lane and his partner Nia Cox, "
            "who now runs its training.\n",
            "Nia Cox",
            "Second Bite Café",
        ),
        (
            "Kelby Carers Trust was established in 1990 by Jo Tern.\n",
            "Jo Tern",
            "Kelby Carers Trust",
        ),
        (
            "Winner: the team from Orton Tenants Aid, founded in 2016 by Sam Cole (centre).\n",
            "Sam Cole",
            "Orton Tenants Aid",
        ),
        (
            "In 2004 Ada Foss founded Fenby Furniture Reuse CIC.\n",
            "Ada Foss",
            "Fenby Furniture Reuse CIC",
        ),
    ],
)
def test_a_person_who_founded_a_body_is_its_founder(text, person, body):
    assert (person, "WORKS_FOR", body) in _founders(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ada Foss started the Fenby 10k in 2001 and still runs it.\n",
        "Fenby Borough Council set up the Orton Hardship Fund in 2010.\n",
        "Kelby Carers Trust was established in 1990 at the request of Orton Council.\n",
        "Jo Tern thanked Orton Tenants Aid, which has supported the awards since 2016.\n",
    ],
)
def test_no_founder_without_a_person_founding_a_body(text):
    assert _founders(text) == set()
