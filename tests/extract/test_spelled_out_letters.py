"""A programme named by its letters, spelled out in brackets before its noun ("the
HOPE (Helping Older People Everywhere) initiative"): the noun after the brackets
says what the letters name, as it does after "the Foo (FP) pilot". Made-up names.
"""

from __future__ import annotations

from tests.extract.reading import typed

_PAGE = "Kelby news\n{}\n"


def test_letters_spelled_out_before_a_programme_noun_name_a_programme():
    text = _PAGE.format(
        "Fenby Council is working with many local groups through the HOPE (Helping "
        "Older People Everywhere) initiative, and will be awarded a contract."
    )
    assert typed(text, "HOPE") == {"Project"}


def test_letters_spelled_out_before_a_body_noun_stay_a_body():
    text = _PAGE.format(
        "Kelby Trust joined the NCVO (National Council for Voluntary Organisations) "
        "network last year."
    )
    assert "Project" not in typed(text, "NCVO") | typed(
        text, "National Council for Voluntary Organisations"
    )


def test_letters_after_a_programme_name_still_read_past():
    text = _PAGE.format("The Kelby Housing Ahead (KHA) pilot opened in May.")
    assert typed(text, "Kelby Housing Ahead") == {"Project"}
