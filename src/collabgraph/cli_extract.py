"""The `collabgraph` commands that read write-ups: `extract` (write-ups, documents
and web pages to seeds to review) and `evaluate` (the extractor scored against
hand-written gold, on one document, a folder or the corpus).

Registered on the `collabgraph` app by `collabgraph.cli`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

import typer

from collabgraph.cli import JsonOpt, _fail, _print_json, _progress, app, err, out
from collabgraph.errors import CollabgraphError
from collabgraph.importer import seed_files
from collabgraph.ingest.web import fetch
from collabgraph.settings import Settings
from collabgraph.terminal import line, markup_safe, plain, shown_lines


@app.command()
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Write-ups (.txt, .md, .html), documents (.pdf, .docx), folders of them,"
            " or http(s) addresses of web pages.",
            metavar="PATH_OR_URL...",
        ),
    ],
    out_dir: Annotated[
        Path | None, typer.Option("--out", help="Folder to write one <stem>.yaml per file into.")
    ] = None,
) -> None:
    """Read write-ups, documents and web pages into structured seeds (YAML) to review,
    edit and import.

    Each relation carries the sentence that shows it and a confidence. With one
    file and no --out the seed goes to stdout; with --out, one file per input.

    Example: `collabgraph extract seeds/building-collaborative-places-launch.txt >
    launch.yaml` or `collabgraph extract seeds/ --out reviewed/`
    """
    from collabgraph.extract import TEXT_SUFFIXES, extract_file_with_warnings, to_yaml
    from collabgraph.ingest import DOCUMENTS, document_seed, document_text, fetched_document
    from collabgraph.ingest import read_bytes as read_seed_bytes

    readable = TEXT_SUFFIXES | DOCUMENTS
    inputs = seed_files(paths)
    missing = [p for p in inputs if isinstance(p, Path) and not p.exists()]
    if missing:
        _fail(f"{missing[0]}: no such file", 1)
    inputs = [p for p in inputs if isinstance(p, str) or p.suffix.lower() in readable]
    if not inputs:
        _fail("no .txt, .md, .html, .pdf or .docx files or web addresses given")
    if out_dir is None and len(inputs) > 1:
        _fail("several files need --out DIR")
    if out_dir is not None:
        if out_dir.exists() and not out_dir.is_dir():
            _fail(f"--out {out_dir} is a file; give a folder")
        out_dir.mkdir(parents=True, exist_ok=True)
    settings = Settings()

    def read(item: Path | str) -> tuple[str, dict, list[str]]:
        if isinstance(item, str):
            fetched = fetch(item, max_bytes=settings.max_seed_bytes, timeout=settings.fetch_timeout)
            seed, warnings = document_seed(item, fetched_document(fetched))
            return Path(urlsplit(item).path).stem or "page", seed, warnings
        if item.suffix.lower() in DOCUMENTS:
            data, _ = read_seed_bytes(item, max_bytes=settings.max_seed_bytes)
            seed, warnings = document_seed(
                str(item), document_text(str(item), data, item.suffix.lower())
            )
            return item.stem, seed, warnings
        seed, warnings = extract_file_with_warnings(item)
        return item.stem, seed, warnings

    progress = _progress(hidden=out_dir is None or len(inputs) < 2)
    failed = 0
    with progress:
        task = progress.add_task("extracting", total=len(inputs))
        for item in inputs:
            progress.update(task, advance=1, description=markup_safe(item))
            try:
                stem, seed, warnings = read(item)
            except (CollabgraphError, OSError) as exc:
                failed += 1
                err.print(line("error", "red", _problem(item, exc)))
                continue
            for warning in warnings:
                err.print(line("warning", "yellow", f"{item}: {warning}"))
            if out_dir is None:
                sys.stdout.write(to_yaml(seed))
            else:
                (out_dir / f"{stem}.yaml").write_text(to_yaml(seed), encoding="utf-8")
    if out_dir is not None:
        out.print(plain(f"wrote {len(inputs) - failed} seed file(s) to {out_dir}"), soft_wrap=True)
    if failed:
        raise typer.Exit(1)


def _problem(item: Path | str, exc: Exception) -> str:
    if isinstance(exc, OSError):
        return f"{item}: {exc.strerror or exc}"
    return str(exc)


def _evaluate_corpus(folder: Path, split: str | None, *, verbose: bool, as_json: bool) -> None:
    from collabgraph.extract import corpus

    if split not in (None, *corpus.SPLITS):
        err.print(line("error", "red", f"--split must be one of {', '.join(corpus.SPLITS)}"))
        raise typer.Exit(2)
    chosen = [split] if split else corpus.splits_in(folder)
    results = [corpus.evaluate_corpus(folder, s) for s in chosen]
    if as_json:
        _print_json({
            r.split: {
                "pages": len(r.pages), "sites": r.sites, "missing": r.missing,
                "entity_f1": r.total.entity_f1, "relation_f1": r.total.relation_f1,
                "by_type": {k: dict(zip(("tp", "predicted", "gold"), v, strict=True))
                            for k, v in r.total.by_type.items()},
                "wrong_types": [{"predicted": a, "gold": b, "names": n}
                                for (a, b), n in r.total.type_confusions.most_common()],
                "named_otherwise": dict(r.total.renamed),
                "per_page": {name: {"entity_f1": s.entity_f1, "relation_f1": s.relation_f1}
                             for name, s in r.pages.items()},
            }
            for r in results
        })  # fmt: skip
        return
    for result in results:
        sys.stdout.write(shown_lines(corpus.format_corpus(result)) + "\n\n")
        if verbose:
            for name, s in result.pages.items():
                _print_details(name, s)


def _print_details(name: str, scores) -> None:
    """`evaluate -v`: what one document's extraction got wrong, under its name."""
    from collabgraph.extract.score_files import details

    for title, items in details(scores):
        out.print(plain(name, "bold") + plain(f" {title}:"))
        for item in items:
            out.print(plain(f"  - {item}"))


@app.command()
def evaluate(
    target: Annotated[
        Path, typer.Argument(help="A write-up or extracted .yaml; or a folder of write-ups.")
    ],
    gold: Annotated[
        Path | None, typer.Argument(help="The gold .yaml (not needed for a folder).")
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="List what was missed and what was extra.")
    ] = False,
    as_json: JsonOpt = False,
    split: Annotated[
        str | None,
        typer.Option(
            help="For a corpus folder: score only one split (`dev`, `test`, or a later pair"
            " such as `dev3`, `test3`; default every split the manifest uses)."
        ),
    ] = None,
) -> None:
    """Score the extractor against hand-written gold seeds: precision, recall, F1.

    A folder is scored document by document (each `<stem>.gold.yaml` beside its
    write-up) with the mean F1 at the bottom. A corpus folder (one with a
    `manifest.yaml`, see corpus/README.md) is scored split by split, with
    figures per relation type and per page.

    Example: `collabgraph evaluate tests/extract/documents/`, `collabgraph evaluate
    corpus/ --split dev` or `collabgraph evaluate
    seeds/building-collaborative-places-launch.txt tests/extract/seed-writeup.gold.yaml`
    """
    import yaml

    from collabgraph.extract import evaluate as score
    from collabgraph.extract import evaluate_dir, format_table
    from collabgraph.extract.score_files import load_seed

    for path in (target, gold):
        if path is not None and not path.exists():
            _fail(f"{path}: no such file", 1)
    try:
        if target.is_dir():
            from collabgraph.extract import corpus

            if corpus.is_corpus(target):
                _evaluate_corpus(target, split, verbose=verbose, as_json=as_json)
                return
            results = evaluate_dir(target)
        elif gold is not None:
            results = {target.name: score(load_seed(target), load_seed(gold))}
        else:
            _fail("give a gold .yaml for a single file")
    except (CollabgraphError, OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        _fail(_problem(target, exc), 1)
    if as_json:
        _print_json({
            name: {
                "entity_precision": s.entity_precision, "entity_recall": s.entity_recall,
                "entity_f1": s.entity_f1, "relation_precision": s.relation_precision,
                "relation_recall": s.relation_recall, "relation_f1": s.relation_f1,
                "mistyped_entities": s.mistyped_entities,
                "renamed_entities": s.renamed_entities,
                "missed_entities": s.missed_entities, "spurious_entities": s.spurious_entities,
                "missed_relations": s.missed_relations,
                "spurious_relations": s.spurious_relations,
                "missed_why": [{"relation": k, "why": why, "count": n}
                               for (k, why), n in s.missed_why.most_common()],
            }
            for name, s in results.items()
        })  # fmt: skip
        return
    sys.stdout.write(shown_lines(format_table(results)) + "\n")
    if verbose:
        from collabgraph.extract.score_files import format_why_missed
        from collabgraph.extract.scores import Scores

        for name, s in results.items():
            _print_details(name, s)
        total = sum(results.values(), Scores())
        if total.missed_why:
            sys.stdout.write("\nWhy gold relations were missed (all documents):\n\n")
            sys.stdout.write(shown_lines(format_why_missed(total)) + "\n")
