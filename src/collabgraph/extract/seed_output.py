"""The seed document's parts as spec/seed-format.md writes them, and its YAML.

`source_of` gives the `source` block (title, author, published date, address),
`entity_items` and `relation_items` the `entities` and `relations` lists (the
entities by type, then first mentioned first; an alias left out where it would
make `from`/`to` ambiguous), and `to_yaml` the text.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

from collabgraph.extract.context import DocumentContext
from collabgraph.extract.coref import Entity
from collabgraph.extract.layout import Layout
from collabgraph.model.names import name_key

_TYPE_ORDER = ("Person", "Organisation", "Report", "Event", "Project", "Place")


def source_of(layout: Layout, path: str) -> dict:
    """{"title", and "author", "published", "url" when the page gives them}; with
    no title, the file's name with its dashes and underscores as spaces."""
    source: dict = {"title": layout.title or Path(path).stem.replace("-", " ").replace("_", " ")}
    if layout.author:
        source["author"] = layout.author
    if layout.published:
        source["published"] = layout.published
    url = layout.meta.get("url")
    if url:
        source["url"] = url
    return source


def entity_items(entities: list[Entity], ctx: DocumentContext) -> list[dict]:
    """One {"type", "name", and "aliases", "title", "description", "date" when
    known} per entity, by `_TYPE_ORDER` then first mentioned first; no alias that
    is another's name or shared by two (`_dedupe_alias_clashes`)."""
    out = []
    for e in sorted(entities, key=lambda e: (_TYPE_ORDER.index(e.type), e.first)):
        item: dict = {"type": e.type, "name": e.name}
        if e.aliases:
            item["aliases"] = e.aliases
        if e.title:
            item["title"] = e.title
        desc = next((ctx.descriptions[m.id] for m in e.mentions if m.id in ctx.descriptions), None)
        if desc:
            item["description"] = desc
        date = e.date
        if date:
            item["date"] = date
        out.append(item)
    _dedupe_alias_clashes(out)
    return out


def relation_items(relations: list[dict]) -> list[dict]:
    """One {"from", "type", "to", "role" when given, "evidence", "confidence"}
    per gathered relation (`seed_relations.RelationTable.values()`), in order;
    confidence to two places, evidence "" when none."""
    out = []
    for r in relations:
        item = {"from": r["from"], "type": r["type"], "to": r["to"]}
        if r["role"]:
            item["role"] = r["role"]
        item["evidence"] = r["evidence"] or ""
        item["confidence"] = round(float(r["confidence"]), 2)
        out.append(item)
    return out


def _dedupe_alias_clashes(entities: list[dict]) -> None:
    """An alias that is another entity's name, or shared by two entities, is dropped:
    it would make `from`/`to` ambiguous for the importer."""
    names = Counter(name_key(e["name"]) for e in entities)
    alias_count = Counter(name_key(a) for e in entities for a in e.get("aliases", ()))
    for e in entities:
        if "aliases" not in e:
            continue
        kept = [
            a for a in e["aliases"] if names[name_key(a)] == 0 and alias_count[name_key(a)] == 1
        ]
        if kept:
            e["aliases"] = kept
        else:
            del e["aliases"]


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def to_yaml(seed: dict) -> str:
    """The seed as YAML that `yaml.safe_load` reads back to the same dict."""
    return yaml.dump(
        seed,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )


__all__ = ["entity_items", "relation_items", "source_of", "to_yaml"]
