"""The process's one store, shared safely by the request threads.

FastAPI runs plain `def` endpoints on a thread pool, so several requests use
the store at once. Reads never wait for an import: each store call reads one
consistent, committed state (SQLite: one connection per thread in WAL mode, a
snapshot per call; Neo4j: its own transactions), so `/health` and every page
answer while a file is being written. Writes take turns: one at a time in this
process, and a write that cannot have its turn within `busy_timeout` seconds
fails with StoreBusy (503 with Retry-After) instead of waiting without end.

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

from collabgraph.errors import StoreBusy, StoreUnavailable
from collabgraph.settings import Settings
from collabgraph.store import GraphStore, open_store

log = logging.getLogger(__name__)

# GraphStore operations that change the graph; every other one only reads.
WRITE_OPERATIONS = frozenset(
    {"write_batch", "remove_source", "move_source", "merge", "clear", "ensure_schema"}
)


class TurnTaking:
    """One writer at a time, waiting at most `timeout` seconds for its turn; and a
    count of the calls under way, so that closing waits for them."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self._write = threading.Lock()
        self._calls = threading.Condition()
        self._under_way = 0

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Raises StoreBusy when another write held the turn for `timeout` seconds."""
        if not self._write.acquire(timeout=self.timeout):
            raise StoreBusy(
                f"another write has been under way for over {self.timeout:g} s"
                " (COLLABGRAPH_BUSY_TIMEOUT); try again in a moment"
            )
        try:
            yield
        finally:
            self._write.release()

    @contextmanager
    def call(self) -> Iterator[None]:
        with self._calls:
            self._under_way += 1
        try:
            yield
        finally:
            with self._calls:
                self._under_way -= 1
                self._calls.notify_all()

    def wait_idle(self) -> None:
        with self._calls:
            self._calls.wait_for(lambda: self._under_way == 0)


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
        """Run a database call, noting whether it found the database unreachable
        (a busy store is not an outage: the next call may well have its turn)."""
        try:
            yield
        except StoreBusy:
            raise
        except StoreUnavailable as exc:
            self._last = (self._clock(), str(exc))
            raise
        self._last = None


class GuardedStore:
    """A GraphStore whose writes take turns (see `TurnTaking`), whose reads never
    wait, and whose every call fails at once during a recent outage (see `Outage`)."""

    def __init__(self, store: GraphStore, outage: Outage, *, busy_timeout: float = 10.0):
        self._store = store
        self._turns = TurnTaking(busy_timeout)
        self._outage = outage

    def close(self) -> None:
        """Close the store once the calls under way are done, outage or not."""
        self._turns.wait_idle()
        self._store.close()

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._store, name)
        if not callable(attr):
            return attr
        writes = name in WRITE_OPERATIONS

        @functools.wraps(attr)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            self._outage.check()
            with self._outage.watch(), self._turns.call():
                if not writes:
                    return attr(*args, **kwargs)
                with self._turns.writing():
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
                guarded = GuardedStore(opened, self.outage, busy_timeout=self.settings.busy_timeout)
                self._store = cast(GraphStore, guarded)
            return self._store

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None
