"""Reading never fails on a write-up, whatever its shape (made-up texts).

Write-ups that stop mid-line: rules that read a line by its shape (grant lists,
table rows, "Name - Title, Org" lines, "£N: Name" lines, "run by volunteers from
Org", "Welcome from festival chair Name") look at the token after a name, a mark or
a word, which a text cut short does not have. Each text is cut after every word and
mark, with and without a heading above it, and read whole; reading must never fail,
and the body a cut line opens with is still found. A name read as a body in one
sentence and merged into a place takes no part in the page's event."""

from __future__ import annotations

import re

import pytest

from collabgraph.extract.pipeline import extract_text

_TEXTS = [
    "Grants awarded\n\nHarbour Lane Community Trust | Kelby | £500",
    "Spring grants\n\n- Dorley Deaf Club (Fenby) – £3,000 towards a minibus",
    "Awards this round:\n\n£4,000: Westgate Food Co-operative",
    "Speakers\n\nAmira Holt - Director, Oldfield Housing Trust",
    "Our funders: the Marsby Foundation (£12,000), Halden Council (£5,000)",
    "Courses this term\n\n- Sewing for beginners - run by volunteers from Dorley Makers",
    "Dorley Folk Day\n\nFunded by Halden Council.\n\nMAIN STAGE\n"
    "11.00  Welcome from festival chair Amira Holt",
]


def _cuts(text: str) -> list[str]:
    """The text cut after each word and each mark: every prefix ending at a token's end."""
    return [text[: m.end()] for m in re.finditer(r"\w+|[^\w\s]", text)]


@pytest.mark.parametrize("text", _TEXTS + [t.split("\n")[-1] for t in _TEXTS])
def test_every_cut_reads(text):
    for cut in _cuts(text):
        seed = extract_text(cut)
        assert isinstance(seed["entities"], list), cut


def test_table_row_cut_after_its_first_cell_keeps_the_body():
    seed = extract_text("Harbour Lane Community Trust |")
    orgs = {e["name"] for e in seed["entities"] if e["type"] == "Organisation"}
    assert "Harbour Lane Community Trust" in orgs


def test_a_place_named_like_a_taker_is_no_participant():
    """ "Fenwick Harbour's festival" reads the town as a body taking part, but the
    page names it elsewhere as a place: the entity is a Place, and a place takes no
    part in the festival."""
    seed = extract_text(
        "Brightwell Lantern Festival 2025\n\n"
        "Fenwick Harbour's festival of light, sound and water returns for ten nights "
        "from 18 to 27 October, with eleven new commissions and a programme spread "
        "across the harbour for the first time.\n\n"
        "The festival is produced by Lampline Arts, the town's arts charity, and is "
        "backed by Fenwick Harbour Town Council and the Dunmere Canal Trust.\n\n"
        "This year's highlights:\n\n"
        "* Lanterns - a light trail across the old mill yard by Kelby-based artist Amira Holt"
    )
    types = {e["name"]: e["type"] for e in seed["entities"]}
    assert types.get("Fenwick Harbour") == "Place"
    assert not [
        r
        for r in seed["relations"]
        if r["type"] == "PARTICIPATED_IN" and r["from"] == "Fenwick Harbour"
    ]
