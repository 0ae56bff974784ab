"""Bodies that launched one thing together: "Kelby Welcome Group and Fenby
College have launched the Kelby Job Club" (two or more bodies as the subjects of an
active verb of launching), "Kelby Hospice launched the home service with Fenby
Health" (the launcher and whom it launched the thing with): they worked together
(rules/founders.py). Near misses must give nothing. All names and sentences made
up."""

from __future__ import annotations

import pytest

from tests.extract.reading import together


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        ("Kelby Welcome Group and Fenby College have launched the Kelby Job Club, a free "
         "English course.", "Kelby Welcome Group", "Fenby College"),
        ("Last spring Orton Libraries and Dalby Digital Trust launched Orton Web Helpers, "
         "a free help service.", "Orton Libraries", "Dalby Digital Trust"),
        ("Under her leadership Marlby Hospice launched its night nursing service with "
         "Tarn Community Health NHS Trust.", "Marlby Hospice", "Tarn Community Health NHS Trust"),
    ],
)  # fmt: skip
def test_bodies_that_launched_one_thing_work_together(text, one, other):
    assert (one, other) in together(text + "\n")


def test_a_launch_done_by_people_or_in_the_passive_gives_nothing():
    text = (
        "The Kelby Trails guide was launched by Fenby Ramblers and Orton Borough Council "
        "at the library. Jo Tern and Ada Foss launched the Dalby report at the town hall. "
        "Marlby Credit Union launched its savings club with funding from Tarn Community "
        "Trust.\n"
    )
    found = together(text)
    assert ("Fenby Ramblers", "Orton Borough Council") not in found
    assert ("Jo Tern", "Ada Foss") not in found
    assert ("Marlby Credit Union", "Tarn Community Trust") not in found
