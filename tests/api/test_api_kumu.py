"""Kumu's files through the API: a connections CSV with several ends in a cell, an
Excel workbook and a JSON blueprint uploaded to POST /imports, and the blueprint
GET /export?format=kumu gives, which imports again; on every backend."""

from __future__ import annotations

import io

import openpyxl

from tests.api.conftest import WRITE
from tests.conftest import CASES_ROOT

CASE_02 = CASES_ROOT / "formats" / "02-kumu-multi-to"


def test_case_02_uploaded_gives_one_connection_per_name(client, upload):
    for name in ("elements.csv", "connections.csv"):
        response = upload(name, (CASE_02 / name).read_bytes())
        assert response.status_code == 200, response.json()
    assert response.json()["relations"]["added"] == 4
    rosa = client.get("/entities/Rosa%20Quennell").json()
    assert sorted(r["type"] for r in rosa["relations"]) == ["WORKS_FOR", "WORKS_FOR"]


def test_a_workbook_upload_imports_its_sheets(client, upload):
    book = openpyxl.Workbook()
    book.active.title = "Elements"
    for row in (
        ["Label", "Element Type"],
        ["Tamsin Okoro", "Person"],
        ["Oldham Food Hub", "Charity"],
    ):
        book.active.append(row)
    sheet = book.create_sheet("Connections")
    sheet.append(["From", "To", "Type"])
    sheet.append(["Tamsin Okoro", "Oldham Food Hub", "works for"])
    data = io.BytesIO()
    book.save(data)
    response = upload("map.xlsx", data.getvalue())
    assert response.status_code == 200, response.json()
    assert (response.json()["entities"]["added"], response.json()["relations"]["added"]) == (2, 1)
    hub = client.get("/entities/Oldham%20Food%20Hub").json()
    assert hub["type"] == "Organisation"
    assert [(r["type"], r["source"]) for r in hub["relations"]] == [
        ("WORKS_FOR", "person:tamsin-okoro")
    ]


def test_a_misspelt_name_in_an_upload_is_a_422_naming_row_and_column(upload):
    response = upload(
        "ties.csv", "From,To,Type\nHenry Kipin,Collaborate CIC,WORKS_FOR\n".encode("utf-16")
    )
    assert response.status_code == 422
    [problem] = response.json()["problems"]
    assert problem.startswith(
        "ties.csv:2: row 2, column A (From): unknown name 'Henry Kipin': not in this file or"
        " the graph (did you mean 'Henry Kippin'?)"
    )


def test_the_kumu_export_is_a_blueprint_that_imports_again(client, upload):
    counts = client.get("/health").json()["counts"]
    response = client.get("/export", params={"format": "kumu"}, headers=WRITE)
    assert response.status_code == 200
    assert 'filename="collabgraph.kumu.json"' in response.headers["content-disposition"]
    blueprint = response.json()
    assert len(blueprint["elements"]) == sum(counts["entities"].values())
    assert len(blueprint["connections"]) == sum(counts["relations"].values())
    henry = next(e for e in blueprint["elements"] if e["label"] == "Henry Kippin")
    assert henry["type"] == "Person"
    assert {c["direction"] for c in blueprint["connections"]} <= {"directed", "undirected"}
    again = upload("blueprint.json", response.content)
    assert again.status_code == 200, again.json()
    report = again.json()
    assert (report["entities"]["added"], report["relations"]["added"]) == (0, 0)
    after = client.get("/health").json()["counts"]
    assert (after["entities"], after["relations"]) == (counts["entities"], counts["relations"])
