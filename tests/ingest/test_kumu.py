"""Kumu tables as users save them: several ends in a cell, directions, other spellings
of types, semicolons and tabs, UTF-16 and Windows-1252, Excel workbooks and JSON
blueprints; every refusal names file, row and column."""

from __future__ import annotations

import datetime as dt
import io
import json

import openpyxl
import pytest

from collabgraph.errors import SeedError
from collabgraph.ingest import parse_document, read_bytes
from collabgraph.ingest.blueprint import parse_blueprint
from collabgraph.ingest.tables import data_kind, parse_csv, parse_table
from collabgraph.ingest.workbook import parse_workbook
from collabgraph.model.vocabulary import entity_type, relation_type

ELEMENTS = "Label,Type\nRosa Quennell,Person\nNorthgate Council,Organisation\n"


def problems(call) -> list[str]:
    with pytest.raises(SeedError) as caught:
        call()
    return [str(p) for p in caught.value.problems]


def ends(doc) -> list[tuple[str, str, str]]:
    return [(r.source, r.type, r.target) for r in doc.relations]


def test_a_cell_of_several_names_makes_one_connection_per_pair():
    doc = parse_table(
        "From,To,Type,Role\n"
        "Rosa Quennell,Harbourside Youth Trust | Northgate Council,WORKS_FOR,Secondee\n"
        "Ann|Bo,Forum|Fair,PARTICIPATED_IN,\n",
        path="c.csv",
    )
    assert ends(doc) == [
        ("Rosa Quennell", "WORKS_FOR", "Harbourside Youth Trust"),
        ("Rosa Quennell", "WORKS_FOR", "Northgate Council"),
        ("Ann", "PARTICIPATED_IN", "Forum"),
        ("Ann", "PARTICIPATED_IN", "Fair"),
        ("Bo", "PARTICIPATED_IN", "Forum"),
        ("Bo", "PARTICIPATED_IN", "Fair"),
    ]
    assert {r.role for r in doc.relations[:2]} == {"Secondee"}
    assert {r.line for r in doc.relations[2:]} == {3}


def test_an_id_on_a_row_of_several_connections_is_refused():
    found = problems(lambda: parse_table("From,To,Type,ID\nA|B,C,FUNDED,g-1\n", path="grants.csv"))
    assert found == [
        "grants.csv:2: row 2, column D (ID): an ID names one connection, and this row makes 2"
        " (| in From or To): give each connection its own row"
    ]


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Organization", "Organisation"),
        ("company", "Organisation"),
        ("Charity", "Organisation"),
        ("Charities", "Organisation"),
        ("local-authority", "Organisation"),
        ("Individual", "Person"),
        ("people", "Person"),
        ("Programme", "Project"),
        ("Conference", "Event"),
        ("Location", "Place"),
        ("PERSON", "Person"),
    ],
)
def test_kumu_and_common_spellings_of_element_types_are_read(written, canonical):
    assert entity_type(written) == canonical


@pytest.mark.parametrize(
    ("written", "canonical"),
    [("works at", "WORKS_FOR"), ("funds", "FUNDED"), ("Partner", "PARTNER_OF"),
     ("organized", "ORGANISED"), ("collaborates with", "COLLABORATES_WITH")],
)  # fmt: skip
def test_other_spellings_of_relation_types_are_read(written, canonical):
    assert relation_type(written) == canonical


def test_an_unknown_type_is_refused_with_the_closest_and_its_row_and_column():
    found = problems(
        lambda: parse_table(
            "Label,Description,Type\nA,x,Organisaton\nB,y,Group\nC,z,Person\n", path="e.csv"
        )
    )
    assert found[0].startswith(
        "e.csv:2: row 2, column C (Type): unknown entity type 'Organisaton'"
        " (did you mean 'Organisation'?); expected one of Person, Organisation"
    )
    # a word of two meanings is not guessed at
    assert found[1].startswith("e.csv:3: row 3, column C (Type): unknown entity type 'Group';")
    assert len(found) == 2


def test_a_relation_type_that_reads_the_other_way_is_not_suggested():
    [found] = problems(lambda: parse_table("From,To,Type\nA,B,employs\n", path="c.csv"))
    assert "unknown relation type 'employs'; expected one of" in found
    assert "did you mean" not in found


def test_directions_are_read_and_a_misspelt_one_is_refused():
    doc = parse_table(
        "From,To,Type,Direction\nA,B,MEMBER_OF,Mutual\nA,B,WORKS_FOR,undirected\nA,B,FUNDED,\n",
        path="c.csv",
    )
    assert [r.direction for r in doc.relations] == ["mutual", "undirected", None]
    [found] = problems(
        lambda: parse_table("From,To,Type,Direction\nA,B,MEMBER_OF,mutal\n", path="c.csv")
    )
    assert found == (
        "c.csv:2: row 2, column D (Direction): unknown direction 'mutal' (did you mean"
        " 'mutual'?); expected one of directed, undirected, mutual"
    )


def test_a_column_given_twice_is_refused_not_read_in_silence():
    [found] = problems(lambda: parse_table("Label,Type,LABEL\nA,Person,B\n", path="e.csv"))
    assert found == (
        "e.csv:1: column C (LABEL): column 'label' is given twice (columns A and C):"
        " rename or remove one"
    )
    both = parse_table("Label,Type,Element Type\nA,Person,Staff\n", path="e.csv")
    assert both.entities[0].properties == {"element type": "Staff"}  # Type is the type
    doc = parse_table("Label,Element Type\nA,Charity\n", path="e.csv")
    assert doc.entities[0].type == "Organisation"


def test_a_quoted_cell_over_two_lines_keeps_rows_and_lines_apart():
    text = 'Label,Type,Description\nA,Person,"two\nlines"\nB,Persn,x\n'
    [found] = problems(lambda: parse_table(text, path="e.csv"))
    assert found.startswith("e.csv:4: row 3, column B (Type): unknown entity type 'Persn'")


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("Label;Type;Description\nZoë Ağaoğlu;Person;Weaver, and facilitator\n", ";"),
        ("Label\tType\tDescription\nZoë Ağaoğlu\tPerson\tWeaver, and facilitator\n", "\t"),
        ('Label,Type,Description\nZoë Ağaoğlu,Person,"Weaver, and facilitator"\n', ","),
    ],
)
def test_semicolon_tab_and_comma_tables_read_the_same(text, delimiter):
    doc = parse_table(text, path="e.csv")
    [zoe] = doc.entities
    assert (zoe.name, zoe.type, zoe.description) == (
        "Zoë Ağaoğlu",
        "Person",
        "Weaver, and facilitator",
    )
    assert data_kind(text.encode()) == "elements"


TEXT = "From;To;Type\nRenée Dupré;Café Nero;WORKS_FOR\n"


@pytest.mark.parametrize(
    ("data", "warned"),
    [
        (TEXT.encode("utf-8"), False),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), False),
        (TEXT.encode("utf-16"), False),  # with a byte order mark
        (TEXT.encode("utf-16-le"), False),  # without
        (TEXT.encode("utf-16-be"), False),
        (TEXT.encode("cp1252"), True),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-le", "utf-16-be", "windows-1252"],
)
def test_encodings_spreadsheets_save_are_detected_not_called_binary(tmp_path, data, warned):
    path = tmp_path / "ties.csv"
    path.write_bytes(data)
    read, _ = read_bytes(path, max_bytes=1 << 20)
    doc = parse_document(path, read)
    assert ends(doc) == [("Renée Dupré", "WORKS_FOR", "Café Nero")]
    assert any("read as Windows-1252" in w for w in doc.warnings) == warned


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "binary file: seed files are text"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "binary file (a zip archive, such as an Excel"),
    ],
)
def test_real_binary_files_are_still_refused(tmp_path, data, message):
    path = tmp_path / "table.csv"
    path.write_bytes(data)
    with pytest.raises(SeedError, match=message.replace("(", r"\(")):
        read_bytes(path, max_bytes=1 << 20)


def test_undecodable_bytes_name_their_line():
    with pytest.raises(SeedError, match=r"e.csv:2: not utf-16"):
        parse_csv(b"\xff\xfeL\x00,\x00\n\x00\x00\xd8", path="e.csv")


def workbook(**sheets) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_an_excel_workbook_reads_its_elements_and_connections_sheets():
    data = workbook(
        Notes=[["This map was drawn at the spring forum"]],
        Connections=[
            ["From", "To", "Connection Type", "Since", "Amount"],
            ["Rosa Quennell", "Harbourside Youth Trust|Northgate Council", "works for",
             dt.datetime(2019, 4, 1), None],
            ["Northgate Council", "Harbourside Youth Trust", "FUNDED", None, 5000.0],
        ],
        Elements=[
            ["Spring forum map, drawn by the network team"],
            [None],
            ["Label", "Element Type", "Founded"],
            ["Rosa Quennell", "Person", None],
            ["Harbourside Youth Trust", "Charity", 1998],
            ["Northgate Council", "Local authority", None],
        ],
    )  # fmt: skip
    doc = parse_workbook(data, path="map.xlsx")
    assert [(e.name, e.type, e.line) for e in doc.entities] == [
        ("Rosa Quennell", "Person", 4),
        ("Harbourside Youth Trust", "Organisation", 5),
        ("Northgate Council", "Organisation", 6),
    ]
    assert doc.entities[1].properties == {"founded": 1998}
    assert ends(doc)[:2] == [
        ("Rosa Quennell", "WORKS_FOR", "Harbourside Youth Trust"),
        ("Rosa Quennell", "WORKS_FOR", "Northgate Council"),
    ]
    assert doc.relations[0].since == "2019-04-01"
    assert doc.relations[2].properties == {"amount": 5000}
    assert doc.warnings == [
        "sheet 'Notes': not a Kumu table (no row of Label and Type, or From, To and Type,"
        " among its first 10): skipped"
    ]


def test_a_workbook_names_sheet_row_and_column_of_a_bad_cell():
    data = workbook(People=[["Label", "Type"], ["Ann", "Person"], ["Bo", "Persn"]])
    found = problems(lambda: parse_workbook(data, path="map.xlsx"))
    assert found[0].startswith(
        "map.xlsx:3: sheet 'People', row 3, column B (Type): unknown entity type 'Persn'"
        " (did you mean 'Person'?)"
    )


def test_a_workbook_without_a_kumu_sheet_or_not_a_workbook_is_refused():
    data = workbook(Budget=[["Item", "Cost"], ["Tea", 3]])
    [found] = problems(lambda: parse_workbook(data, path="budget.xlsx"))
    assert found.startswith("budget.xlsx: no sheet of this workbook is a Kumu table")
    [found] = problems(lambda: parse_workbook(b"Label,Type\n", path="fake.xlsx"))
    assert found == "fake.xlsx: not an Excel workbook (.xlsx): the file is not a zip archive"


def test_a_blueprint_reads_as_kumu_documents_it():
    doc = parse_blueprint(
        "map.json",
        {
            "elements": [
                {"id": "e1", "label": "David Pryce", "type": "Person", "tags": ["a", "b"]},
                {"id": "e2", "label": "David Pryce", "type": "Person"},
                {"label": "Llanfair Council", "type": "Organization", "Website": "x.org"},
                {"_id": "elem-9", "attributes": {"label": "Cwm Valley", "element type": "NGO"}},
            ],
            "connections": [
                {"from": "e1", "to": "Llanfair Council", "type": "WORKS_FOR"},
                {"from": "e2", "to": "elem-9", "type": "works for", "direction": "directed"},
                {"from": "Llanfair Council", "to": "elem-9", "direction": "mutual",
                 "attributes": {"connection type": "PARTNER_OF"}},
            ],
        },
    )  # fmt: skip
    assert [(e.name, e.type, e.external_id) for e in doc.entities] == [
        ("David Pryce", "Person", "e1"),
        ("David Pryce", "Person", "e2"),
        ("Llanfair Council", "Organisation", None),
        ("Cwm Valley", "Organisation", None),
    ]
    assert doc.entities[0].properties == {"tags": "a, b"}
    assert doc.entities[2].properties == {"Website": "x.org"}
    assert ends(doc) == [
        ("e1", "WORKS_FOR", "Llanfair Council"),
        ("e2", "WORKS_FOR", "Cwm Valley"),
        ("Llanfair Council", "PARTNER_OF", "Cwm Valley"),
    ]
    assert doc.relations[2].direction == "mutual"


def test_a_blueprint_names_the_element_and_field_of_a_problem(tmp_path):
    path = tmp_path / "map.json"
    path.write_text(
        json.dumps(
            {
                "elements": [{"label": "A", "type": "Person"}, {"label": "B", "type": "Thing"}],
                "connections": [{"from": "A", "to": "B", "type": "WORKS_FOR", "n": {"x": 1}}],
            }
        ),
        encoding="utf-8",
    )
    found = problems(lambda: parse_document(path, path.read_bytes()))
    assert found[0].startswith(f"{path}: element 2, field 'type': unknown entity type 'Thing'")
    assert found[1] == f"{path}: connection 1, field 'n': must be text, a number or a list"


def test_a_yaml_seed_saved_as_utf16_with_a_mark_is_read(tmp_path):
    path = tmp_path / "people.yaml"
    path.write_bytes("entities:\n  - {type: Person, name: Zoë Ağaoğlu}\n".encode("utf-16"))
    read, _ = read_bytes(path, max_bytes=1 << 20)
    assert [e.name for e in parse_document(path, read).entities] == ["Zoë Ağaoğlu"]
