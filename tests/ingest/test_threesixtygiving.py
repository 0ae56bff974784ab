"""360Giving grants files (CSV, XLSX, JSON package), on every backend: one FUNDED
relation per grant, with its amount, currency, dates, title and programme, and
organisations that are one wherever a file gives their charity or company number."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

from collabgraph.cli import app
from collabgraph.importer import import_paths
from collabgraph.ingest.grant_fields import organisation_identifier, registered_identifier

DATA = Path(__file__).resolve().parents[1] / "data" / "threesixtygiving"
HEADER = [
    "Identifier", "Title", "Description", "Currency", "Amount Awarded", "Award Date",
    "Planned Dates:Start Date", "Planned Dates:End Date", "Recipient Org:Identifier",
    "Recipient Org:Name", "Recipient Org:Charity Number", "Recipient Org:Company Number",
    "Recipient Org:Postal Code", "Funding Org:Identifier", "Funding Org:Name",
    "Grant Programme:Title",
]  # fmt: skip
FUNDER = ["GB-CHC-1099999", "Tidewater Trust Fund"]


def csv_file(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    lines = [header, *rows]
    path.write_text(
        "\n".join(",".join(f'"{c}"' if "," in c else c for c in row) for row in lines) + "\n",
        encoding="utf-8",
    )
    return path


def grant(gid, amount, award, rid, name, charity="", company="", title="Core costs", **more):
    return [
        gid, title, more.get("description", "Running costs"), more.get("currency", "GBP"),
        amount, award, more.get("start", ""), more.get("end", ""), rid, name, charity, company,
        more.get("postcode", ""), *more.get("funder", FUNDER), more.get("programme", "Open"),
    ]  # fmt: skip


def imported(store, *paths):
    reports = import_paths(store, list(paths))
    assert all(r.ok for r in reports), [r.errors for r in reports]
    return reports


def funded(store) -> list:
    return sorted(
        (r for r in store.subgraph().relations if r.type == "FUNDED"),
        key=lambda r: r.external_id or "",
    )


def organisation(store, external_id: str):
    [found] = [e for e in store.subgraph().entities if external_id in e.external_ids]
    return found


def test_each_grant_is_one_funded_relation_with_typed_properties(store, in_tmp_cwd):
    grants = csv_file(
        in_tmp_cwd / "tidewater.csv",
        [
            grant("360G-tt-1", "15,000", "2021-04-01", "360G-tt:org-1", "Harbour Youth Trust",
                  "1123456", start="2021-05-01", end="2022-04-30", postcode="AB1 2CD",
                  title="Youth work", programme="Young people"),
            grant("360G-tt-2", "16000", "01/04/2022", "360G-tt:org-1", "Harbour Youth Trust",
                  "1123456"),
            grant("360G-tt-3", "16000", "01/04/2022", "360G-tt:org-1", "Harbour Youth",
                  "1123456"),  # the same amount, date and ends: a grant of its own all the same
            grant("360G-tt-4", "2500.50", "2022-06-15", "360G-tt:org-2", "Quayside Rowing Club",
                  company="1234567"),
        ],
    )  # fmt: skip
    [report] = imported(store, grants)
    assert (report.entities.added, report.relations.added) == (3, 4)
    first, second, third, fourth = funded(store)
    assert (first.date, first.since, first.until, first.external_id) == (
        "2021-04-01", "2021-05-01", "2022-04-30", "360G-tt-1"
    )  # fmt: skip
    assert first.properties == {
        "amount": 15000, "currency": "GBP", "title": "Youth work",
        "description": "Running costs", "programme": "Young people",
    }  # fmt: skip
    assert (second.date, second.properties["amount"], third.properties["amount"]) == (
        "2022-04-01", 16000, 16000
    )  # fmt: skip
    assert len({second.id, third.id}) == 2 and second.target == third.target
    assert fourth.properties["amount"] == 2500.5
    funder = organisation(store, "GB-CHC-1099999")
    assert {r.source for r in funded(store)} == {funder.id}
    harbour = organisation(store, "GB-CHC-1123456")
    assert (harbour.name, harbour.aliases) == ("Harbour Youth Trust", ["Harbour Youth"])
    assert harbour.external_ids == ["360G-tt:org-1", "GB-CHC-1123456"]
    assert harbour.properties == {"charity_number": "1123456", "postal_code": "AB1 2CD"}
    rowing = organisation(store, "GB-COH-01234567")  # a company number keeps its zeros
    assert rowing.properties == {"company_number": "1234567"}
    assert any("'Harbour Youth' (line 4)" in w for w in report.warnings)


def test_files_giving_one_charity_number_name_one_organisation(store, in_tmp_cwd):
    """Three funders, three formats, three names for one charity (and a company)."""
    by_csv = csv_file(
        in_tmp_cwd / "tidewater.csv",
        [
            grant("360G-tt-1", "1000", "2021", "360G-tt:org-7", "Harbour Youth Trust", "1123456"),
            grant("360G-tt-2", "900", "2021", "360G-tt:org-8", "Quayside Rowing", "", "01234567"),
        ],
    )
    package = {
        "grants": [
            {
                "id": "360G-coast-1", "title": "Summer sessions", "currency": "GBP",
                "amountAwarded": 8000, "awardDate": "2023-03-02",
                "recipientOrganization": [
                    {"id": "GB-CHC-1123456", "name": "Harbour Youth Project"}
                ],
                "fundingOrganization": [{"id": "GB-COH-09876543", "name": "Coast Foundation"}],
                "grantProgramme": [{"code": "C1", "title": "Coastal communities"}],
            }
        ],
        "publisher": {"name": "Coast Foundation"},
        "title": "Coast Foundation grants 2023",
        "modified": "2023-05-01T10:00:00+00:00",
    }  # fmt: skip
    by_json = in_tmp_cwd / "coast.json"
    by_json.write_text(json.dumps(package), encoding="utf-8")
    book = Workbook()
    sheet = book.active
    sheet.title = "Grants"
    sheet.append(HEADER)
    sheet.append(
        ["360G-moor-1", "Boat", "A boat", "GBP", 4500, datetime(2024, 1, 9), None, None,
         None, "Harbour Youth Club", 1123456, None, None, "360G-moor", "Moorland Fund", None]
    )  # fmt: skip
    sheet.append(
        ["360G-moor-2", "Oars", "Oars", "GBP", 300.0, datetime(2024, 2, 1), None, None,
         None, "Quayside Rowing Club", None, 1234567, None, "360G-moor", "Moorland Fund", None]
    )  # fmt: skip
    by_xlsx = in_tmp_cwd / "moorland.xlsx"
    book.save(by_xlsx)

    reports = imported(store, by_csv, by_json, by_xlsx)
    assert {Path(r.path).name: r.relations.added for r in reports} == {
        "tidewater.csv": 2, "coast.json": 1, "moorland.xlsx": 2
    }  # fmt: skip
    harbour = organisation(store, "GB-CHC-1123456")
    assert {harbour.name, *harbour.aliases} == {
        "Harbour Youth Trust", "Harbour Youth Club", "Harbour Youth Project"
    }  # fmt: skip
    assert set(harbour.external_ids) == {"360G-tt:org-7", "GB-CHC-1123456"}
    rowing = organisation(store, "GB-COH-01234567")
    assert {rowing.name, *rowing.aliases} == {"Quayside Rowing", "Quayside Rowing Club"}
    assert len(store.search("", entity_type="Organisation", limit=100)) == 5
    to_harbour = [r for r in funded(store) if r.target == harbour.id]
    assert sorted(r.properties["amount"] for r in to_harbour) == [1000, 4500, 8000]
    assert len({r.source for r in to_harbour}) == 3  # three funders
    [coast] = [r for r in to_harbour if r.external_id == "360G-coast-1"]
    assert coast.properties["programme"] == "Coastal communities"
    [boat] = [r for r in to_harbour if r.external_id == "360G-moor-1"]
    assert (boat.date, boat.properties["amount"]) == ("2024-01-09", 4500)
    said = {Path(r.path).name: " ".join(r.warnings) for r in reports}
    assert "id 'GB-CHC-1123456' names 'Harbour Youth Trust' here" in said["tidewater.csv"]
    source = next(s for s in store.list_sources() if s["path"].endswith("coast.json"))
    assert (source["title"], source["author"], source["published"]) == (
        "Coast Foundation grants 2023", "Coast Foundation", "2023-05-01"
    )  # fmt: skip


def test_identifiers_naming_two_organisations_are_said_not_merged(store, in_tmp_cwd):
    """A charity number on one organisation and a company number on another, then a
    file giving both for one recipient: the grant goes to one, a warning names both."""
    first = csv_file(in_tmp_cwd / "a.csv", [grant("G-1", "10", "2021", "", "Harbour", "1123456")])
    second = csv_file(
        in_tmp_cwd / "b.csv", [grant("G-2", "20", "2021", "", "Harbour Ltd", "", "7654321")]
    )
    imported(store, first)
    imported(store, second)
    third = csv_file(
        in_tmp_cwd / "c.csv", [grant("G-3", "30", "2022", "", "Harbour", "1123456", "7654321")]
    )
    [report] = imported(store, third)
    assert len(store.search("", entity_type="Organisation", limit=10)) == 3  # funder and two
    assert any("name 2 entities in the graph" in w for w in report.warnings)
    [g3] = [r for r in funded(store) if r.external_id == "G-3"]
    holders = {
        ident: {e.id for e in store.subgraph().entities if ident in e.external_ids}
        for ident in ("GB-CHC-1123456", "GB-COH-07654321")
    }
    # the one it went to now holds both identifiers; the other keeps its own
    assert holders["GB-CHC-1123456"] & holders["GB-COH-07654321"] == {g3.target}
    assert len(holders["GB-CHC-1123456"] | holders["GB-COH-07654321"]) == 2


def test_a_bad_row_refuses_the_file_naming_every_bad_row(store, in_tmp_cwd):
    bad = csv_file(
        in_tmp_cwd / "bad.csv",
        [
            grant("360G-tt-1", "1000", "2021-01-05", "360G-tt:org-1", "Harbour Youth Trust"),
            grant("360G-tt-2", "lots", "2021-01-05", "360G-tt:org-1", "Harbour Youth Trust"),
            grant("360G-tt-3", "1000", "31/02/2021", "360G-tt:org-1", "Harbour Youth Trust"),
            grant("360G-tt-4", "1000", "2021-01-05", "", ""),
            grant("360G-tt-1", "1000", "2021-01-05", "360G-tt:org-1", "Harbour Youth Trust"),
            grant("360G-tt-6", "1000", "2021-01-05", "360G-tt:org-1", "Harbour", currency="Pounds"),
        ],
    )
    [report] = import_paths(store, [bad])
    assert report.status == "failed"
    assert report.errors == [
        f"{bad}:3: amount 'lots' is not a number",
        f"{bad}:4: impossible date '31/02/2021': no day 31 in that month",
        f"{bad}:5: no recipient: Recipient Org:Name and Recipient Org:Identifier are empty",
        f"{bad}:6: grant '360G-tt-1' is given twice (line 2): a grant's Identifier is its own",
        f"{bad}:7: currency 'Pounds' is not a three-letter ISO 4217 code (GBP)",
    ]
    assert store.stats().entities == {} and store.list_sources() == []


def test_bad_grants_in_a_package_and_a_workbook_are_named_where_they_are(store, in_tmp_cwd):
    package = in_tmp_cwd / "coast.json"
    package.write_text(
        '{"grants": [\n'
        ' {"id": "360G-c-1", "currency": "GBP", "amountAwarded": 10, "awardDate": "2023",\n'
        '  "recipientOrganization": [{"id": "GB-CHC-1123456", "name": "Harbour"}],\n'
        '  "fundingOrganization": [{"id": "GB-COH-09876543", "name": "Coast"}]},\n'
        ' {"id": "360G-c-2", "currency": "GBP", "amountAwarded": "ten", "awardDate": "2023",\n'
        '  "recipientOrganization": [{"id": "GB-CHC-1123456", "name": "Harbour"}],\n'
        '  "fundingOrganization": [{"id": "GB-COH-09876543", "name": "Coast"}]}\n'
        "]}\n",
        encoding="utf-8",
    )
    book = Workbook()
    book.active.title = "Notes"
    sheet = book.create_sheet("Grants")
    sheet.append(["360Giving data of the Moorland Fund"])  # a title row above the header
    sheet.append(HEADER)
    sheet.append(
        ["360G-m-1", "Boat", "A boat", "GBP", 10, datetime(2024, 1, 9), None, None,
         None, "Harbour", 1123456, None, None, None, None, None]
    )  # fmt: skip
    workbook = in_tmp_cwd / "moorland.xlsx"
    book.save(workbook)
    reports = import_paths(store, [package, workbook])
    assert [r.errors for r in reports] == [
        [f"{package}:5: grant 2 ('360G-c-2'): amount 'ten' is not a number"],
        [  # the title row above the header is passed over
            f"{workbook}:3: sheet 'Grants': no funder: Funding Org:Name and"
            " Funding Org:Identifier are empty"
        ],
    ]
    book.remove(sheet)
    book.save(workbook)
    [report] = import_paths(store, [workbook])
    assert report.errors[0].endswith(
        "or, for 360Giving grants, Identifier, Amount Awarded and Funding Org:Name"
    )
    assert store.stats().entities == {}


def test_grants_to_individuals_are_skipped_with_a_warning(store, in_tmp_cwd):
    package = in_tmp_cwd / "coast.json"
    coast = {"id": "GB-COH-09876543", "name": "Coast"}
    grants = [
        {"id": f"360G-c-{n}", "currency": "GBP", "amountAwarded": 250, "awardDate": "2023",
         "recipientIndividual": {"id": f"360G-c-IND-{n}"}, "fundingOrganization": [coast]}
        for n in (1, 2)
    ] + [
        {"id": "360G-c-3", "currency": "GBP", "amountAwarded": 900, "awardDate": "2023",
         "recipientOrganization": [{"id": "GB-CHC-1123456", "name": "Harbour"}],
         "fundingOrganization": [coast, {"id": "360G-moor", "name": "Moorland Fund"}]}
    ]  # fmt: skip
    package.write_text(json.dumps({"grants": grants}, indent=1), encoding="utf-8")
    [report] = imported(store, package)
    assert report.relations.added == 1
    assert any(w.startswith("2 grant(s) to individuals skipped") for w in report.warnings)
    assert any("grant 3 ('360G-c-3') gives 2 fundingOrganizations: the first read" in w
               for w in report.warnings)  # fmt: skip
    [one] = funded(store)
    assert one.source == organisation(store, "GB-COH-09876543").id


def test_real_funders_files_import_with_every_grant(store, in_tmp_cwd):
    """Slices of the Indigo Trust's CSV and The Dulverton Trust's JSON as published
    (tests/data/threesixtygiving/SOURCE.md): day-first dates with a time, charity
    numbers beside identifiers, cells over several lines."""
    indigo = shutil.copy(DATA / "indigo-trust-slice.csv", in_tmp_cwd)
    dulverton = shutil.copy(DATA / "dulverton-trust-slice.json", in_tmp_cwd)
    reports = imported(store, indigo, dulverton)
    assert {Path(r.path).name: (r.entities.added, r.relations.added) for r in reports} == {
        "indigo-trust-slice.csv": (17, 21), "dulverton-trust-slice.json": (11, 13)
    }  # fmt: skip
    kids_vip = organisation(store, "GB-CHC-1031291")
    to_kids_vip = sorted((r.date, r.properties["amount"]) for r in funded(store)
                         if r.target == kids_vip.id)  # fmt: skip
    assert to_kids_vip == [("2002-03-25", 20000), ("2002-11-12", 50000), ("2004-06-04", 50000)]
    after_adoption = organisation(store, "GB-CHC-1000888")
    assert sorted(r.date for r in funded(store) if r.target == after_adoption.id) == [
        "2007-02-06", "2009-10-22", "2013-06-19"
    ]  # fmt: skip
    huntercombe = organisation(store, "360G-indigotrust:org-4588")
    assert huntercombe.name == "HM YOI Huntercombe"
    [women] = [r for r in funded(store) if r.external_id == "360G-indigotrust:IND7"]
    assert women.properties["description"].startswith("Towards the costs of the public")
    assert "children's services (£8,000)." in women.properties["description"]
    abroad = organisation(store, "ZA-NPO-004-920")
    assert abroad.properties["country"] == "South Africa"
    assert sum(r.properties["amount"] for r in funded(store)) == 659692 + 153700
    assert {r.properties["currency"] for r in funded(store)} == {"GBP"}


def test_the_command_line_detects_a_grants_file(store_settings, in_tmp_cwd):
    env = {
        "COLLABGRAPH_DATA_DIR": str(store_settings.data_dir),
        "COLLABGRAPH_NEO4J_URI": store_settings.neo4j_uri or "",
    }
    indigo = shutil.copy(DATA / "indigo-trust-slice.csv", in_tmp_cwd)
    result = CliRunner().invoke(app, ["import", str(indigo)], env=env, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    stats = CliRunner().invoke(app, ["stats", "--json"], env=env, catch_exceptions=False)
    assert json.loads(stats.stdout)["relations"] == {"FUNDED": 21}


@pytest.mark.parametrize(
    ("kind", "number", "identifier"),
    [
        ("charity_number", "1000888", "GB-CHC-1000888"),
        ("charity_number", " 207782 ", "GB-CHC-207782"),
        ("charity_number", "1000888-1", "GB-CHC-1000888"),  # a linked charity
        ("charity_number", "sc012345", "GB-SC-SC012345"),
        ("charity_number", "NIC100002", "GB-NIC-100002"),
        ("charity_number", "100002", "GB-NIC-100002"),
        ("charity_number", 1000888.0, "GB-CHC-1000888"),  # a workbook's number cell
        ("charity_number", "1000888.0", "GB-CHC-1000888"),  # ... saved as text
        ("charity_number", "Exempt", None),
        ("charity_number", "24377R", None),
        ("company_number", "1234567", "GB-COH-01234567"),
        ("company_number", 1234567, "GB-COH-01234567"),
        ("company_number", "SC123456", "GB-COH-SC123456"),
        ("company_number", "not registered", None),
    ],
)
def test_registered_numbers_become_org_id_identifiers(kind, number, identifier):
    assert registered_identifier(kind, number) == identifier


def test_identifiers_of_registers_are_tidied_others_kept_as_written():
    assert organisation_identifier(" gb-coh-1234567 ") == "GB-COH-01234567"
    assert organisation_identifier("GB-CHC-24377R") == "GB-CHC-24377R"
    assert organisation_identifier("360G-wolfson:org-13177") == "360G-wolfson:org-13177"
