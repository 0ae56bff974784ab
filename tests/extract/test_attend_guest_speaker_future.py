"""A preview of an event names its speaker after a copula in the present or the
future: "Our guest speaker will be Dr A", "The keynote speaker is B": each speaks at
the event in focus (PARTICIPATED_IN, role "speaker"); the body named after them
does not. Made-up names.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import at_summit


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "Our guest speaker will be Amir Shaf, Rural Services Manager at Fenby "
            "Citizens Advice, talking about advice outreach.",
            "Amir Shaf",
        ),
        ("Our guest speaker for the evening will be Dr Jo Tern of Fenby University.", "Jo Tern"),
        ("The keynote speaker is Dr Ada Foss of Kelby College.", "Ada Foss"),
    ],
)
def test_speaker_after_a_copula_speaks(sentence: str, who: str) -> None:
    found = at_summit(sentence)
    assert (who, "speaker") in found
    assert not {body for body, _ in found} & {
        "Fenby Citizens Advice",
        "Fenby University",
        "Kelby College",
    }
