"""Read write-ups cut short, and report every failure: a sweep for crashes.

Rules that read a line by its shape look at the token after a name or a mark, which
a text cut short may not have. This cuts each `.txt` under the given folders right
after a few marks (| : – - , ( £) or line ends chosen at random (seeded), and reads
each cut twice with `extract_text`: the text up to the cut, and its last line alone.
Each failure is printed as the file, the cut's offset, the exception and where it
was raised; the exit status is 1 when any read failed. Found so: a table row's first
cell ending the text ("Foo Trust |"), a taker of the page's event merged into a
place (both fixed; tests/extract/test_reading_never_fails.py).

    python scripts/corpus/cut_sweep.py corpus/probes --per 4 --seed 1
    python scripts/corpus/cut_sweep.py my-write-ups/ --per 20

About 12,500 reads for the 1,622 probe texts at `--per 4` (10-15 minutes on one core).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import traceback
from pathlib import Path

from collabgraph.extract.pipeline import extract_text

_MARKS = re.compile(r"[|:–\-,(£]|\w+(?=[ \t]*\n)")


def cuts(text: str, per: int, rng: random.Random) -> list[int]:
    """Up to `per` offsets just after a mark or the last word of a line, sorted."""
    ends = [m.end() for m in _MARKS.finditer(text)]
    return sorted(rng.sample(ends, min(per, len(ends))))


def sweep(paths: list[Path], per: int, seed: int) -> list[str]:
    """One line per failed read (module docstring), in the order read."""
    rng, failures = random.Random(seed), []
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        for cut in cuts(text, per, rng):
            for label, variant in (("text", text[:cut]), ("line", text[:cut].rsplit("\n", 1)[-1])):
                try:
                    extract_text(variant)
                except Exception as e:  # every failure is what is swept for
                    frame = traceback.extract_tb(e.__traceback__)[-1]
                    failures.append(
                        f"{path} cut={cut} {label}: {e!r} at {frame.filename}:{frame.lineno}"
                    )
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--per", type=int, default=4, help="cuts per text (default 4)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args()
    paths = sorted(p for folder in args.folders for p in folder.rglob("*.txt"))
    failures = sweep(paths, args.per, args.seed)
    for line in failures:
        print(line)
    print(f"{len(paths)} texts, {len(failures)} failed reads", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
