"""An event written after "the <body word>'s" ("the housing association's new
Residents' Summit", "the council's planning committee meeting") was held by the
body last named with that word, or else by the organisation named last before it.
All names made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _organised(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text), "ORGANISED")


def test_the_body_named_with_that_word_held_it():
    organised = _organised(
        "Residents meet\n\nFenby Housing Association manages homes across Kelby. Ninety "
        "residents met in Dalby on Friday for the housing association's new "
        "Residents' Summit, held at the Dalby Hotel.\n"
    )
    assert ("Fenby Housing Association", "Residents' Summit") in organised


def test_the_council_s_meeting():
    organised = _organised(
        "Cabinet\n\nWestshire County Council has agreed the plan. A report will be "
        "presented at the council's planning committee meeting next week.\n"
    )
    assert ("Westshire County Council", "Planning committee meeting") in organised


def test_a_word_no_name_ends_in_is_the_body_named_last():
    organised = _organised(
        "Awards night\n\nKelby Carers Trust supports carers in Dalby. Winners were named "
        "at the charity's annual awards evening, held at the Dalby Hotel.\n"
    )
    assert ("Kelby Carers Trust", "Annual awards evening") in organised
