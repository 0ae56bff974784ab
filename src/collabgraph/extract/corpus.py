"""The real-text corpus: pages nobody on the project wrote, with gold written blind.

Layout (see `corpus/README.md`): `manifest.yaml` lists the pages (`id`, `url`,
`site`, `genre`, `split`, `query`), `gold/<id>.gold.yaml` holds each page's gold
seed and `pages/<id>.txt` its text, which is kept out of git and rebuilt from
the manifest. The split is made once: `dev` pages are developed against,
`test` pages are scored only when a change is finished and never tuned on.
Pages added later form their own pairs of splits (`dev2`/`test2` to `dev23`/`test23`,
one pair a batch), so that the first held-back figure keeps meaning what it meant.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from collabgraph.extract.scores import Scores
from collabgraph.extract.scoring import evaluate
from collabgraph.model.vocabulary import ENTITY_TYPES, RELATION_TYPES

SPLITS: tuple[str, ...] = (
    "dev", "test", "dev2", "test2", "dev3", "test3", "dev4", "test4", "dev5", "test5",
    "dev6", "test6", "dev7", "test7", "dev8", "test8", "dev9", "test9", "dev10", "test10",
    "dev11", "test11", "dev12", "test12", "dev13", "test13", "dev14", "test14", "dev15", "test15",
    "dev16", "test16", "dev17", "test17", "dev18", "test18", "dev19", "test19",
    "dev20", "test20", "dev21", "test21", "dev22", "test22", "dev23", "test23",
)  # fmt: skip


@dataclass(frozen=True)
class CorpusPage:
    """One page of the corpus, as its manifest entry describes it."""

    id: str
    url: str
    site: str
    genre: str
    split: str
    query: str


@dataclass
class CorpusResult:
    """Scores of one split: per page, and the pages whose text is missing."""

    split: str
    pages: dict[str, Scores]
    missing: list[str]
    sites: int

    @property
    def total(self) -> Scores:
        """Micro-averaged scores over the split's pages (per relation type too)."""
        total = Scores()
        for s in self.pages.values():
            total = total + s
        return total


def is_corpus(folder: str | Path) -> bool:
    """True for a folder laid out as a corpus (it has a `manifest.yaml`)."""
    return (Path(folder) / "manifest.yaml").is_file()


def load_manifest(folder: str | Path) -> list[CorpusPage]:
    """The pages listed in `folder/manifest.yaml`, in manifest order.

    Raises ValueError naming the entry when a key is missing or a split is unknown.
    """
    raw = yaml.safe_load((Path(folder) / "manifest.yaml").read_text(encoding="utf-8")) or []
    pages = []
    for i, entry in enumerate(raw, 1):
        try:
            page = CorpusPage(**{k: str(entry[k]) for k in CorpusPage.__dataclass_fields__})
        except (KeyError, TypeError) as exc:
            raise ValueError(f"manifest.yaml entry {i}: missing {exc}") from None
        if page.split not in SPLITS:
            raise ValueError(
                f"manifest.yaml entry {i} ({page.id}): split must be one of {', '.join(SPLITS)}"
            )
        pages.append(page)
    return pages


def splits_in(folder: str | Path) -> list[str]:
    """The splits `folder/manifest.yaml` uses, in the order of SPLITS."""
    used = {page.split for page in load_manifest(folder)}
    return [split for split in SPLITS if split in used]


def evaluate_corpus(folder: str | Path, split: str) -> CorpusResult:
    """Extract every page of one split and score it against its gold."""
    from collabgraph.extract.pipeline import extract_file

    folder = Path(folder)
    chosen = [p for p in load_manifest(folder) if p.split == split]
    scores: dict[str, Scores] = {}
    missing: list[str] = []
    for page in chosen:
        text = folder / "pages" / f"{page.id}.txt"
        if not text.is_file():
            missing.append(page.id)
            continue
        gold_path = folder / "gold" / f"{page.id}.gold.yaml"
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
        scores[page.id] = evaluate(extract_file(text), gold)
    sites = len({p.site for p in chosen if p.id in scores})
    return CorpusResult(split, scores, missing, sites)


def format_corpus(result: CorpusResult) -> str:
    """A Markdown report of one split: totals, each entity and relation type, each page."""
    total = result.total
    n = len(result.pages)
    macro_e = sum(s.entity_f1 for s in result.pages.values()) / n if n else 0.0
    macro_r = sum(s.relation_f1 for s in result.pages.values()) / n if n else 0.0
    lines = [
        f"### {result.split}: {n} pages from {result.sites} sites",
        "",
        "| measure | P | R | F1 (micro) | F1 (mean of pages) |",
        "|---|---:|---:|---:|---:|",
        f"| entities | {total.entity_precision:.2f} | {total.entity_recall:.2f} "
        f"| **{total.entity_f1:.2f}** | {macro_e:.2f} |",
        f"| relations | {total.relation_precision:.2f} | {total.relation_recall:.2f} "
        f"| **{total.relation_f1:.2f}** | {macro_r:.2f} |",
        "",
        "| entity type | found / gold | predicted | P | R | F1 |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    lines += _type_rows(ENTITY_TYPES, total.entity_by_type, total.entity_type_prf)
    if total.type_confusions:
        wrong = ", ".join(f"{a} for {b} {n}" for (a, b), n in total.type_confusions.most_common())
        lines += ["", f"Names found with the wrong type (given for gold, count): {wrong}"]
    if total.renamed:
        otherwise = ", ".join(f"{kind} {n}" for kind, n in total.renamed.most_common())
        lines += [
            "",
            f"Found but named otherwise (same type, alike names; counted as missed): {otherwise}",
        ]
    lines += [
        "",
        "| relation type | found / gold | predicted | P | R | F1 |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    lines += _type_rows(RELATION_TYPES, total.by_type, total.type_prf)
    lines += [
        "",
        "| page | entity P | entity R | entity F1 | relation P | relation R | relation F1 |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, s in result.pages.items():
        lines.append(
            f"| {name} | {s.entity_precision:.2f} | {s.entity_recall:.2f} | {s.entity_f1:.2f} "
            f"| {s.relation_precision:.2f} | {s.relation_recall:.2f} | {s.relation_f1:.2f} |"
        )
    if result.missing:
        lines += ["", f"Texts missing (rebuild them, see corpus/README.md): {len(result.missing)}"]
    return "\n".join(lines)


def _type_rows(kinds, counts: dict, prf) -> list[str]:
    """Table rows `| kind | found / gold | predicted | P | R | F1 |` for each kind
    that was predicted or in the gold, in vocabulary order."""
    rows = []
    for kind in kinds:
        tp, predicted, gold = counts.get(kind, (0, 0, 0))
        if predicted or gold:
            p, r, f = prf(kind)
            rows.append(f"| {kind} | {tp} / {gold} | {predicted} | {p:.2f} | {r:.2f} | {f:.2f} |")
    return rows
