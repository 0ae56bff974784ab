"""How decisions fold over what files say: written once, used by every store.

A store keeps each file's own word (`collabgraph.store.plan`) and every
decision a person made (`collabgraph.model.decision`). What the graph shows is
what the files say with the active decisions applied, in the order they were
made, by two functions here:

- `rewrite` turns what one source says into what it says *after* the
  decisions: a merged entity's mentions and relations are the kept entity's;
  a deleted entity and its relations, and a rejected relation, are kept out; a
  corrected relation is said with its corrected type, ends, role or dates; an
  entity whose type was corrected has it, and each relation that no longer
  fits the vocabulary is kept out *and reported* (a person decides what it
  is); accepted facts are marked reviewed; and a source imported "to review"
  keeps out every fact not yet accepted. The store then writes the rewritten
  batch with `plan_write`, exactly as an import, and keeps the source's own
  word beside it whenever the two differ, so undoing a decision can fold
  again from what the file said.
- `DecisionSet.entity_edits` (`collabgraph.store.decision_set`) folds the edits
  of one entity (type, name, description, title, aliases) for
  `collabgraph.store.views.entity_view`: a
  person's word beats every file's, and a name replaced by a rename stays an
  alias while the rename stands.

A decision a person makes is never changed by a later import; undoing one
folds again without it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

from collabgraph.model.batch import EntityRecord, GraphBatch, RelationRecord
from collabgraph.model.decision import Decision
from collabgraph.model.vocabulary import RELATIONS
from collabgraph.store.decision_set import DecisionSet

# What became of a fact a file gives (`Fate.status`).
IN_GRAPH = "in graph"
ACCEPTED = "accepted"
CORRECTED = "corrected"
MERGED = "merged"
REJECTED = "rejected"
DELETED = "deleted"
UNFIT = "does not fit"
SELF_LOOP = "joins itself"
TO_REVIEW = "to review"
KEPT_OUT = frozenset({REJECTED, DELETED, UNFIT, SELF_LOOP, TO_REVIEW})


@dataclass
class Fate:
    """What became of one fact of a file: its status, the decisions that shaped it,
    and the fact as the graph has it (or would, for one kept out)."""

    status: str
    record: Any  # RelationRecord or EntityRecord
    decisions: list[str] = field(default_factory=list)
    reason: str = ""


@dataclass
class Rewritten:
    """A source's word after the decisions (`rewrite`): the batch to write, and what
    became of each of the file's relations (aligned with them) and entities (by
    the file's id). When no decision touched it, the fates are made on demand, so
    a big import pays nothing for them."""

    batch: GraphBatch
    changed: bool = False
    fates: list[Fate] | None = None
    entity_fates: dict[str, Fate] | None = None
    warnings: list[str] = field(default_factory=list)
    items: set[str] = field(default_factory=set)

    @property
    def relations(self) -> list[Fate]:
        if self.fates is None:
            self.fates = [Fate(IN_GRAPH, r) for r in self.batch.relations]
        return self.fates

    @property
    def entities(self) -> dict[str, Fate]:
        if self.entity_fates is None:
            self.entity_fates = {e.id: Fate(IN_GRAPH, e) for e in self.batch.entities}
        return self.entity_fates


def rewrite(raw: GraphBatch, decisions: DecisionSet, *, after: int = 0) -> Rewritten:
    """What `raw` (one source's own word) says once the active decisions made after
    `after` (a decision's seq: a person's relation is shaped only by later
    decisions) are applied, in order. See the module docstring.

    The batch returned may share records with `raw` when nothing changed them.
    """
    review = bool(raw.source.review)
    if not decisions and not review:
        return Rewritten(raw)
    return _Fold(raw, decisions).run(after, review)


class _Fold:
    """The state of one `rewrite`: the file's records, indexed as decisions move them."""

    def __init__(self, raw: GraphBatch, decisions: DecisionSet):
        self.raw, self.decisions = raw, decisions
        self.records: dict[str, EntityRecord] = {e.id: _copy(e) for e in raw.entities}
        self.entity_fates = {e.id: Fate(IN_GRAPH, e) for e in raw.entities}
        self.alias_of: dict[str, str] = {}  # a file's entity id -> the id it now is
        self.rels: dict[int, RelationRecord] = dict(enumerate(raw.relations))
        self.fates = [Fate(IN_GRAPH, r) for r in raw.relations]
        self.by_id: dict[str, set[int]] = defaultdict(set)
        self.by_end: dict[str, set[int]] = defaultdict(set)
        for i, r in self.rels.items():
            self._index(i, r)
        self.changed = False
        self.warnings: list[str] = []

    def _index(self, i: int, r: RelationRecord) -> None:
        self.by_id[r.id].add(i)
        self.by_end[r.source].add(i)
        self.by_end[r.target].add(i)

    def _unindex(self, i: int) -> RelationRecord:
        r = self.rels.pop(i)
        self.by_id[r.id].discard(i)
        self.by_end[r.source].discard(i)
        self.by_end[r.target].discard(i)
        return r

    def _put(self, i: int, r: RelationRecord, decision: Decision, status: str) -> None:
        """Relation i is now `r`; one the file already states with that id absorbs it."""
        self.changed = True
        fate = self.fates[i]
        fate.decisions.append(decision.id)
        fate.status = status
        same = [j for j in self.by_id.get(r.id, ()) if j != i]
        if same:
            j = same[0]
            if not r.extracted and self.rels[j].extracted:
                self.rels[j] = replace(self.rels[j], extracted=False)
                self.fates[j].record = self.rels[j]
            fate.record = self.rels[j]
            return
        self.rels[i] = r
        fate.record = r
        self._index(i, r)

    def _keep_out(self, i: int, status: str, decision: Decision | None, reason: str = "") -> None:
        self.changed = True
        r = self._unindex(i)
        fate = self.fates[i]
        fate.status, fate.record, fate.reason = status, r, reason
        if decision is not None:
            fate.decisions.append(decision.id)

    def run(self, after: int, review: bool) -> Rewritten:
        for d in self.decisions.active:
            if d.seq > after:
                getattr(self, f"_{d.kind}")(d)
        self._check_fit()
        if review:
            self._hold_unreviewed()
        batch = self.raw
        if self.changed:
            batch = GraphBatch(
                self.raw.source,
                list(self.records.values()),
                [self.rels[i] for i in sorted(self.rels)],
                list(self.raw.warnings),
            )
        fates = {e.id: self.entity_fates[e.id] for e in self.raw.entities}
        items = set(self.records) | set(fates) | {r.id for r in self.raw.relations}
        items |= {f.record.id for f in self.fates}
        return Rewritten(batch, self.changed, self.fates, fates, self.warnings, items)

    # --- the kinds of decision -------------------------------------------------

    def _edit(self, d: Decision) -> None:
        new_type = d.change.get("set", {}).get("type")
        record = self.records.get(d.target)
        if new_type and record is not None and record.type != new_type:
            self.records[d.target] = replace(record, type=new_type)
            self.changed = True
        fate = self.entity_fates.get(self._raw_id(d.target)) if record is not None else None
        if fate is not None:
            fate.decisions.append(d.id)

    def _raw_id(self, entity_id: str) -> str:
        for raw_id, now in self.alias_of.items():
            if now == entity_id and raw_id in self.entity_fates:
                return raw_id
        return entity_id

    def _delete(self, d: Decision) -> None:
        gone = d.target
        if gone in self.records:
            self.records.pop(gone)
            self.changed = True
            fate = self.entity_fates.get(self._raw_id(gone))
            if fate is not None:
                fate.status = DELETED
                fate.decisions.append(d.id)
        for i in sorted(self.by_end.get(gone, ())):
            self._keep_out(i, DELETED, d, f"{gone} was deleted")

    def _merge(self, d: Decision) -> None:
        drop, keep = d.target, d.change["into"]
        touched = self.by_end.get(drop)
        if drop not in self.records and not touched:
            return
        self.changed = True
        into = d.change.get("into_entity", {})
        record = self.records.pop(drop, None)
        kept = self.records.get(keep)
        if kept is None:
            kept = EntityRecord(
                keep,
                self.decisions.type_of(keep, into.get("type", "")),
                into.get("name", keep),
                reference=True,
                extracted=record.extracted if record is not None else True,
            )
            self.records[keep] = kept
        if record is not None:
            _fold_into(kept, record)
            fate = self.entity_fates.get(self._raw_id(drop))
            if fate is not None:
                fate.status, fate.record = MERGED, kept
                fate.decisions.append(d.id)
            for raw_id, now in list(self.alias_of.items()):
                if now == drop:
                    self.alias_of[raw_id] = keep
            self.alias_of.setdefault(drop, keep)
        for i in sorted(touched or ()):
            r = self._unindex(i)
            src = keep if r.source == drop else r.source
            dst = keep if r.target == drop else r.target
            if src == dst:
                self.rels[i] = r
                self._index(i, r)
                self._keep_out(i, SELF_LOOP, d, f"joins {keep} to itself after the merge")
                self.warnings.append(
                    f"{r.type} from {r.source} to {r.target} joins {keep} to itself once"
                    f" merged ({d.id}): left out"
                )
                continue
            self._put(i, _moved(r, source=src, target=dst), d, MERGED)

    def _reject(self, d: Decision) -> None:
        for i in sorted(self.by_id.get(d.target, ())):
            self._keep_out(i, REJECTED, d)

    def _edit_relation(self, d: Decision) -> None:
        after = d.change["after"]
        for i in sorted(self.by_id.get(d.target, ())):
            r = self._unindex(i)
            moved = _moved(r, **{k: after.get(k) for k in ("type", "source", "target",
                                                          "role", "since", "until")})  # fmt: skip
            moved.extracted = False
            for end in (moved.source, moved.target):
                if end not in self.records:
                    known = d.change.get("ends", {}).get(end, {})
                    self.records[end] = EntityRecord(
                        end,
                        self.decisions.type_of(end, known.get("type", "")),
                        known.get("name", end),
                        reference=True,
                    )
            self._put(i, moved, d, CORRECTED)

    def _accept(self, d: Decision) -> None:
        for rid in d.change.get("relations", ()):
            for i in sorted(self.by_id.get(rid, ())):
                r = self.rels[i]
                self.fates[i].decisions.append(d.id)
                if self.fates[i].status == IN_GRAPH:
                    self.fates[i].status = ACCEPTED
                if r.extracted:
                    r = self.rels[i] = replace(r, extracted=False)
                    self.fates[i].record = r
                    self.changed = True
                for end in (r.source, r.target):
                    self._accept_entity(end, d)
        for eid in d.change.get("entities", ()):
            self._accept_entity(eid, d)

    def _accept_entity(self, entity_id: str, d: Decision) -> None:
        record = self.records.get(entity_id)
        if record is None:
            return
        fate = self.entity_fates.get(self._raw_id(entity_id))
        if fate is not None and d.id not in fate.decisions:
            fate.decisions.append(d.id)
            if fate.status == IN_GRAPH:
                fate.status = ACCEPTED
        if record.extracted:
            self.records[entity_id] = replace(record, extracted=False)
            self.changed = True

    def _relate(self, d: Decision) -> None:
        """A person's relation is its own source: nothing of a file's to change."""

    # --- after the decisions ---------------------------------------------------

    def _check_fit(self) -> None:
        """Relations whose ends' types no longer fit (after a type was corrected) are
        kept out, said in a warning, and left for a person to correct."""
        for i in sorted(self.rels):
            r = self.rels[i]
            a, b = self.records.get(r.source), self.records.get(r.target)
            if a is None or b is None or RELATIONS[r.type].allows(a.type, b.type):
                continue
            why = f"{r.type} does not join {a.type} to {b.type}"
            self._keep_out(i, UNFIT, None, why)
            edits = [x for x in (r.source, r.target) if self.decisions.entity_edits(x) is not None]
            self.warnings.append(
                f"{r.type} from {a.name!r} to {b.name!r} no longer fits ({why}, once"
                f" {', '.join(edits) or 'an end'} was corrected): kept out until a person"
                " corrects or rejects it (see the review page)"
            )

    def _hold_unreviewed(self) -> None:
        """A source imported "to review": only what a person accepted goes in."""
        waiting = [i for i in sorted(self.rels) if self.rels[i].extracted]
        for i in waiting:
            self._keep_out(i, TO_REVIEW, None)
        if waiting:
            self.warnings.append(
                f"{len(waiting)} relation(s) read from it wait to be reviewed before they go"
                " into the graph (the review page: /review)"
            )
        ends = {x for r in self.rels.values() for x in (r.source, r.target)}
        for eid in list(self.records):
            if self.records[eid].extracted and eid not in ends:
                self.records.pop(eid)
                self.changed = True
                fate = self.entity_fates.get(self._raw_id(eid))
                if fate is not None and fate.status == IN_GRAPH:
                    fate.status = TO_REVIEW


def _copy(e: EntityRecord) -> EntityRecord:
    """A record the fold may change without changing the file's own word."""
    return replace(
        e, aliases=list(e.aliases), properties=dict(e.properties),
        external_ids=list(e.external_ids),
    )  # fmt: skip


def _moved(r: RelationRecord, **identity: Any) -> RelationRecord:
    """The relation with other identity fields (and so, a new id)."""
    values = {k: getattr(r, k) for k in ("type", "source", "target", "role", "since", "until")}
    values.update(identity)
    return RelationRecord(
        values["type"], values["source"], values["target"], values["role"], values["since"],
        values["until"], r.date, r.external_id, r.confidence, r.evidence, dict(r.properties),
        r.line, extracted=r.extracted,
    )  # fmt: skip


def _fold_into(kept: EntityRecord, record: EntityRecord) -> None:
    """A merged entity's record joins the kept one's: its names become aliases, and
    fields the kept one's record does not give are taken from it."""
    kept.extracted = kept.extracted and record.extracted
    if record.reference:
        return
    kept.reference = False
    for name in (record.name, *record.aliases):
        if name != kept.name and name not in kept.aliases:
            kept.aliases.append(name)
    kept.title = kept.title or record.title
    kept.description = kept.description or record.description
    kept.date = kept.date or record.date
    kept.properties = {**record.properties, **kept.properties}
    kept.external_ids = list(dict.fromkeys([*kept.external_ids, *record.external_ids]))


def relate_batch(decision: Decision, source) -> GraphBatch:
    """The batch a person's relation (a "relate" decision) says, as its own source."""
    rel = decision.change["relation"]
    ends = decision.change.get("ends", {})
    entities = [
        EntityRecord(i, ends.get(i, {}).get("type", ""), ends.get(i, {}).get("name", i),
                     reference=True)
        for i in dict.fromkeys((rel["source"], rel["target"]))
    ]  # fmt: skip
    relation = RelationRecord(
        rel["type"], rel["source"], rel["target"], rel.get("role"), rel.get("since"),
        rel.get("until"), rel.get("date"), evidence=decision.note or "",
    )  # fmt: skip
    return GraphBatch(source, entities, [relation])
