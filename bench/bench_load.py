"""Load test: reads over HTTP while a large import runs, on SQLite and on Neo4j.

Serves `collabgraph.api.main:create_app` with uvicorn on 127.0.0.1 (loopback only) in a
child process, over a store holding the launch seed. Then, for `--seconds`
(60 by default), `--readers` threads send reads as fast as the server answers
(`/health`, a search, one entity, its collaborators, a path), and one more
thread asks for the map (as JSON: influence and communities of the whole graph,
computed once per version of the graph, so again after each file the import
commits; its timeout is 300 s, the others' 30 s), first with nothing else going
on (the baseline, `--baseline` seconds), then
while `collabgraph import` runs in another process on the same store, importing
a large synthetic graph (Kumu tables of `--entities` entities and twice as many
relations, re-imported changed when done, until the time is up). Prints, for
each phase, the requests, the errors (anything but 200, or no answer within
30 s) and the p50/p99/max latency per endpoint and overall.

    .venv/bin/python bench/bench_load.py                             # SQLite
    .venv/bin/python bench/bench_load.py --neo4j bolt://127.0.0.1:7687
    .venv/bin/python bench/bench_load.py --seconds 20 --entities 20000  # quick
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

import httpx
import numpy as np
from bench_api import wait_until_healthy

REPO = Path(__file__).resolve().parents[1]
LAUNCH = REPO / "seeds" / "building-collaborative-places.yaml"
READS = {
    "health": "/health",
    "search": "/entities?q=ann&limit=20",
    "entity": "/entities/Henry%20Kippin",
    "collaborators": "/entities/Henry%20Kippin/collaborators",
    "path": "/path?from=Henry%20Kippin&to=Jean%20Stretton",
}
MAP = {"map": "/map?format=json&limit=100"}
TIMEOUTS = {"reads": 30.0, "map": 300.0}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_tables(folder: Path, n: int, round_: int) -> list[Path]:
    """Kumu elements and connections tables: n people, n/10 organisations, 2n
    relations; each round changes the roles, so re-importing writes again."""
    folder.mkdir(parents=True, exist_ok=True)
    elements, connections = folder / "load.elements.csv", folder / "load.connections.csv"
    with elements.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Label", "Type", "Description"])
        w.writerows([f"Load Person {i:06d}", "Person", f"round {round_}"] for i in range(n))
        w.writerows([f"Load Org {i:05d}", "Organisation", ""] for i in range(n // 10))
    with connections.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["From", "To", "Type", "Role"])
        for i in range(n):
            w.writerow([f"Load Person {i:06d}", f"Load Org {i % (n // 10):05d}", "WORKS_FOR",
                        f"role {round_}"])  # fmt: skip
            w.writerow([f"Load Person {i:06d}", f"Load Org {(i * 7 + 3) % (n // 10):05d}",
                        "MEMBER_OF", ""])  # fmt: skip
    return [elements, connections]


def serve(env: dict[str, str], port: int) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "uvicorn", "collabgraph.api.main:create_app", "--factory"]
    cmd += ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
    server = subprocess.Popen(cmd, cwd=env["COLLABGRAPH_WORK"], env=env)
    return wait_until_healthy(server, port)


def hammer(port: int, readers: int, seconds: float) -> dict[str, list]:
    """Reads from `readers` threads (and one for the map) for `seconds`: latencies (s)
    and errors per endpoint."""
    found: dict[str, list] = defaultdict(list)
    errors: dict[str, list[str]] = defaultdict(list)
    stop = time.monotonic() + seconds
    lock = threading.Lock()

    def reader(offset: int, reads: dict[str, str], timeout: float) -> None:
        names = list(reads)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=timeout) as client:
            i = offset
            while time.monotonic() < stop:
                name = names[i % len(names)]
                i += 1
                started = time.perf_counter()
                try:
                    status = client.get(reads[name]).status_code
                    problem = None if status == 200 else f"HTTP {status}"
                except httpx.HTTPError as exc:
                    problem = type(exc).__name__
                took = time.perf_counter() - started
                with lock:
                    found[name].append(took)
                    if problem:
                        errors[name].append(problem)

    threads = [
        threading.Thread(target=reader, args=(n, READS, TIMEOUTS["reads"])) for n in range(readers)
    ]
    threads.append(threading.Thread(target=reader, args=(0, MAP, TIMEOUTS["map"])))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return {"latency": found, "errors": errors}


def importing(env: dict[str, str], folder: Path, n: int, stop: threading.Event, log: list):
    """Import the large tables with the CLI, changed each round, until `stop`."""
    round_ = 0
    while not stop.is_set():
        round_ += 1
        files = write_tables(folder, n, round_)
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "collabgraph.cli", "import", "--json", *map(str, files)],
            cwd=env["COLLABGRAPH_WORK"], env=env, capture_output=True, text=True,
        )  # fmt: skip
        log.append((round_, done.returncode, time.perf_counter() - started))


def report(title: str, result: dict, seconds: float) -> None:
    latency, errors = result["latency"], result["errors"]
    everything = [x for xs in latency.values() for x in xs]
    total = len(everything)
    n_errors = sum(len(v) for v in errors.values())
    print(f"\n{title}: {total:,} requests in {seconds:.0f} s ({total / seconds:,.0f}/s),"
          f" {n_errors} errors")  # fmt: skip
    print(f"  {'endpoint':<14} {'requests':>9} {'errors':>7} {'p50 ms':>8} {'p99 ms':>8}"
          f" {'max ms':>8}")  # fmt: skip
    for name in [*READS, *MAP, "all"]:
        xs = np.array(everything if name == "all" else latency.get(name, []))
        if not len(xs):
            continue
        errs = n_errors if name == "all" else len(errors.get(name, []))
        p50, p99 = np.percentile(xs, [50, 99]) * 1000
        print(f"  {name:<14} {len(xs):>9,} {errs:>7} {p50:>8.1f} {p99:>8.1f}"
              f" {xs.max() * 1000:>8.1f}")  # fmt: skip
    for name, problems in errors.items():
        print(f"  errors on {name}: {sorted(set(problems))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--neo4j", help="bolt URI; without it, the embedded SQLite store")
    parser.add_argument("--seconds", type=float, default=60.0, help="reads during the import")
    parser.add_argument("--baseline", type=float, default=15.0, help="reads with no import")
    parser.add_argument("--readers", type=int, default=8)
    parser.add_argument("--entities", type=int, default=100_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="collabgraph-load-"))
    env = {
        **os.environ,
        "COLLABGRAPH_WORK": str(work),
        "COLLABGRAPH_DATA_DIR": str(work / "data"),
        "COLLABGRAPH_NEO4J_URI": args.neo4j or "",
        "COLLABGRAPH_MAX_SEED_BYTES": str(1 << 30),
        "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "src")]),
    }
    shutil.copy(LAUNCH, work / LAUNCH.name)
    if args.neo4j:  # start from an empty database
        subprocess.run([sys.executable, "-c", "from collabgraph.settings import Settings;"
                        "from collabgraph.store import open_store;"
                        "s = open_store(Settings()); s.clear(); s.close()"],
                       cwd=work, env=env, check=True)  # fmt: skip
    subprocess.run([sys.executable, "-m", "collabgraph.cli", "import", LAUNCH.name],
                   cwd=work, env=env, check=True, capture_output=True)  # fmt: skip
    port = free_port()
    server = serve(env, port)
    store = "Neo4j" if args.neo4j else "SQLite"
    print(f"store: {store}; {args.readers} readers and one for the map, over loopback; import of"
          f" {args.entities:,} entities and {2 * args.entities:,} relations per round")  # fmt: skip
    try:
        quiet = hammer(port, args.readers, args.baseline)
        report("baseline (no import)", quiet, args.baseline)
        stop, rounds = threading.Event(), []
        writer = threading.Thread(
            target=importing, args=(env, work / "load", args.entities, stop, rounds)
        )
        writer.start()
        time.sleep(2)  # the import has begun writing
        busy = hammer(port, args.readers, args.seconds)
        stop.set()
        report("during the import", busy, args.seconds)
        writer.join()
        print("\nimport rounds (round, exit code, seconds):", rounds)
    finally:
        server.terminate()
        server.wait(timeout=60)
        if args.neo4j:
            subprocess.run([sys.executable, "-c", "from collabgraph.settings import Settings;"
                            "from collabgraph.store import open_store;"
                            "s = open_store(Settings()); s.clear(); s.close()"],
                           cwd=work, env=env, check=False)  # fmt: skip
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
