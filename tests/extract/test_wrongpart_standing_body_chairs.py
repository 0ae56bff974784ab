"""The chair of a standing body is no chair of the page's event: "The carnival is
organised by Kelby Carnival Arts, a volunteer-led charity chaired by Jo Tern" and
"The hall committee, chaired by Ada Foss, thanks everyone who came" put neither at
the event; "The panel was chaired by Jo Tern" still does."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles as _rels


def _chairs(text: str) -> set[str]:
    seed = extract_text(text)
    return {who for who, _, role in _rels(seed, "PARTICIPATED_IN") if role == "chair"}


def test_a_charity_chaired_by_someone_gives_no_chair_of_the_event():
    chairs = _chairs(
        "Kelby Carnival 2025\n\n"
        "Kelby Carnival 2025 took over the town centre on Saturday 12 July, with more "
        "than forty floats and bands.\n\n"
        "The carnival is organised by Kelby Carnival Arts, a volunteer-led charity "
        "chaired by Jo Tern, with support from Kelby Town Council.\n"
    )
    assert "Jo Tern" not in chairs


def test_a_committee_chaired_by_someone_gives_no_chair_of_the_event():
    chairs = _chairs(
        "Fenby Harvest Supper\n\n"
        "More than eighty people came to the Fenby Harvest Supper at Fenby Village Hall "
        "on 21 September.\n\n"
        "The hall committee, chaired by Ada Foss, thanks everyone who came and everyone "
        "who baked.\n"
    )
    assert "Ada Foss" not in chairs


def test_a_board_that_will_be_chaired_gives_no_chair_of_the_event():
    chairs = _chairs(
        "Kelby Civic Summit 2025\n\n"
        "The Kelby Civic Summit 2025 was held at Kelby University on 4 March.\n\n"
        "Delivery will be overseen by a Civic Partnership Board chaired by Dr Jo Tern, "
        "the university's Pro-Vice-Chancellor.\n"
    )
    assert "Jo Tern" not in chairs


def test_a_panel_chaired_by_someone_still_has_its_chair():
    chairs = _chairs(
        "Kelby Voluntary Sector Conference 2025\n\n"
        "Over 150 people came to the Kelby Voluntary Sector Conference 2025 at Kelby "
        "Town Hall on 4 March.\n\n"
        "The morning panel was chaired by Jo Tern, chief executive of Fenby Voluntary "
        "Action.\n"
    )
    assert "Jo Tern" in chairs
