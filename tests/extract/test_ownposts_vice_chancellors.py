"""Vice-chancellors named with no body: "Pro Vice-Chancellor for Research" is a post,
not a body's name, and "Professor Jo Tern, Vice-Chancellor, said" is held at the one
university the page names."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import rows

_HEAD = "Kelby University news\n\nKelby University has signed a deal with Fenby Council.\n\n"


def _works(text: str) -> set[tuple[str, str, str, str]]:
    return rows(extract_text(_HEAD + text + "\n", path="page.txt"), {"WORKS_FOR"})


def test_pro_vice_chancellor_at_a_named_university_is_a_post():
    seed = extract_text(
        _HEAD + "Ada Foss is Pro Vice-Chancellor for Health at the University of Fenby.\n",
        path="page.txt",
    )
    names = {e["name"] for e in seed["entities"]}
    assert "Pro Vice-Chancellor for Health" not in names
    assert (
        "Ada Foss",
        "WORKS_FOR",
        "University of Fenby",
        "pro vice-chancellor for health",
    ) in rows(seed)


def test_bare_vice_chancellor_is_at_the_pages_university():
    found = _works("It was opened by Professor Jo Tern, Vice-Chancellor, and Sam Rowe.")
    assert ("Jo Tern", "WORKS_FOR", "Kelby University", "vice-chancellor") in found


def test_our_pro_vice_chancellor_is_at_the_pages_university():
    found = _works("Thanks to Professor Jo Tern, our Pro-Vice-Chancellor for Research, who spoke.")
    assert {(f, t) for f, _, t, _ in found} >= {("Jo Tern", "Kelby University")}


def test_vice_chancellor_goes_to_the_university_not_the_pages_charity():
    text = (
        "Fenby Carers Alliance news\n\nFenby Carers Alliance has signed a pact with Kelby "
        "University. Fenby Carers Alliance will host the sessions.\n\n"
        "It was signed by the Vice-Chancellor, Professor Jo Tern, and the alliance's chair.\n"
    )
    found = {(f, t) for f, _, t, _ in rows(extract_text(text, path="page.txt"), {"WORKS_FOR"})}
    assert ("Jo Tern", "Kelby University") in found
    assert ("Jo Tern", "Fenby Carers Alliance") not in found
