"""An event written after its owner's possessive keeps the page's fuller form:
"the Mayor of Kelby's Civic Awards" is the event "Civic Awards" with that alias."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import events


def _aliases(text: str) -> dict[str, list[str]]:
    seed = extract_text(text, path="awards.txt")
    return {e["name"]: e.get("aliases") or [] for e in events(seed)}


@pytest.mark.parametrize(
    ("sentence", "form"),
    [
        ("The annual Mayor of Kelby’s Civic Awards, at the Dalby Hotel, celebrated the work "
         "of volunteers.", "Mayor of Kelby’s Civic Awards"),
        ("The Kelby Trust’s Volunteer Awards took place at Dalby Hall last night.",
         "Kelby Trust’s Volunteer Awards"),
        ("Friends of Dalby Park's Summer Fair raised £2,000.",
         "Friends of Dalby Park's Summer Fair"),
    ],
)  # fmt: skip
def test_the_owners_possessive_form_is_an_alias_of_the_event(sentence, form):
    found = _aliases(f"Kelby celebrates\n\n{sentence}\n")
    assert any(form in aliases or form == name for name, aliases in found.items()), found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kelby Trust’s first Annual Conference took place at Dalby Hall.",
        "November’s Kelby Forum meeting took place at Dalby Hall.",
    ],
)
def test_no_owner_form_from_a_small_word_or_a_month(sentence):
    found = _aliases(f"Kelby news\n\n{sentence}\n")
    assert not any("’s" in a for aliases in found.values() for a in aliases), found


def test_an_office_named_before_the_possessive_organised_nothing():
    # "the Mayor of Kelby's Civic Awards": the mayoralty's awards, not a body "Kelby"'s
    seed = extract_text(
        "Kelby celebrates\n\nThe annual Mayor of Kelby’s Civic Awards, at the Dalby Hotel, "
        "celebrated the work of volunteers.\n",
        path="awards.txt",
    )
    assert not [r for r in seed["relations"] if r["type"] == "ORGANISED"]
