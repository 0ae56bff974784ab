"""The whole graph as networkx holds it, loaded once per version of the store.

Analysis reads the whole graph; loading it and computing centrality on every
request would be slow. The cache is keyed by the store's *revision*, which
every write moves on, whether it came through this API or the CLI in another
process, so a stale graph is never served. Reading it is one small query.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from concurrent.futures import Future
from typing import Any

import networkx as nx

from collabgraph.analysis import collaboration_network, filter_graph, to_networkx
from collabgraph.analysis.periods import Window, timeless_relations
from collabgraph.store import GraphStore

# Analysis answers kept per generation (different parameters, different answers).
MAX_RESULTS = 64
# Whole graphs kept besides the entity graph (windowed graphs, projected networks):
# on the 100k/500k benchmark graph the people network alone holds a million ties.
MAX_GRAPHS = 4


def generation(store: GraphStore) -> str:
    """A string that changes whenever the store's content does (one cheap query)."""
    return store.revision()


class GraphCache:
    """The loaded entity graph, and answers computed from it, for the current generation.

    Each load and each answer is computed once however many requests ask for it at
    the same time: the first computes, the others wait for its result. Without
    that, a write (an import) that moves the generation on sends every waiting map
    request into loading and analysing the whole graph at once, each slower for
    the others, until they time out.
    """

    def __init__(self, max_results: int = MAX_RESULTS, max_graphs: int = MAX_GRAPHS) -> None:
        self._lock = threading.Lock()
        self._generation: str | None = None
        self._graph: nx.MultiDiGraph | None = None
        self._results: OrderedDict[Hashable, Any] = OrderedDict()
        self._graphs: OrderedDict[Hashable, Any] = OrderedDict()
        self._limits = {id(self._results): max_results, id(self._graphs): max_graphs}
        self._under_way: dict[Hashable, Future] = {}  # (generation, what) -> its result

    def graph(self, store: GraphStore) -> nx.MultiDiGraph:
        """The whole entity graph (`to_networkx(store.subgraph())`), reloaded when it changed.

        Raises StoreUnavailable when the database cannot be reached.
        """
        return self._current(store)[1]

    def answer(
        self,
        store: GraphStore,
        key: Hashable,
        compute: Callable[[nx.MultiDiGraph], Any],
        *,
        bulky: bool = False,
    ):
        """`compute(graph)`, remembered under `key` until the graph changes.

        A `bulky` answer (a whole graph) is kept among the last `max_graphs` of them,
        any other among the last `max_results`. Callers must not modify what comes
        back: the next request gets the same object.
        """
        kept = self._graphs if bulky else self._results
        gen, G = self._current(store)
        with self._lock:
            if gen == self._generation and key in kept:
                kept.move_to_end(key)
                return kept[key]
        return self._once(
            (gen, "answer", key), lambda: compute(G), lambda v: self._keep(gen, kept, key, v)
        )

    def _keep(self, gen: str, kept: OrderedDict, key: Hashable, value: Any) -> None:
        if gen == self._generation:
            kept[key] = value
            while len(kept) > self._limits[id(kept)]:
                kept.popitem(last=False)

    def windowed(
        self, store: GraphStore, since: str | None = None, until: str | None = None
    ) -> nx.MultiDiGraph:
        """The entity graph as it held in a time window (`filter_graph`), kept like an
        answer; the whole graph when the window is open."""
        if since is None and until is None:
            return self.graph(store)
        key = ("window", since, until)
        return self.answer(
            store, key, lambda G: filter_graph(G, since=since, until=until), bulky=True
        )

    def window(self, store: GraphStore, since: str | None, until: str | None) -> dict[str, Any]:
        """What an answer says of its window: `{"since", "until", "timeless"}`."""
        key = ("timeless", since, until)
        timeless = self.answer(
            store, key, lambda _: timeless_relations(self.windowed(store, since, until))
        )
        return Window(since, until).describe(timeless)

    def network(
        self, store: GraphStore, network: str, since: str | None = None, until: str | None = None
    ) -> nx.Graph:
        """`collaboration_network` of the windowed entity graph, kept like an answer."""
        return self.answer(
            store,
            ("network", network, since, until),
            lambda _: collaboration_network(self.windowed(store, since, until), network),
            bulky=True,
        )

    def _current(self, store: GraphStore) -> tuple[str, nx.MultiDiGraph]:
        gen = generation(store)
        with self._lock:
            if gen == self._generation and self._graph is not None:
                return gen, self._graph
        # Loaded outside the lock: a slow load must not hold up cached answers.
        G = self._once((gen, "graph"), lambda: to_networkx(store.subgraph()), self._loaded(gen))
        with self._lock:
            if gen == self._generation and self._graph is not None:
                return gen, self._graph
            return gen, G

    def _loaded(self, gen: str) -> Callable[[nx.MultiDiGraph], None]:
        def keep(G: nx.MultiDiGraph) -> None:
            if gen != self._generation:
                self._generation, self._graph = gen, G
                self._results.clear()
                self._graphs.clear()

        return keep

    def _once(self, what: Hashable, compute: Callable[[], Any], keep: Callable[[Any], None]):
        """`compute()` by the first caller asking for `what`; the others get its result
        (or its error). `keep(value)` runs under the lock once it is computed."""
        with self._lock:
            pending = self._under_way.get(what)
            first = pending is None
            if first:
                pending = self._under_way[what] = Future()
        if not first:
            return pending.result()
        try:
            value = compute()
        except BaseException as exc:
            with self._lock:
                del self._under_way[what]
            pending.set_exception(exc)
            raise
        with self._lock:
            del self._under_way[what]
            keep(value)
        pending.set_result(value)
        return value
