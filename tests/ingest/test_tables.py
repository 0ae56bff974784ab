"""Kumu tables read cell by cell: optional columns, extra columns, ragged rows."""

from __future__ import annotations

import pytest

from collabgraph.errors import SeedError
from collabgraph.ingest.tables import parse_table


def test_elements_keep_optional_and_extra_columns():
    text = (
        "Label,Type,Aliases,Tags,Website,Description\n"
        " Ada Lovelace ,person,Countess of Lovelace|Ada,math; poetry,https://example.org/ada,\n"
        "Analytical Society,Organisation\n"  # a short row: the rest reads as empty
        ",,,,,\n"  # a blank row is skipped
    )
    doc = parse_table(text, path="people.csv")
    ada, society = doc.entities
    assert (ada.type, ada.name, ada.aliases) == (
        "Person",
        "Ada Lovelace",
        ["Countess of Lovelace", "Ada"],
    )
    assert ada.properties == {"website": "https://example.org/ada", "tags": "math, poetry"}
    assert ada.description is None and ada.line == 2
    assert (society.name, society.aliases, society.properties, society.line) == (
        "Analytical Society", [], {}, 3
    )  # fmt: skip


def test_connections_read_their_columns_in_any_order():
    text = (
        "Confidence,Role,To,From,Type,Evidence\n"
        "0.5,chair,Analytical Society,Ada Lovelace,member of,She chaired it.\n"
        ",,Charles Babbage,Ada Lovelace,collaborates with,\n"
    )
    first, second = parse_table(text, path="ties.csv").relations
    assert (first.source, first.type, first.target) == (
        "Ada Lovelace", "MEMBER_OF", "Analytical Society"
    )  # fmt: skip
    assert (first.role, first.confidence, first.evidence, first.line) == (
        "chair", 0.5, "She chaired it.", 2
    )  # fmt: skip
    assert (second.role, second.confidence, second.evidence, second.date) == (None, 1.0, None, None)


def test_bad_rows_are_refused_with_their_lines():
    text = (
        "From,To,Type\n"
        "Ada,Bo,COLLABORATES_WITH,surplus\n"
        "Ada,Bo,EMPLOYS\n"
        "Ada,Bo,COLLABORATES_WITH,,\n"  # empty extra cells are fine
    )
    with pytest.raises(SeedError) as caught:
        parse_table(text, path="ties.csv")
    problems = caught.value.problems
    assert [(p.path, p.line) for p in problems] == [("ties.csv", 2), ("ties.csv", 3)]
    assert problems[0].message == "row 2, column D: a cell beyond the header's columns"
    assert problems[1].message.startswith(
        "row 3, column C (Type): unknown relation type 'EMPLOYS'; expected one of"
    )


def test_confidence_must_be_a_share():
    with pytest.raises(
        SeedError, match=r"ties.csv:2: row 2, column D \(Confidence\): confidence must be between"
    ):
        parse_table("From,To,Type,Confidence\nAda,Bo,COLLABORATES_WITH,7\n", path="ties.csv")
