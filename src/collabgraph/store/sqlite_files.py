"""The embedded store's file: made whole or not at all, checked before it is read,
opened once per thread, and its faults named.

- **One connection per thread**, in WAL mode: a thread reading (an API request)
  sees the last committed graph and never waits for another thread's import.
- **Bounded waits**: a write waits at most `busy_timeout` seconds for another
  process's or thread's write to finish, then raises StoreBusy (the API answers
  503 with Retry-After), never "database is locked" as a traceback.
- **A damaged or emptied file is named**, never read as an empty graph: a new
  store is built beside its path and linked into place in one step, so a file
  of 0 bytes at the path is always an accident (a truncation), and is refused
  like a file SQLite cannot read (StoreDamaged).
"""

from __future__ import annotations

import functools
import os
import sqlite3
import threading
from collections.abc import Callable
from contextlib import closing, suppress
from pathlib import Path
from typing import Any

from collabgraph.errors import (
    CollabgraphError,
    StoreBusy,
    StoreDamaged,
    StoreError,
    StoreUnavailable,
)

_DAMAGED = ("malformed", "not a database", "encrypted", "corrupt")
_BUSY = ("locked", "busy")
_UNAVAILABLE = ("disk i/o", "unable to open", "disk is full", "readonly", "read-only")


def prepare_file(path: Path, make_schema: Callable[[sqlite3.Connection], None]) -> None:
    """Make a new store at `path` (its tables made by `make_schema`) if none is there,
    atomically; raise StoreDamaged if the file there is empty."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        new = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.new")
        try:
            with closing(sqlite3.connect(new, isolation_level=None)) as db:
                db.execute("PRAGMA journal_mode = WAL")
                make_schema(db)
            with suppress(FileExistsError):  # another process made it meanwhile: use theirs
                os.link(new, path)
        finally:
            for leftover in (new, Path(f"{new}-wal"), Path(f"{new}-shm")):
                leftover.unlink(missing_ok=True)
    if path.stat().st_size == 0:
        raise StoreDamaged(
            f"{path} is empty (0 bytes): the graph file was truncated or emptied."
            " Restore it from a backup, or move it away to start a new graph."
        )


class Connections:
    """One SQLite connection per thread to one file, all closed together."""

    def __init__(self, path: str, *, busy_timeout: float) -> None:
        self.path = path
        self.busy_timeout = busy_timeout
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    def get(self) -> sqlite3.Connection:
        """This thread's connection, opened (and the file's header read) on first use."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._open()
            self._local.db = db
            with self._lock:
                self._all.append(db)
        return db

    def _open(self) -> sqlite3.Connection:
        try:
            db = sqlite3.connect(
                self.path,
                isolation_level=None,
                check_same_thread=False,
                timeout=self.busy_timeout,
            )
        except sqlite3.Error as exc:
            raise translate(exc, self.path, self.busy_timeout) from exc
        try:
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # reads the header
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode = WAL")
        except sqlite3.Error as exc:
            db.close()
            raise translate(exc, self.path, self.busy_timeout) from exc
        return db

    def close_all(self) -> None:
        with self._lock:
            for db in self._all:
                db.close()
            self._all.clear()
        self._local = threading.local()


def translate(exc: sqlite3.Error, path: str, busy_timeout: float) -> CollabgraphError:
    """The collabgraph error for an SQLite one, naming the file."""
    message = str(exc)
    low = message.lower()
    if any(word in low for word in _BUSY):
        return StoreBusy(
            f"the graph ({path}) is busy with another write: waited {busy_timeout:g} s"
            " (COLLABGRAPH_BUSY_TIMEOUT); try again in a moment"
        )
    if any(word in low for word in _DAMAGED):
        return StoreDamaged(
            f"{path} is damaged ({message}). Restore it from a backup, or move it away"
            " to start a new graph."
        )
    if any(word in low for word in _UNAVAILABLE):
        return StoreUnavailable(f"the graph file {path} cannot be used: {message}")
    return StoreError(f"{path}: {message}")


def store_calls(*, writes: frozenset[str]) -> Callable[[type], type]:
    """Class decorator for a store: every public method raises collabgraph errors
    (see `translate`) instead of sqlite3's, however deep the query that failed,
    and text no store can hold (a lone surrogate) is a StoreError too. Each method
    not in `writes` reads one snapshot: a write committed by another thread or
    process while it runs is not half seen. Methods the store inherits (the
    decisions and writes `GraphStore` runs through `_in_write`) are covered too."""

    def decorate(cls: type) -> type:
        methods: dict[str, Callable[..., Any]] = {}
        for klass in reversed(cls.__mro__[:-1]):  # a subclass's own methods win
            for name, attr in vars(klass).items():
                if callable(attr) and not name.startswith("_") and not isinstance(attr, type):
                    methods[name] = attr
        for name, attr in methods.items():
            setattr(cls, name, _translated(attr, snapshot=name not in writes))
        return cls

    return decorate


def _translated(method: Callable[..., Any], *, snapshot: bool) -> Callable[..., Any]:
    @functools.wraps(method)
    def call(self, *args: Any, **kwargs: Any) -> Any:
        try:
            if not snapshot:
                return method(self, *args, **kwargs)
            db = self._db
            if db.in_transaction:  # called by another method of the store
                return method(self, *args, **kwargs)
            db.execute("BEGIN")
            try:
                return method(self, *args, **kwargs)
            finally:
                db.execute("ROLLBACK")  # a read: nothing to keep
        except sqlite3.Error as exc:
            raise translate(exc, self.path, self.busy_timeout) from exc
        except UnicodeEncodeError as exc:
            raise StoreError(f"text that is not valid Unicode cannot be stored: {exc}") from exc

    return call
