"""A capitalised ordinal written inside a name in prose goes on the name ("the Speak
First campaign", "the Foo Partnership's Fuel First programme"): programmes named so
are found and run by the body that owns them. Made-up names.
"""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, types_in


def test_a_name_ending_in_first_is_found():
    seed = extract_text("Its first piece of work, the Speak First campaign, starts in May.\n")
    assert types_in(seed, "Speak First") == {"Project"}


def test_a_bodys_programme_ending_in_first_is_run_by_it():
    seed = extract_text(
        "We are one of six groups taking part in the Quillerby Food Partnership's Fuel First"
        " programme, which gives people a voucher instead of a parcel.\n"
    )
    assert ("Quillerby Food Partnership", "Fuel First") in pairs(seed, "RUNS")


def test_a_lower_case_ordinal_stays_out_of_the_name():
    seed = extract_text("Quillerby Food Partnership first met in 2019 at the town hall.\n")
    assert not types_in(seed, "Quillerby Food Partnership first")
