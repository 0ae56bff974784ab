"""A staff list's "Pantry Coordinator: Jane Doe" line: the words before the colon (or
dash), their first in capitals and the last a post's word, are the post, held at the
page's own body, whatever field words open it and whatever style opens the name."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles

_HEAD = (
    "Kelby Carers Network\n\nKelby Carers Network is a small charity in Fenby. "
    "Kelby Carers Network supports unpaid carers across the town.\n\nOur people\n\n"
)
_BODY = "Kelby Carers Network"


def _posts(lines: str) -> set[tuple[str, str, str | None]]:
    return with_roles(extract_text(_HEAD + lines + "\n", path="page.txt"), "WORKS_FOR")


def test_field_words_before_the_colon_make_the_post():
    found = _posts(
        "Chief Executive: Ada Foss\nLarder Coordinator: Jo Tern\nLending officer – Kit Marr\n"
    )
    assert ("Jo Tern", _BODY, "Larder Coordinator") in found
    assert ("Kit Marr", _BODY, "Lending officer") in found


def test_a_style_before_the_name_after_the_colon():
    found = _posts("Chief Executive: Ada Foss\nResearch and Insight Lead: Dr Lin Roe\n")
    assert ("Lin Roe", _BODY, "Research and Insight Lead") in found


def test_words_that_are_no_post_before_a_colon():
    seed = extract_text(_HEAD + "With thanks to our coordinator: Jo Tern\n", path="page.txt")
    assert "With thanks to our coordinator" not in {e["name"] for e in seed["entities"]}
    assert not [r for r in with_roles(seed, "WORKS_FOR") if "thanks" in (r[2] or "").lower()]
