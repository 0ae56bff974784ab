"""What an edit did, as every edit answers it (`Edited`), and a fact kept out as
answers and the review page show it (`fact_dict`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from collabgraph.model.decision import Decision
from collabgraph.model.graph import Entity, Relation
from collabgraph.store.base import GraphStore, Outcome
from collabgraph.store.decisions import UNFIT, Fate


@dataclass
class Edited:
    """What an edit did: the decision as stored, the entity or relation as the graph
    now shows it (None when it is gone), warnings, and the facts now kept out."""

    decision: Decision
    entity: Entity | None = None
    relation: Relation | None = None
    warnings: list[str] = field(default_factory=list)
    kept_out: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "decision": self.decision.to_dict(),
            "entity": self.entity.to_dict() if self.entity else None,
            "relation": self.relation.to_dict() if self.relation else None,
            "warnings": self.warnings,
            "kept_out": self.kept_out,
        }


def edited(store: GraphStore, outcome: Outcome, *, entity: str | None = None,
           relation: str | None = None) -> Edited:  # fmt: skip
    """The `Edited` for a decision's outcome: the entity or relation (by id) as the
    graph now shows it, and the facts the decision keeps out, their ends named."""
    d = outcome.decision
    mine = [
        f for f in outcome.kept_out
        if d.id in f.decisions or (f.status == UNFIT and d.kind == "edit"
                                   and d.target in (f.record.source, f.record.target))
    ]  # fmt: skip
    kept = list({f.record.id: fact_dict(f) for f in mine}.values())
    names = store.entities({x for k in kept for x in (k["source"], k["target"])})
    for k in kept:
        for end in ("source", "target"):
            found = names.get(k[end])
            k[f"{end}_name"] = found.name if found else None
    return Edited(
        outcome.decision,
        store.entity(entity) if entity else None,
        store.relations([relation]).get(relation) if relation else None,
        list(dict.fromkeys(outcome.warnings)),
        kept,
    )


def fact_dict(fate: Fate) -> dict[str, Any]:
    """A fact (relation) and what became of it, for answers and the review page."""
    r = fate.record
    return {
        "id": r.id,
        "type": r.type,
        "source": r.source,
        "target": r.target,
        "role": r.role,
        "status": fate.status,
        "reason": fate.reason,
        "decisions": fate.decisions,
    }
