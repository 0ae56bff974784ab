import pytest

from collabgraph.analysis.changes import changes, period
from collabgraph.errors import BadWindow

from .builders import graph


def network():
    """ann-ben held in 2021 only; ben-cat from 2022; cat-dan always (timeless)."""
    return graph(
        {"ann": "Person", "ben": "Person", "cat": "Person", "dan": "Person"},
        [
            ("ann", "COLLABORATES_WITH", "ben", {"since": "2021", "until": "2021"}),
            ("ben", "COLLABORATES_WITH", "cat", {"since": "2022"}),
            ("cat", "COLLABORATES_WITH", "dan"),
        ],
    )


def ends(ties):
    return [(t["a"]["id"], t["b"]["id"]) for t in ties]


def test_ties_and_bridges_that_appeared_and_went():
    found = changes(network(), before="2021", after="2022..2023")
    assert found["from"] == {"since": "2021", "until": "2021", "timeless": 1}
    assert found["to"] == {"since": "2022", "until": "2023", "timeless": 1}
    assert ends(found["ties"]["appeared"]) == [("ben", "cat")]
    assert ends(found["ties"]["went"]) == [("ann", "ben")]
    assert found["ties"]["kept"] == 1  # the timeless one
    assert ends(found["bridges"]["appeared"]) == [("ben", "cat")]
    assert ends(found["bridges"]["went"]) == [("ann", "ben")]


def test_nothing_changes_between_a_period_and_itself():
    found = changes(network(), before="2022", after="2022")
    assert found["ties"]["appeared"] == found["ties"]["went"] == []
    assert found["bridges"] == {"appeared": [], "went": []}


def test_periods_are_dates_or_ranges():
    assert (period("2022").since, period("2022").until) == ("2022", "2022")
    assert (period("2019..2021").since, period("2019..2021").until) == ("2019", "2021")
    assert period("..2021").since is None
    for bad in ("", "soon", "2023..2021"):
        with pytest.raises(BadWindow):
            period(bad)


def test_a_window_error_quotes_a_huge_value_cut_short():
    """The error names the bad value without echoing a megabyte of it back."""
    with pytest.raises(BadWindow) as raised:
        period("19" + "x" * 100_000)
    message = str(raised.value)
    assert "'19xxx" in message and "is not a date" in message
    assert len(message) < 120
