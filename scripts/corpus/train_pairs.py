"""Train the pair models (`collabgraph.extract.learned.pairs`) on develop pages.

    python scripts/corpus/train_pairs.py --task located        # train, write the model
    python scripts/corpus/train_pairs.py --task located --cv   # also cross-validate by page
    python scripts/corpus/train_pairs.py --task posts --probes '/work/probes/*/tune' \
        --cv --group folder --no-write                         # probe folders, folds by writer

Reads each develop page's text and gold, extracts it with the rules, and labels
every two entities written in one sentence whose kinds fit the task with the
relation the gold ties them by (entities matched as `collabgraph evaluate`
matches them), else NONE. Fits a logistic regression (`fitting.fit`) and writes
src/collabgraph/extract/learned/data/pairs_<task>.json. A held-back split (test*),
a probe check half or a blind folder is refused (`fitting.refuse_held_back_folder`).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fitting import arguments, develop_rows, fit, held_out, matched_page, write_model  # noqa: E402

from collabgraph.extract import scoring  # noqa: E402

# task -> the relations its model tells apart (and NONE)
LABELS = {
    "located": ("LOCATED_IN",),
    "posts": ("WORKS_FOR", "MEMBER_OF"),
    "takes_part": ("PARTICIPATED_IN",),
    "bodies": ("FUNDED", "PARTNER_OF"),
    "partners": ("PARTNER_OF", "COLLABORATES_WITH"),
}


def labelled(page: str, corpus: Path) -> tuple[list[dict], Counter]:
    """The page's pairs, {page, task, linked (by the rules), features, label}, and
    the count per gold type of ties whose two ends were found and not related
    by the rules, split by whether a pair asks about them ("asked"/"not asked")."""
    log: list = []
    seed, gold, pe, ge, match, index = matched_page(page, corpus, pair_log=log)
    gi, pi = scoring._index(ge), scoring._index(pe)
    ties, roles = {}, {}
    for r in gold.get("relations") or ():
        t = r["type"].upper()
        if any(t in labels for labels in LABELS.values()):
            a, b = scoring._rel_ends(r, gi, ge)
            ties[(a, b)], roles[(a, b)] = t, r.get("role")
            if scoring.RELATIONS[t].symmetric:
                ties.setdefault((b, a), t)
    rows, asked = [], set()
    for task, src, dst, linked, feats, role in log:
        ends = (match.get(index.get(src, -1)), match.get(index.get(dst, -1)))
        label = ties.get(ends, "NONE") if None not in ends else "NONE"
        label = label if label in LABELS[task] else "NONE"
        asked.add(ends)
        rows.append({"page": page, "task": task, "linked": linked, "features": feats,
                     "label": label, "ends": [src, dst], "role": role,
                     "gold_role": roles.get(ends) if label != "NONE" else None})  # fmt: skip
    related = set()
    for r in seed["relations"]:
        a, b = scoring._rel_ends(r, pi, pe)
        related |= {(match.get(a), match.get(b)), (match.get(b), match.get(a))}
    found = set(match.values())
    cover = Counter()
    for ends, t in ties.items():
        if ends[0] in found and ends[1] in found and ends not in related:
            cover[(t, "asked" if ends in asked else "not asked")] += 1
    return rows, cover


def cross_validate(
    rows: list[dict], min_pages: int, c: float, labels: tuple[str, ...], by_folder: bool = False
) -> None:
    """Per threshold: of the pairs the rules left unrelated, how many the model
    ties, how many of those the gold ties the same way (precision), and how many
    of the gold's ties among them it finds (recall); a tie whose gold role the
    role read does not agree with (`scoring.roles_agree`) is wrong, as the scorer
    counts it. Each fold's pages held out (`by_folder`: each writer's folder)."""
    probs = held_out(rows, min_pages, c, lambda r: not r["linked"], by_folder=by_folder)
    gold = sum(r["label"] != "NONE" for r, _ in probs)
    print(f"  {len(probs)} unrelated pairs held out, {gold} tied in the gold")
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        right = wrong = 0
        for r, p in probs:
            best = max(labels, key=lambda k: p.get(k, 0.0))
            if p.get(best, 0.0) >= threshold:
                ok = best == r["label"] and scoring.roles_agree(r["role"], r["gold_role"])
                right += ok
                wrong += not ok
        print(f"  threshold {threshold}: adds {right + wrong}, right {right}, wrong {wrong};"
              f" precision {right / max(right + wrong, 1):.2f}"
              f" recall {right / max(gold, 1):.2f}")  # fmt: skip


def _label_all(ids: list[str], corpus: Path) -> list[dict]:
    """Every page's labelled pairs, printing how many gold ties of each task have
    both ends found and are left unrelated by the rules."""
    rows, cover = [], Counter()
    for i in ids:
        got, c = labelled(i, corpus)
        rows += got
        cover += c
    for (t, k), n in sorted(cover.items()):
        print(f"  gold {t} with both ends found, unrelated by the rules: {k} {n}")
    return rows


def main() -> None:
    ap = arguments(__doc__.split("\n\n")[0], ROOT / "corpus")
    ap.add_argument("--task", choices=sorted(LABELS), default="located")
    ap.add_argument("--unrelated", action="store_true",
                    help="train only on the pairs the rules left unrelated")  # fmt: skip
    ap.add_argument("--no-write", action="store_true", help="cross-validate only")
    args = ap.parse_args()
    rows = develop_rows(args, "train_pairs", lambda ids: _label_all(ids, args.corpus))
    rows = [r for r in rows if r["task"] == args.task and not (args.unrelated and r["linked"])]
    print(f"{len(rows)} pairs of task {args.task} on {len({r['page'] for r in rows})} pages;"
          f" {Counter(r['label'] for r in rows)}")  # fmt: skip
    if args.cv:
        cross_validate(rows, args.min_pages, args.C, LABELS[args.task], args.group == "folder")
    if args.no_write:
        return
    vec, model = fit(rows, args.min_pages, args.C)
    suffix = "_probes" if args.probes else ""  # pairs.SOURCES
    write_model(vec, model, args.threshold, f"pairs_{args.task}{suffix}", ROOT)


if __name__ == "__main__":
    main()
