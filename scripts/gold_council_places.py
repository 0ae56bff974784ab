#!/usr/bin/env python3
"""Apply the spec's council-place convention to corpus gold files.

The spec's gold (shared/spec/building-collaborative-places.gold.yaml) reads the
place "Oldham" out of "Oldham Council" alone: a council's place is listed as a
Place and the council is LOCATED_IN it (``# implied by the name``). For every
council in a gold file whose place is not yet listed, this adds the Place and
the relation, as text (comments and layout kept).

Usage: .venv/bin/python scripts/gold_council_places.py GOLD.yaml [...]   (prints what it adds)
"""

import sys

import yaml

from collabgraph.extract.entity_names import council_place


def convert(path: str) -> list[str]:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    doc = yaml.safe_load(text) or {}
    entities = doc.get("entities") or []
    listed = {
        n.lower()
        for e in entities
        if e["type"] == "Place"
        for n in [e["name"], *(e.get("aliases") or [])]
    }
    relations = doc.get("relations") or []
    located = {(r["from"], r["to"]) for r in relations if r["type"] == "LOCATED_IN"}
    new_places, new_rels = [], []
    for e in entities:
        place = council_place(e["name"]) if e["type"] == "Organisation" else None
        if not place:
            continue
        if place.lower() not in listed:
            listed.add(place.lower())
            new_places.append(f"  - {{type: Place, name: {place}}}   # the council's place (spec)")
        if (e["name"], place) not in located:
            rel = f"  - {{from: {e['name']}, type: LOCATED_IN, to: {place}}}"
            new_rels.append(f"{rel}   # implied by the name")
    if not new_places and not new_rels:
        return []
    lines = text.rstrip("\n").split("\n")
    rel_at = next((i for i, line in enumerate(lines) if line.startswith("relations:")), None)
    if rel_at is None:
        lines += ["", "relations:"]
        rel_at = len(lines) - 1
    # the last entity line before "relations:"
    ent_end = max(i for i, line in enumerate(lines[:rel_at]) if line.startswith("  - "))
    lines[ent_end + 1 : ent_end + 1] = new_places
    lines += new_rels
    out = "\n".join(lines) + "\n"
    yaml.safe_load(out)
    with open(path, "w", encoding="utf-8") as f:
        f.write(out)
    return new_places + new_rels


if __name__ == "__main__":
    for p in sys.argv[1:]:
        for line in convert(p):
            print(f"{p}: {line.strip()}")
