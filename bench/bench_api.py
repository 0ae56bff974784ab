"""API latency benchmark: collaborators and paths over real HTTP, beside the bare driver.

Imports the synthetic graph of `bench_import.py` (100,000 entities, 500,000
relations) into Neo4j with `import_paths`, once: a later run finds the same
seed files already imported and the same counts in the store, and reuses them.
Then serves `collabgraph.api.main:create_app` with uvicorn on 127.0.0.1 in a child
process and times, request by request, over one keep-alive HTTP/1.1 connection
(the standard library's `http.client`, which adds less of its own to each
request than `httpx`, about 0.3 ms less here):

- `GET /entities/{id}/collaborators` beside the store's Cypher `WALK`
  (`collabgraph.store.cypher`) run by the bare `neo4j` driver with the walks the
  definition of collaboration plans (`fetch_plan`): the one query the API runs,
  whose relations the API then reads as the definition says;
- `GET /path?from=&to=` beside `PATH_SUBGRAPH` run by the bare driver, with the
  API's default hop limit (`DEFAULT_MAX_HOPS`): the Cypher the API runs
  (`Neo4jStore.path_subgraph`: the shortest paths, their entities and every
  relation among them, from which the API picks the first in id order and
  explains each hop); paths of both must have the same length.

For where the time goes, two more take part in the same turns: the same
question through the library in this process (`collaborators_of`
on a `Neo4jStore`; `Neo4jStore.path_subgraph`), and, for paths, the cache
check `collabgraph.api.graph_cache.generation` that every `/analysis/*` request makes.

All contenders take turns on the same ids, so all see the same load on a
shared machine. Prints p50 and p99 of each and whether the goal (API at most
1.5x the bare driver + 2 ms, at p50 and at p99) is met. Loops are bounded by
`--requests` and by `--budget` seconds per endpoint.

    .venv/bin/python bench/bench_api.py --neo4j bolt://127.0.0.1:7687
    .venv/bin/python bench/bench_api.py --entities 10000 --relations 50000   # quick
    .venv/bin/python bench/bench_api.py --compare /tmp/main   # another version, same turns
"""

from __future__ import annotations

import argparse
import gc
import http.client
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from functools import partial
from pathlib import Path
from urllib.parse import quote, urlencode

import httpx
import networkx as nx
import numpy as np
from bench_import import synthetic, write_seeds
from neo4j import GraphDatabase, RoutingControl

from collabgraph.analysis.collaboration import MEMBER_TYPES
from collabgraph.analysis.collaborators import fetch_plan
from collabgraph.analysis.paths import DEFAULT_MAX_HOPS
from collabgraph.api.graph_cache import generation
from collabgraph.errors import NoPath
from collabgraph.importer import import_paths, source_id_for
from collabgraph.ingest import read_bytes
from collabgraph.model.names import entity_id
from collabgraph.queries import collaborators_of
from collabgraph.store import cypher
from collabgraph.store.base import PATHS_FETCHED
from collabgraph.store.neo4j import Neo4jStore, _step

REPO = Path(__file__).resolve().parents[1]
DATABASE = "neo4j"
READ = RoutingControl.READ
MAX_HOPS = DEFAULT_MAX_HOPS  # what GET /path looks for by default
GOAL_RATIO, GOAL_EXTRA_MS = 1.5, 2.0


def ensure_imported(uri: str, files: list[Path], n_entities: int, n_relations: int) -> str:
    """Import the seeds unless the store already holds exactly them; say which happened."""
    with Neo4jStore(uri) as store:
        store.ensure_schema()
        stats = store.stats()
        counts = (sum(stats.entities.values()), sum(stats.relations.values()))
        same_files = all(
            store.source_digest(source_id_for(f)) == read_bytes(f, max_bytes=1 << 30)[1]
            for f in files
        )
        if same_files and counts == (n_entities, n_relations) and stats.sources == len(files):
            return "reused (already imported)"
        store.clear()
        start = time.perf_counter()
        reports = import_paths(store, files, max_bytes=1 << 30)
        assert all(r.status == "imported" for r in reports), [r.errors for r in reports]
        return f"imported in {time.perf_counter() - start:.0f} s"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(uri: str, port: int, checkout: Path = REPO) -> subprocess.Popen:
    """uvicorn with the app of `checkout` (this one by default) over `uri`, in a child
    process; returns once /health answers."""
    env = {**os.environ, "COLLABGRAPH_NEO4J_URI": uri}
    python, app = sys.executable, "collabgraph.api.main:create_app"
    if checkout != REPO:  # another version of the code
        if (checkout / ".venv/bin/python").exists():  # its own editable install
            python = str(checkout / ".venv/bin/python")
        else:  # before the API became collabgraph.api: its sources, this environment
            env["PYTHONPATH"] = os.pathsep.join([str(checkout / "src"), str(checkout)])
        if '"collabgraph.api"' not in (checkout / "pyproject.toml").read_text():
            app = "api.main:create_app"
    cmd = [python, "-m", "uvicorn", app, "--factory"]
    cmd += ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
    server = subprocess.Popen(cmd, cwd=checkout, env=env)
    return wait_until_healthy(server, port)


def wait_until_healthy(server: subprocess.Popen, port: int) -> subprocess.Popen:
    """`server` once its /health answers 200 on 127.0.0.1:`port`.

    Raises RuntimeError if it exits first or does not answer within 120 s.
    """
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=5).status_code == 200:
                return server
        except httpx.TransportError:
            pass
        if server.poll() is not None:
            raise RuntimeError(f"uvicorn exited with code {server.returncode}")
        time.sleep(0.5)
    server.terminate()
    raise RuntimeError("uvicorn did not answer /health within 120 s")


class KeepAlive:
    """GET over one keep-alive HTTP/1.1 connection to 127.0.0.1."""

    def __init__(self, port: int):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def get(self, path: str) -> tuple[int, bytes]:
        self.conn.request("GET", path)
        response = self.conn.getresponse()
        return response.status, response.read()

    def close(self) -> None:
        self.conn.close()


def timed(call: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = call()
    return (time.perf_counter() - start) * 1000, result


def race(
    cases: list, contenders: dict[str, Callable], *, budget_s: float
) -> tuple[dict[str, list[float]], list[dict[str, object]]]:
    """Run each case through every contender, rotating who goes first, until the cases
    or the time budget run out; return times (ms) and answers per contender."""
    names = list(contenders)
    times: dict[str, list[float]] = {name: [] for name in names}
    answers: list[dict[str, object]] = []
    stop = time.monotonic() + budget_s
    for i, case in enumerate(cases):
        if time.monotonic() > stop:
            break
        answer = {}
        for name in names[i % len(names) :] + names[: i % len(names)]:
            ms, answer[name] = timed(partial(contenders[name], case))
            times[name].append(ms)
        answers.append(answer)
    return times, answers


def percentiles(values: list[float]) -> tuple[float, float]:
    return float(np.percentile(values, 50)), float(np.percentile(values, 99))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=100_000)
    parser.add_argument("--relations", type=int, default=500_000)
    parser.add_argument("--requests", type=int, default=300, help="per endpoint")
    parser.add_argument("--warmup", type=int, default=20, help="untimed requests per endpoint")
    parser.add_argument("--budget", type=float, default=240, help="seconds per endpoint, at most")
    parser.add_argument(
        "--seeds",
        type=Path,
        default=Path(tempfile.gettempdir()) / "collabgraph-bench-api-seeds",
        help="folder for the seed CSV files (kept, so a rerun reuses the import)",
    )
    parser.add_argument(
        "--compare",
        type=Path,
        help="another checkout (e.g. `git archive main` unpacked) whose API races this one"
        " in the same turns, as `compared`",
    )
    parser.add_argument(
        "--neo4j",
        default=os.environ.get("COLLABGRAPH_TEST_NEO4J_URI"),
        help="bolt URI of a Neo4j (auth off); default $COLLABGRAPH_TEST_NEO4J_URI",
    )
    args = parser.parse_args()
    if not args.neo4j:
        parser.error("needs a Neo4j: --neo4j bolt://... or COLLABGRAPH_TEST_NEO4J_URI")

    entities, relations = synthetic(args.entities, args.relations)
    args.seeds.mkdir(parents=True, exist_ok=True)
    files = write_seeds(args.seeds, entities, relations)
    print(f"synthetic graph: {len(entities):,} entities, {len(relations):,} relations")
    print("Neo4j:", ensure_imported(args.neo4j, files, len(entities), len(relations)))

    rng = random.Random(11)
    people = [entity_id(t, label) for t, label in entities if t == "Person"]
    total = args.warmup + args.requests
    collab_ids = rng.sample(people, total)
    pairs = [tuple(rng.sample(people, 2)) for _ in range(total)]
    # The synthetic graph (600k tuples) stays alive in this process: keep it out of
    # the collector's full passes, which would stall whichever contender is timed.
    del entities, relations, people
    gc.collect()
    gc.freeze()

    port = free_port()
    server = serve(args.neo4j, port)
    other = other_port = None
    if args.compare is not None:
        other_port = free_port()
        other = serve(args.neo4j, other_port, args.compare.resolve())
    results = []
    notes = []
    try:
        with (
            closing(KeepAlive(port)) as http,
            closing(KeepAlive(other_port or port)) as other_http,
            GraphDatabase.driver(args.neo4j, auth=None, notifications_min_severity="OFF") as driver,
            Neo4jStore(args.neo4j) as store,
        ):

            def run(query: str, **params) -> list:
                records, _, _ = driver.execute_query(
                    query, params, database_=DATABASE, routing_=READ
                )
                return records

            def api_collaborators(eid: str, client: KeepAlive = http) -> int:
                status, body = client.get(f"/entities/{quote(eid, safe=':')}/collaborators")
                assert status == 200, (status, body[:200])
                return len(json.loads(body)["collaborators"])

            plans = {
                kind: [{"first": _step(a), "second": _step(b)} for a, b in fetch_plan(kind)]
                for kind in MEMBER_TYPES
            }

            def bare_collaborators(eid: str) -> object:
                return run(cypher.WALK, id=eid, plans=plans)

            def library_collaborators(eid: str) -> int:
                return len(collaborators_of(store, eid)["collaborators"])

            def api_path(pair: tuple[str, str], client: KeepAlive = http) -> int | None:
                status, body = client.get("/path?" + urlencode({"from": pair[0], "to": pair[1]}))
                if status == 404:
                    return None
                assert status == 200, (status, body[:200])
                return json.loads(body)["length"]

            shortest = cypher.PATH_SUBGRAPH % MAX_HOPS

            def bare_path(pair: tuple[str, str]) -> object:
                return pair, run(shortest, a=pair[0], b=pair[1], cap=PATHS_FETCHED)

            def store_path(pair: tuple[str, str]) -> int | None:
                try:
                    return pair, store.path_subgraph(*pair, max_hops=MAX_HOPS)
                except NoPath:
                    return None

            def cache_check(_pair) -> None:
                generation(store)

            def compared(call: Callable) -> dict[str, Callable]:
                return {"compared": call} if other is not None else {}

            load_ms, _ = timed(lambda: api_path(pairs[0]))
            notes.append(f"first /path (cold caches): {load_ms:.0f} ms")

            for endpoint, cases, readers, contenders in (
                (
                    "collaborators",
                    collab_ids,
                    COLLABORATOR_ANSWERS,
                    {
                        "API": api_collaborators,
                        "bare": bare_collaborators,
                        "library": library_collaborators,
                    }
                    | compared(partial(api_collaborators, client=other_http)),
                ),
                (
                    "path",
                    pairs,
                    PATH_ANSWERS,
                    {
                        "API": api_path,
                        "bare": bare_path,
                        "library": store_path,
                        "generation": cache_check,
                    }
                    | compared(partial(api_path, client=other_http)),
                ),
            ):
                race(cases[: args.warmup], contenders, budget_s=args.budget)
                times, answers = race(cases[args.warmup :], contenders, budget_s=args.budget)
                # Answers are read after the race, so the bare driver's time is its query's.
                differ = sum(len({read(a[k]) for k, read in readers.items()}) > 1 for a in answers)
                results.append((endpoint, times, differ))
    finally:
        for running in (server, other):
            if running is not None:
                running.terminate()
                running.wait(timeout=30)

    print(f"{'endpoint':14} {'what':12} {'n':>4} {'p50 ms':>8} {'p99 ms':>8}")
    for endpoint, times, _ in results:
        for name, values in times.items():
            p50, p99 = percentiles(values)
            label = WHAT[endpoint].get(name, name)
            print(f"{endpoint:14} {name:12} {len(values):4d} {p50:8.1f} {p99:8.1f}  {label}")
    for endpoint, times, differ in results:
        (a50, a99), (b50, b99) = percentiles(times["API"]), percentiles(times["bare"])
        g50, g99 = GOAL_RATIO * b50 + GOAL_EXTRA_MS, GOAL_RATIO * b99 + GOAL_EXTRA_MS
        met = "met" if a50 <= g50 and a99 <= g99 else "NOT met"
        print(
            f"{endpoint}: API p50 {a50:.1f} ms (goal <= {g50:.1f}), p99 {a99:.1f} ms"
            f" (goal <= {g99:.1f}): goal {met}; answers that disagree: {differ}"
        )
    for note in notes:
        print(note)


def path_length(found: object) -> int | None:
    """Hops of the shortest path in what the bare query or the store gave."""
    if found is None:
        return None
    (a, b), got = found
    if isinstance(got, list):  # bare records
        if not got or not got[0]["entities"]:
            return None
        edges = [(r["src"], r["dst"]) for r in got[0]["relations"]]
    else:
        edges = [(r.source, r.target) for r in got.relations]
    return nx.shortest_path_length(nx.Graph(edges), a, b) if edges else 0


# Which contenders' answers must agree, read how. The bare WALK gives relations,
# not collaborators (the library reads them by the definition): not compared.
COLLABORATOR_ANSWERS: dict[str, Callable[[object], object]] = {
    "API": lambda v: v,
    "library": lambda v: v,
}
PATH_ANSWERS = {"API": lambda v: v, "bare": path_length, "library": path_length}


WHAT = {
    "collaborators": {
        "API": "GET /entities/{id}/collaborators over HTTP",
        "bare": "cypher.WALK with the collaboration plan, bare driver",
        "library": "queries.collaborators_of on Neo4jStore, in process",
        "compared": "GET /entities/{id}/collaborators, the --compare checkout's API",
    },
    "path": {
        "API": "GET /path over HTTP (Cypher paths, explained by networkx)",
        "bare": "cypher.PATH_SUBGRAPH (max 50 hops), bare driver",
        "library": "Neo4jStore.path_subgraph (Cypher), in process",
        "generation": "graph_cache.generation(store) alone: the cache check of /analysis/*",
        "compared": "GET /path over HTTP, the --compare checkout's API",
    },
}


if __name__ == "__main__":
    main()
