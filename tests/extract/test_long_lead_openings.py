"""An opening told in a first sentence whose subject, "a new <building>", carries a
long modifier ("offering ...", "serving ..."), so the parse hangs the verb on the
modifier: the building is still what opened, named from the next paragraph's "The
<Name> <building>" (page_event/occasion_verbs._lead_opened)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import events as _events


def _names(event) -> set[str]:
    return {event["name"], *(event.get("aliases") or ())}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Drop-in centre opens in Dalby\n\n"
            "A new drop-in centre offering hot meals, a laundry and a quiet room officially "
            "opened on Tuesday in the old bank building on Mill Street, Dalby.\n\n"
            "The Mill Street Centre has been set up by Kelby Trust.\n",
            "Opening of the Mill Street Centre",
        ),
        (
            "New kitchen for Fenby\n\n"
            "A new community kitchen serving cheap lunches, cookery lessons and a job club "
            "opened on Friday in the former Fenby post office.\n\n"
            "The Fenby Community Kitchen is run by Jo Tern and Ada Foss.\n",
            "Opening of the Fenby Community Kitchen",
        ),
    ],
)
def test_an_opening_with_a_long_subject_is_named_next(text, name):
    (event,) = _events(extract_text(text))
    assert name in _names(event)


@pytest.mark.parametrize(
    "text",
    [
        # the building's name never comes: no occasion named
        "Drop-in centre opens in Dalby\n\n"
        "A new drop-in centre offering hot meals, a laundry and a quiet room officially "
        "opened on Tuesday in the old bank building on Mill Street, Dalby.\n\n"
        "Volunteers from Kelby Trust will staff it.\n",
        # a finite verb between the building and "opened": the centre did not open
        "Kelby Trust news\n\n"
        "A centre that serves older people says the new café opened too late for winter.\n\n"
        "The Dalby Day Centre is run by Kelby Trust.\n",
    ],
)
def test_no_opening_without_the_name_or_with_another_verb(text):
    assert not [e for e in _events(extract_text(text)) if "Opening" in e["name"]]
