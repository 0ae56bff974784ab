"""A body named after "the university's" or "the trust's" (`post_held_at.owned_unit`,
read by `org_after` and `affiliations.body_at`): "Dr Nia Cox of the university's
Centre for Local Economies" works at the centre, not at nothing; a plain "the
university's" with no name after it stays the university's."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import rows

_LEAD = "Fenby food study\n\nOrton University and Fenby Larder have published a study.\n\n"


def _worked(text: str) -> set[tuple[str, str]]:
    return {(w, org) for w, kind, org, _ in rows(extract_text(_LEAD + text)) if kind == "WORKS_FOR"}


@pytest.mark.parametrize(
    ("text", "person", "unit"),
    [
        (
            "The study was written by Dr Nia Cox and Rob Lane of the university's Centre for "
            "Local Economies.\n",
            "Nia Cox",
            "Centre for Local Economies",
        ),
        (
            "The study was written by Dr Nia Cox and Rob Lane of the university's Centre for "
            "Local Economies.\n",
            "Rob Lane",
            "Centre for Local Economies",
        ),
        (
            "It will be led by Dr Ada Foss, senior lecturer in public health at the "
            "university's Kelby Institute for Health Equity.\n",
            "Ada Foss",
            "Kelby Institute for Health Equity",
        ),
        (
            "The research is led by Dr Mo Reid from the university's Centre for Urban Health.\n",
            "Mo Reid",
            "Centre for Urban Health",
        ),
    ],
)
def test_a_person_of_a_named_unit_works_there(text, person, unit):
    assert (person, unit) in _worked(text)


def test_the_owner_alone_is_the_owner():
    worked = _worked("Dr Ada Foss, the university's head of research, led the study.\n")
    assert ("Ada Foss", "Orton University") in worked


def test_a_school_of_the_university_is_the_university():
    worked = _worked(
        "The report was written by Dr Kay Dent of the university's School of Education.\n"
    )
    assert ("Kay Dent", "Orton University") in worked
