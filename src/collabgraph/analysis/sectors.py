"""Sectors (public, voluntary, private) of organisations and people, from data.

An organisation's sector is its `sector` property when a seed gives one, else
read from its name with the word lists of `data/sectors.yaml`; a person belongs
to the sectors of their own organisations (WORKS_FOR, MEMBER_OF). Used to mark
introductions that would bridge sectors.
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from functools import cache
from importlib import resources

import networkx as nx
import yaml

from collabgraph.analysis.collaboration import joins


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    text = resources.files("collabgraph.analysis").joinpath("data/sectors.yaml")
    raw = yaml.safe_load(text.read_text("utf-8"))
    return tuple(
        (sector, re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I))
        for sector, words in raw.items()
    )


def organisation_sector(name: str, properties: dict | None = None) -> str | None:
    """The sector an organisation's `sector` property names, else the first sector of
    `data/sectors.yaml` with a word of its name; None when nothing says."""
    stated = {str(k).casefold(): v for k, v in (properties or {}).items()}.get("sector")
    if stated:
        return str(stated).strip().casefold()
    for sector, pattern in _patterns():
        if pattern.search(name):
            return sector
    return None


def sectors_of(G: nx.MultiDiGraph, entity: Hashable) -> list[str]:
    """The sectors of an organisation (one, or none known) or a person (those of their
    own organisations), sorted."""
    d = G.nodes[entity]
    if d.get("type") == "Organisation":
        found = organisation_sector(str(d.get("name") or entity), d.get("properties"))
        return [found] if found else []
    if d.get("type") != "Person":
        return []
    found = set()
    for _, org, k, rel in G.out_edges(entity, keys=True, data=True):
        od = G.nodes[org]
        if "affiliation" in joins(rel.get("type", k), d.get("type"), od.get("type")):
            sector = organisation_sector(str(od.get("name") or org), od.get("properties"))
            if sector:
                found.add(sector)
    return sorted(found)
