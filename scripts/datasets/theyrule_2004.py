"""Write They Rule 2004 (US corporate boards) as Kumu-style CSV seed files.

Directors become Person elements, companies Organisation elements, and each
board seat a MEMBER_OF connection (role "board member", date 2004). Only
directors holding at least one company seat are written; the 17 "institutions"
(cabinets, university boards, ...) are left out, so organisations are exactly
the 493 companies and their interlocks the 1,603 of the published figures.

Names: the SQL dump lost the space after commas ("Powell,Jr."), which is put
back. The importer matches entities by name, so a label must be unique per type
under the importer's name key and entity id: every director whose name collides
with another's (the data has, e.g., two "Carlos A. Saladrigas", and "Dr. Eleanor
Baum" beside "Eleanor Baum") is labelled "Name (director 123)" with the They
Rule director id, all of the colliding group alike, so none is silently merged.
Every element also carries an `External ID` column ("theyrule2004:director:123",
"theyrule2004:company:25") kept as a property.

    python scripts/datasets/theyrule_2004.py OUT_DIR [--source DIR]

writes OUT_DIR/theyrule_2004.elements.csv and OUT_DIR/theyrule_2004.connections.csv.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import defaultdict
from pathlib import Path

from collabgraph.ingest.tables import write_table
from collabgraph.model.names import clean_name, entity_id, name_key

NAME = "theyrule_2004"
TAG = "theyrule-2004"
DEFAULT_SOURCE = Path(__file__).resolve().parents[2] / "tests" / "data" / "theyrule_2004_boards"
ELEMENT_COLUMNS = ("Label", "Type", "Description", "Tags", "External ID", "Gender", "Ticker", "URL")
CONNECTION_COLUMNS = ("From", "To", "Type", "Role", "Date")
RELATION = "MEMBER_OF"
ROLE = "board member"
YEAR = "2004"


def display_name(text: str) -> str:
    """Tidy a name from the dump: collapse spaces, put back the space after commas."""
    return clean_name(re.sub(r",(?=\S)", ", ", text))


def unique_labels(names: dict[str, str], entity_type: str, kind: str) -> dict[str, str]:
    """Map record id -> label, unique under `name_key` and `entity_id` for `entity_type`.

    Names shared (after normalisation) by several records get " (<kind> <id>)" on
    every one of them.
    """
    by_key: dict[str, list[str]] = defaultdict(list)
    by_id: dict[str, list[str]] = defaultdict(list)
    for rid, name in names.items():
        by_key[name_key(name, entity_type)].append(rid)
        by_id[entity_id(entity_type, name)].append(rid)
    clashing = {
        rid for group in [*by_key.values(), *by_id.values()] if len(group) > 1 for rid in group
    }
    labels = {
        rid: f"{name} ({kind} {rid})" if rid in clashing else name for rid, name in names.items()
    }
    keys = [name_key(label, entity_type) for label in labels.values()]
    ids = [entity_id(entity_type, label) for label in labels.values()]
    if len(set(keys)) != len(keys) or len(set(ids)) != len(ids):
        raise ValueError(f"{entity_type} labels still collide after disambiguation")
    return labels


def convert(out_dir: Path, *, source: Path = DEFAULT_SOURCE) -> tuple[Path, Path]:
    """Write the two CSV files into `out_dir` (created if missing); return their paths."""
    companies = {r["company_id"]: r for r in _read(source / "companies.csv")}
    directors = {r["director_id"]: r for r in _read(source / "directors.csv")}
    seats = [
        (r["director_id"], r["company_id"])
        for r in _read(source / "board_seats.csv")
        if r["director_id"] in directors and r["company_id"] in companies
    ]
    seated = {d for d, _ in seats}

    company_labels = unique_labels(
        {cid: display_name(r["name"]) for cid, r in companies.items()}, "Organisation", "company"
    )
    director_labels = unique_labels(
        {
            did: display_name(f"{r['first_name']} {r['last_name']}")
            for did, r in directors.items()
            if did in seated
        },
        "Person",
        "director",
    )
    elements = [
        {
            "Label": company_labels[cid],
            "Type": "Organisation",
            "Description": "One of the top 500 US companies in They Rule 2004",
            "Tags": TAG,
            "External ID": f"theyrule2004:company:{cid}",
            "Ticker": r["ticker"],
            "URL": r["url"],
        }
        for cid, r in companies.items()
    ] + [
        {
            "Label": director_labels[did],
            "Type": "Person",
            "Description": "",
            "Tags": TAG,
            "External ID": f"theyrule2004:director:{did}",
            "Gender": directors[did]["gender"],
        }
        for did in directors
        if did in seated
    ]
    connections = [
        {
            "From": director_labels[did],
            "To": company_labels[cid],
            "Type": RELATION,
            "Role": ROLE,
            "Date": YEAR,
        }
        for did, cid in seats
    ]
    out_dir.mkdir(parents=True, exist_ok=True)
    return (
        write_table(out_dir / f"{NAME}.elements.csv", ELEMENT_COLUMNS, elements),
        write_table(out_dir / f"{NAME}.connections.csv", CONNECTION_COLUMNS, connections),
    )


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path, help="folder to write the CSV files into")
    parser.add_argument(
        "--source", type=Path, default=DEFAULT_SOURCE, help="folder with the They Rule CSV files"
    )
    args = parser.parse_args(argv)
    for path in convert(args.out_dir, source=args.source):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
