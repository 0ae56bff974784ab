"""A person's decision about the graph: an edit, a merge, a rejection, an acceptance.

Files say what they say; decisions say what a person made of it. Each is kept
for good (with who made it, when and why) and folded over what the files say
by `collabgraph.store.decisions`, so later imports respect it; an undone
decision stays in the history, marked undone.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

# What each kind is about (`Decision.target`) and holds (`Decision.change`):
KINDS = {
    "edit": "an entity: fields set (type, name, description, title), aliases added or removed",
    "delete": "an entity: kept out of the graph with every relation it has",
    "merge": "an entity (the one folded in): its id, names and relations are another's",
    "relate": "a relation a person states (its own source)",
    "edit_relation": "a relation: its type, ends, role, since or until corrected",
    "reject": "a relation: kept out of the graph",
    "accept": "facts of a source a person has checked: relation and entity ids",
}
ENTITY_FIELDS = ("type", "name", "description", "title")
RELATION_FIELDS = ("type", "source", "target", "role", "since", "until")
DECISION_PREFIX = "decision:"


def now() -> str:
    """The time a decision is made or undone: ISO 8601, UTC, to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class Undone:
    who: str
    at: str
    note: str | None = None


@dataclass
class Decision:
    """One decision; `id` (`decision:12`) and `seq` are given by the store that keeps it.

    `change` depends on `kind` (see KINDS): for "edit" `{"set": {...},
    "add_aliases": [...], "remove_aliases": [...], "before": {...}}`; for
    "delete" `{"entity": {type, name, aliases}}`; for "merge" `{"into": id,
    "entity": {...}, "into_entity": {...}}`; for "relate" `{"relation": {...}}`;
    for "edit_relation" `{"set": {...}, "before": {...}, "after": {...}}`; for
    "reject" `{"relation": {...}}`; for "accept" `{"relations": [...],
    "entities": [...]}`. Relations are given as their identity fields.
    """

    kind: str
    target: str
    change: dict[str, Any] = field(default_factory=dict)
    who: str = ""
    note: str | None = None
    at: str = ""
    id: str = ""
    seq: int = 0
    undone: Undone | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown decision kind {self.kind!r}")
        if isinstance(self.undone, dict):
            self.undone = Undone(**self.undone)

    @property
    def active(self) -> bool:
        return self.undone is None

    def items(self) -> set[str]:
        """The ids (entities and relations) whose sources this decision changes: their
        files' word is read again when it is made or undone."""
        change = self.change
        if self.kind == "edit":
            return {self.target} if "type" in change.get("set", {}) else set()
        if self.kind in ("delete", "merge", "reject", "edit_relation"):
            return {self.target}
        if self.kind == "accept":
            return set(change.get("relations", ())) | set(change.get("entities", ()))
        return set()

    def entities(self) -> set[str]:
        """Every entity id the decision is about (for `history NAME`)."""
        change = self.change
        if self.kind in ("edit", "delete"):
            return {self.target}
        if self.kind == "merge":
            return {self.target, change["into"]}
        if self.kind == "accept":
            return set(change.get("entities", ()))
        found: set[str] = set()
        for key in ("relation", "before", "after"):
            rel = change.get(key)
            if isinstance(rel, dict):
                found |= {rel.get("source"), rel.get("target")} - {None}
        return found

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_stored(cls, row: dict[str, Any]) -> Decision:
        """The inverse of `to_dict` (the `change` and `undone` may be JSON text)."""
        import json

        values = dict(row)
        for key in ("change", "undone"):
            if isinstance(values.get(key), str):
                values[key] = json.loads(values[key])
        values["change"] = values.get("change") or {}
        return cls(**{k: values.get(k) for k in cls.__dataclass_fields__ if k in values})
