"""A body's yearly sitting named by its kind alone on the body's own page ("At the
AGM, Jo Tern was elected chair", "following our AGM on 4 June", "Diary: AGM, 4 June
2031") is that body's: "<body> AGM" (the bare "AGM" an alias), which the body
ORGANISED. A page with no body of its own gives it no holder. All names made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import events_by_name, pairs


@pytest.mark.parametrize(
    "text",
    [
        "Kelby Choral Society news\n\nKelby Choral Society had a busy spring. "
        "At the AGM, Jo Tern was elected chair.",
        "Kelby Choral Society welcomes new trustees\n\nWe are delighted to welcome three "
        "new trustees to the board of Kelby Choral Society, following our AGM on 4 June "
        "at Fenby Methodist Church.",
        "Kelby Choral Society newsletter\n\nDiary: AGM, 4 June 2031, Fenby Methodist Church, 2pm.",
    ],
)
def test_a_bare_agm_is_the_page_bodys(text):
    seed = extract_text(text)
    event = events_by_name(seed)["Kelby Choral Society AGM"]
    assert "AGM" in event.get("aliases", [])
    assert ("Kelby Choral Society", "Kelby Choral Society AGM") in pairs(seed, "ORGANISED")


def test_a_bare_agm_with_no_page_body_has_no_holder():
    seed = extract_text(
        "A busy spring\n\nJo Tern met Ada Foss of Kelby Choral Society and Sam Kell of "
        "Fenby Arts Trust. At the AGM, Jo Tern was elected chair."
    )
    assert not any(to.endswith("AGM") for _, to in pairs(seed, "ORGANISED"))
