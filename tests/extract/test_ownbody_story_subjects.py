"""A story told in the third person is about the body its first sentence has as
subject ("Wildlife charity Kelby Rescue has moved ..."): its "the move was paid for
by a grant from Foo" is Foo funding that body, when the page says no "we" and names
no author."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _funded(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text + "\n", path="page.txt"), "FUNDED")


def test_the_lead_subject_is_the_story_body():
    found = _funded(
        "Kelby Rescue opens new base\n\n"
        "Wildlife charity Kelby Rescue has moved to a bigger site, after outgrowing "
        "its old yard in Low End.\n\n"
        "The volunteers at Kelby Rescue look after some 700 hurt owls a year.\n\n"
        "The new base was paid for by a bequest and by a £15,000 grant from the "
        "Fenby Wildlife Fund.\n"
    )
    assert ("Fenby Wildlife Fund", "Kelby Rescue") in found


def test_two_subjects_in_the_lead_settle_nothing():
    found = _funded(
        "New base opens\n\n"
        "Kelby Rescue and Fenby Farm Trust have opened a new base at Fenby Farm.\n\n"
        "The new base was paid for by a bequest and by a £15,000 grant from the "
        "Fenby Wildlife Fund.\n"
    )
    assert ("Fenby Wildlife Fund", "Kelby Rescue") not in found
    assert ("Fenby Wildlife Fund", "Fenby Farm Trust") not in found
