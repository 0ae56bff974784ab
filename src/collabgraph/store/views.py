"""What the graph shows of an entity or a relation, folded from what each source said.

Every store keeps, for each entity, what each source said of it (a *mention*:
the names it gives, and its title, description, date, properties and ids when
it gives them), and for each relation what each source said of it (a *claim*:
its evidence sentence, confidence and properties). What the graph shows is
folded from those, here and nowhere else:

- an entity's aliases are every name a source gives it (in source id order)
  and every name merged into it; its keys are theirs and its ids';
- its title, description, date and each property are the word of the latest
  imported source that gives one;
- a relation's confidence and each property are the latest claiming source's
  word; `sources[i]` and `evidence[i]` list its claims in source id order;
- an entity stays while a source mentions it, a relation while one claims it;
- an entity or relation is *reviewed* unless every source that says it is text
  read by the extractor (`extracted`) and no person has accepted or edited it.

A person's decisions (`collabgraph.store.decisions`) come on top: an entity's
edits beat every file's word for its type, name, description, title and aliases.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from collabgraph.model.batch import EntityRecord, RelationRecord
from collabgraph.model.names import entity_keys
from collabgraph.store.decision_set import DecisionSet


@dataclass
class Said:
    """What one source says of an entity beyond naming it."""

    names: list[str] | None = None  # None: only the entity's own name
    title: str | None = None
    description: str | None = None
    date: str | None = None
    properties: dict[str, Any] = field(default_factory=dict)
    external_ids: list[str] = field(default_factory=list)
    extracted: bool = False  # read from text by the extractor

    def extra(self) -> dict[str, Any] | None:
        """Everything but the names, as stored (None when nothing)."""
        out: dict[str, Any] = {
            k: v
            for k, v in (("title", self.title), ("description", self.description),
                         ("date", self.date))
            if v is not None
        }  # fmt: skip
        if self.properties:
            out["properties"] = self.properties
        if self.external_ids:
            out["external_ids"] = self.external_ids
        if self.extracted:
            out["extracted"] = True
        return out or None

    @classmethod
    def stored(cls, names: list[str] | None, extra: dict[str, Any] | str | None) -> Said:
        """The inverse of (`names`, `extra()`); `extra` may be its JSON text."""
        if isinstance(extra, str):
            extra = json.loads(extra)
        extra = extra or {}
        return cls(
            names=list(names) if names else None,
            title=extra.get("title"),
            description=extra.get("description"),
            date=extra.get("date"),
            properties=dict(extra.get("properties") or {}),
            external_ids=list(extra.get("external_ids") or []),
            extracted=bool(extra.get("extracted")),
        )


@dataclass
class Mention:
    source: str
    seq: int  # the source's import order: later sources have larger numbers
    said: Said


@dataclass
class EntityState:
    """An entity as stored: who it is, and every mention of it."""

    id: str
    type: str
    name: str
    merged_names: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Claim:
    source: str
    seq: int
    evidence: str = ""
    confidence: float = 1.0
    properties: dict[str, Any] = field(default_factory=dict)
    extracted: bool = False  # read from text by the extractor

    def said(self) -> dict[str, Any] | None:
        """What the claim says beyond its evidence, as stored (None when nothing)."""
        out: dict[str, Any] = {}
        if self.confidence != 1.0:
            out["confidence"] = self.confidence
        if self.properties:
            out["properties"] = self.properties
        if self.extracted:
            out["extracted"] = True
        return out or None

    @classmethod
    def stored(cls, source: str, seq: int, evidence: str | None, said: Any) -> Claim:
        if isinstance(said, str):
            said = json.loads(said) if said else None
        said = said or {}
        return cls(
            source,
            seq,
            evidence or "",
            float(said.get("confidence", 1.0)),
            dict(said.get("properties") or {}),
            bool(said.get("extracted")),
        )


@dataclass
class RelationState:
    """A relation as stored: its identity, and every claim of it."""

    id: str
    type: str
    source: str
    target: str
    role: str | None = None
    since: str | None = None
    until: str | None = None
    date: str | None = None
    external_id: str | None = None
    claims: list[Claim] = field(default_factory=list)


@dataclass
class EntityView:
    """An entity's folded fields: what stores keep on it for reads."""

    type: str
    name: str
    aliases: list[str]
    keys: list[str]
    title: str | None
    description: str | None
    date: str | None
    properties: dict[str, Any]
    external_ids: list[str]
    unreviewed: bool = False


@dataclass
class RelationView:
    confidence: float
    properties: dict[str, Any]
    claims: list[Claim]  # in source id order

    @property
    def unreviewed(self) -> bool:
        return bool(self.claims) and all(c.extracted for c in self.claims)

    @property
    def sources(self) -> list[str]:
        return [c.source for c in self.claims]

    @property
    def evidence(self) -> list[str]:
        return [c.evidence for c in self.claims]


def entity_view(state: EntityState, decisions: DecisionSet | None = None) -> EntityView:
    """Fold an entity's mentions, then a person's edits of it (see the module docstring)."""
    decided = decisions is not None and bool(decisions.all)
    edits = decisions.entity_edits(state.id) if decided else None  # type: ignore[union-attr]
    name = edits.name if edits else state.name
    merged = state.merged_names + (decisions.merged_names(state.id) if decided else [])  # type: ignore[union-attr]
    by_source = sorted(state.mentions, key=lambda m: m.source)
    aliases: list[str] = []
    for alias in [n for m in by_source for n in (m.said.names or [])] + merged:
        if alias != name and alias not in aliases:
            aliases.append(alias)
    if edits:
        aliases = edits.aliases(aliases)
    latest = sorted(state.mentions, key=lambda m: (m.seq, m.source))
    fields: dict[str, Any] = {"title": None, "description": None, "date": None}
    properties: dict[str, Any] = {}
    for m in latest:
        for key in fields:
            value = getattr(m.said, key)
            if value is not None:
                fields[key] = value
        properties.update(m.said.properties)
    ids = list(dict.fromkeys(i for m in by_source for i in m.said.external_ids))
    etype = edits.type if edits and edits.type else state.type
    for key in ("description", "title"):
        if edits and getattr(edits, key) is not None:
            fields[key] = getattr(edits, key) or None  # "" clears the files' word
    keys = entity_keys(name, etype, aliases, ids)
    unreviewed = (
        bool(state.mentions)
        and all(m.said.extracted for m in state.mentions)
        and not (edits and edits.active)
    )
    return EntityView(
        etype, name, aliases, keys, **fields, properties=properties, external_ids=ids,
        unreviewed=unreviewed,
    )  # fmt: skip


def relation_view(claims: Iterable[Claim]) -> RelationView:
    """Fold a relation's claims (see the module docstring)."""
    ordered = sorted(claims, key=lambda c: c.source)
    confidence, properties = 1.0, {}
    for c in sorted(ordered, key=lambda c: (c.seq, c.source)):
        confidence = c.confidence
        properties.update(c.properties)
    return RelationView(confidence, properties, ordered)


def said_of(record: EntityRecord) -> Said:
    """What a batch's entity record says, as its source's mention keeps it."""
    if record.reference:
        return Said(extracted=record.extracted)
    names = list(dict.fromkeys([record.name, *record.aliases]))
    return Said(
        names=None if names == [record.name] else names,
        title=record.title,
        description=record.description,
        date=record.date,
        properties=dict(record.properties),
        external_ids=list(record.external_ids),
        extracted=record.extracted,
    )


def claim_of(record: RelationRecord, source: str, seq: int) -> Claim:
    return Claim(
        source, seq, record.evidence or "", record.confidence, dict(record.properties),
        record.extracted,
    )  # fmt: skip


# --- the plan ------------------------------------------------------------------
