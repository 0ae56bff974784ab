"""A fund named right before "run by" a body is a grant programme the body runs,
even where the sentence reads the fund as a funder ("funded by the Kelby Fund, run
by Fenby Council": rules/named_run_by._fund_run); a fund "provided by" a body is
that body's money, not a programme it runs."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _runs(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text, path="page.txt"), "RUNS")


def test_a_funder_fund_run_by_a_body_is_its_programme():
    assert ("Fenby Council", "Kelby Hardship Fund") in _runs(
        "The move is funded by the Kelby Hardship Fund, run by Fenby Council."
    )
    assert ("Dalby Community Foundation", "Dalby Together Fund") in _runs(
        "The fair was supported by a grant from the Dalby Together Fund, run by "
        "Dalby Community Foundation."
    )
    assert ("Orley Community Foundation", "Tern Fund") in _runs(
        "The work is paid for by the Tern Fund, which is administered by Orley "
        "Community Foundation."
    )


def test_a_fund_provided_by_a_body_is_not_run_by_it():
    assert ("Fenby Council", "Kelby Hardship Fund") not in _runs(
        "The move is funded by the Kelby Hardship Fund, provided by Fenby Council."
    )


def test_a_trust_run_by_volunteers_runs_nothing():
    assert not _runs("The Kelby Trust is run by volunteers from Orley Church.")
