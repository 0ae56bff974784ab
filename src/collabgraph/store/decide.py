"""Making and undoing decisions, and writing a source through them: one procedure
for every store, run inside one write transaction of the store (`WriteTx`).

- Writing a source (an import, or a source written again after a decision):
  its own word is rewritten by the active decisions (`decisions.rewrite`),
  written with `plan_write` exactly as an import is, and kept beside the graph
  when the two differ, so that it can be folded again later.
- Making a decision: it is stored, then every source whose word it changes is
  written again from its own word (kept, or read back from the graph, which
  holds exactly a source's word until a decision first changes it), and the
  entities it edits are folded again.
- Undoing one: the same, without it. Nothing a file said is lost on the way,
  so undoing restores what the files say.

A person's relation ("relate") is a source of its own, `decision:<n>`, whose
word is the relation; decisions made after it shape it like any file's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from collabgraph.errors import DecisionError, DecisionNotFound
from collabgraph.model.batch import EntityRecord, GraphBatch, RelationRecord, SourceInfo
from collabgraph.model.decision import DECISION_PREFIX, Decision, Undone, now
from collabgraph.store.decision_set import DecisionSet
from collabgraph.store.decisions import KEPT_OUT, Fate, relate_batch, rewrite
from collabgraph.store.plan import Plan, State, plan_refold
from collabgraph.store.views import EntityState

EDIT_KIND = "edit"  # the kind of a person's relation's source


class WriteTx(Protocol):
    """What a store offers inside one write transaction (already holding the write lock).

    `seq` is the import order this transaction gives a new source.
    """

    seq: int

    def decisions(self) -> DecisionSet: ...
    def put_decision(self, decision: Decision) -> None: ...
    def source(self, source_id: str) -> tuple[SourceInfo, int] | None: ...
    def write(self, batch: GraphBatch, decisions: DecisionSet, seq: int, *,
              source_row: bool) -> Plan: ...  # fmt: skip
    def remove(self, source_id: str, decisions: DecisionSet) -> Plan: ...
    def read_state(self, source_id: str) -> State: ...
    def entity_states(self, ids: Iterable[str]) -> dict[str, EntityState]: ...
    def apply(self, plan: Plan) -> None: ...
    def raw(self, source_id: str) -> GraphBatch | None: ...
    def put_raw(self, source_id: str, raw: GraphBatch | None, items: set[str]) -> None: ...
    def sources_with(self, items: set[str]) -> set[str]: ...


@dataclass
class Outcome:
    """What a decision (or its undoing) did: the decision as stored, the warnings of
    the sources written again, and the facts it now keeps out."""

    decision: Decision
    warnings: list[str] = field(default_factory=list)
    kept_out: list[Fate] = field(default_factory=list)


def is_decision_source(source_id: str) -> bool:
    return source_id.startswith(DECISION_PREFIX)


def write_source(
    tx: WriteTx,
    raw: GraphBatch,
    decisions: DecisionSet,
    seq: int,
    *,
    source_row: bool = True,
    after: int = 0,
) -> tuple[Plan, list[Fate]]:
    """Write what `raw` (a source's own word) says once `decisions` are applied; keep
    its own word beside when they change it. Returns the plan applied and the
    facts kept out."""
    out = rewrite(raw, decisions, after=after)
    plan = tx.write(out.batch, decisions, seq, source_row=source_row)
    if is_decision_source(raw.source.id):
        tx.put_raw(raw.source.id, None, out.items)
    else:
        tx.put_raw(raw.source.id, raw if out.changed else None, out.items)
    plan.warnings.extend(out.warnings)
    kept_out = [f for f in out.relations if f.status in KEPT_OUT] if out.changed else []
    return plan, kept_out


def own_word(
    tx: WriteTx, source_id: str, decisions: DecisionSet
) -> tuple[GraphBatch, int, int] | None:
    """A source's own word, its import order, and the seq of the decisions that
    shape it from after (a person's relation: its own): kept when a decision changed
    it, otherwise read back from the graph (which then holds exactly that)."""
    found = tx.source(source_id)
    if found is None:
        return None
    info, seq = found
    if is_decision_source(source_id):
        d = decisions.by_id.get(source_id)
        if d is None or not d.active:
            return None
        return relate_batch(d, info), seq, d.seq
    raw = tx.raw(source_id)
    if raw is None:
        raw = batch_from_state(info, tx.read_state(source_id), decisions)
    raw.source = info
    return raw, seq, 0


def batch_from_state(source: SourceInfo, state: State, decisions: DecisionSet) -> GraphBatch:
    """What a source says, read back from what the graph keeps of it (its mentions
    and claims, with the names and types entities had before a person edited
    them); `state` as `read_state(source, (), {})` gives it."""
    sid = source.id
    entities = []
    for eid in sorted(state.mentioned):
        e = state.entities[eid]
        [said] = [m.said for m in e.mentions if m.source == sid] or [None]
        if said is None:
            continue
        name, kind = decisions.as_filed(eid, e.name, e.type)
        names = said.names or [name]
        entities.append(
            EntityRecord(
                eid, kind, names[0], aliases=list(names[1:]), title=said.title,
                description=said.description, date=said.date,
                properties=dict(said.properties), external_ids=list(said.external_ids),
                extracted=said.extracted,
            )
        )  # fmt: skip
    relations = []
    for rid in sorted(state.claimed):
        r = state.relations.get(rid)
        if r is None:
            continue
        [claim] = [c for c in r.claims if c.source == sid] or [None]
        if claim is None:
            continue
        relations.append(
            RelationRecord(
                r.type, r.source, r.target, r.role, r.since, r.until, r.date, r.external_id,
                claim.confidence, claim.evidence or None, dict(claim.properties),
                extracted=claim.extracted,
            )
        )  # fmt: skip
    return GraphBatch(source, entities, relations)


def make(tx: WriteTx, decision: Decision) -> Outcome:
    """Store `decision` (given its id, seq and time here) and apply it. Returns what
    it did."""
    before = tx.decisions()
    number = max((d.seq for d in before.all), default=0) + 1
    decision.seq, decision.id = number, f"{DECISION_PREFIX}{number}"
    decision.at = decision.at or now()
    affected = tx.sources_with(decision.items())
    tx.put_decision(decision)
    decisions = DecisionSet([*before.all, decision])
    outcome = Outcome(decision)
    if decision.kind == "merge":
        tx.apply(Plan(merged=(decision.target, decision.change["into"])))
    if decision.kind == "relate":
        source = relate_source(decision)
        _, kept_out = write_source(
            tx, relate_batch(decision, source), decisions, tx.seq, after=decision.seq
        )
        outcome.kept_out += kept_out
    _rederive(tx, affected, decisions, outcome)
    _refold(tx, decision, decisions)
    return outcome


def undo(tx: WriteTx, decision_id: str, who: str, note: str | None = None) -> Outcome:
    """Mark a decision undone and fold again without it. Raises DecisionError for an
    unknown or already undone decision."""
    before = tx.decisions()
    decision = before.by_id.get(decision_id)
    if decision is None:
        raise DecisionNotFound(f"no decision {decision_id!r} (collabgraph history lists them)")
    if not decision.active:
        raise DecisionError(f"{decision_id} was undone already, on {decision.undone.at}")  # type: ignore[union-attr]
    affected = tx.sources_with(decision.items())
    decision.undone = Undone(who, now(), note)
    tx.put_decision(decision)
    decisions = DecisionSet(before.all)
    outcome = Outcome(decision)
    if decision.kind == "merge":
        tx.apply(Plan(unmerged=decision.target))
    if decision.kind == "relate":
        tx.remove(decision.id, decisions)
        affected.discard(decision.id)
    _rederive(tx, affected, decisions, outcome)
    _refold(tx, decision, decisions)
    return outcome


def relate_source(decision: Decision) -> SourceInfo:
    """The source a person's relation is: the decision itself."""
    return SourceInfo(
        id=decision.id, path="", sha256="", kind=EDIT_KIND,
        title=decision.note or f"stated by {decision.who}", author=decision.who or None,
    )  # fmt: skip


def _rederive(tx: WriteTx, affected: set[str], decisions: DecisionSet, outcome: Outcome) -> None:
    """Write each affected source again from its own word. Sources that declare an
    entity come first, so an entity a decision no longer keeps out (an undone
    merge or deletion) exists before a source that only names it is written."""
    words = []
    for source_id in sorted(affected):
        found = own_word(tx, source_id, decisions)
        if found is not None:
            words.append(found)
    words.sort(key=lambda w: all(e.reference for e in w[0].entities))
    for raw, seq, after in words:
        plan, kept_out = write_source(tx, raw, decisions, seq, source_row=False, after=after)
        outcome.warnings += [f"{raw.source.id}: {w}" for w in plan.warnings]
        outcome.kept_out += kept_out


def _refold(tx: WriteTx, decision: Decision, decisions: DecisionSet) -> None:
    """Fold again the entities whose shown fields the decision sets."""
    ids = {decision.target} if decision.kind == "edit" else set()
    if decision.kind == "merge":
        ids.add(decision.change["into"])
    states = tx.entity_states(ids)
    if states:
        tx.apply(plan_refold(states.values(), decisions))
