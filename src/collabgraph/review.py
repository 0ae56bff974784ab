"""Reviewing what the extractor read: each write-up's text and the facts read from
it, with their evidence sentence, confidence and what became of them.

What a source said is its own word as imported (`GraphStore.own_word`); what
became of each fact is that word with the decisions applied
(`collabgraph.store.decisions.rewrite`), the same fold the store writes, so the
review page shows exactly what the graph holds and what it keeps out.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from collabgraph import edits
from collabgraph.errors import SourceNotFound
from collabgraph.model.batch import EntityRecord, RelationRecord
from collabgraph.model.graph import Entity
from collabgraph.store.base import GraphStore
from collabgraph.store.decision_set import DecisionSet
from collabgraph.store.decisions import (
    ACCEPTED,
    CORRECTED,
    IN_GRAPH,
    KEPT_OUT,
    MERGED,
    TO_REVIEW,
    Fate,
    rewrite,
)

TEXT_KIND = "text"


def reviewable(store: GraphStore) -> list[dict[str, Any]]:
    """Every imported text source (write-ups, documents, web pages), with how many of
    its facts are still to review: [{id, title, path, review, facts, to_review}]."""
    decisions = DecisionSet(store.decisions())
    out = []
    for source in store.list_sources():
        if source.get("kind") != TEXT_KIND:
            continue
        raw = store.own_word(source["id"])
        facts = _relation_facts(raw, rewrite(raw, decisions), {}) if raw is not None else []
        out.append(
            {
                "id": source["id"],
                "title": source.get("title") or source.get("path") or source["id"],
                "path": source.get("path"),
                "review": bool(source.get("review")),
                "facts": len(facts),
                "to_review": sum(1 for f in facts if f["state"] == TO_REVIEW),
            }
        )
    return out


def review_source(store: GraphStore, source_id: str) -> dict[str, Any]:
    """One source for review: its text (write-ups), the entities it names (with the
    names it gives them, for highlighting) and its relations, lowest confidence
    first, each with its evidence, confidence and state ("to review",
    "accepted", "corrected", "rejected", "deleted", "does not fit", "joins
    itself"). Raises SourceNotFound."""
    info = store.source_info(source_id)
    raw = store.own_word(source_id) if info is not None else None
    if info is None or raw is None:
        raise SourceNotFound(f"no source {source_id!r}")
    decisions = DecisionSet(store.decisions())
    out = rewrite(raw, decisions)
    named: dict[str, dict[str, Any]] = {}  # every entity a fact names: graph first
    for record in [*raw.entities, *out.batch.entities, *(f.record for f in out.entities.values())]:
        named[record.id] = {"id": record.id, "name": record.name, "type": record.type}
    found = store.entities(named)
    for entity in found.values():
        named[entity.id] = {"id": entity.id, "name": entity.name, "type": entity.type}
    entities = [_entity_fact(e, out.entities[e.id], named, found) for e in raw.entities]
    relations = _relation_facts(raw, out, named)
    counts: dict[str, int] = {}
    for fact in relations:
        counts[fact["state"]] = counts.get(fact["state"], 0) + 1
    return {
        "source": {
            "id": info.id, "title": info.title or info.path or info.id, "path": info.path,
            "kind": info.kind, "author": info.author, "published": info.published,
            "url": info.url, "review": bool(info.review),
        },
        "text": info.text or "",
        "entities": entities,
        "relations": relations,
        "counts": counts,
    }  # fmt: skip


def accept_facts(
    store: GraphStore,
    source_id: str,
    *,
    who: str,
    note: str | None = None,
    relations: Iterable[str] = (),
    entities: Iterable[str] = (),
    min_confidence: float | None = None,
) -> edits.Edited:
    """Accept facts of one source, as one decision (one undo): the relations and
    entities named, and, with `min_confidence` (0..1), every relation of it still
    to review read with at least that confidence. Raises SourceNotFound, and
    InvalidEdit when that leaves nothing to accept."""
    if store.source_info(source_id) is None:
        raise SourceNotFound(f"no source {source_id!r}")
    chosen = list(relations)
    if min_confidence is not None:
        chosen += [
            f["id"] for f in review_source(store, source_id)["relations"]
            if f["state"] == TO_REVIEW and f["confidence"] >= min_confidence
        ]  # fmt: skip
    return edits.accept(
        store, who=who, note=note, relations=chosen, entities=entities, source=source_id
    )


def _relation_facts(raw, out, named: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    facts = [
        _relation_fact(said, fate, named)
        for said, fate in zip(raw.relations, out.relations, strict=True)
    ]
    facts.sort(key=lambda f: (f["confidence"], f["type"], f["id"]))
    return facts


def _state(fate: Fate, extracted: bool) -> str:
    if fate.status in KEPT_OUT:
        return fate.status
    if extracted:
        return TO_REVIEW
    return ACCEPTED if fate.status in (IN_GRAPH, ACCEPTED) else CORRECTED


def _relation_fact(said: RelationRecord, fate: Fate, named: dict) -> dict[str, Any]:
    r = fate.record
    unknown = {"name": None, "type": None}
    return {
        "id": r.id,
        "said_id": said.id,
        "type": r.type,
        "source": named.get(r.source, {"id": r.source, **unknown}),
        "target": named.get(r.target, {"id": r.target, **unknown}),
        "role": r.role,
        "since": r.since,
        "until": r.until,
        "evidence": said.evidence or "",
        "confidence": said.confidence,
        "state": _state(fate, r.extracted),
        "in_graph": fate.status not in KEPT_OUT,
        "reason": fate.reason,
        "decisions": fate.decisions,
        "said": {"type": said.type, "role": said.role},
    }


def _entity_fact(
    said: EntityRecord, fate: Fate, named: dict, graph: dict[str, Entity]
) -> dict[str, Any]:
    shown = named.get(fate.record.id, {"name": fate.record.name, "type": fate.record.type})
    if fate.status in KEPT_OUT:
        state = fate.status
    elif fate.status == MERGED:
        state = MERGED
    elif fate.decisions:
        state = ACCEPTED if fate.status == ACCEPTED else CORRECTED
    else:
        shown_entity = graph.get(fate.record.id)
        state = ACCEPTED if shown_entity is not None and shown_entity.reviewed else TO_REVIEW
    return {
        "id": fate.record.id,
        "said_id": said.id,
        "name": shown["name"],
        "type": shown["type"],
        "said": {"name": said.name, "type": said.type},
        "names": list(dict.fromkeys([said.name, *said.aliases])),
        "state": state,
        "in_graph": fate.record.id in graph,
        "decisions": fate.decisions,
    }
