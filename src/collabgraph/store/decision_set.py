"""The decisions a store holds, indexed for folding, and one entity's edits folded.

`DecisionSet` is built from every `collabgraph.model.decision.Decision` a store
keeps (undone ones too); `collabgraph.store.decisions.rewrite` folds a source's
word with it, and `collabgraph.store.views.entity_view` shows an entity with
`DecisionSet.entity_edits`: a person's word beats every file's, and a name
replaced by a rename stays an alias while the rename stands.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from collabgraph.model.decision import Decision


@dataclass
class EntityEdits:
    """One entity's edits folded: None means "what the files say"."""

    type: str
    name: str
    description: str | None = None
    title: str | None = None
    add_aliases: list[str] = field(default_factory=list)
    remove_aliases: list[str] = field(default_factory=list)
    former_names: list[str] = field(default_factory=list)
    active: bool = False  # any edit of it stands (then it counts as reviewed)

    def aliases(self, aliases: Iterable[str]) -> list[str]:
        """The aliases shown: the files' and merged names, former names, the added
        ones, less the removed ones and the name itself."""
        gone = {*self.remove_aliases, self.name}
        out = [a for a in [*aliases, *self.former_names, *self.add_aliases] if a not in gone]
        return list(dict.fromkeys(out))


class DecisionSet:
    """Every decision a store holds (undone ones too), indexed for folding."""

    def __init__(self, decisions: Iterable[Decision] = ()):
        self.all = sorted(decisions, key=lambda d: d.seq)
        self.active = [d for d in self.all if d.active]
        self.by_id = {d.id: d for d in self.all}
        self._edits: dict[str, list[Decision]] = defaultdict(list)
        for d in self.all:
            if d.kind == "edit":
                self._edits[d.target].append(d)
        self.deleted = {d.target: d for d in self.active if d.kind == "delete"}
        self.merged = {d.target: d for d in self.active if d.kind == "merge"}
        self.relates = [d for d in self.active if d.kind == "relate"]

    def __bool__(self) -> bool:
        return bool(self.active)

    def entity_edits(self, entity_id: str) -> EntityEdits | None:
        """The edits of an entity folded in order, or None when it was never edited.

        The type and name are always given once an entity has been edited: when
        every edit is undone they are what they were before the first.
        """
        edits = self._edits.get(entity_id)
        if not edits:
            return None
        before = edits[0].change.get("before", {})
        out = EntityEdits(type=before.get("type", ""), name=before.get("name", ""))
        for d in edits:
            if not d.active:
                continue
            out.active = True
            values = d.change.get("set", {})
            if "name" in values and values["name"] != out.name:
                out.former_names.append(out.name)
                out.name = values["name"]
            for key in ("type", "description", "title"):
                if key in values:
                    setattr(out, key, values[key])
            for alias in d.change.get("add_aliases", ()):
                if alias in out.remove_aliases:
                    out.remove_aliases.remove(alias)
                out.add_aliases.append(alias)
            for alias in d.change.get("remove_aliases", ()):
                if alias in out.add_aliases:
                    out.add_aliases.remove(alias)
                out.remove_aliases.append(alias)
        out.former_names = [n for n in dict.fromkeys(out.former_names) if n != out.name]
        return out

    def merged_names(self, entity_id: str) -> list[str]:
        """Names of the entities merged into this one while those merges stand."""
        names: list[str] = []
        for d in self.active:
            if d.kind == "merge" and d.change.get("into") == entity_id:
                folded = d.change.get("entity", {})
                names += [folded.get("name", ""), *folded.get("aliases", ())]
        return [n for n in dict.fromkeys(names) if n]

    def as_filed(self, entity_id: str, name: str, entity_type: str) -> tuple[str, str]:
        """The name and type an entity had before a person first edited them: what the
        files that say only its name call it."""
        edits = self._edits.get(entity_id)
        if not edits:
            return name, entity_type
        before = edits[0].change.get("before", {})
        return before.get("name") or name, before.get("type") or entity_type

    def type_of(self, entity_id: str, default: str) -> str:
        edits = self.entity_edits(entity_id)
        return edits.type if edits and edits.type else default

    def entity_items(self) -> set[str]:
        """Entities some active decision names (their files' word matters to it)."""
        return {i for d in self.active for i in d.items()}
