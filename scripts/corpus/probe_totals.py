"""Micro-averaged totals of the extractor on folders of write-ups with gold.

`collabgraph evaluate FOLDER` prints one row per write-up and the mean; the probe
figures in BENCHMARKS.md are micro-averaged totals (every write-up's true positives,
predictions and gold summed before precision, recall and F1). This prints those:
one line per folder holding `<stem>.gold.yaml` files (found under each argument,
symlinked folders followed), the total, relation and entity F1 per type and (`--why`) why
gold relations were missed.

    python scripts/corpus/probe_totals.py corpus/probes/blind15/check corpus/probes/blind16/check
    python scripts/corpus/probe_totals.py corpus/probes --json /tmp/base.json --jobs 2

`--json` also writes the totals (folder -> counts, and per type) for comparing two runs.
"""

from __future__ import annotations

import argparse
import json
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from collabgraph.extract.score_files import evaluate_dir
from collabgraph.extract.scores import Scores


def gold_folders(root: Path) -> list[Path]:
    """Every folder under `root` (itself included) holding a `*.gold.yaml`, sorted."""
    found = set()
    for here, _dirs, files in os.walk(root, followlinks=True):
        if any(f.endswith(".gold.yaml") for f in files):
            found.add(Path(here))
    return sorted(found)


def _score(folder: Path) -> tuple[str, Scores]:
    return str(folder), sum(evaluate_dir(folder).values(), Scores())


def _row(name: str, s: Scores) -> str:
    return (
        f"{name:<44} ent {s.entity_f1:.4f}  rel {s.relation_f1:.4f}"
        f"  (P {s.relation_precision:.3f} R {s.relation_recall:.3f};"
        f" {s.relation_tp}/{s.relation_predicted}/{s.relation_gold})"
    )


def main() -> None:
    """Print the totals of the gold folders under the roots given (see the module)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("roots", nargs="+", type=Path)
    ap.add_argument("--json", type=Path, help="also write the totals here")
    ap.add_argument("--why", action="store_true", help="also why gold relations were missed")
    ap.add_argument("--jobs", type=int, default=1, help="processes (each loads spaCy)")
    args = ap.parse_args()
    folders = [f for root in args.roots for f in gold_folders(root)]
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as pool:
            scored = list(pool.map(_score, folders))
    else:
        scored = [_score(f) for f in folders]
    total = Scores()
    for name, s in scored:
        print(_row(name, s))
        total = total + s
    print(_row("TOTAL", total))
    for kind, (tp, pred, gold) in sorted(total.by_type.items()):
        p, r, f = total.type_prf(kind)
        print(f"  {kind:<22} F1 {f:.2f}  P {p:.2f} R {r:.2f}  ({tp}/{pred}/{gold})")
    for kind, (tp, pred, gold) in sorted(total.entity_by_type.items()):
        p, r, f = total.entity_type_prf(kind)
        print(f"  {kind:<22} F1 {f:.2f}  P {p:.2f} R {r:.2f}  ({tp}/{pred}/{gold}; entities)")
    if args.why:
        from collabgraph.extract.score_files import format_why_missed

        print("\nWhy gold relations were missed:\n" + format_why_missed(total))
    if args.json:
        counts = {
            name: [s.entity_tp, s.entity_predicted, s.entity_gold,
                   s.relation_tp, s.relation_predicted, s.relation_gold]
            for name, s in [*scored, ("TOTAL", total)]
        }  # fmt: skip
        args.json.write_text(json.dumps({"folders": counts, "by_type": total.by_type}, indent=1))


if __name__ == "__main__":
    main()
