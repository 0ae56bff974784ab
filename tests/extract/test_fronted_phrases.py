"""A sentence opening on a phrase with no comma after it ("After the Reception the
Annual General Meeting took place"): a bare "the" after the phrase's object opens
the sentence's subject, so the two names are not read as one (mentions/run_stops.py);
a name with "the" inside it ("Brighten the Corners") stays whole. Small made-up
write-ups (round 30)."""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


@pytest.mark.parametrize(
    ("text", "joined", "subject"),
    [
        ("Dale Hall news\n\nOn Tuesday the Dale Hall hosted a reception for its members.\n\n"
         "After the Reception the Annual General Meeting took place and the Committee was "
         "re-elected for the following year.\n",
         "Reception the Annual General Meeting", ("Event", "Annual General Meeting")),
        ("Kelby Trust news\n\nBefore the Buffet the Spring Forum was opened by Jane Doe of "
         "Kelby Trust.\n",
         "Buffet the Spring Forum", None),
    ],
)  # fmt: skip
def test_a_name_after_an_opening_phrase_with_no_comma_is_its_own(text, joined, subject):
    found = entities(text)
    assert joined not in {name for _, name in found}
    if subject is not None:
        assert subject in found


def test_a_name_with_the_inside_it_stays_whole():
    found = entities(
        "Fundraising news\n\nStaff from Brighten the Corners joined volunteers from Kelby "
        "Trust on Saturday.\n"
    )
    assert ("Organisation", "Brighten the Corners") in found
