"""What a file is told about a statement it cannot make: where it is (a table's
row and column) and, for a name that matches nothing, the closest names and
how to declare one in that kind of file."""

from __future__ import annotations

from collections.abc import Callable

from collabgraph.errors import SeedProblem
from collabgraph.ingest.document import RelationDecl, SeedDocument
from collabgraph.ingest.kumu import cells_of
from collabgraph.model.suggest import closest, phrase

Suggest = Callable[[str], list[str]]  # names the graph holds close to a name


class UnknownName(LookupError):
    """A relation's end that names nothing in the file or the graph."""

    def __init__(self, name: str, side: str):
        super().__init__(name)
        self.name, self.side = name, side


def place(doc: SeedDocument, index: int, decl: RelationDecl, side: str | None) -> str:
    """ "row 3, column A (From): " for the `index`-th relation of a table, else ""."""
    cells = cells_of(doc, index) if doc.tables else None
    return f"{cells.where(decl.row, side)}: " if cells is not None else ""


def unknown_name(
    doc: SeedDocument,
    index: int,
    decl: RelationDecl,
    exc: UnknownName,
    declared: list[str],
    suggest: Suggest | None,
) -> SeedProblem:
    """The problem of an end that names nothing: where it is, the closest of the
    names the file `declared` and those `suggest` gives (rapidfuzz,
    `collabgraph.model.suggest`), and how to declare it in this kind of file."""
    near = closest(exc.name, declared, names=True)
    if suggest is not None and len(near) < 3:
        near += suggest(exc.name)
    hint = phrase(list(dict.fromkeys(near))[:3])
    cells = cells_of(doc, index) if doc.tables else None
    if cells is not None:
        message = (
            f"{cells.where(decl.row, exc.side)}: unknown name {exc.name!r}: not in this file"
            f" or the graph{f' ({hint})' if hint else ''}; {cells.declare}"
        )
    else:
        message = (
            f"unknown name {exc.name!r} ({exc.side}): not in this file or the graph"
            f"{f' ({hint})' if hint else ''}; declare it under entities or give"
            f" {exc.side}_type"
        )
    return SeedProblem(doc.path, decl.line, message)
