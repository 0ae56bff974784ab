"""Memory and time of hostile and large seed files, on SQLite and Neo4j.

Each import runs in a fresh process; its peak memory is the process's own high
water mark (VmHWM, so the parent's size never counts) and its time the wall
clock. Measured in the same run:

- the 19 MB YAML seed of `tests/ingest/test_large_seed.py` (66,000 entities,
  132,000 relations): parsed alone by collabgraph's loader, beside PyYAML's own
  `yaml.load` with LibYAML (`CSafeLoader`, the node graph the old loader built
  too, in C) as the baseline; then imported into each store;
- the folder `tests/hostile/` imported into each store;
- a 10 MB write-up read by the extractor (which stops at its `MAX_CHARS` and
  says so), beside bare spaCy `nlp()` over the same first `MAX_CHARS`
  characters as the baseline.

    .venv/bin/python bench/bench_robustness.py                          # SQLite
    .venv/bin/python bench/bench_robustness.py --neo4j bolt://127.0.0.1:7687  # clears it
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.ingest.test_large_seed import write_large_seed  # noqa: E402

MEASURE = """
import json, sys, time
from pathlib import Path
started = time.perf_counter()
what, target, uri, data = sys.argv[1:5]
if what == "pyyaml":
    import yaml
    yaml.load(Path(target).read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    result = "parsed"
elif what == "spacy":
    from collabgraph.extract.nlp_model import MAX_CHARS, load_nlp
    nlp = load_nlp()  # the same spaCy pipeline the extractor runs, alone
    doc = nlp(Path(target).read_text(encoding="utf-8")[:MAX_CHARS])
    result = f"{len(doc.ents)} names"
elif what == "extract":
    from collabgraph.extract import extract_file_with_warnings
    seed, warnings = extract_file_with_warnings(Path(target))
    result = f"{len(seed['entities'])} entities, {len(seed['relations'])} relations"
elif what == "parse":
    from collabgraph.ingest import parse_document
    doc = parse_document(Path(target), Path(target).read_bytes())
    result = f"{len(doc.entities)} entities, {len(doc.relations)} relations"
else:
    from collabgraph.importer import import_paths
    from collabgraph.settings import Settings
    from collabgraph.store import open_store
    settings = Settings(neo4j_uri=uri or None, data_dir=Path(data), _env_file=None)
    with open_store(settings) as store:
        store.clear()
        reports = import_paths(store, [Path(target)], max_bytes=1 << 30)
        store.clear()
    result = ", ".join(f"{n} {s}" for s in sorted({r.status for r in reports})
                       for n in [sum(r.status == s for r in reports)])
status = Path("/proc/self/status").read_text()
peak = int(next(x for x in status.splitlines() if x.startswith("VmHWM:")).split()[1]) // 1024
print(json.dumps({"seconds": time.perf_counter() - started, "peak_mb": peak, "result": result}))
"""


BIG_PARAGRAPH = (
    "Jane Doe, Chief Executive of Bramble Works, spoke at the Harvest Conference in Leeds. "
    "The conference was hosted by the Riverside Trust and funded by the Oak Foundation.\n\n"
)


def measure(what: str, target: Path, uri: str, data: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, what, str(target), uri, str(data)],
        capture_output=True, text=True, check=True, cwd=target.parent,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--neo4j", help="bolt URI; also import into Neo4j")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="collabgraph-robustness-"))
    try:
        (work / "large").mkdir()
        seed = write_large_seed(work / "large" / "large.yaml")
        hostile = Path(shutil.copytree(REPO / "tests" / "hostile", work / "hostile"))
        rows = [
            ("19 MB seed: PyYAML CSafeLoader (baseline)", measure("pyyaml", seed, "", work)),
            ("19 MB seed: collabgraph parse", measure("parse", seed, "", work)),
        ]
        stores = [("SQLite", "")] + ([("Neo4j", args.neo4j)] if args.neo4j else [])
        for name, uri in stores:
            rows.append((f"19 MB seed: import → {name}", measure("import", seed, uri, work / "d")))
        for name, uri in stores:
            rows.append((f"tests/hostile/: import → {name}",
                         measure("import", hostile, uri, work / "d")))  # fmt: skip
        big = work / "large" / "big.txt"
        big.write_text(BIG_PARAGRAPH * (10_000_000 // len(BIG_PARAGRAPH)), encoding="utf-8")
        rows.append(
            ("10 MB write-up: bare spaCy nlp() (baseline)", measure("spacy", big, "", work))
        )
        rows.append(("10 MB write-up: collabgraph extract", measure("extract", big, "", work)))
        print(f"{'what':<45} {'seconds':>8} {'peak MB':>8}  result")
        for what, found in rows:
            print(f"{what:<45} {found['seconds']:>8.1f} {found['peak_mb']:>8}  {found['result']}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
