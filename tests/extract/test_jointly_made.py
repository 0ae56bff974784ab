""" "A guide developed jointly by A and B", "a toolkit co-written by A and B": the
joint makers of one thing collaborate (COLLABORATES_WITH, not a formal
partnership). Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "The new guide was developed jointly by Plover Homes and the Fenby Housing Network, "
        "with support from Kelby Trust.",
        "The guide was jointly produced by Plover Homes and the Fenby Housing Network.",
        "The toolkit, co-written by Plover Homes and the Fenby Housing Network, is free to "
        "download.",
    ],
)
def test_joint_makers_collaborate(sentence):
    seed = extract_text("# News\n\n" + sentence + "\n", path="page.txt")
    found = pairs(seed, "COLLABORATES_WITH") | {(b, a) for a, b in pairs(seed, "COLLABORATES_WITH")}
    assert ("Plover Homes", "Fenby Housing Network") in found
    assert not pairs(seed, "PARTNER_OF")


def test_joint_makers_of_a_fund_do_not_fund_or_run_it():
    text = (
        "# News\n\nThe Kelby Recovery Fund, co-designed by Plover Homes and the Fenby "
        "Housing Network, opens today.\n"
    )
    seed = extract_text(text, path="page.txt")
    assert ("Plover Homes", "Fenby Housing Network") in pairs(seed, "COLLABORATES_WITH")
    assert not pairs(seed, "FUNDED")
