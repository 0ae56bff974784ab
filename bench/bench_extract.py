"""Benchmark: documents per second of `extract` beside bare spaCy `nlp.pipe`.

Both run in the same process over the same plain texts (the project's test
write-ups and the seed, repeated to make a corpus). The goal is that the whole
extractor runs at least half as fast as spaCy alone.

    python bench/bench_extract.py [--repeat N] [--cpu] [--json]

`--cpu` times both with the process's CPU seconds instead of the wall clock: on
a machine other jobs keep busy the wall clock counts the time they take the CPU
away, and the ratio follows the load (2026-12-06, two cores, load 10 to 20: the
same code gave 0.47x to 0.58x by the wall clock in four runs, 0.45x and 0.47x in
CPU seconds in two).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from collabgraph.extract import extract_text, load_nlp, read_text_seed  # noqa: E402
from collabgraph.extract.nlp_model import model_only  # noqa: E402
from collabgraph.extract.text import TEXT_SUFFIXES  # noqa: E402


def corpus() -> list[tuple[str, dict, str]]:
    paths = sorted(
        p for p in (ROOT / "tests" / "extract" / "documents").iterdir() if p.suffix in TEXT_SUFFIXES
    )
    paths += sorted((ROOT / "seeds").glob("*.txt"))
    out = []
    for p in paths:
        text, meta, _ = read_text_seed(p)
        out.append((text, meta, p.name))
    return out


def run(repeat: int, *, cpu: bool = False) -> dict:
    clock = time.process_time if cpu else time.perf_counter
    docs = corpus() * repeat
    texts = [t for t, _, _ in docs]
    nlp = load_nlp()
    with model_only(nlp):
        pipeline = "+".join(nlp.pipe_names)
    list(nlp.pipe(texts[:3]))  # warm up
    rounds = []
    for _ in range(3):
        started = clock()
        with model_only(nlp):
            for _doc in nlp.pipe(texts):
                pass
        bare = clock() - started
        started = clock()
        for text, meta, name in docs:
            extract_text(text, path=name.rsplit(".", 1)[0] + ".txt", meta=meta)
        full = clock() - started
        rounds.append((bare, full))
    bare = statistics.median(r[0] for r in rounds)
    full = statistics.median(r[1] for r in rounds)
    return {
        "documents": len(docs),
        "characters": sum(len(t) for t in texts),
        "spacy_docs_per_s": round(len(docs) / bare, 1),
        "extract_docs_per_s": round(len(docs) / full, 1),
        "ratio": round(bare / full, 2),
        "pipeline": pipeline,
        "clock": "cpu" if cpu else "wall",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10, help="times the corpus is repeated")
    parser.add_argument(
        "--cpu", action="store_true", help="time CPU seconds, not the wall clock (a busy machine)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    result = run(args.repeat, cpu=args.cpu)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print("| documents | characters | spaCy nlp.pipe docs/s | extract docs/s | ratio |")
        print("|---:|---:|---:|---:|---:|")
        print(
            f"| {result['documents']} | {result['characters']:,} | {result['spacy_docs_per_s']} "
            f"| {result['extract_docs_per_s']} | {result['ratio']}x |"
        )
        if args.cpu:
            print("(timed in the process's CPU seconds)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
