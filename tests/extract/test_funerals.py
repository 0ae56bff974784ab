"""A tribute or an obituary that tells the funeral ("His funeral will be held at St
Anne's Church") lists it as an event named after whose it is, "Funeral of <name>";
a funeral told only in passing ("between a funeral and a meeting") is none."""

from __future__ import annotations

from collabgraph.extract import extract_text


def _events(seed):
    return {e["name"] for e in seed["entities"] if e["type"] == "Event"}


def test_an_obituary_names_the_funeral_after_whom_it_remembers():
    seed = extract_text(
        "Obituary: Ada Brimble, 1940-2031\n\n"
        "Ada Brimble, who founded the Orton Lunch Club, died on 2 March at the age of 91.\n\n"
        "Ada ran the club for thirty years and later chaired Orton Good Neighbours. "
        "Volunteers remember Ada for her soup.\n\n"
        "Her funeral will be held at St Sexburga's Church, Orton, on 14 March at 11am.\n"
    )
    assert "Funeral of Ada Brimble" in _events(seed)


def test_a_first_names_possessive_says_whose_funeral():
    seed = extract_text(
        "Goodbye to our treasurer\n\n"
        "Members will be sad to hear that Tomas Quill, treasurer of the Fenby Bowls Club "
        "for twenty years, has died. Tomas kept the books in pencil.\n\n"
        "Tomas's funeral is on Friday 9 May at Fenby Crematorium.\n"
    )
    assert "Funeral of Tomas Quill" in _events(seed)


def test_a_funeral_in_passing_is_no_event():
    seed = extract_text(
        "A day with the Kelby pantry\n\n"
        "We met Ulla Brisk, coordinator of the Kelby Pantry, between a funeral and a "
        "delivery run. She has run the pantry since 2029.\n"
    )
    assert not any(name.startswith("Funeral") for name in _events(seed))
