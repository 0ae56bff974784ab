"""A post after "Their"/"Its" opening a sentence ("Their coordinator, Jane Doe, took
notes") is held at the body the sentence before names first, not at the page's own."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles

_HEAD = (
    "A busy spring at Kelby Carers Network\n\n"
    "Kelby Carers Network had a busy spring in Fenby. Kelby Carers Network ran "
    "twelve drop-in mornings at Fenby Library.\n\n"
)


def _posts(paragraph: str) -> set[tuple[str, str, str | None]]:
    return with_roles(extract_text(_HEAD + paragraph + "\n", path="page.txt"), "WORKS_FOR")


def test_their_post_is_at_the_body_named_just_before():
    found = _posts(
        "We also had visitors from the new Ashdell Repair Group, which opens next month. "
        "Their coordinator, Ada Foss, took pages of notes."
    )
    assert ("Ada Foss", "Ashdell Repair Group", "Coordinator") in found
    assert not [r for r in found if r[0] == "Ada Foss" and r[1] == "Kelby Carers Network"]


def test_a_sentence_between_naming_no_body():
    found = _posts(
        "Our funder, the Brennick Valley Trust, asked early on for a logic model. "
        "We gave them a map instead. Their grants officer, Jo Tern, has been patient."
    )
    assert ("Jo Tern", "Brennick Valley Trust", "Grants Officer") in found


def test_a_body_spoken_of_by_its_kind_just_before_keeps_the_post():
    seed = extract_text(
        "Kelby Carers Alliance launches\n\nKelby Carers Alliance was launched in Fenby "
        "this week by local carers. The alliance will be chaired by Kit Marr, who works "
        "at Brennick Valley Trust. Its coordinator, Ada Foss, starts in May.\n",
        path="page.txt",
    )
    found = with_roles(seed, "WORKS_FOR")
    assert ("Ada Foss", "Kelby Carers Alliance", "Coordinator") in found
    assert not [r for r in found if r[0] == "Ada Foss" and r[1] == "Brennick Valley Trust"]
