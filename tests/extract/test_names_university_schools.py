"""A school or department after a university's possessive is the university's own
unit, not one name with it: "the University of Kelby's School of Nursing" names
the University of Kelby and its School of Nursing (mentions/run_words.
body_after_possessive). A body named with a possessive and no head word before it
("Ada's Trust"-like names) stays one name. Fictional names.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import entities


def _names(text: str) -> set[str]:
    return {n for _, n in entities(text + "\n")}


@pytest.mark.parametrize(
    ("text", "university", "unit"),
    [
        (
            "The University of Kelby's School of Nursing will evaluate the scheme.",
            "University of Kelby",
            "School of Nursing",
        ),
        (
            "The survey was produced with the University of Fenby's Department of Sport.",
            "University of Fenby",
            "Department of Sport",
        ),
    ],
)
def test_a_universitys_school_is_not_one_name_with_it(
    text: str, university: str, unit: str
) -> None:
    names = _names(text)
    assert university in names
    assert not any("'s" in n for n in names)


def test_the_university_is_named_alone_as_a_partner() -> None:
    seed = extract_text(
        "Fenby Carers worked with the University of Dalby's School of Health on the study.\n",
        path="page.txt",
    )
    names = {e["name"] for e in seed["entities"]}
    assert "University of Dalby" in names
    assert "University of Dalby's School of Health" not in names


def test_a_possessive_body_with_no_head_word_before_stays_whole() -> None:
    names = _names("Volunteers from Tern's Commission met on Monday.")
    assert "Tern's Commission" in names
