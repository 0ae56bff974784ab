"""One exception hierarchy for collabgraph.

The CLI turns these into a message and an exit code; the API maps them to HTTP
status codes in one handler. Nothing else catches them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class CollabgraphError(Exception):
    """Base class of every error collabgraph raises on purpose."""


class VocabularyError(CollabgraphError):
    """An entity type, relation type or endpoint pairing outside the vocabulary."""


class NotInNetwork(VocabularyError):
    """An entity asked about in a network that does not hold its kind (a person in
    the organisations network): the API answers 404 `not_in_network`."""


class RulesFileError(CollabgraphError):
    """A word list or cue pattern file of the extractor that cannot be read (file and line)."""


@dataclass
class SeedProblem:
    """One thing wrong with a seed file, located as precisely as we can."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class SeedError(CollabgraphError):
    """A seed file that cannot be imported; carries every problem found in it."""

    def __init__(self, problems: list[SeedProblem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    @classmethod
    def single(cls, path: str, line: int | None, message: str) -> SeedError:
        return cls([SeedProblem(path, line, message)])


@dataclass
class EntityNotFound(CollabgraphError):
    """No entity has this id, name or alias; `suggestions` are the closest names."""

    query: str
    suggestions: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        hint = f" (did you mean: {', '.join(self.suggestions)}?)" if self.suggestions else ""
        return f"no entity called {self.query!r}{hint}"


@dataclass
class AmbiguousName(CollabgraphError):
    """A name that matches several entities; `candidates` are their ids."""

    query: str
    candidates: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{self.query!r} could mean any of: {', '.join(self.candidates)}"


class DecisionError(CollabgraphError):
    """A decision that cannot be made or undone as asked (already undone, nothing to
    split, a relation that does not exist, ...)."""


class DecisionNotFound(DecisionError):
    """No decision has this id."""


class InvalidEdit(CollabgraphError):
    """An edit whose values cannot be taken (an empty name, an unreadable date,
    nothing to change); the graph is left as it was."""


@dataclass
class RelationNotFound(CollabgraphError):
    """No relation has this id (in the graph, or kept out of it by a decision)."""

    query: str
    suggestions: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        hint = f" (relations there: {', '.join(self.suggestions)})" if self.suggestions else ""
        return f"no relation {self.query!r}{hint}"


class SourceNotFound(CollabgraphError):
    """No imported source has this id."""


class NoPath(CollabgraphError):
    """Two entities that the graph does not connect."""


@dataclass
class PathBeyondLimit(NoPath):
    """Two entities that the graph connects, but only in more hops than `max_hops`."""

    source: str
    target: str
    max_hops: int
    length: int

    def __str__(self) -> str:
        hops = "hop" if self.max_hops == 1 else "hops"
        return (
            f"no path from {self.source!r} to {self.target!r} within {self.max_hops} {hops}:"
            f" the shortest takes {self.length}; raise the limit (max_hops) to {self.length}"
            " or more"
        )


class BadWindow(CollabgraphError, ValueError):
    """A time window that is not one: a value that is not a date, or an end before its start."""


class StoreUnavailable(CollabgraphError):
    """The graph database cannot be reached right now; retrying later may work."""


class StoreBusy(StoreUnavailable):
    """Another write held the store longer than the bounded wait
    (COLLABGRAPH_BUSY_TIMEOUT); retrying in a moment will work."""


class StoreDamaged(StoreUnavailable):
    """The store's file is damaged or emptied; the message names it. Nothing is read
    from it (an emptied file is never taken for an empty graph) until it is restored
    or moved away."""


class StoreError(CollabgraphError):
    """The store refused a write it should have taken; the transaction was rolled back."""

    @classmethod
    def missing_ends(cls, path: str, ids: list[str]) -> StoreError:
        return cls(f"{path}: relation ends not in the graph: {', '.join(ids)}")
