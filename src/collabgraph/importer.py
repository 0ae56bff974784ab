"""Import seed files into a store: one transaction per file, unchanged files skipped.

A file with any error imports nothing and is reported with file and line;
the other files still import. That holds whatever the error is: a problem in
the file, a character no store can hold, a write the store refused, or a fault
of ours (`import_run.isolated`). Only an unreachable or busy store ends the run.
"""

from __future__ import annotations

import gc
import hashlib
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from collabgraph.errors import SeedError
from collabgraph.import_run import KNOWN_ENTITIES_FOR_TEXT, ImportRun, isolated
from collabgraph.ingest import (
    EXTRACTED,
    TABLES,
    parse_document,
    parse_fetched,
    read_bytes,
)
from collabgraph.ingest.decided import DecidedNames
from collabgraph.ingest.document import SeedDocument
from collabgraph.ingest.files import SeedFile, find_seed_files, seed_files
from collabgraph.ingest.tables import data_kind
from collabgraph.ingest.web import Fetched, fetch
from collabgraph.sources import FileReport, Sources, source_id_for
from collabgraph.store.base import GraphStore

Fetcher = Callable[[str], Fetched]
__all__ = ["FileReport", "Sources", "import_paths", "seed_files", "source_id_for"]


def import_paths(
    store: GraphStore,
    paths: Iterable[str | Path],
    *,
    dry_run: bool = False,
    max_bytes: int = 20 * 1024 * 1024,
    on_file: Callable[[FileReport], None] | None = None,
    fetcher: Fetcher | None = None,
    review: bool = False,
) -> list[FileReport]:
    """Import every seed file under `paths` (and every http(s) address, fetched with
    `fetcher`, by default `ingest.web.fetch` within `max_bytes`); returns one
    FileReport per file.

    Structured files and element tables go first, connection tables next and
    text last, so that later files can name what earlier ones declared. With
    `review`, what text files (write-ups, documents, pages) say waits "to
    review" until a person accepts it; otherwise it goes straight into the
    graph, marked not reviewed. A person's decisions hold throughout.
    """
    if fetcher is None:
        fetcher = lambda url: fetch(url, max_bytes=max_bytes)  # noqa: E731
    with _bulk():
        return _import_paths(
            store, paths, dry_run=dry_run, max_bytes=max_bytes, on_file=on_file, fetcher=fetcher,
            review=review,
        )  # fmt: skip


@contextmanager
def _bulk() -> Iterator[None]:
    """Pause Python's cyclic garbage collector during an import, and let threads
    take turns sooner.

    A big table becomes millions of small objects that live until the import
    ends and hold no reference cycles; the collector would scan all of them
    over and over as they pile up (seconds on 500k rows) and free nothing.
    Reference counting still frees everything as usual.

    While one file writes on a worker thread, the main thread resolves the next.
    The writer needs the GIL only for moments (to send a chunk, to read a reply),
    but at Python's default 5 ms switch interval each of those waits behind the
    resolving thread, and the database sits idle; 0.5 ms keeps it fed.
    """
    was_enabled, interval = gc.isenabled(), sys.getswitchinterval()
    gc.disable()
    sys.setswitchinterval(min(interval, 0.0005))
    try:
        yield
    finally:
        sys.setswitchinterval(interval)
        if was_enabled:
            gc.enable()


def _import_paths(
    store: GraphStore,
    paths: Iterable[str | Path],
    *,
    dry_run: bool,
    max_bytes: int,
    on_file: Callable[[FileReport], None] | None,
    fetcher: Fetcher,
    review: bool,
) -> list[FileReport]:
    planned: list[tuple[int, SeedFile, SeedDocument | bytes | None, str | None, FileReport]] = []
    known_for_text: list | None = None
    sources = Sources(store)
    decided = DecidedNames(store.decisions())
    for seed in find_seed_files(paths):
        path = seed.path
        report = FileReport(str(path), "pending")
        content: SeedDocument | bytes | None = None
        digest = None
        if seed.skipped:
            report.status, report.warnings = "skipped", [seed.skipped]
        elif isinstance(path, str):  # an address
            with isolated(report):
                fetched = fetcher(path)
                digest = hashlib.sha256(fetched.data).hexdigest()
                if not sources.unchanged(path, digest, report, dry_run=dry_run):
                    if known_for_text is None:
                        known_for_text = _known_entities(store, decided)
                    content = parse_fetched(fetched, known=known_for_text)
        else:
            with isolated(report):
                _check_name(path)
                if not path.is_file():
                    raise SeedError.single(str(path), None, "no such file")
                data, digest = read_bytes(path, max_bytes=max_bytes)
                if sources.unchanged(path, digest, report, dry_run=dry_run):
                    pass
                elif path.suffix.lower() in TABLES:
                    content = data  # parsed in its turn, while the file before it writes
                else:
                    is_text = path.suffix.lower() in EXTRACTED
                    if is_text and known_for_text is None:
                        known_for_text = _known_entities(store, decided)  # text parses first
                    content = parse_document(path, data, known=known_for_text if is_text else ())
        if report.status != "pending":
            content = None
        planned.append((_order(content), seed, content, digest, report))
    run = ImportRun(store, sources, decided, dry_run=dry_run, on_file=on_file, review=review)
    planned.sort(key=lambda t: (t[0], str(t[1].path)), reverse=True)
    try:
        while planned:  # each document is let go once resolved, while its write runs
            _, seed, content, digest, report = planned.pop()
            if isinstance(content, bytes):
                data, content = content, None
                with isolated(report):
                    content = parse_document(Path(seed.path), data)
                del data
            if content is not None and digest is not None:
                run.add(seed, content, digest, report)
            else:
                run.done(report)
            del content
        run.finish()
    finally:
        run.close()
    return run.reports


def _check_name(path: Path) -> None:
    """A file name that is not UTF-8 (its bytes kept as surrogates) cannot name a source."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise SeedError.single(
            str(path), None, "the file name is not UTF-8 text; rename the file"
        ) from exc


def _order(content: SeedDocument | bytes | None) -> int:
    """Files that declare entities first, then those that only relate them, text
    next (it reads names the graph already holds), failures last."""
    if content is None:
        return 3
    if isinstance(content, bytes):
        return 1 if data_kind(content) == "connections" else 0
    return 2 if content.kind == "text" else 1 if not content.entities else 0


def _known_entities(store: GraphStore, decided: DecidedNames) -> list:
    """Entities already in the graph, for the text extractor to recognise by name.

    A merged or deleted entity is known by its own name and type, as before the
    decision, and its names are not the kept entity's aliases here: the text is
    read on its own terms, and the decision applied to what it says, so undoing
    the decision gives back what the text says.
    """
    try:
        from collabgraph.extract import KnownEntity
    except ImportError:
        return []
    folded = decided.folded_names()
    known = [
        KnownEntity(e.name, e.type, tuple(a for a in e.aliases if a not in folded.get(e.id, ())))
        for e in store.search("", limit=KNOWN_ENTITIES_FOR_TEXT)
    ]
    known += [KnownEntity(r.name, r.type, r.aliases) for r in decided.refs()]
    return known
