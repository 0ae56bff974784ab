"""Scoring write-ups on disk against their gold seeds: one document, or a folder
of documents each with a `<stem>.gold.yaml` beside it.

The matching itself is `collabgraph.extract.scoring.evaluate`; a corpus folder
(one with a `manifest.yaml`) is scored split by split by `collabgraph.extract.corpus`.
On the command line all three are `collabgraph evaluate`.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from collabgraph.extract.scores import Scores
from collabgraph.extract.scoring import evaluate


def load_seed(path: str | Path) -> dict:
    """A seed dict from a .yaml/.json file, or extracted from a text file.

    Raises OSError, UnicodeDecodeError or yaml.YAMLError on a file that cannot be read.
    """
    path = Path(path)
    if path.suffix.lower() in {".yaml", ".yml", ".json"}:
        return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    from collabgraph.extract.pipeline import extract_file

    return extract_file(path)


def gold_for(text_path: Path) -> Path | None:
    """`doc.txt` -> `doc.gold.yaml` beside it, if there is one."""
    candidate = text_path.with_name(text_path.stem + ".gold.yaml")
    return candidate if candidate.exists() else None


def evaluate_dir(folder: str | Path) -> dict[str, Scores]:
    """Score every text document in `folder` that has a `<stem>.gold.yaml` beside it.

    Returns document name -> Scores, in name order.
    """
    from collabgraph.extract.pipeline import extract_file
    from collabgraph.extract.text import TEXT_SUFFIXES

    out: dict[str, Scores] = {}
    for path in sorted(Path(folder).iterdir()):
        if path.suffix.lower() not in TEXT_SUFFIXES:
            continue
        gold_path = gold_for(path)
        if gold_path is None:
            continue
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
        out[path.name] = evaluate(extract_file(path), gold)
    return out


def mean_f1(results: dict[str, Scores]) -> tuple[float, float]:
    """Mean entity F1 and mean relation F1 over documents (macro average)."""
    if not results:
        return 0.0, 0.0
    n = len(results)
    return (
        sum(s.entity_f1 for s in results.values()) / n,
        sum(s.relation_f1 for s in results.values()) / n,
    )


def format_table(results: dict[str, Scores]) -> str:
    """A Markdown table of per-document scores with a mean row."""
    lines = [
        "| document | entity P | entity R | entity F1 | relation P | relation R | relation F1 |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, s in results.items():
        lines.append(
            f"| {name} | {s.entity_precision:.2f} | {s.entity_recall:.2f} | {s.entity_f1:.2f} "
            f"| {s.relation_precision:.2f} | {s.relation_recall:.2f} | {s.relation_f1:.2f} |"
        )
    if len(results) > 1:
        e, r = mean_f1(results)
        lines.append(f"| **mean** | | | **{e:.2f}** | | | **{r:.2f}** |")
    return "\n".join(lines)


def format_why_missed(total: Scores) -> str:
    """A Markdown table: for each relation type, how many gold relations were
    missed and why (`scoring.MISS_REASONS`, first that applies), from `total`
    (one document's Scores or several added)."""
    from collabgraph.extract.scoring import MISS_REASONS

    kinds = sorted({kind for kind, _ in total.missed_why})
    lines = [
        "| relation | missed | " + " | ".join(MISS_REASONS) + " |",
        "|---|---:|" + "---:|" * len(MISS_REASONS),
    ]
    for kind in kinds:
        counts = [total.missed_why[(kind, why)] for why in MISS_REASONS]
        lines.append(f"| {kind} | {sum(counts)} | " + " | ".join(map(str, counts)) + " |")
    return "\n".join(lines)


def details(s: Scores) -> list[tuple[str, list[str]]]:
    """What one document's extraction got wrong, as (heading, items) pairs with
    items: names given the wrong type, things named otherwise, missed and extra
    entities and relations."""
    return [
        (title, items)
        for title, items in (
            ("wrong types", s.mistyped_entities),
            ("named otherwise", s.renamed_entities),
            ("missed entities", s.missed_entities),
            ("extra entities", s.spurious_entities),
            ("missed relations", s.missed_relations),
            ("why relations were missed", _why_items(s)),
            ("extra relations", s.spurious_relations),
        )
        if items
    ]


def _why_items(s: Scores) -> list[str]:
    """ "PARTICIPATED_IN, ends found, not related: 3", most first."""
    return [f"{kind}, {why}: {n}" for (kind, why), n in s.missed_why.most_common()]
