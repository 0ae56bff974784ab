"""The import semantics, written once: what a file's write changes, as a plan each store applies.

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

A person's decisions (`collabgraph.store.decisions`) come on top: a file's word
is rewritten by them before it is planned, and an entity's edits beat every
file's word for its type, name, description, title and aliases.

Writing a file replaces everything its source said before: its old mentions
and claims are taken back, its new ones put in, and every entity and relation
either touches is folded again. `plan_write` works out exactly which rows
change; a store reads the `State` it needs (`GraphStore.read_state`) and
applies the `Plan` in one transaction. A dry run is the same plan, not applied.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from collabgraph.model.batch import EntityRecord, GraphBatch, RelationRecord, SourceInfo
from collabgraph.model.names import entity_keys
from collabgraph.store.decisions import DecisionSet


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


@dataclass
class Changes:
    """How many entities (or relations) a write adds to the graph, changes, removes,
    and leaves as they were."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0


@dataclass
class EntityWrite:
    """An entity to create or overwrite: every stored field (`view.type` and
    `view.name` may differ from what is stored when a person edited them)."""

    id: str
    type: str  # as stored before: a store relabels the entity when `view.type` differs
    name: str
    view: EntityView
    merged_names: list[str] = field(default_factory=list)


@dataclass
class RelationWrite:
    """A relation to overwrite (or create, when `create`): identity, folded fields,
    every claim."""

    state: RelationState
    view: RelationView
    create: bool = False


@dataclass
class Plan:
    """Exactly what a write changes; `GraphStore` backends apply it in one transaction.

    `source` (when set) is stored with its import order `seq` (unless
    `source_row` is False: the source is written again as it was, after a
    decision). Entities in `new_entities` are created, each with its mention by
    `source`; relations in `new_relations` are created with one claim, by
    `source`. `mentions` are put (a source's mention of an entity replaced), and
    the other lists overwrite or delete rows as named; deleting an entity
    deletes its mentions. `reviewed` are entities a person's file names: marked
    reviewed if they were not.
    """

    source: SourceInfo | None = None
    seq: int = 0
    source_row: bool = True
    new_entities: list[EntityRecord] = field(default_factory=list)
    entities: list[EntityWrite] = field(default_factory=list)  # overwrite
    delete_entities: list[str] = field(default_factory=list)
    mentions: list[tuple[str, str, Said]] = field(default_factory=list)  # source, entity, said
    delete_mentions: list[tuple[str, str]] = field(default_factory=list)  # source, entity
    delete_source: str | None = None  # the source goes, once its mentions and claims have
    merged: tuple[str, str] | None = None  # (dropped id, kept id): the dropped id now means
    # the kept entity, and so do ids merged into the dropped one before
    unmerged: str | None = None  # a dropped id that means itself again (a merge undone)
    new_relations: list[RelationRecord] = field(default_factory=list)
    relations: list[RelationWrite] = field(default_factory=list)  # overwrite (or create)
    delete_relations: list[RelationState] = field(default_factory=list)
    reviewed: list[str] = field(default_factory=list)
    entity_changes: Changes = field(default_factory=Changes)
    relation_changes: Changes = field(default_factory=Changes)
    warnings: list[str] = field(default_factory=list)


@dataclass
class State:
    """What a plan needs to know of the store: the entities and relations it touches."""

    entities: dict[str, EntityState] = field(default_factory=dict)
    relations: dict[str, RelationState] = field(default_factory=dict)
    # What the source being written said before: entity ids and relation ids.
    mentioned: set[str] = field(default_factory=set)
    claimed: set[str] = field(default_factory=set)
    # Relation ids known not to exist (an end has no relation yet), never read.
    absent: set[str] = field(default_factory=set)
    decisions: DecisionSet = field(default_factory=DecisionSet)


def state_needs(batch: GraphBatch) -> tuple[list[str], dict[str, str]]:
    """The entity ids, and relation ids with their types, whose state `plan_write`
    reads (besides what the source said before): every entity the batch says
    something of, and every relation it states. Entities it only names need none."""
    return (
        [e.id for e in batch.entities if not e.reference],
        {r.id: r.type for r in batch.relations},
    )


def plan_write(batch: GraphBatch, state: State, seq: int) -> Plan:
    """What writing `batch` changes, given `state` (see `State`, `state_needs`).

    `state.entities` must hold every existing entity among `state_needs` and
    `state.mentioned` (entities the batch only names need not be there);
    `state.relations` every existing relation among the batch's and
    `state.claimed`, except those in `state.absent`. The batch is what the
    source says once decisions are applied (`collabgraph.store.decisions.rewrite`).
    """
    source = batch.source.id
    decisions = state.decisions
    plan = Plan(source=batch.source, seq=seq)
    ents, rels = plan.entity_changes, plan.relation_changes
    in_batch: set[str] = set()
    for record in batch.entities:
        in_batch.add(record.id)
        before = state.entities.get(record.id)
        if before is None and not record.reference:
            plan.new_entities.append(record)  # its mention is made from the record
            edits = decisions.entity_edits(record.id) if decisions.all else None
            if edits is not None:  # a person edited it before it went (and came back)
                fresh = EntityState(record.id, record.type, record.name)
                after = _with_mention(fresh, source, seq, said_of(record))
                _overwrite(plan, fresh, after, decisions, True)
            ents.added += 1
            continue
        said = said_of(record)
        if record.reference and (before is None or record.id not in state.mentioned):
            # Named only, and not said of before: a bare mention changes no field (its
            # state may not have been read: the store refuses the write if it is
            # missing), except that a person's file naming it reviews it.
            plan.mentions.append((source, record.id, said))
            if not record.extracted:
                plan.reviewed.append(record.id)
            ents.unchanged += 1
            continue
        plan.mentions.append((source, record.id, said))
        after = _with_mention(before, source, seq, said)
        changed = _overwrite(plan, before, after, decisions)
        ents.updated += changed
        ents.unchanged += 1 - changed
    for entity_id in sorted(state.mentioned - in_batch):
        before = state.entities[entity_id]
        after = _with_mention(before, source, seq, None)
        if not after.mentions:
            plan.delete_entities.append(entity_id)
            ents.removed += 1
        else:
            plan.delete_mentions.append((source, entity_id))
            _overwrite(plan, before, after, decisions)  # names or fields this source gave go

    stated: set[str] = set()
    for record in batch.relations:
        stated.add(record.id)
        before = None if record.id in state.absent else state.relations.get(record.id)
        if before is None:
            plan.new_relations.append(record)
            rels.added += 1
            continue
        claims = [c for c in before.claims if c.source != source]
        claims.append(claim_of(record, source, seq))
        old, new = relation_view(before.claims), relation_view(claims)
        if _claims_key(old) != _claims_key(new):
            plan.relations.append(RelationWrite(before, new))
            rels.updated += 1
        else:
            rels.unchanged += 1
    for relation_id in sorted(state.claimed - stated):
        before = state.relations[relation_id]
        claims = [c for c in before.claims if c.source != source]
        if claims:
            plan.relations.append(RelationWrite(before, relation_view(claims)))
            rels.updated += 1
        else:
            plan.delete_relations.append(before)
            rels.removed += 1
    return plan


def plan_remove(source_id: str, state: State) -> Plan:
    """What forgetting a source changes: its mentions and claims go, and whatever
    only it said (`state` as for `plan_write`, with nothing of a batch)."""
    empty = GraphBatch(SourceInfo(id=source_id, path="", sha256="", kind=""))
    plan = plan_write(empty, state, 0)
    plan.source, plan.delete_source = None, source_id
    return plan


def plan_refold(states: Iterable[EntityState], decisions: DecisionSet) -> Plan:
    """What a person's edits of these entities change: each is folded again
    (`entity_view`) and written whole."""
    plan = Plan()
    for state in states:
        _overwrite(plan, state, state, decisions, True)
    return plan


def _with_mention(state: EntityState, source: str, seq: int, said: Said | None) -> EntityState:
    mentions = [m for m in state.mentions if m.source != source]
    if said is not None:
        mentions.append(Mention(source, seq, said))
    return EntityState(state.id, state.type, state.name, list(state.merged_names), mentions)


def _overwrite(
    plan: Plan,
    before: EntityState,
    after: EntityState,
    decisions: DecisionSet,
    always: bool = False,
) -> int:
    """Add an overwrite of the entity when its folded fields change (or `always`); 1 if so."""
    view = entity_view(after, decisions)
    if not always and view == entity_view(before, decisions):
        return 0
    plan.entities.append(EntityWrite(after.id, after.type, after.name, view, after.merged_names))
    return 1


def _claims_key(view: RelationView) -> tuple:
    return (
        view.confidence,
        json.dumps(view.properties, sort_keys=True),
        [(c.source, c.evidence, c.confidence, json.dumps(c.properties, sort_keys=True),
          c.extracted) for c in view.claims],
    )  # fmt: skip
