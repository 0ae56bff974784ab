"""A table of "|" cells under a heading with a column of where ("Organisation |
Town | Project | Award"): each row's body is LOCATED_IN the place in that column,
and the cell's name is a place even when it opens the body's name too
(mentions/table_columns.py, rules/table_places.py). Made-up bodies and places."""

from __future__ import annotations

from tests.extract.reading import located, types_of

_TABLE = (
    "Fenby Sports Trust awards\n\n"
    "The trust awarded four grants in March.\n\n"
    "Organisation | Town | Project | Award\n"
    "Kelby Harriers | Kelby | Running for new mums | £4,500\n"
    "Dalby Bowls Club | Dalby | A level green path | £12,000\n"
    "Holt Swimming Club | Ormley | Learn to swim | £7,250\n"
)


def test_row_bodies_are_in_the_town_column() -> None:
    found = located(_TABLE)
    assert ("Kelby Harriers", "Kelby") in found
    assert ("Dalby Bowls Club", "Dalby") in found
    assert ("Holt Swimming Club", "Ormley") in found


def test_town_cells_are_places_and_bodies_stay_bodies() -> None:
    kinds = types_of(_TABLE)
    assert kinds.get("Kelby") == "Place"
    assert kinds.get("Ormley") == "Place"
    assert kinds.get("Dalby Bowls Club") == "Organisation"


def test_area_column_in_the_middle() -> None:
    text = (
        "Round 2 grants\n\n"
        "Group | Project | Area | Amount\n"
        "Fenby Lunch Club | Hot lunches | Westmoor | £900\n"
        "Ada Foss Trust | Reading club | Lower Cowton | £1,200\n"
    )
    found = located(text)
    assert ("Fenby Lunch Club", "Westmoor") in found
    assert ("Ada Foss Trust", "Lower Cowton") in found


def test_table_without_a_column_of_where_places_nobody() -> None:
    text = (
        "Round 3 grants\n\n"
        "Organisation | Project | Amount\n"
        "Kelby Harriers | Kelby route maps | £900\n"
    )
    assert not any(body == "Kelby Harriers" for body, _ in located(text))


def test_lower_case_cell_is_no_place() -> None:
    text = (
        "Round 4 grants\n\n"
        "Organisation | Area | Amount\n"
        "Fenby Lunch Club | Fenby-wide | £900\n"
        "Dorley Deaf Club | Marsby | £700\n"
    )
    found = located(text)
    assert ("Dorley Deaf Club", "Marsby") in found
    assert not any(place.endswith("wide") for _, place in found)
