"""Which entity went into which while one document's mentions are resolved.

`coref` merges a short form ("Acme", "Cllr Doe") into the entity of its full
form ("Acme CIC", "Jane Doe"); a form merged twice ends in the entity the
second one went into.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collabgraph.extract.coref import Entity


class Merges:
    """The merges made so far: after `merge(acme, acme_cic)`, `gone(acme)` is
    True and `target(acme)` is `acme_cic` (or what that went into later)."""

    def __init__(self) -> None:
        self._into: dict[int, Entity] = {}  # id(entity) -> entity it went into

    def gone(self, e: Entity) -> bool:
        """Whether `e` went into another entity."""
        return id(e) in self._into

    def target(self, e: Entity) -> Entity:
        """The entity `e` ended in: itself when it went into none."""
        while id(e) in self._into:
            e = self._into[id(e)]
        return e

    def merge(self, small: Entity, big: Entity) -> None:
        """Put the mentions of (what became of) `small` into (what became of) `big`."""
        small, big = self.target(small), self.target(big)
        if small is big:
            return
        big.mentions.extend(small.mentions)
        self._into[id(small)] = big
