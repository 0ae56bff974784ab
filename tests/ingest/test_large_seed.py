"""A 19 MB YAML seed imports within 500 MB of peak memory.

It used to take 1.9 GB: PyYAML's node graph of the whole file, several times
its size, lived beside the data built from it. The seed is written here: 66,000
entities and 132,000 relations, as a hand-kept or exported file would hold them.
The memory is the importing process's, whichever store it writes to; the test
runs on SQLite (a minute or so), and `bench/bench_robustness.py` measures both
stores (BENCHMARKS.md).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from collabgraph.settings import Settings
from tests.ingest.test_hostile_files import peak_rss_of_import

PEAK_MB = 500


def write_large_seed(path: Path, *, people: int = 50_000, orgs: int = 16_000) -> Path:
    rng = random.Random(7)
    with path.open("w", encoding="utf-8") as f:
        f.write("source:\n  title: A large seed\nentities:\n")
        for i in range(orgs):
            f.write(f"  - type: Organisation\n    name: Organisation {i:06d}\n")
            f.write(f"    description: Organisation number {i}, of modest length.\n")
        for i in range(people):
            f.write(f"  - type: Person\n    name: Person {i:06d}\n")
            f.write(f"    description: Person number {i}, described in a line or so.\n")
        f.write("relations:\n")
        for j in range(2 * (people + orgs)):
            f.write(f"  - from: Person {rng.randrange(people):06d}\n    type: WORKS_FOR\n")
            f.write(f"    to: Organisation {rng.randrange(orgs):06d}\n    role: Role {j % 50}\n")
    return path


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_a_19_mb_seed_imports_within_500_mb(tmp_path):
    folder = tmp_path / "large"
    folder.mkdir()
    seed = write_large_seed(folder / "large.yaml")
    assert 18e6 < seed.stat().st_size < 20e6
    settings = Settings(neo4j_uri=None, data_dir=tmp_path / "data", _env_file=None)
    found = peak_rss_of_import(folder, settings, settings.data_dir)
    print(f"\n19 MB seed: peak RSS {found['peak_mb']} MB")
    assert found["statuses"] == ["imported"]
    assert found["peak_mb"] < PEAK_MB, found
