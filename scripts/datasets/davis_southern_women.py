"""Write the Davis Southern Women graph as Kumu-style CSV seed files.

Davis, Gardner and Gardner (Deep South, 1941) recorded which of 18 women
attended which of 14 social events; networkx ships it as
`davis_southern_women_graph()`. The women become Person elements, the events
Event elements named "Event E1" ... "Event E14" (networkx gives no dates, so
none are written), and each attendance a PARTICIPATED_IN connection.

    python scripts/datasets/davis_southern_women.py OUT_DIR

writes OUT_DIR/davis_southern_women.elements.csv and
OUT_DIR/davis_southern_women.connections.csv.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import networkx as nx

from collabgraph.ingest.tables import write_table

NAME = "davis_southern_women"
TAG = "davis-southern-women"
ELEMENT_COLUMNS = ("Label", "Type", "Description", "Tags")
CONNECTION_COLUMNS = ("From", "To", "Type", "Role")


def event_label(event: str) -> str:
    """The element label of a networkx event node, e.g. "E1" -> "Event E1"."""
    return f"Event {event}"


def convert(out_dir: Path) -> tuple[Path, Path]:
    """Write the two CSV files into `out_dir` (created if missing); return their paths."""
    B = nx.davis_southern_women_graph()
    women, events = B.graph["top"], B.graph["bottom"]
    elements = [{"Label": w, "Type": "Person", "Description": "", "Tags": TAG} for w in women] + [
        {
            "Label": event_label(e),
            "Type": "Event",
            "Description": f"Social event {e} in Davis, Gardner and Gardner's Deep South study",
            "Tags": TAG,
            **({"Date": B.nodes[e]["date"]} if B.nodes[e].get("date") else {}),
        }
        for e in events
    ]
    event_set = set(events)
    connections = []
    for w in women:
        for e in sorted(B[w], key=lambda e: events.index(e)):
            if e in event_set:
                connections.append(
                    {"From": w, "To": event_label(e), "Type": "PARTICIPATED_IN", "Role": "attended"}
                )
    out_dir.mkdir(parents=True, exist_ok=True)
    element_columns = ELEMENT_COLUMNS + (("Date",) if any("Date" in r for r in elements) else ())
    return (
        write_table(out_dir / f"{NAME}.elements.csv", element_columns, elements),
        write_table(out_dir / f"{NAME}.connections.csv", CONNECTION_COLUMNS, connections),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path, help="folder to write the CSV files into")
    args = parser.parse_args(argv)
    for path in convert(args.out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
