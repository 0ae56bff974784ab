"""The process's one store, shared safely by the request threads.

FastAPI runs plain `def` endpoints on a thread pool, so several requests use
the store at once. A store connection is not built for that (SQLite's single
connection refuses a second transaction while one is open, and a reader could
see half of one), so reads share the store and writes take it alone.

When the database cannot be reached at start-up the API still starts; the
store is opened on the first request that finds the database back. Once open,
the store keeps no dead connection: the Neo4j driver drops broken connections
from its pool and dials again, so the API recovers by itself. During an outage
requests answer 503 at once instead of each waiting out the driver's retries.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, cast

from collabgraph.errors import StoreUnavailable
from collabgraph.settings import Settings
from collabgraph.store import GraphStore, open_store

log = logging.getLogger(__name__)

# GraphStore operations that change the graph; every other one only reads.
WRITE_OPERATIONS = frozenset({"write_batch", "remove_source", "merge", "clear", "ensure_schema"})


class ReadWriteLock:
    """Many readers or one writer; a waiting writer holds back new readers."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._writers_waiting = 0

    @contextmanager
    def reading(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writing and not self._writers_waiting)
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def writing(self) -> Iterator[None]:
        with self._cond:
            self._writers_waiting += 1
            self._cond.wait_for(lambda: not self._writing and not self._readers)
            self._writers_waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


class Outage:
    """Remembers, for `retry_after` seconds, that the database could not be reached.

    The Neo4j driver retries a failing query for up to 30 seconds; without
    this, every request during an outage would hold a worker thread that long
    and the API would stop answering at all. Within the window requests fail
    at once with 503; after it, the next request tries the database again.
    """

    def __init__(self, retry_after: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.retry_after = retry_after
        self._clock = clock
        self._last: tuple[float, str] | None = None

    def check(self) -> None:
        """Raise StoreUnavailable when the database was found unreachable a moment ago."""
        last = self._last
        if last is not None and self._clock() - last[0] < self.retry_after:
            raise StoreUnavailable(last[1])

    @contextmanager
    def watch(self) -> Iterator[None]:
        """Run a database call, noting whether it found the database unreachable."""
        try:
            yield
        except StoreUnavailable as exc:
            self._last = (self._clock(), str(exc))
            raise
        self._last = None


class GuardedStore:
    """A GraphStore whose every call holds the read or the write side of one lock,
    and fails at once during a recent outage (see `Outage`).

    Each call is atomic with respect to writes; a request making several calls
    may see an import land between them, as with any database.
    """

    def __init__(self, store: GraphStore, outage: Outage):
        self._store = store
        self._lock = ReadWriteLock()
        self._outage = outage

    def close(self) -> None:
        """Close the store once the calls under way are done, outage or not."""
        with self._lock.writing():
            self._store.close()

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._store, name)
        if not callable(attr):
            return attr
        guard = self._lock.writing if name in WRITE_OPERATIONS else self._lock.reading

        @functools.wraps(attr)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            self._outage.check()
            with self._outage.watch(), guard():
                return attr(*args, **kwargs)

        return guarded


class StoreHolder:
    """Opens the configured store once, or on first use if the database was down."""

    def __init__(
        self,
        settings: Settings,
        opener: Callable[[Settings], GraphStore] = open_store,
        *,
        retry_after: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings
        self.outage = Outage(retry_after, clock)
        self._opener = opener
        self._store: GraphStore | None = None
        self._lock = threading.Lock()

    def open(self) -> None:
        """Try to open the store now; log and carry on when the database is unreachable."""
        try:
            self.get()
        except StoreUnavailable as exc:
            log.warning("store unavailable at start-up; will retry on requests: %s", exc)

    @property
    def store(self) -> GraphStore | None:
        """The store if it is open, else None (see `get`)."""
        return self._store

    def get(self) -> GraphStore:
        """The open store. Raises StoreUnavailable while the database cannot be reached."""
        store = self._store
        if store is not None:
            return store
        with self._lock:
            if self._store is None:
                self.outage.check()
                with self.outage.watch():
                    opened = self._opener(self.settings)
                self._store = cast(GraphStore, GuardedStore(opened, self.outage))
            return self._store

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None
