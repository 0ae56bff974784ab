"""A person who "told" or "addressed" the page's event, named after the verb,
spoke at it: "Councils must act, Jane Doe told the Foo Summit" (the `speech`
cue with needs_event, rules/participation.py). Told a newspaper, they did not.
Made-up names."""

from __future__ import annotations

import pytest

from tests.extract.reading import at_summit


@pytest.mark.parametrize(
    "sentence",
    [
        "Councils must build more homes, Ada Brook, Leader of Dalby Council, told the"
        " Marlow Tenants Summit.",
        "Ada Brook addressed the Marlow Tenants Summit on the future of social housing.",
        "Tenants deserve a voice, Ada Brook tells the Marlow Tenants Summit.",
    ],
)
def test_who_told_the_event_spoke_at_it(sentence):
    assert ("Ada Brook", "speaker") in at_summit(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Brook told the Fenby Gazette that she was looking forward to the summit.",
        "The meeting was told that Ada Brook had joined Dalby Council.",
    ],
)
def test_told_a_paper_or_told_of_someone_is_no_talk(sentence):
    assert ("Ada Brook", "speaker") not in at_summit(sentence)
