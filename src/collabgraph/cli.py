"""The `collabgraph` command: a thin layer over the library.

Errors become a message on stderr and a non-zero exit code; nothing here
talks to a database except through the store contract.
"""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from collabgraph.errors import CollabgraphError
from collabgraph.importer import FileReport, import_paths, seed_files
from collabgraph.queries import collaborators_of, find_entity
from collabgraph.settings import Settings
from collabgraph.store import open_store

app = typer.Typer(
    help="Map who works with whom: import seed files into a graph, query it, serve maps.\n\n"
    "The graph lives in Neo4j when COLLABGRAPH_NEO4J_URI is set, otherwise in an"
    " embedded SQLite file under COLLABGRAPH_DATA_DIR (default .collabgraph/).",
    no_args_is_help=True,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
)
query_app = typer.Typer(help="Ask the graph who works with whom.", no_args_is_help=True)
app.add_typer(query_app, name="query")

out = Console()
err = Console(stderr=True)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


@contextmanager
def _store():
    """Open the configured store; turn collabgraph errors into a message and exit code 1."""
    try:
        with open_store(Settings()) as store:
            yield store
    except CollabgraphError as exc:
        err.print(f"[red]error:[/red] {exc}", markup=True, highlight=False)
        raise typer.Exit(1) from exc


def _print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


@app.command("import")
def import_command(
    paths: Annotated[list[Path], typer.Argument(help="Seed files or folders of them.")],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would change; write nothing.")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Import seed files (YAML/JSON, Kumu CSV, text write-ups) into the graph.

    Each file is one transaction: a file with an error imports nothing and is
    reported with its line; unchanged files are skipped. Exit code 1 when any
    file failed.

    Example: `collabgraph import seeds/` or `collabgraph import --dry-run seeds/new.yaml`
    """
    settings = Settings()
    files = seed_files(paths)
    with _store() as store:
        progress = Progress(
            TextColumn("[progress.description]{task.description}"), BarColumn(),
            MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True,
            disable=as_json or len(files) < 2,
        )  # fmt: skip
        with progress:
            task = progress.add_task("importing", total=len(files))
            reports = import_paths(
                store, files, dry_run=dry_run, max_bytes=settings.max_seed_bytes,
                on_file=lambda r: progress.update(task, advance=1, description=Path(r.path).name),
            )  # fmt: skip
    if as_json:
        _print_json([r.to_dict() for r in reports])
    else:
        _print_reports(reports, dry_run=dry_run)
    if not all(r.ok for r in reports):
        raise typer.Exit(1)


def _print_reports(reports: list[FileReport], *, dry_run: bool) -> None:
    table = Table(title="dry run: nothing written" if dry_run else None)
    table.add_column("file", overflow="fold")
    for col in ("status", "entities +/~/-", "relations +/~/-"):
        table.add_column(col, no_wrap=True)
    for r in reports:
        e, rel = r.entities, r.relations
        colour = {"failed": "red", "skipped": "yellow", "unchanged": "dim"}.get(r.status, "green")
        table.add_row(
            r.path, f"[{colour}]{r.status}[/{colour}]",
            f"{e.added}/{e.updated}/{e.removed}", f"{rel.added}/{rel.updated}/{rel.removed}",
        )  # fmt: skip
    out.print(table)
    for r in reports:
        for problem in r.errors:
            err.print(f"[red]error:[/red] {problem}", highlight=False)
        for warning in r.warnings:
            err.print(f"[yellow]warning:[/yellow] {r.path}: {warning}", highlight=False)


@app.command()
def stats(as_json: JsonOpt = False) -> None:
    """Count entities and relations per type.

    Example: `collabgraph stats --json`
    """
    with _store() as store:
        counts = store.stats().to_dict()
    if as_json:
        _print_json(counts)
        return
    table = Table("kind", "type", "count")
    for kind in ("entities", "relations"):
        for name, n in counts[kind].items():
            table.add_row(kind, name, str(n))
    table.add_row("sources", "", str(counts["sources"]))
    out.print(table)


@query_app.command("collaborators")
def query_collaborators(
    name: Annotated[str, typer.Argument(help="A name, alias or id.")],
    as_json: JsonOpt = False,
) -> None:
    """Who works with NAME, and through what (organisation, event, report, project).

    Example: `collabgraph query collaborators "Henry Kippin"`
    """
    with _store() as store:
        entity, found = collaborators_of(store, name)
    if as_json:
        _print_json({"entity": entity.to_dict(), "collaborators": [c.to_dict() for c in found]})
        return
    out.print(f"[bold]{entity.name}[/bold] ({entity.type}, {entity.id}) works with:")
    if not found:
        out.print("  nobody yet")
    for c in found:
        out.print(f"  [bold]{c.entity.name}[/bold] ({c.entity.type}), weight {c.weight}")
        for ctx in c.contexts:
            via = ctx["via_name"] or "directly"
            roles = ", ".join(x for x in (ctx["role"], ctx["other_role"]) if x)
            out.print(f"    via {via} ({ctx['relation']} / {ctx['other_relation']}"
                      f"{'; ' + roles if roles else ''})", highlight=False)  # fmt: skip
            for sentence in ctx["evidence"][:2]:
                out.print(f"      “{sentence}”", highlight=False)


@query_app.command("path")
def query_path(
    source: Annotated[str, typer.Argument(help="Where the path starts: name, alias or id.")],
    target: Annotated[str, typer.Argument(help="Where it ends.")],
    as_json: JsonOpt = False,
) -> None:
    """The shortest chain of relations from SOURCE to TARGET.

    Example: `collabgraph query path "Henry Kippin" "Cllr Stretton"`
    """
    with _store() as store:
        a, b = find_entity(store, source), find_entity(store, target)
        hops = store.shortest_path(a.id, b.id)
        names = store.entities([x for h in hops for x in (h.source, h.target)])
    if as_json:
        _print_json({"from": a.id, "to": b.id, "hops": [h.to_dict() for h in hops]})
        return
    for hop in hops:
        role = f" ({hop.role})" if hop.role else ""
        out.print(f"{names[hop.source].name} —{hop.type}{role}→ {names[hop.target].name}")


@app.command()
def merge(
    keep: Annotated[str, typer.Argument(help="The entity to keep (name, alias or id).")],
    drop: Annotated[str, typer.Argument(help="The entity folded into it.")],
) -> None:
    """Merge DROP into KEEP for good: relations move, names become aliases.

    Re-imports never split them again.

    Example: `collabgraph merge "Alice Evans" "A. Evans"`
    """
    with _store() as store:
        kept = store.merge(find_entity(store, keep).id, find_entity(store, drop).id)
    out.print(
        f"merged into [bold]{kept.name}[/bold] ({kept.id}); aliases: {', '.join(kept.aliases)}"
    )


@app.command()
def export(
    out_path: Annotated[Path, typer.Argument(metavar="OUT", help="File to write.")],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="json, graphml, gexf or html.")
    ] = "json",
) -> None:
    """Write the whole graph to a file.

    Example: `collabgraph export --format graphml graph.graphml`
    """
    from collabgraph.exporting import FORMATS, export_graph

    if fmt not in FORMATS:
        err.print(f"[red]error:[/red] unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    with _store() as store:
        export_graph(store.subgraph(), fmt, out_path)
    out.print(f"wrote {out_path}")


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Interface to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
) -> None:
    """Serve the API and the maps (default http://127.0.0.1:8000).

    Example: `collabgraph serve --port 8080`
    """
    import uvicorn

    settings = Settings()
    uvicorn.run(
        "api.main:create_app", factory=True,
        host=host or settings.host, port=port or settings.port,
    )  # fmt: skip


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Write-ups: .txt, .md or .html files.")],
    out_dir: Annotated[
        Path | None, typer.Option("--out", help="Folder to write one <stem>.yaml per file into.")
    ] = None,
) -> None:
    """Read write-ups into structured seeds (YAML) to review, edit and import.

    Each relation carries the sentence that shows it and a confidence. With one
    file and no --out the seed goes to stdout; with --out, one file per input.

    Example: `collabgraph extract seeds/launch.txt > launch.yaml` or
    `collabgraph extract posts/ --out reviewed/`
    """
    from collabgraph.extract import TEXT_SUFFIXES, extract_files, to_yaml

    files = [p for p in seed_files(paths) if p.suffix.lower() in TEXT_SUFFIXES]
    if not files:
        err.print("[red]error:[/red] no .txt, .md or .html files given")
        raise typer.Exit(2)
    if out_dir is None and len(files) > 1:
        err.print("[red]error:[/red] several files need --out DIR")
        raise typer.Exit(2)
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    progress = Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(),
        MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True,
        disable=out_dir is None or len(files) < 2,
    )  # fmt: skip
    try:
        with progress:
            task = progress.add_task("extracting", total=len(files))
            for path, seed, warnings in extract_files(files):
                progress.update(task, advance=1, description=path.name)
                for warning in warnings:
                    err.print(f"[yellow]warning:[/yellow] {path}: {warning}", highlight=False)
                if out_dir is None:
                    sys.stdout.write(to_yaml(seed))
                else:
                    (out_dir / f"{path.stem}.yaml").write_text(to_yaml(seed), encoding="utf-8")
    except CollabgraphError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(1) from exc
    if out_dir is not None:
        out.print(f"wrote {len(files)} seed file(s) to {out_dir}")


def _evaluate_corpus(folder: Path, split: str | None, *, verbose: bool, as_json: bool) -> None:
    from collabgraph.extract import corpus

    if split not in (None, *corpus.SPLITS):
        err.print(f"error: --split must be one of {', '.join(corpus.SPLITS)}", markup=False)
        raise typer.Exit(2)
    results = [corpus.evaluate_corpus(folder, s) for s in ([split] if split else corpus.SPLITS)]
    if as_json:
        _print_json({
            r.split: {
                "pages": len(r.pages), "sites": r.sites, "missing": r.missing,
                "entity_f1": r.total.entity_f1, "relation_f1": r.total.relation_f1,
                "by_type": {k: dict(zip(("tp", "predicted", "gold"), v, strict=True))
                            for k, v in r.total.by_type.items()},
                "per_page": {name: {"entity_f1": s.entity_f1, "relation_f1": s.relation_f1}
                             for name, s in r.pages.items()},
            }
            for r in results
        })  # fmt: skip
        return
    for result in results:
        sys.stdout.write(corpus.format_corpus(result) + "\n\n")
        if verbose:
            for name, s in result.pages.items():
                for title, items in (
                    ("missed entities", s.missed_entities),
                    ("extra entities", s.spurious_entities),
                    ("missed relations", s.missed_relations),
                    ("extra relations", s.spurious_relations),
                ):
                    if items:
                        out.print(f"{name} {title}:", highlight=False, markup=False)
                        for item in items:
                            out.print(f"  - {item}", highlight=False, markup=False)


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
        typer.Option(help="For a corpus folder: score only `dev` or `test` (default both)."),
    ] = None,
) -> None:
    """Score the extractor against hand-written gold seeds: precision, recall, F1.

    A folder is scored document by document (each `<stem>.gold.yaml` beside its
    write-up) with the mean F1 at the bottom. A corpus folder (one with a
    `manifest.yaml`, see corpus/README.md) is scored split by split, with
    figures per relation type and per page.

    Example: `collabgraph evaluate tests/extract/documents/`,
    `collabgraph evaluate corpus/ --split dev` or
    `collabgraph evaluate seeds/launch.txt launch.gold.yaml`
    """
    from collabgraph.extract import evaluate as score
    from collabgraph.extract import evaluate_dir, format_table
    from collabgraph.extract.scoring import load_seed

    if target.is_dir():
        from collabgraph.extract import corpus

        if corpus.is_corpus(target):
            _evaluate_corpus(target, split, verbose=verbose, as_json=as_json)
            return
    if target.is_dir():
        results = evaluate_dir(target)
    elif gold is not None:
        results = {target.name: score(load_seed(target), load_seed(gold))}
    else:
        err.print("[red]error:[/red] give a gold .yaml for a single file")
        raise typer.Exit(2)
    if as_json:
        _print_json({
            name: {
                "entity_precision": s.entity_precision, "entity_recall": s.entity_recall,
                "entity_f1": s.entity_f1, "relation_precision": s.relation_precision,
                "relation_recall": s.relation_recall, "relation_f1": s.relation_f1,
                "missed_entities": s.missed_entities, "spurious_entities": s.spurious_entities,
                "missed_relations": s.missed_relations,
                "spurious_relations": s.spurious_relations,
            }
            for name, s in results.items()
        })  # fmt: skip
        return
    sys.stdout.write(format_table(results) + "\n")
    if verbose:
        for name, s in results.items():
            for title, items in (
                ("missed entities", s.missed_entities),
                ("extra entities", s.spurious_entities),
                ("missed relations", s.missed_relations),
                ("extra relations", s.spurious_relations),
            ):
                if items:
                    out.print(f"[bold]{name}[/bold] {title}:", highlight=False)
                    for item in items:
                        out.print(f"  - {item}", highlight=False, markup=False)


def main() -> None:  # pragma: no cover - console entry point
    app()
