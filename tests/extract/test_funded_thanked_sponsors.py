"""Funders, round 44: the sponsors a write-up thanks by a sponsor noun, or says it
needed, with their names listed right after it ("Thank you to our sponsors A and
B", "Thanks to our headline sponsor, Foo", "would not happen without our sponsors:
A, B and C"): each FUNDED the event in focus
(rules/event_sponsors.py, vocab/sponsor_nouns.txt). Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_FAIR = (
    "Orme Health Fair 2025 draws a crowd\n\nOver 300 people came to the Orme Health "
    "Fair 2025 on Saturday. {}\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you to our sponsors Pellow Dairies Ltd and Tern Motors.",
        "Thanks as always to our sponsors, Pellow Dairies Ltd and Tern Motors.",
        "The fair would not happen without our sponsors: Pellow Dairies Ltd and Tern Motors.",
    ],
)
def test_thanked_sponsors_fund_the_event(sentence):
    seed = extract_text(_FAIR.format(sentence))
    funded = pairs(seed, "FUNDED")
    assert ("Tern Motors", "Orme Health Fair 2025") in funded
    assert ("Pellow Dairies Ltd", "Orme Health Fair 2025") in funded
