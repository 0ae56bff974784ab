"""Train the participation model (`collabgraph.extract.learned`) on develop pages.

    python scripts/corpus/train_participation.py          # train, write the model
    python scripts/corpus/train_participation.py --cv     # also cross-validate by page
    python scripts/corpus/train_participation.py --probes '/work/probes/*/tune' \
        --cv --group folder                                # the pool's model, folds by writer

Reads each develop page's text (corpus/pages/, rebuilt from the manifest's
addresses; corpus/README.md) and gold, extracts it with the rules, and labels
every person and body of a page about one event with whether the gold has it
take part in the event the page is about (entities matched as
`collabgraph evaluate` matches them). Fits scikit-learn's LogisticRegression
(a dev extra; only this script needs it) and writes
src/collabgraph/extract/learned/data/participation.json (with --probes,
participation_probes.json: `participants.SOURCES` asks both).

A feature is kept only when it occurs on at least --min-pages pages, so no one
page's wording is learned. A held-back split (test*) is refused.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fitting import arguments, develop_rows, fit, held_out, matched_page, write_model  # noqa: E402

from collabgraph.extract import scoring  # noqa: E402

LABEL = "PARTICIPATED_IN"


def labelled(page: str, corpus: Path) -> list[dict]:
    """The page's takers: {page, linked (by the rules), features, label, role (the
    gold's role of a taker labelled PARTICIPATED_IN, else "")}."""
    log: list = []
    _, gold, _, ge, match, index = matched_page(page, corpus, taker_log=log)
    gi = scoring._index(ge)
    took: dict = {}
    for r in gold.get("relations") or ():
        if r["type"].upper() == LABEL:
            took.setdefault(scoring._rel_ends(r, gi, ge), r.get("role") or "")
    rows = []
    for name, event, linked, feats in log:
        ends = (match.get(index.get(name, -1)), match.get(index.get(event, -1)))
        label = LABEL if None not in ends and ends in took else "NONE"
        role = took.get(ends, "") if label == LABEL else ""
        rows.append(
            {"page": page, "linked": linked, "features": feats, "label": label, "role": role}
        )
    return rows


def cross_validate(rows: list[dict], min_pages: int, c: float, by_folder: bool = False) -> None:
    """Precision and recall on the takers the rules left unlinked, per threshold,
    each fold's pages held out of its training (`by_folder`: each writer's folder)."""
    asked = held_out(rows, min_pages, c, lambda r: not r["linked"], by_folder=by_folder)
    probs = [(p.get(LABEL, 0.0), r["label"] == LABEL) for r, p in asked]
    gold = sum(y for _, y in probs)
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7):
        tp = sum(1 for p, y in probs if p >= threshold and y)
        fp = sum(1 for p, y in probs if p >= threshold and not y)
        print(f"  threshold {threshold}: precision {tp / max(tp + fp, 1):.2f}"
              f" recall {tp / max(gold, 1):.2f} ({tp} of {gold})")  # fmt: skip


def main() -> None:
    ap = arguments(__doc__.split("\n\n")[0], ROOT / "corpus")
    ap.add_argument("--no-write", action="store_true", help="cross-validate only")
    args = ap.parse_args()
    rows = develop_rows(
        args, "train_participation", lambda ids: [r for i in ids for r in labelled(i, args.corpus)]
    )
    took = sum(r["label"] == LABEL for r in rows)
    print(f"{len(rows)} people and bodies on {len({r['page'] for r in rows})} event pages;"
          f" {took} took part in the gold")  # fmt: skip
    if args.cv:
        cross_validate(rows, args.min_pages, args.C, args.group == "folder")
    if args.no_write:
        return
    vec, model = fit(rows, args.min_pages, args.C)
    suffix = "_probes" if args.probes else ""  # participants.SOURCES
    write_model(vec, model, args.threshold, f"participation{suffix}", ROOT)


if __name__ == "__main__":
    main()
