"""Where an organisation's name starts and ends, and when a word is no body at
all: small made-up write-ups, one kind of fault each (phase 10)."""

from __future__ import annotations

from reading import entities


def orgs(text: str) -> set[str]:
    return {name for kind, name in entities(text) if kind == "Organisation"}


# ------------------------------------------- a body's head word alone, after "the"


def test_the_head_word_alone_is_the_body_named_with_it():
    text = (
        "The plan answers the Brindle Volunteering Taskforce, which brought together "
        "charities and clinicians. The Taskforce published its findings in May."
    )
    assert orgs(text) == {"Brindle Volunteering Taskforce"}


def test_the_head_word_alone_with_no_body_named_with_it_is_no_body():
    text = "Orley Care opened a garden. Ann Vole was met at the Hospice by its chair, Bo Reed."
    assert "Hospice" not in orgs(text)
