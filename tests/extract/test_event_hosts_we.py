""" "We" who held the page's event when the verb of holding hangs from a noun:
"we had the pleasure of co-hosting the Foo conference with Bar" (we and Bar
held it), on a page whose own body is named only further on. All names made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_PAGE = (
    "---\nurl: https://kelbyyouthaction.org/entry/looking-back-at-the-youth-futures-conference\n---\n\n"
    "Looking back at the Kelby Youth Futures Conference\n"
    "On March 28th, we {verb} the Kelby Youth Futures conference with the Fenby "
    "Trust in Northtown. We were excited to welcome over 150 colleagues from across the UK.\n"
    "Ada Brook, CEO of the Fenby Trust, kicked off the conference with a warm welcome.\n"
    "Kelby Youth Action runs programmes for young people across Northtown.\n"
)


def _organisers(verb: str) -> set[str]:
    seed = extract_text(_PAGE.format(verb=verb))
    return {who for who, _ in pairs(seed, "ORGANISED")}


def test_we_had_the_pleasure_of_co_hosting_the_conference():
    assert _organisers("had the pleasure of co-hosting") == {"Kelby Youth Action", "Fenby Trust"}


def test_we_had_the_honour_of_hosting_the_conference():
    assert "Kelby Youth Action" in _organisers("had the honour of hosting")


def test_a_body_given_money_to_stage_a_festival_held_it():
    seed = extract_text(
        "Westshire Arts gives £900,000 to festivals\n\n"
        "More than forty festivals have been given funding from Westshire Arts.\n\n"
        "Kelby Life received £40,000 to help stage the Northtown Street Festival in July.\n\n"
        "Fenby Arts Trust was given £10,000 to organise the Dalby Poetry Festival.\n"
    )
    organised = pairs(seed, "ORGANISED")
    assert ("Kelby Life", "Northtown Street Festival") in organised
    assert ("Fenby Arts Trust", "Dalby Poetry Festival") in organised
