"""One import's files, written in order: each resolved against the graph and the
files before it, while the one before it writes (`ImportRun`); and what goes
wrong with one file refuses that file only (`isolated`)."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from collabgraph.errors import CollabgraphError, SeedError, StoreUnavailable
from collabgraph.ingest import NoExtractor
from collabgraph.ingest.decided import DecidedNames
from collabgraph.ingest.document import SeedDocument
from collabgraph.ingest.files import Seed, SeedFile
from collabgraph.ingest.resolve import build_batch
from collabgraph.model.batch import GraphBatch, SourceInfo
from collabgraph.model.names import ID_KEY_PREFIX
from collabgraph.model.suggest import closest
from collabgraph.model.vocabulary import ENTITY_TYPES
from collabgraph.sources import FileReport, Sources
from collabgraph.store.base import EntityRef, GraphStore
from collabgraph.store.plan import Plan

KNOWN_ENTITIES_FOR_TEXT = 20_000

log = logging.getLogger("collabgraph.importer")  # one logger for the whole import
_GRAPH_ID_PREFIXES = tuple(f"{t.lower()}:" for t in ENTITY_TYPES)


@contextmanager
def isolated(report: FileReport) -> Iterator[None]:
    """Whatever goes wrong with one file refuses that file, with its message, and the
    run goes on; only an unreachable or busy store (StoreUnavailable) ends it.

    Everything but collabgraph's own errors is a fault of ours that this file
    found: it is logged with its traceback and reported, not raised, so that one
    odd file never costs the user the rest of the run.
    """
    try:
        yield
    except StoreUnavailable:
        raise
    except SeedError as exc:
        report.status, report.errors = "failed", [str(p) for p in exc.problems]
    except NoExtractor as exc:
        report.status, report.warnings = "skipped", [f"no extractor yet: {exc}"]
    except CollabgraphError as exc:
        message = str(exc)
        located = message if message.startswith(report.path) else f"{report.path}: {message}"
        report.status, report.errors = "failed", [located]
    except Exception as exc:  # a fault of ours: see the docstring
        log.exception("importing %s failed", report.path)
        report.status = "failed"
        report.errors = [
            f"{report.path}: could not be imported ({type(exc).__name__}: {exc});"
            " nothing of it was stored"
        ]


class ImportRun:
    """The files of one import, in order, resolving the next while the last writes.

    Later files resolve names against the graph *and* the entities earlier
    files of the run declared, so a dry run sees the whole run, and a store
    with `background_writes` can write file n while file n+1 is resolved. The
    report of a file is complete (and `on_file` called) once it is written.
    """

    def __init__(
        self,
        store: GraphStore,
        sources: Sources,
        decided: DecidedNames,
        *,
        dry_run: bool,
        on_file,
        review: bool,
    ):
        self.store, self.dry_run, self.on_file = store, dry_run, on_file
        self.sources, self.review, self.decided = sources, review, decided
        self.reports: list[FileReport] = []
        self.earlier: dict[str, dict[str, EntityRef]] = {}
        self.earlier_ids: set[str] = set()
        self.pool = ThreadPoolExecutor(1) if store.background_writes and not dry_run else None
        self.pending: tuple[Future, FileReport] | None = None
        self.graph_names: list[str] | None = None
        self.pending_names: list[tuple[str, str]] = []

    def add(self, seed: SeedFile, doc: SeedDocument, digest: str, report: FileReport) -> None:
        path = seed.path
        with isolated(report):
            source_id = self.sources.source_id(path, doc.source.get("id"), seed.root)
            source = _source_info(path, doc, digest, source_id)
            if self.review and doc.kind == "text":
                source.review = True
            batch = build_batch(doc, source, self._lookup_keys, self._existing, self._suggest)
            if self._settle():  # the last file removed entities, or was refused
                batch = build_batch(doc, source, self._lookup_keys, self._existing, self._suggest)
            report.warnings.extend(batch.warnings)
            stale = self.sources.replaced(path, source.id)
            if stale is not None:
                report.warnings.append(f"replaces {stale}, which this file was imported as before")
            self.sources.written(source)
            if self.dry_run:
                _count(report, self.store.plan_batch(batch))
                report.status = "would import"
            elif self.pool is None:
                _count(report, self.store.write_batch(batch))
                report.status = "imported"
            else:
                self.pending = (self.pool.submit(self.store.write_batch, batch), report)
                self.pending_names = self._remember(batch)  # for the files after this one
                if stale is not None:
                    self._settle()
                    self.store.remove_source(stale)
                return
            if stale is not None and not self.dry_run:
                self.store.remove_source(stale)
            self._remember(batch)
        self.done(report)

    def _remember(self, batch: GraphBatch) -> list[tuple[str, str]]:
        """Note the entities a file declares, for the files after it; returns the
        (key, id) pairs that were new, to be forgotten if its write fails."""
        added = []
        for e in batch.entities:
            if e.reference:  # named only: the graph (or an earlier file) has it already
                continue
            ref = EntityRef(e.id, e.type, e.name, tuple(e.aliases), tuple(e.external_ids))
            self.earlier_ids.add(e.id)
            for key in e.name_keys():
                ids = self.earlier.setdefault(key, {})
                if e.id not in ids:
                    added.append((key, e.id))
                ids[e.id] = ref
        return added

    def _forget(self, added: list[tuple[str, str]]) -> None:
        for key, entity_id in added:
            self.earlier.get(key, {}).pop(entity_id, None)
            self.earlier_ids.discard(entity_id)

    def done(self, report: FileReport) -> None:
        self._settle()
        self._report(report)

    def _report(self, report: FileReport) -> None:
        self.reports.append(report)
        if self.on_file:
            self.on_file(report)

    def finish(self) -> None:
        self._settle()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def _suggest(self, name: str) -> list[str]:
        """Names close to `name` that the graph or an earlier file of the run holds
        (the graph's names read once per run, when a first name matches nothing)."""
        if self.graph_names is None:
            self.graph_names = [
                e.name for e in self.store.search("", limit=KNOWN_ENTITIES_FOR_TEXT)
            ]
        earlier = [ref.name for refs in self.earlier.values() for ref in refs.values()]
        return closest(name, [*earlier, *self.graph_names], names=True)

    def _existing(self, ids: Iterable[str]) -> set[str]:
        """Which of these ids an entity already has (in the graph, or declared by an
        earlier file of the run)."""
        ids = list(ids)
        return set(self.store.entities(ids)) | {i for i in ids if i in self.earlier_ids}

    def _lookup_keys(self, keys: Iterable[str]) -> dict[str, list[EntityRef]]:
        keys = list(keys)
        found = self.store.lookup_keys(keys)
        # A relation may name an entity by its graph id ("person:henry-kippin").
        ids = {k[len(ID_KEY_PREFIX) :]: k for k in keys if k.startswith(ID_KEY_PREFIX)}
        ids = {i: k for i, k in ids.items() if i.startswith(_GRAPH_ID_PREFIXES)}
        if ids:
            for asked, entity in self.store.entities(ids).items():
                if entity.id == asked:
                    ref = EntityRef(
                        entity.id, entity.type, entity.name, tuple(entity.aliases),
                        tuple(entity.external_ids),
                    )  # fmt: skip
                    found.setdefault(ids[asked], []).append(ref)
        for key in keys:
            if key in self.earlier:
                refs = {ref.id: ref for ref in found.get(key, [])} | self.earlier[key]
                found[key] = [refs[i] for i in sorted(refs)]
        return self.decided.lookup(keys, found)

    def _settle(self) -> bool:
        """Wait for the file being written; True if it removed entities or was
        refused (what it declared is then forgotten), so that the next file
        resolves again. An unreachable or busy store ends the run."""
        if self.pending is None:
            return False
        future, report = self.pending
        self.pending = None
        with isolated(report):
            _count(report, future.result())
            report.status = "imported"
        refused = report.status == "failed"
        if refused:
            self._forget(self.pending_names)
        self._report(report)
        return refused or report.entities.removed > 0


def _source_info(path: Seed, doc: SeedDocument, digest: str, source_id: str) -> SourceInfo:
    stem = Path(urlsplit(path).path if isinstance(path, str) else path).stem
    return SourceInfo(
        id=source_id,
        path=str(path),
        sha256=digest,
        kind=doc.kind,
        title=doc.source.get("title") or stem.replace("-", " ").replace("_", " ") or str(path),
        author=doc.source.get("author"),
        published=doc.source.get("published"),
        url=doc.source.get("url"),
        extractor=doc.source.get("extractor"),
        text=doc.text,
    )


def _count(report: FileReport, plan: Plan) -> None:
    """What a write did to the graph (or, in a dry run, would do)."""
    report.entities, report.relations = plan.entity_changes, plan.relation_changes
    report.warnings.extend(plan.warnings)
