"""A school named after a saint, its name closed by "Primary", "Infants" or
"Juniors" and no head word ("St Ada's Catholic Primary"), is one name, not the
saint's possessive alone and the rest (mentions/run_words.head_follows,
vocab/school_name_ends.txt). Fictional names.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


def _names(text: str) -> set[str]:
    return {n for _, n in entities(text + "\n")}


@pytest.mark.parametrize(
    ("text", "school"),
    [
        (
            "The festival in Kelby drew pupils from St Ada's Catholic Primary.",
            "St Ada's Catholic Primary",
        ),
        (
            "Panels would go on the roofs of Kelby Primary School, St Hilda's RC Primary, "
            "Fenby Academy and Kelby High School.",
            "St Hilda's RC Primary",
        ),
    ],
)
def test_a_saints_school_is_one_name(text, school):
    names = _names(text)
    assert school in names
    assert school.split("'s ")[1] not in names
