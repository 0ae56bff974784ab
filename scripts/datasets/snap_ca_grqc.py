"""Write SNAP ca-GrQc (arXiv General Relativity co-authorship) as Kumu-style CSV seed files.

Authors are anonymous integers in SNAP, so each becomes a Person labelled
"Author <id>" (unique and stable). Each co-authorship becomes one
COLLABORATES_WITH connection, written once per pair although the file lists
both directions. The 12 self-loops SNAP's file contains are skipped: a relation
from someone to themselves says nothing. Every author is written, including
any whose only line was a self-loop, so node counts match SNAP's 5,242.

    python scripts/datasets/snap_ca_grqc.py OUT_DIR [--source ca-GrQc.txt.gz]

writes OUT_DIR/snap_ca_grqc.elements.csv and OUT_DIR/snap_ca_grqc.connections.csv.
"""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

from collabgraph.ingest.tables import write_table

NAME = "snap_ca_grqc"
TAG = "snap-ca-grqc"
DEFAULT_SOURCE = (
    Path(__file__).resolve().parents[2] / "tests" / "data" / "snap_ca_grqc" / "ca-GrQc.txt.gz"
)
ELEMENT_COLUMNS = ("Label", "Type", "Description", "Tags")
CONNECTION_COLUMNS = ("From", "To", "Type")


def author_label(node: int) -> str:
    """The element label of a SNAP node id, e.g. 3466 -> "Author 3466"."""
    return f"Author {node}"


def read_edges(source: Path) -> tuple[list[int], list[tuple[int, int]], int]:
    """Return (every node id in file order, undirected pairs (small, large) in file order,
    number of self-loop pairs skipped)."""
    nodes: dict[int, None] = {}
    pairs: dict[tuple[int, int], None] = {}
    loops: set[int] = set()
    opener = gzip.open if source.suffix == ".gz" else open
    with opener(source, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            a, b = (int(x) for x in line.split())
            nodes.setdefault(a)
            nodes.setdefault(b)
            if a == b:
                loops.add(a)
            else:
                pairs.setdefault((min(a, b), max(a, b)))
    return list(nodes), list(pairs), len(loops)


def convert(out_dir: Path, *, source: Path = DEFAULT_SOURCE) -> tuple[Path, Path]:
    """Write the two CSV files into `out_dir` (created if missing); return their paths."""
    nodes, pairs, _ = read_edges(source)
    elements = [
        {"Label": author_label(n), "Type": "Person", "Description": "", "Tags": TAG}
        for n in sorted(nodes)
    ]
    connections = [
        {"From": author_label(a), "To": author_label(b), "Type": "COLLABORATES_WITH"}
        for a, b in sorted(pairs)
    ]
    out_dir.mkdir(parents=True, exist_ok=True)
    return (
        write_table(out_dir / f"{NAME}.elements.csv", ELEMENT_COLUMNS, elements),
        write_table(out_dir / f"{NAME}.connections.csv", CONNECTION_COLUMNS, connections),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path, help="folder to write the CSV files into")
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="ca-GrQc.txt(.gz)")
    args = parser.parse_args(argv)
    for path in convert(args.out_dir, source=args.source):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
