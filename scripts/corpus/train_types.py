"""Train the entity type model (`collabgraph.extract.learned.types`) on develop pages.

    python scripts/corpus/train_types.py --cache /tmp/types.json --cv   # cross-validate
    python scripts/corpus/train_types.py --cache /tmp/types.json        # write the model

Extracts each develop page with the rules (the model itself left out), and labels
every entity they found with the type of the gold entity it matches by name, as
`collabgraph evaluate` matches names (whatever the types), else "none". Fits
scikit-learn's LogisticRegression (a dev extra) and writes
src/collabgraph/extract/learned/data/types.json. Cross-validation holds out pages and
counts, per threshold, the entities whose type the model would change: how many it
puts right and how many it puts wrong. A held-back split (test*) is refused.
"""

from __future__ import annotations

import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fitting import arguments, develop_rows, fit, held_out, write_model  # noqa: E402

from collabgraph.extract import scoring  # noqa: E402
from collabgraph.extract.learned.types import NONE, kept_whatever  # noqa: E402

# every develop split, dev13 to dev15 with them; the check splits (dev7, dev8, dev16)
# and the held-back ones never
SPLITS = "dev,dev2,dev3,dev4,dev5,dev6,dev9,dev10,dev11,dev12,dev13,dev14,dev15"


def gold_type(names: list[str], gold: list[dict]) -> str:
    """The type of the first gold entity one of `names` names (by `scoring`'s name
    keys, read as that entity's type), else "none"."""
    for g in gold:
        keys = scoring._names(g)
        if any(scoring._key(n, g.get("type")) in keys for n in names):
            return str(g["type"])
    return NONE


def _rules_alone() -> None:
    """Leave the shipped type model out of the extraction: a refit learns from what
    the rules alone find and keep, whatever model is shipped."""
    from collabgraph.extract.learned import types

    types.packaged = lambda name: None


def labelled(job: tuple[str, Path]) -> list[dict]:
    """The page's entities: {page, rule, kept (in the seed), features, label}."""
    from collabgraph.extract.pipeline import extract_file_with_warnings

    page, corpus = job
    log: list = []
    seed, _ = extract_file_with_warnings(corpus / "pages" / f"{page}.txt", type_log=log)
    kept = {e["name"] for e in seed["entities"]}
    gold = yaml.safe_load((corpus / "gold" / f"{page}.gold.yaml").read_text()) or {}
    ge = [e for e in gold.get("entities") or () if e.get("name")]
    return [
        {
            "page": page,
            "rule": str(kind),
            "kept": n in kept,
            "features": feats,
            "label": gold_type([n, *al], ge),
        }
        for n, al, kind, feats in log
    ]


def label_pages(ids: list[str], corpus: Path) -> list[dict]:
    with Pool(2, initializer=_rules_alone) as pool:
        return [r for rows in pool.imap(labelled, [(i, corpus) for i in ids]) for r in rows]


def cross_validate(rows: list[dict], min_pages: int, c: float, folds: int = 5) -> None:
    """Per threshold: the entities the model, fitted without their pages, would
    leave out ("none"; never one `kept_whatever` says of) or retype, and how many
    of each it gets right."""
    probs = held_out(rows, min_pages, c, lambda r: True, folds)
    print(f"  the rules' type right for {sum(r['rule'] == r['label'] for r, _ in probs)}"
          f" of {len(probs)}")  # fmt: skip
    for threshold in (0.5, 0.6, 0.7, 0.8):
        counts = Counter()
        for r, p in probs:
            best = max(p, key=p.get)
            if best == NONE and kept_whatever(r["features"]):
                continue  # never left out (learned.types.retype)
            if best != r["rule"] and p[best] >= threshold:
                act = "left out" if best == NONE else "retyped"
                counts[act, best == r["label"]] += 1
        print(f"  threshold {threshold}: "
              + "; ".join(f"{act} {counts[act, True]} right, {counts[act, False]} wrong"
                          for act in ("left out", "retyped")))  # fmt: skip


def main() -> None:
    ap = arguments(__doc__.split("\n\n")[0], ROOT / "corpus")
    ap.set_defaults(splits=SPLITS, threshold=0.7, C=0.3)
    args = ap.parse_args()
    rows = develop_rows(args, "train_types", lambda ids: label_pages(ids, args.corpus))
    # only what the seed keeps is scored: what it leaves out teaches nothing
    rows = [r for r in rows if r["kept"]]
    print(f"{len(rows)} entities on {len({r['page'] for r in rows})} pages")
    if args.cv:
        cross_validate(rows, args.min_pages, args.C)
    vec, model = fit(rows, args.min_pages, args.C)
    write_model(vec, model, args.threshold, "types", ROOT)


if __name__ == "__main__":
    main()
