"""Train the span model (`collabgraph.extract.learned.spans`) on develop pages.

    python scripts/corpus/train_spans.py          # train, write the model
    python scripts/corpus/train_spans.py --cv     # also cross-validate by page
    python scripts/corpus/train_spans.py --cv --no-write -C 1   # only cross-validate

Extracts each develop page with the rules, logging every candidate span the span
model would be asked about (a Title Case run or a quoted span), and labels it
"Project" or "Event" when the page's gold has an entity of that type by its name
or an alias (names keyed as `collabgraph evaluate` keys them), else "NONE". A
candidate the rules already made that Project or Event is left out: the model is
asked only what the rules miss. Writes src/collabgraph/extract/learned/data/spans.json.
A held-back split (test*) is refused.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fitting import arguments, develop_rows, fit, held_out, matched_page, write_model  # noqa: E402

from collabgraph.extract import scoring  # noqa: E402
from collabgraph.extract.learned.spans import KINDS  # noqa: E402


def labelled(page: str, corpus: Path) -> list[dict]:
    """The page's candidate spans: {page, key, features, label}."""
    log: list = []
    seed, _, _, ge, _, _ = matched_page(page, corpus, span_log=log)
    gold = {k: {n for g in ge if g.get("type") == k for n in scoring._names(g)} for k in KINDS}
    found = {
        k: {n for e in seed["entities"] if e.get("type") == k and e.get("name")
            for n in scoring._names(e)}
        for k in KINDS
    }  # fmt: skip
    rows = []
    for _, text, feats, _ in log:
        keys = {k: scoring._key(text, k) for k in KINDS}
        if any(keys[k] in found[k] for k in KINDS):
            continue
        # a name the gold gives another type teaches what a body's or a place's looks like
        other = (g["type"] for g in ge if scoring._key(text, g.get("type")) in scoring._names(g))
        label = next((k for k in KINDS if keys[k] in gold[k]), next(other, "NONE"))
        rows.append({"page": page, "key": keys["Project"], "features": feats, "label": label})
    return rows


def cross_validate(rows: list[dict], min_pages: int, c: float, folds: int = 5) -> None:
    """Precision and recall of the spans (one per page and name) each fold's
    model, its pages held out, makes a Project or an Event, per threshold."""
    best: dict[tuple[str, str], tuple[float, str, str]] = {}
    for r, p in held_out(rows, min_pages, c, lambda r: True, folds):
        kind = max(KINDS, key=lambda k: p.get(k, 0.0))
        key = (r["page"], r["key"])
        if key not in best or p.get(kind, 0.0) > best[key][0]:
            best[key] = (p.get(kind, 0.0), kind, r["label"])
    gold: dict[str, int] = defaultdict(int)
    for _, _, label in best.values():
        gold[label] += 1
    print(f"  spans by page and name, by gold type: {dict(gold)}")
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        tp = sum(1 for p, k, y in best.values() if p >= threshold and k == y)
        fp = sum(1 for p, k, y in best.values() if p >= threshold and k != y)
        want = gold["Project"] + gold["Event"]
        print(f"  threshold {threshold}: precision {tp / max(tp + fp, 1):.2f}"
              f" recall {tp / max(want, 1):.2f} ({tp} right, {fp} wrong)")  # fmt: skip


def _label_all(ids: list[str], corpus: Path) -> list[dict]:
    """`labelled` of every page, three pages at a time."""
    with Pool(3) as pool:
        return [r for rows in pool.starmap(labelled, [(i, corpus) for i in ids]) for r in rows]


def main() -> None:
    ap = arguments(__doc__.split("\n\n")[0], ROOT / "corpus")
    ap.add_argument("--no-write", action="store_true", help="cross-validate only")
    args = ap.parse_args()
    rows = develop_rows(args, "train_spans", lambda ids: _label_all(ids, args.corpus))
    print(f"{len(rows)} candidate spans on {len({r['page'] for r in rows})} pages")
    if args.cv:
        cross_validate(rows, args.min_pages, args.C)
    if args.no_write:
        return
    vec, model = fit(rows, args.min_pages, args.C)
    write_model(vec, model, args.threshold, "spans", ROOT)


if __name__ == "__main__":
    main()
