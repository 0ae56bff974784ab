"""Money from a programme no body on the page runs: a commissioner's fund, a fund
named alone. There is no funder to write, and the groups given money are not
written as taking part in the fund (the gold never does). Where a body runs the
programme, it funded them."""

from __future__ import annotations

from collabgraph.extract import extract_text

COMMISSIONER = """Kelby Safer Streets Fund: latest grants

The Kelby Safer Streets Fund, a scheme set up by Police and Crime Commissioner Ada Brook, \
supports local groups.

Marlow Boxing Academy received £3,000 from the Kelby Safer Streets Fund to run evening \
sessions. Fenby Women's Aid was awarded £4,500 from the Kelby Safer Streets Fund.
"""

RUN_BY_A_BODY = """Dalby Lanes Fund opens

Fenby Youth Club has been awarded £4,000 from the Dalby Lanes Fund, a programme run by \
the Dalby Trust.
"""


def _ties(page: str) -> set[tuple]:
    seed = extract_text(page, path="grants.txt")
    return {(r["from"], r["type"], r["to"], r.get("role")) for r in seed["relations"]}


def test_groups_given_money_by_a_programme_no_body_runs_are_not_written_as_taking_part():
    ties = _ties(COMMISSIONER)
    for group in ("Marlow Boxing Academy", "Fenby Women's Aid"):
        assert not [t for t in ties if t[0] == group and t[1] == "PARTICIPATED_IN"]
    assert ("Ada Brook", "RUNS", "Kelby Safer Streets Fund", None) in ties
    assert not [t for t in ties if t[1] == "FUNDED"]  # a person gives no grant of her own


def test_a_programme_a_body_runs_leaves_its_grantees_funded_by_the_body():
    ties = _ties(RUN_BY_A_BODY)
    assert ("Dalby Trust", "FUNDED", "Fenby Youth Club", None) in ties
    assert not [t for t in ties if t[1] == "PARTICIPATED_IN"]
