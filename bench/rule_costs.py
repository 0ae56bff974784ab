"""Where the extractor's own time goes: CPU seconds per relation rule, and per
step of the reading, beside spaCy's pipeline, over the same texts as
`bench_extract.py` (or the .txt files under the folders given).

A rule runs on every sentence of every page (but those whose needs, in
`rules/needs.txt`, the sentence lacks), so a new rule's cost is paid
everywhere; this table shows each rule's share next to the others'.

    python bench/rule_costs.py [--repeat N] [--top N] [FOLDER ...]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from bench_extract import corpus  # noqa: E402

import collabgraph.extract.block_reading as block_reading  # noqa: E402
import collabgraph.extract.pipeline as pipeline  # noqa: E402
import collabgraph.extract.rules as rules  # noqa: E402
from collabgraph.extract import extract_text, read_text_seed  # noqa: E402

# the steps timed, as (module that calls it, name it is called by there)
STEPS = (
    (pipeline, "settle"),
    (pipeline, "build_seed"),
    (pipeline, "lay_out_text"),
    (block_reading, "find_mentions"),
    (block_reading, "read_sentence"),
    (block_reading, "names_seen"),
    (block_reading, "find_page_event"),
)


def _timed(fn: Callable, name: str, spent: Counter, *, lazy: bool = False) -> Callable:
    """`fn`, its CPU nanoseconds added to `spent[name]`; a `lazy` one's (a generator's,
    `nlp.pipe`) results are all made inside the timing."""

    def timed(*args, **kwargs):
        started = time.process_time_ns()
        try:
            return iter(list(fn(*args, **kwargs))) if lazy else fn(*args, **kwargs)
        finally:
            spent[name] += time.process_time_ns() - started

    return timed


def measure(texts: list[tuple[str, dict, str]]) -> tuple[float, Counter]:
    """CPU seconds of extracting `texts` once, and the nanoseconds spent per step and rule."""
    spent: Counter = Counter()
    nlp = pipeline.load_nlp()
    nlp_pipe = type(nlp).pipe
    type(nlp).pipe = _timed(nlp_pipe, "spaCy pipeline", spent, lazy=True)
    for module, name in STEPS:
        setattr(module, name, _timed(getattr(module, name), f"step {name}", spent))
    rules.RULES = tuple(
        _timed(r, f"rule {r.__module__.rsplit('.', 1)[-1]}.{r.__name__}", spent)
        for r in rules.RULES
    )
    for text, meta, name in texts[:3]:  # warm up: lists and models read on first use
        extract_text(text, path=name, meta=meta)
    spent.clear()
    started = time.process_time()
    for text, meta, name in texts:
        extract_text(text, path=name, meta=meta)
    return time.process_time() - started, spent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", help="read the .txt files under these instead")
    parser.add_argument("--repeat", type=int, default=3, help="times the texts are read")
    parser.add_argument("--top", type=int, default=30, help="rules listed")
    args = parser.parse_args()
    if args.folders:
        paths = sorted(p for f in args.folders for p in Path(f).rglob("*.txt"))
        texts = [(*read_text_seed(p)[:2], p.name) for p in paths]
    else:
        texts = [(t, m, n.rsplit(".", 1)[0] + ".txt") for t, m, n in corpus()]
    total, spent = measure(texts * args.repeat)
    ns = total * 1e9
    all_rules = sum(v for k, v in spent.items() if k.startswith("rule "))
    print(f"{len(texts) * args.repeat} texts, {total:.2f} CPU s")
    print("| what | CPU s | share |")
    print("|---|---:|---:|")
    # read_sentence's figure holds the rules' timing too (about a microsecond a rule)
    steps = Counter({k: v for k, v in spent.items() if not k.startswith("rule ")})
    rows = [*steps.most_common(), ("all rules", all_rules)]
    rows += Counter({k: v for k, v in spent.items() if k.startswith("rule ")}).most_common(args.top)
    for name, v in rows:
        print(f"| {name} | {v / 1e9:.3f} | {100 * v / ns:.1f}% |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
