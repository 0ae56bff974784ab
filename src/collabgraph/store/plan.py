"""The import semantics, written once: what a file's write changes, as a plan each store applies.

What each source said of an entity or relation, and what the graph shows folded
from it, are `collabgraph.store.views`'. A person's decisions
(`collabgraph.store.decisions`) rewrite a file's word before it is planned.

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

from collabgraph.model.batch import EntityRecord, GraphBatch, RelationRecord, SourceInfo
from collabgraph.store.decision_set import DecisionSet
from collabgraph.store.views import (
    EntityState,
    EntityView,
    Mention,
    RelationState,
    RelationView,
    Said,
    claim_of,
    entity_view,
    relation_view,
    said_of,
)


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
