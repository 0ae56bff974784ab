"""What a person's decisions mean for the names files give, while a file is
resolved (`collabgraph.ingest.resolve`): a corrected type, a deleted entity and
a merged one are still found by the names files call them, so the store can keep
out, or fold in, what a file says of them (`collabgraph.store.decisions`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from collabgraph.model.decision import Decision
from collabgraph.model.names import entity_keys
from collabgraph.store.base import EntityRef


class DecidedNames:
    """What a person's decisions mean for the names a file gives (see
    `collabgraph.ingest.resolve`): an entity whose type was corrected still answers
    to the types it had; a deleted entity's names, and a merged one's, still mean
    it (its id), so the store keeps out, or folds in, what a file says of it."""

    def __init__(self, decisions: Iterable[Decision]):
        active = [d for d in decisions if d.active]
        self.extra: dict[str, list[EntityRef]] = {}
        self.hidden: dict[str, set[str]] = {}
        types: dict[str, list[str]] = {}
        for d in active:
            values = d.change.get("set", {})
            if d.kind == "edit" and "type" in values:
                had = types.setdefault(d.target, [d.change.get("before", {}).get("type", "")])
                had.append(values["type"])
            if d.kind in ("delete", "merge"):
                was = d.change.get("entity", {})
                aliases = tuple(was.get("aliases") or ())
                into = d.change["into"] if d.kind == "merge" else None
                ref = EntityRef(
                    d.target, was.get("type", ""), was.get("name", ""), aliases, into=into
                )
                for key in entity_keys(ref.name, ref.type, aliases):
                    self.extra.setdefault(key, []).append(ref)
                    if d.kind == "merge":
                        self.hidden.setdefault(key, set()).add(d.change["into"])
        self.also = {
            eid: tuple(t for t in dict.fromkeys(had) if t and t != had[-1])
            for eid, had in types.items()
        }

    def refs(self) -> list[EntityRef]:
        """The deleted and merged-away entities, as they were."""
        return list({r.id: r for refs in self.extra.values() for r in refs}.values())

    def folded_names(self) -> dict[str, set[str]]:
        """Per kept entity, the names of the entities merged into it."""
        out: dict[str, set[str]] = {}
        for ref in self.refs():
            if ref.into:
                out.setdefault(ref.into, set()).update((ref.name, *ref.aliases))
        return out

    def lookup(
        self, keys: Iterable[str], found: dict[str, list[EntityRef]]
    ) -> dict[str, list[EntityRef]]:
        """`found` (the entities each name key means, by the store and earlier files)
        with the decided ones added: a deleted or merged-away entity under its own
        names (and not the entity it was merged into), and each retyped entity
        answering to the types it had too (`EntityRef.also`)."""
        if not self.extra and not self.also:
            return found
        for key in keys:
            if key in self.extra:
                hidden = self.hidden.get(key, set())
                refs = {r.id: r for r in found.get(key, []) if r.id not in hidden}
                refs.update({r.id: r for r in self.extra[key]})
                found[key] = [refs[i] for i in sorted(refs)]
        for key, refs in found.items():
            found[key] = [
                replace(r, also=self.also[r.id]) if r.id in self.also else r for r in refs
            ]
        return found
