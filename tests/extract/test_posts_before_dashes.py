"""A line that opens with a post, then a dash or a colon, then the holder's name,
and maybe the body after a comma: "Chair – Jane Doe, Foo Trust", "Trustee -
Jane Doe" (a board list, a speakers' card). The name is a person's even when the
recogniser does not know it, and she holds the post."""

from __future__ import annotations

import re

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts

_HEAD = (
    "Kelby Homes news\n\nKelby Homes has written to every tenant about the new repairs service.\n\n"
)


def _read(line: str) -> dict:
    return extract_text(_HEAD + line + "\n\nTenants heard about the service.", path="page.txt")


@pytest.mark.parametrize(
    "line",
    [
        "Chair - Amy Dorran",
        "Vice Chair – Siân Orrell, Fenby Credit Union",
        "Chair – Siân Ffoulkes-Orr, Fenby Credit Union",
        "Treasurer: Ned Mawle",
    ],
)
def test_the_name_after_a_post_and_a_dash_is_a_person(line):
    seed = _read(line)
    holder = re.split(r"[–:-] ", line, maxsplit=1)[1].split(",")[0]
    found = {(e["name"], e["type"]) for e in seed["entities"]}
    assert (holder, "Person") in found


def test_a_vice_chair_line_gives_the_post():
    seed = _read("Vice Chair – Siân Orrell, Fenby Credit Union")
    assert any(w == "Siân Orrell" and r == "vice chair" for w, _, _, r in posts(seed))


def test_a_hyphen_after_a_post_at_a_lines_start_gives_the_post_at_the_pages_body():
    seed = _read("Trustee - Amy Dorran")
    assert ("Amy Dorran", "MEMBER_OF", "Kelby Homes", "trustee") in posts(seed)


def test_a_dash_inside_a_sentence_is_no_post_line():
    seed = _read("We thank everyone who came - Amy Dorran and the team made it happen.")
    assert not any(r for w, _, _, r in posts(seed) if w == "Amy Dorran")


@pytest.mark.parametrize(
    ("line", "who", "rel", "role"),
    [
        ("Chair – Tolu Brankley, Dalby Housing Trust", "Tolu Brankley", "MEMBER_OF", "chair"),
        ("Trustee - Ada Quill, Dalby Housing Trust", "Ada Quill", "MEMBER_OF", "trustee"),
        (
            "Chief Executive: Ned Mawle, Dalby Housing Trust",
            "Ned Mawle",
            "WORKS_FOR",
            "chief executive",
        ),
    ],
)
def test_a_post_dash_name_body_line_holds_the_post_at_the_body(line, who, rel, role):
    assert (who, rel, "Dalby Housing Trust", role) in posts(_read(line))


def test_a_name_body_line_with_no_post_still_works_there():
    seed = _read("- Ada Quill, Dalby Housing Trust")
    assert ("Ada Quill", "WORKS_FOR", "Dalby Housing Trust", "") in posts(seed)
