"""A person "she" or "he" refers to who runs, leads or manages a programme ("She
also leads our hosting scheme, Open Doors", "He manages the Lunch Box scheme"): the
person runs it, as when the sentence names them. Inside a quotation "he" and
"she" are left. Kinds seen on staff pages of several writers; made-up names.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


@pytest.mark.parametrize(
    ("sentence", "programme"),
    [
        ("She also leads our hosting scheme, Open Doors.", "Open Doors"),
        ("She now manages the Lunch Box holiday scheme.", "Lunch Box"),
    ],
)
def test_a_programme_she_runs_is_the_persons(sentence, programme):
    seed = extract_text(
        "Meet the team at Kelby Good Neighbours\n\n"
        "Jane Corr – Befriending Lead\n"
        f"Jane Corr joined us in 2021. {sentence}\n",
        path="page.txt",
    )
    assert ("Jane Corr", programme) in pairs(seed, "RUNS")


def test_she_in_a_quotation_is_left():
    seed = extract_text(
        "Kelby news\n\nJane Corr opened the new hall on Monday. Ada Brook said: “She "
        "leads the Lunch Box holiday scheme and we are proud of her.”\n",
        path="page.txt",
    )
    assert ("Jane Corr", "Lunch Box") not in pairs(seed, "RUNS")
