"""The `collabgraph` command: a thin layer over the library.

Errors become a message on stderr and a non-zero exit code; nothing here
talks to a database except through the store contract.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
import typer.core
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from collabgraph.errors import CollabgraphError, SeedError
from collabgraph.importer import FileReport, import_paths, seed_files
from collabgraph.ingest.web import fetch
from collabgraph.settings import Settings
from collabgraph.store import new_store_path, open_store
from collabgraph.terminal import line, markup_safe, plain, to_json

_option_type = typer.core.TyperOption.display_type_rich


def _flag_type(self: typer.core.TyperOption, ctx) -> str | None:
    # typer's rich help prints "<bool>" beside every flag as if it took a value; a flag
    # takes none, so it shows no type.
    return None if self.is_flag else _option_type(self, ctx)


typer.core.TyperOption.display_type_rich = _flag_type

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

# Everything printed from the data goes through collabgraph.terminal (`plain`,
# `line`): rich never reads a name as markup or emoji, and no control character
# reaches the terminal.
out = Console(emoji=False, highlight=False)
err = Console(stderr=True, emoji=False, highlight=False)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


@contextmanager
def _store(*, writing: bool = False):
    """Open the configured store; turn collabgraph errors into a message and exit code 1.

    Says so when the embedded store does not exist yet, so that running from
    another folder never looks like an emptied graph.
    """
    settings = Settings()
    new = new_store_path(settings)
    if new:
        what = "a new graph" if writing else "a new, empty graph"
        err.print(
            plain(
                f"note: no graph at {new} yet; starting {what} there (run from the folder you"
                " imported in, or set COLLABGRAPH_DATA_DIR)"
            )
        )
    try:
        with open_store(settings) as store:
            yield store
    except CollabgraphError as exc:
        _fail(exc, 1)


def _fail(message: object, code: int = 2):
    """Print `error: message` on stderr (each problem of a refused seed on its own
    line) and end with `code` (1: the input was refused, 2: the command line was
    wrong)."""
    for problem in message.problems if isinstance(message, SeedError) else [message]:
        err.print(line("error", "red", problem))
    raise typer.Exit(code)


def _print_json(data: object) -> None:
    sys.stdout.write(to_json(data) + "\n")


def _progress(*, hidden: bool) -> Progress:
    """The bar long imports and extractions show on stderr, one step per file."""
    return Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(),
        MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True, disable=hidden,
    )  # fmt: skip


@app.command("import")
def import_command(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Seed files, folders of them, or http(s) addresses of web pages and documents.",
            metavar="PATH_OR_URL...",
        ),
    ],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would change; write nothing.")
    ] = False,
    review: Annotated[
        bool,
        typer.Option(
            "--review",
            help="Keep what text files say out of the graph, 'to review', until accepted on"
            " the review page (the default when COLLABGRAPH_TEXT_IMPORTS=review).",
        ),
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Import seed files into the graph: YAML/JSON, Kumu tables (.csv or .tsv in any
    common encoding, Excel .xlsx workbooks, JSON blueprints), 360Giving grants files
    (.csv, .xlsx, .json: each grant a FUNDED relation), text write-ups (.txt, .md,
    .html), PDF and Word (.docx) documents, web pages by address, and graph files
    exported by collabgraph or other tools (.graphml, .gexf, node-link .json).

    Each file is one transaction: a file with an error imports nothing and is
    reported with its line; unchanged files are skipped. Exit code 1 when any
    file failed.

    Facts read from text go straight into the graph, marked not reviewed, or
    with --review wait until accepted; check them on the review page
    (`collabgraph serve`, then /review).

    Example: `collabgraph import seeds/` or `collabgraph import --dry-run
    seeds/building-collaborative-places.yaml` or `collabgraph import
    https://example.org/news/launch`
    """
    settings = Settings()
    files = seed_files(paths)
    if not files:
        _fail(f"no seed files in {', '.join(paths)}", 1)

    def fetcher(url: str):
        return fetch(url, max_bytes=settings.max_seed_bytes, timeout=settings.fetch_timeout)

    with _store(writing=not dry_run) as store:
        progress = _progress(hidden=as_json or len(files) < 2)
        with progress:
            task = progress.add_task("importing", total=len(files))
            reports = import_paths(
                store, files, dry_run=dry_run, max_bytes=settings.max_seed_bytes,
                on_file=lambda r: progress.update(
                    task, advance=1, description=markup_safe(Path(r.path).name)
                ),
                fetcher=fetcher, review=review or settings.text_imports == "review",
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
            plain(r.path), plain(r.status, colour),
            f"{e.added}/{e.updated}/{e.removed}", f"{rel.added}/{rel.updated}/{rel.removed}",
        )  # fmt: skip
    out.print(table)
    for r in reports:
        for problem in r.errors:
            err.print(line("error", "red", problem))
        for warning in r.warnings:
            err.print(line("warning", "yellow", f"{r.path}: {warning}"))


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
            table.add_row(kind, plain(name), str(n))
    table.add_row("sources", "", str(counts["sources"]))
    out.print(table)


@app.command()
def merge(
    keep: Annotated[str, typer.Argument(help="The entity to keep (name, alias or id).")],
    drop: Annotated[str, typer.Argument(help="The entity folded into it.")],
    note: Annotated[
        str | None, typer.Option("--note", "-m", help="Why: kept with the decision.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Merge DROP into KEEP: relations move, names become aliases.

    Re-imports keep them merged; `collabgraph split DROP` (or `undo`) splits them
    again, each with what the files say of it.

    Example: `collabgraph merge "Alice Evans" "A. Evans"`
    """
    from collabgraph import edits

    with _store(writing=True) as store:
        done = edits.merge_entities(store, keep, drop, who=Settings().user, note=note)
    if as_json:
        _print_json(done.to_dict())
        return
    kept = done.entity
    out.print(
        plain("merged into ")
        + plain(kept.name, "bold")  # type: ignore[union-attr]
        + plain(f" ({kept.id}); aliases: {', '.join(kept.aliases)}")  # type: ignore[union-attr]
        + plain(f" [{done.decision.id}; undo with: collabgraph split {drop}]")
    )


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
    new = new_store_path(settings)
    if new:
        err.print(
            plain(
                f"note: no graph at {new} yet; serving a new, empty graph (run from the folder"
                " you imported in, or set COLLABGRAPH_DATA_DIR)"
            )
        )
    uvicorn.run(
        "collabgraph.api.main:create_app", factory=True,
        host=host or settings.host, port=port or settings.port,
    )  # fmt: skip


# The commands that query, export, read write-ups and correct the graph register
# themselves on `app`.
from collabgraph import cli_edits, cli_export, cli_extract, cli_query  # noqa: E402, F401


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover - `python -m collabgraph.cli`
    # Run as a script this file is `__main__`, a second copy: the commands of
    # cli_extract and cli_edits register on the imported `collabgraph.cli`'s app.
    from collabgraph.cli import main as _main

    _main()
