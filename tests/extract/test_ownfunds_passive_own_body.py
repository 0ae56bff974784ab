"""Funders, round 45: a passive of money paid whose subject is a common noun ("The
move was funded by A", "The refit was paid for by A") on a page speaking for a
body, with no project, event or opener in view: A FUNDED the page's own body; not
for an outing or a thing of another kind ("The visit was paid for by A", "The
programme is funded by A") (rules/passive_targets.py, `work_in_view`). Fictional
bodies."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_OURS = (
    "Kelby Advice Hub news\n\nAfter ten years on Mill Lane, Kelby Advice Hub has moved "
    "to new rooms on Station Road, which we share with two other charities. {} Do come "
    "and see us.\n"
)


def test_move_funded_by_a_council_fund_is_the_page_bodys():
    seed = extract_text(_OURS.format("The move was funded by Fenby Council's Kelby Assets Fund."))
    assert ("Fenby Council", "Kelby Advice Hub") in pairs(seed, "FUNDED")


def test_refit_paid_for_by_a_trust_is_the_page_bodys():
    seed = extract_text(_OURS.format("The refit was paid for by the Tern Valley Trust."))
    assert ("Tern Valley Trust", "Kelby Advice Hub") in pairs(seed, "FUNDED")


def test_a_visit_paid_for_is_not_the_page_bodys():
    seed = extract_text(_OURS.format("The visit was paid for by the Tern Valley Trust."))
    assert ("Tern Valley Trust", "Kelby Advice Hub") not in pairs(seed, "FUNDED")
