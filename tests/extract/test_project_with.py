"""Bodies named after "with" on a verb about a project take part in it as partners
(rules/project_with.py): the project the verb's subject, its object, or what a
relative clause describes. Fictional bodies, wordings of this file's own."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import partners_in, with_roles

_INTRO = "Page Turners is a free reading programme for children in Fenby."


def _partners_of(text: str, project: str) -> set[str]:
    seed = extract_text("Page Turners\n\n" + text + "\n")
    return partners_in(seed, project)


@pytest.mark.parametrize(
    "sentence",
    [
        "Page Turners will also work with Fenby Libraries and the Marlow Book Trust.",
        "This year Page Turners is working with Fenby Libraries and the Marlow Book Trust.",
        "It is funded by the Dunmore Foundation and developed with Fenby Libraries "
        "and the Marlow Book Trust.",
        "The programme has been designed together with Fenby Libraries and the Marlow Book Trust.",
    ],
)
def test_a_project_working_or_made_with_bodies_has_them_as_partners(sentence):
    assert _partners_of(f"{_INTRO} {sentence}", "Page Turners") == {
        "Fenby Libraries",
        "Marlow Book Trust",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tern Trust delivers the Word Club programme with Holt Academy and Brook Lane School.",
        "Since 2023 the Tern Trust has run the Word Club project with Holt Academy and "
        "Brook Lane School.",
        "The grant pays for the Word Club programme in local schools, which the trust "
        "delivers with Holt Academy and Brook Lane School.",
    ],
)
def test_a_project_delivered_with_bodies_has_them_as_partners(sentence):
    assert _partners_of(sentence, "Word Club") == {"Holt Academy", "Brook Lane School"}


@pytest.mark.parametrize(
    "sentence",
    [
        "It is delivered with funding from the Dunmore Foundation.",
        "The programme works with families referred by Fenby Council.",
        "Page Turners was set up with the help of the Marlow Book Trust.",
        "Page Turners volunteers work with children at Holt Academy.",
    ],
)
def test_money_help_or_people_after_with_are_no_partners(sentence):
    assert _partners_of(f"{_INTRO} {sentence}", "Page Turners") == set()


def test_a_body_working_with_another_takes_part_in_nothing():
    seed = extract_text("News\n\nThe Tern Trust will work with Holt Academy on reading.\n")
    assert not [r for r in with_roles(seed, "PARTICIPATED_IN") if r[0] == "Holt Academy"]


@pytest.mark.parametrize(
    "sentence",
    [
        "It is co-delivered by the Tern Trust, in partnership with Fenby Libraries and the "
        "Marlow Book Trust.",
        "Alongside partners Fenby Libraries and the Marlow Book Trust, the programme gives "
        "every child a free book.",
        "The programme was developed with partners Fenby Libraries and the Marlow Book Trust.",
    ],
)
def test_partners_named_with_partnership_words(sentence):
    assert _partners_of(f"{_INTRO} {sentence}", "Page Turners") == {
        "Fenby Libraries",
        "Marlow Book Trust",
    }


def test_a_programme_described_by_a_participle_has_its_partners():
    text = (
        "Page Turners is a reading programme run by the Tern Trust.\n\n"
        "Our reading programme for children under eleven, delivered in partnership with "
        "Fenby Libraries, meets every Saturday."
    )
    assert _partners_of(text, "Page Turners") == {"Fenby Libraries"}
