"""The winners on the lines of an award list ("Good Neighbour Award – Jane Doe"):
a person when the name opens with a given name, a body otherwise; the award's
name is no entity (issue 11: most winners of such a list were lost). Made-up
write-ups.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import entities

_LIST = (
    "The winners were:\n"
    "• Lifetime Contribution Award – Ada Brook\n"
    "• Contribution to Sport Award – Fenby Football\n"
    "• Young Achiever of the Year Award – Ola Brisk\n"
    "• Stronger Together Award – Westshire Community Kitchen\n"
)
_LINES = (
    "Our 2031 prize-winners:\n\n"
    "- Carer of the Year Award - Nia Holt\n"
    "- Best Newcomer Award - Kelby Sea Scouts\n"
    "- Good Neighbour Prize - Westmoor Lunch Club\n"
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (_LIST, {("Person", "Ada Brook"), ("Person", "Ola Brisk")}),
        (
            _LIST,
            {("Organisation", "Fenby Football"), ("Organisation", "Westshire Community Kitchen")},
        ),
        (_LINES, {("Person", "Nia Holt"), ("Organisation", "Kelby Sea Scouts")}),
    ],
)
def test_the_winner_after_an_awards_name_is_found(text, found):
    assert found <= entities(text)


def test_the_awards_name_is_no_entity():
    names = {name for _, name in entities(_LIST)}
    assert not any("Award" in name for name in names)
