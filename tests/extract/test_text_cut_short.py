"""Write-ups that stop mid-line: rules that read a line by its shape (grant lists,
table rows, "Name - Title, Org" lines, "£N: Name" lines) look at the token after a
name or a mark, which a text cut short does not have. Each made-up text is cut after
every word and mark, with and without a heading above it, and read whole; reading
must never fail, and the body a cut line opens with is still found."""

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
