"""An event given its title after a word that frames a name ("a seminar entitled
X", "the workshop, called X"), written without quotes and with a colon in it: the
title is the event's name, whole, not a body named by its first words and an event
called only "Seminar". All names made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import events
from tests.extract.reading import with_roles as rels


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        ("A regional seminar entitled Working Together: The Future of Kelby Parks was held "
         "on Friday, 3rd May 2030, in the Dale Hotel, Kelby.",
         "Working Together: The Future of Kelby Parks"),
        ("A national conference titled Homes for All: Building the Next Ten Years took place "
         "on Friday, 3rd May 2030, in the Dale Hotel, Kelby.",
         "Homes for All: Building the Next Ten Years"),
        ("A seminar entitled ‘Enhancing Foo: The Bar of Baz’ was held on Friday, 3rd May "
         "2030, in the Dale Hotel, Kelby.",
         "Enhancing Foo: The Bar of Baz"),
    ],
)  # fmt: skip
def test_an_unquoted_title_after_entitled_names_the_page_event(opening, title):
    seed = extract_text(
        f"{opening}\n\n"
        "Fenby Community Network hosted the seminar.\n\n"
        "Speakers:\n\n"
        "  • Jane Doe, Kelby Trust\n"
        "  • Ada Brook, Dalby Housing Association\n",
        path="page.txt",
    )
    names = [e["name"] for e in events(seed)]
    assert names == [title], names
    assert ("Jane Doe", title, "speaker") in rels(seed, "PARTICIPATED_IN")
    first = title.split(":")[0]
    assert first not in {e["name"] for e in seed["entities"]}


def test_a_lecture_called_by_an_unquoted_title_mid_page_is_an_event():
    seed = extract_text(
        "Autumn news\n\nKelby Trust and Dalby Network ran a series of talks this autumn.\n"
        "The second lecture, called Rivers and Rooftops: Kelby Since 1900, was given by "
        "Jane Doe.\n",
        path="page.txt",
    )
    typed = {e["name"]: e["type"] for e in seed["entities"]}
    assert typed.get("Rivers and Rooftops: Kelby Since 1900") == "Event", typed


def test_a_meeting_called_by_a_person_has_no_title():
    seed = extract_text(
        "A public meeting called by Jane Doe was held on Friday in Kelby Town Hall.\n\n"
        "Residents spoke about the plans for Dalby Park.\n",
        path="page.txt",
    )
    assert all(e["name"] != "Jane Doe" for e in events(seed))
