"""The opening of a title (a show, an exhibition) told by its noun is an occasion,
named "Opening of <title>" as written; the opening of a fund or programme is not."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs, with_roles


def test_the_opening_of_an_exhibition_is_the_pages_event():
    seed = extract_text(
        "Photo club news\n\n"
        "Over 150 people came to the opening of Faces of Fenby at Tern Gallery, Kelby, on "
        "Friday 9 April 2027.\n\n"
        "The evening was put on by Kelby Photo Club. Guests heard from Ada Foss and Jo Tern.\n"
    )
    assert "Opening of Faces of Fenby" in {e["name"] for e in events(seed)}
    assert ("Kelby Photo Club", "Opening of Faces of Fenby") in pairs(seed, "ORGANISED")
    took_part = {(p, e) for p, e, _ in with_roles(seed, "PARTICIPATED_IN")}
    assert ("Ada Foss", "Opening of Faces of Fenby") in took_part


def test_a_title_in_two_halves_is_named_whole():
    seed = extract_text(
        "Crowds at the gallery\n\n"
        "Dozens joined us for the opening of Our Lanes, Our Lives at Fenby Library on "
        "Saturday 3 July 2027. It was hosted by Kelby Heritage Group.\n"
    )
    assert "Opening of Our Lanes, Our Lives" in {e["name"] for e in events(seed)}


def test_the_opening_of_a_fund_is_no_event():
    seed = extract_text(
        "Grants for groups in Kelby\n\n"
        "We welcome the opening of the Kelby Crisis Fund, which Fenby Council "
        "announced on 2 May 2027. Groups can apply for up to £2,000.\n"
    )
    assert not any(e["name"].startswith("Opening of") for e in events(seed))
