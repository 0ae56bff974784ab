"""Which source each imported file is, and what importing it did (`FileReport`).

Sources are their content, not their path: a file moved or renamed is the same
source, a copy is said to be one, and a changed file replaces what it said before
(`Sources`). A source's id never shows where the server keeps its files
(`source_id_for`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from collabgraph.ingest.files import Seed
from collabgraph.ingest.web import is_url
from collabgraph.model.batch import SourceInfo
from collabgraph.store.base import GraphStore
from collabgraph.store.plan import Changes

__all__ = ["FileReport", "Sources", "source_id_for", "source_path"]


@dataclass
class FileReport:
    """What importing one file did (or, in a dry run, would do)."""

    path: str
    status: str  # imported | unchanged | failed | skipped | would import
    entities: Changes = field(default_factory=Changes)
    relations: Changes = field(default_factory=Changes)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status != "failed"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def source_path(path: Seed) -> str:
    """Where a source's file is, as recorded: relative to the working folder when inside it
    (an address: the address itself)."""
    if is_url(path):
        return str(path)
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def source_id_for(path: Seed, root: Path | None = None) -> str:
    """The id a file (or address) gets as a new source (see `Sources`): `source:` and
    its path relative to the working folder, or, outside it, relative to the folder
    it was imported from (`root`, whose name is kept; a file named alone: its own
    folder), so that an id never shows where the server keeps its files."""
    if is_url(path):
        return f"source:{path}"
    path = Path(path)
    resolved = path.resolve()
    try:
        rel = resolved.relative_to(Path.cwd().resolve())
    except ValueError:
        base = (root or path.parent).resolve()
        try:
            rel = Path(base.name) / resolved.relative_to(base)
        except ValueError:
            rel = Path(resolved.parent.name) / resolved.name
    return f"source:{rel.as_posix()}"


class Sources:
    """Which source each file of a run is: sources are their content, not their path.

    - a file with the content of a source at its path is that source, unchanged;
    - a file with the content of a source whose file is gone from its recorded
      path is that source, moved (or renamed): its path is updated, nothing else;
    - a file with the content of a source whose file is still there is a copy
      of it: unchanged, with a warning;
    - otherwise a file is the source it names (`source: {id: ...}` gives
      `source:...`, so a changed file at a new path replaces its old self by
      naming it, e.g. `source: {id: seeds/old-name.yaml}`), else the source at
      its path, else a new source.
    """

    def __init__(self, store: GraphStore):
        self.store = store
        self.by_id = {s["id"]: s for s in store.list_sources()}
        self.by_path = {_where(s.get("path")): s for s in self.by_id.values()}
        self.by_digest: dict[str, list[dict]] = {}
        for s in self.by_id.values():
            self.by_digest.setdefault(s.get("sha256", ""), []).append(s)

    def unchanged(self, path: Seed, digest: str, report: FileReport, *, dry_run: bool) -> bool:
        """True (and the report says why) when the file's content is already a source."""
        if is_url(path):  # an address is its own source: unchanged when its content is
            here = self.by_id.get(source_id_for(path))
            if here is not None and here.get("sha256") == digest:
                report.status = "unchanged"
                return True
            return False
        path = Path(path)
        here = self._at(path)
        if here is not None:
            if here.get("sha256") != digest:
                return False  # a changed file: it replaces what it said before
            report.status = "unchanged"
            return True
        for same in self.by_digest.get(digest, []):
            old = Path(same.get("path") or "")
            report.status = "unchanged"
            if old.is_file():
                report.warnings.append(f"same content as {same.get('path')}, already imported")
                return True
            report.warnings.append(f"moved from {same.get('path')}: the same source")
            if not dry_run:
                self.store.move_source(same["id"], str(path))
            self._moved(same, str(path))
            return True
        return False

    def _at(self, path: Path, root: Path | None = None) -> dict | None:
        """The source recorded at this file's path, if any."""
        here = self.by_path.get(source_path(path))
        if here is None:
            by_id = self.by_id.get(source_id_for(path, root))
            if by_id is not None and Path(by_id.get("path") or "").resolve() == path.resolve():
                here = by_id
        return here

    def source_id(self, path: Seed, declared: str | None, root: Path | None = None) -> str:
        """The id of the source a changed or new file is (see the class docstring)."""
        if declared:
            return f"source:{declared}"
        if is_url(path):
            return source_id_for(path)
        here = self._at(Path(path), root)
        if here is not None:
            return here["id"]
        ident = source_id_for(path, root)
        return ident if ident not in self.by_id else f"{ident}@{len(self.by_id)}"

    def replaced(self, path: Seed, source_id: str) -> str | None:
        """The source recorded at this file's path when the file now names another
        one (`source: {id: ...}`): it goes, so that nothing it said stays behind."""
        here = self.by_id.get(source_id_for(path)) if is_url(path) else self._at(Path(path))
        return here["id"] if here is not None and here["id"] != source_id else None

    def written(self, source: SourceInfo) -> None:
        info = {"id": source.id, "path": source.path, "sha256": source.sha256}
        old = self.by_id.get(source.id)
        if old is not None:
            self.by_path.pop(_where(old.get("path")), None)
        self.by_id[source.id] = info
        self.by_path[_where(source.path)] = info
        self.by_digest.setdefault(source.sha256, []).append(info)

    def _moved(self, source: dict, path: str) -> None:
        self.by_path.pop(_where(source.get("path")), None)
        source["path"] = path
        self.by_path[_where(path)] = source


def _where(path: str | None) -> str:
    return source_path(path if is_url(path) else Path(path)) if path else ""
