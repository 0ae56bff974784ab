"""Small graphs for the analysis tests, in the shape `to_networkx` gives."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import networkx as nx

from collabgraph.analysis import to_networkx
from collabgraph.model.graph import Entity, Relation, Subgraph
from collabgraph.model.names import entity_id
from collabgraph.model.vocabulary import RELATIONS

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"


def graph(
    entities: dict[str, str],
    relations: list[tuple[str, str, str] | tuple[str, str, str, dict[str, Any]]],
) -> nx.MultiDiGraph:
    """`entities` maps id -> type (the name is the id, capitalised); relations are
    `(source, TYPE, target[, fields])`."""
    subgraph = Subgraph(
        entities=[Entity(id=i, type=t, name=i.capitalize()) for i, t in entities.items()],
        relations=[
            Relation(type=r[1], source=r[0], target=r[2], **(r[3] if len(r) > 3 else {}))
            for r in relations
        ],
    )
    return to_networkx(subgraph)


def converter(name: str) -> ModuleType:
    """Import one of scripts/datasets/<name>.py."""
    path = ROOT / "scripts" / "datasets" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"datasets_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_kumu(elements: Path, connections: Path) -> nx.MultiDiGraph:
    """Read converter output roughly as the importer will: ids from type and label,
    symmetric relations stored once with the smaller id first."""
    source = elements.stem.split(".")[0]
    ids: dict[str, str] = {}
    entities = []
    with elements.open(newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            eid = entity_id(row["Type"], row["Label"])
            assert eid not in ids.values(), f"two elements share the id {eid}"
            ids[row["Label"]] = eid
            entities.append(Entity(id=eid, type=row["Type"], name=row["Label"], sources=[source]))
    relations: dict[tuple[str, str, str], Relation] = {}
    with connections.open(newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            a, b = ids[row["From"]], ids[row["To"]]
            if RELATIONS[row["Type"]].symmetric and b < a:
                a, b = b, a
            relation = Relation(
                type=row["Type"],
                source=a,
                target=b,
                role=row.get("Role") or None,
                date=row.get("Date") or None,
                sources=[source],
                evidence=[""],
            )
            relations[relation.key] = relation
    return to_networkx(Subgraph(entities=entities, relations=list(relations.values())))


def dataset(name: str, out_dir: Path) -> nx.MultiDiGraph:
    """Convert a dataset with its script and load the CSV files as an entity graph."""
    return load_kumu(*converter(name).convert(out_dir))
