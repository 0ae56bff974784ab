"""A person's name the recogniser runs on into the body after it ("Dawit Haile of
Quenmoor Athletic Club" read as one organisation) is cut at "of" or "for" and the
person kept; names whose words are English or places stay whole. All names made
up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text


def _names(text: str) -> set[tuple[str, str]]:
    return {(e["type"], e["name"]) for e in extract_text(text)["entities"]}


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "The winner was Dawit Haile of Quenmoor Athletic Club, in 31 minutes.",
            "Dawit Haile",
            "Quenmoor Athletic Club",
        ),
        (
            "Dawit Haile of Quenmoor Athletic Club won the race.",
            "Dawit Haile",
            "Quenmoor Athletic Club",
        ),
        (
            "The best talk came from Oluwadamilare Ige of Connect Oakmere CIC, who "
            "recycles laptops.",
            "Oluwadamilare Ige",
            "Connect Oakmere CIC",
        ),
        (
            "Photographs: Jamal Whitaker for Linthorpe Arts Collective.",
            "Jamal Whitaker",
            "Linthorpe Arts Collective",
        ),
    ],
)
def test_a_person_run_on_into_a_body_is_cut(text, person, body):
    names = _names(text)
    assert ("Person", person) in names
    assert ("Organisation", body) in names
    assert not any(" of " in n or " for " in n for _, n in names if n.startswith(person))


def test_english_words_before_of_keep_the_name_whole():
    names = _names("Staff from Marlow Heath of Kelby Trust came to help.")
    assert not any(t == "Person" for t, _ in names)


def test_a_body_for_a_cause_stays_whole():
    names = _names("The Campaign for Better Transport Trust spoke at the meeting.")
    assert ("Organisation", "Campaign for Better Transport Trust") in names


def test_a_service_word_inside_a_post_is_no_body():
    for text in (
        "Chief Fire Officer Ada Foss said the service would open its stations.",
        "Deputy Harbour Master Jo Tern met the visitors on the quay.",
    ):
        names = _names(text)
        assert all(t != "Organisation" for t, _ in names), names
