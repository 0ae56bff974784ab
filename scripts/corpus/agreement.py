"""How far two careful readers agree: a second blind gold scored against the corpus gold.

`corpus/agreement/<writer>/<id>.gold.yaml` is a second gold for corpus page `<id>`,
written blind (page text and GOLD.md only, never the first gold or the extractor's
output). Scoring it with the extractor's own scorer (`collabgraph.extract.scoring.evaluate`,
the second gold in the place of the extraction) gives the figure a perfect
extractor could expect against one reader's gold: the ceiling of the corpus
measure, per relation type too.

Usage:
    python scripts/corpus/agreement.py               # every writer, and all together
    python scripts/corpus/agreement.py -v            # and per page
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from collabgraph.extract.scores import Scores
from collabgraph.extract.scoring import evaluate

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def agreement(folder: Path, corpus: Path = CORPUS) -> dict[str, Scores]:
    """Page id -> the scores of the second gold in `folder` against the corpus gold.

    Raises FileNotFoundError when a page has no corpus gold.
    """
    out = {}
    for path in sorted(folder.glob("*.gold.yaml")):
        page_id = path.name.removesuffix(".gold.yaml")
        first = yaml.safe_load((corpus / "gold" / path.name).read_text(encoding="utf-8"))
        second = yaml.safe_load(path.read_text(encoding="utf-8"))
        out[page_id] = evaluate(second, first)
    return out


def _line(label: str, s: Scores) -> str:
    return (
        f"{label}: entities P {s.entity_precision:.2f} R {s.entity_recall:.2f} "
        f"F1 {s.entity_f1:.3f}; relations P {s.relation_precision:.2f} "
        f"R {s.relation_recall:.2f} F1 {s.relation_f1:.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("-v", "--verbose", action="store_true", help="per page too")
    args = parser.parse_args(argv)
    everyone = Scores()
    pages = 0
    for folder in sorted(p for p in (args.corpus / "agreement").iterdir() if p.is_dir()):
        scores = agreement(folder, args.corpus)
        total = sum(scores.values(), Scores())
        everyone, pages = everyone + total, pages + len(scores)
        if args.verbose:
            for page_id, s in scores.items():
                print("  " + _line(page_id, s))
        print(_line(f"{folder.name} ({len(scores)} pages)", total))
    print(_line(f"all ({pages} pages)", everyone))
    for kind, (agreed, second, first) in sorted(everyone.by_type.items()):
        print(f"  {kind}: {agreed} agreed, {second} in the second gold, {first} in the first")
    return 0


if __name__ == "__main__":
    sys.exit(main())
