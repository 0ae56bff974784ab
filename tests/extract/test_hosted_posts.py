"""Posts one body pays for or houses (`rules/hosted_posts`): "The alliance's
coordinator, Jo Tern, is employed by Fenby Larder" gives Jo the coordinator's post
at Fenby Larder too; "coordinated by Ben Hale, who is employed by Kelby Food Trust"
gives Ben the coordinator's post there. No post said, or no person, carries none."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import rows

_LEAD = "Kelby Food Alliance update\n\nKelby Food Alliance links food projects in Kelby.\n\n"


def _posts(text: str) -> set[tuple[str, str, str]]:
    return {
        (who, org, role.lower())
        for who, kind, org, role in rows(extract_text(_LEAD + text))
        if kind == "WORKS_FOR"
    }


@pytest.mark.parametrize(
    ("text", "person", "host", "role"),
    [
        (
            "The alliance's coordinator, Jo Tern, is employed by Fenby Larder on behalf of "
            "members.\n",
            "Jo Tern",
            "Fenby Larder",
            "coordinator",
        ),
        (
            "Its development worker, Ada Foss, is hosted by Orton Community Action.\n",
            "Ada Foss",
            "Orton Community Action",
            "development worker",
        ),
        (
            "The network is coordinated by Ben Hale, who is employed by Kelby Food Trust on our "
            "behalf.\n",
            "Ben Hale",
            "Kelby Food Trust",
            "coordinator",
        ),
    ],
)
def test_the_post_is_held_at_the_body_that_employs_or_hosts_it(text, person, host, role):
    assert (person, host, role) in _posts(text)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Sam Cole is employed by Kelby Food Trust.\n", "Kelby Food Trust"),
        ("The summer fair is hosted by Kelby Food Trust.\n", "Kelby Food Trust"),
        ("Sam Cole was hosted by Kelby Food Trust at its open day.\n", "Kelby Food Trust"),
    ],
)
def test_no_post_is_carried_when_none_is_said(text, host):
    assert all(role == "" for _, org, role in _posts(text) if org == host)
