"""A hyphen, an en dash and an em dash standing alone are one kind of mark, read
with one list (vocab/dashes.txt, `lexicon.DASHES`): a place before "- based",
signatories listed between dashes, a winner after an award's name and a dash
are read alike whichever dash the page types. Made-up write-ups.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from collabgraph.extract import extract_text
from collabgraph.extract import lexicon as lx
from tests.extract.reading import pairs, posts, types_of

NEWS = "# Kelby news\n\n"
DASHES = ["-", "–", "—"]
SOURCE = Path(lx.__file__).resolve().parent


def test_the_dash_list_holds_the_hyphen_and_both_dashes():
    assert set(DASHES) == lx.DASHES


def test_no_module_writes_its_own_set_of_dashes():
    defined = re.compile(r"^_?[A-Z_]*DASHES\s*=", re.M)
    own = [p.name for p in SOURCE.rglob("*.py") if defined.search(p.read_text("utf-8"))]
    assert own == ["lexicon.py"]
    # a set written with all three dashes in it: `{",", "(", "-", "–", "—"}`
    literal = re.compile(r"\{[^{}]*\}")
    written = [
        p.name
        for p in SOURCE.rglob("*.py")
        for s in literal.findall(p.read_text("utf-8"))
        if all(f'"{d}"' in s for d in DASHES)
    ]
    assert written == [], "write `{...} | lx.DASHES`"


@pytest.mark.parametrize("dash", DASHES)
def test_a_post_at_a_body_placed_before_its_name_with_any_dash(dash):
    seed = extract_text(
        NEWS + f"A lead contender is Ada Brook, chief executive of Kelby {dash} based "
        "Fenby Housing Association.\n",
        path="page.txt",
    )
    found = posts(seed)
    assert ("Ada Brook", "WORKS_FOR", "Fenby Housing Association", "chief executive") in found
    assert not any(t == "Kelby" for _, _, t, _ in found)


@pytest.mark.parametrize("dash", DASHES)
def test_signatories_between_any_dashes_are_partners(dash):
    seed = extract_text(
        NEWS + f"Today, four organisations signed a new 'Compact' {dash} Westshire Health "
        f"Board, Fenby Trust, Dalby Council and Kelby Housing {dash} promising to work "
        "together.\n",
        path="page.txt",
    )
    partners = {frozenset(p) for p in pairs(seed, "PARTNER_OF")}
    assert frozenset({"Westshire Health Board", "Kelby Housing"}) in partners
    assert frozenset({"Fenby Trust", "Dalby Council"}) in partners


@pytest.mark.parametrize("dash", DASHES)
def test_a_winner_after_an_award_and_any_dash(dash):
    kinds = types_of(
        NEWS + "Winners\n\n"
        f"Good Neighbour Award {dash} Ada Brook\n\n"
        f"Team of the Year Award {dash} Kelby Rovers\n"
    )
    assert kinds.get("Ada Brook") == "Person"
    assert kinds.get("Kelby Rovers") == "Organisation"
