"""A founding verb under "helped": "In 1991 he helped set up the Kelby Youth Trust
with youth worker Jo Tern" (founders.subject_of): the person "he" is worked with
the one named after "with". All names and sentences made up."""

from __future__ import annotations

from tests.extract.reading import together


def test_he_helped_set_up_a_body_with_someone():
    text = (
        "Tributes to Ada Foss\n\nAda Foss, who has died aged 81, was a councillor for forty "
        "years. In 1991 she helped set up the Kelby Youth Trust with youth worker Jo Tern, "
        "and she chaired its board for 25 years.\n"
    )
    assert ("Ada Foss", "Jo Tern") in together(text)


def test_a_named_founder_still_works_with_them():
    text = "Ken Fenby set up the Orton Good Neighbours scheme with Jo Tern in 2016.\n"
    assert ("Ken Fenby", "Jo Tern") in together(text)
