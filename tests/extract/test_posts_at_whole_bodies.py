"""A post in a part of a body named by its field ("Dean of the Faculty of Health at
Fenby University", `post_held_at.whole_body`, and `mentions/named_fields` after "at
the"): the post is held at the whole body named right after the part; a part named
alone, or a body that is itself such a part, stays as it is."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import rows

_LEAD = "Kelby health news\n\nKelby Trust runs a wellbeing course in Kelby.\n\n"


def _worked(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for who, kind, org, _ in rows(extract_text(_LEAD + text)):
        if kind == "WORKS_FOR":
            out.setdefault(who, set()).add(org)
    return out


@pytest.mark.parametrize(
    ("text", "university"),
    [
        (
            "Ada Foss is Dean of the Faculty of Health at Fenby University and a nurse by "
            "training.\n",
            "Fenby University",
        ),
        (
            "Professor Ada Foss is Dean of the Faculty of Arts at the University of "
            "Orton, where she studies unpaid care.\n",
            "University of Orton",
        ),
        (
            "The day was opened by Professor Ada Foss, Dean of the School of Health Sciences at "
            "the University of Orton.\n",
            "University of Orton",
        ),
    ],
)
def test_a_post_in_a_faculty_is_held_at_the_university(text, university):
    worked = _worked(text)
    assert worked.get("Ada Foss") == {university}


def test_a_faculty_named_alone_keeps_the_post():
    worked = _worked(
        "Ada Foss is Dean of the Faculty of Health Sciences. The faculty is growing.\n"
    )
    assert "Fenby University" not in worked.get("Ada Foss", set())
