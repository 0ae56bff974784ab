"""The `collabgraph export` command: the graph as a file Gephi, yEd, Cytoscape,
Kumu or networkx reads, or as an offline html map.

Registered on the `collabgraph` app by `collabgraph.cli`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from collabgraph.cli import _fail, _store, app, err, out
from collabgraph.terminal import line, plain


@app.command()
def export(
    out_path: Annotated[
        Path,
        typer.Argument(metavar="OUT", help="File to write; its extension gives the format."),
    ],
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="json (networkx node-link), graphml, gexf, kumu (a Kumu JSON blueprint)"
            " or html; by default the extension of OUT (.kumu.json: kumu), else json.",
        ),
    ] = None,
    reciprocal: Annotated[
        bool,
        typer.Option(
            "--reciprocal",
            help="GraphML/GEXF: each partnership or collaboration as two opposite directed"
            " edges instead of one undirected edge, for readers such as networkx that"
            " refuse graphs mixing both.",
        ),
    ] = False,
    view: Annotated[
        str, typer.Option(help="html: entities, people or organisations (who works with whom).")
    ] = "entities",
    around: Annotated[
        str | None, typer.Option(help="html: one entity's map (id, name or alias).")
    ] = None,
    depth: Annotated[int, typer.Option(help="html: hops around --around (1-3).")] = 1,
    limit: Annotated[
        int | None, typer.Option(help="html: most entities on a whole map, most influential first.")
    ] = None,
    entity_type: Annotated[
        list[str] | None, typer.Option("--type", help="html: keep entities of this type (repeat).")
    ] = None,
    relation: Annotated[
        list[str] | None, typer.Option(help="html: keep relations of this type (repeat).")
    ] = None,
    since: Annotated[str | None, typer.Option(help="html: keep what is dated on or after.")] = None,
    until: Annotated[str | None, typer.Option(help="html: keep what is dated until.")] = None,
    community: Annotated[int | None, typer.Option(help="html: keep one community.")] = None,
    color_by: Annotated[str | None, typer.Option(help="html: colour by type or community.")] = None,
) -> None:
    """Write the whole graph to a file Gephi, yEd, Cytoscape or networkx reads, or a map.

    GraphML and GEXF carry every field as a typed attribute (relation type,
    role, dates, confidence, evidence, sources); `collabgraph import` reads the
    file back into the same graph. An html map opens offline and draws what
    `/map` draws for the same options (`/map/REF` with --around).

    Example: `collabgraph export graph.graphml` or `collabgraph export --format gexf
    graph.gexf` or `collabgraph export --format kumu blueprint.json` or
    `collabgraph export --view people people.html` or
    `collabgraph export --around "Henry Kippin" --depth 2 kippin.html`
    """
    from collabgraph.exporting import FORMATS, export_graph, export_map, format_for

    fmt = (fmt or format_for(out_path) or "json").lower()
    if fmt not in FORMATS:
        _fail(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    folder = out_path.parent
    if out_path.is_dir():
        _fail(f"{out_path} is a folder; give a file name such as {out_path / ('graph.' + fmt)}")
    if not folder.is_dir():
        _fail(f"cannot write {out_path}: the folder {folder} does not exist")
    if fmt == "html":
        request = _map_request(
            view, around, depth, limit, entity_type, relation, since, until, community, color_by
        )
        with _store() as store:
            try:
                drawn = export_map(store, request, out_path)
            except OSError as exc:
                _fail(f"cannot write {out_path}: {exc.strerror or exc}", 1)
        summary = drawn.summary()
        out.print(
            plain(
                f"wrote {out_path} (map: {summary['node_count']:,} entities,"
                f" {summary['edge_count']:,} edges)"
            ),
            soft_wrap=True,  # a path the user copies is never broken across lines
        )
        return
    with _store() as store:
        subgraph = store.subgraph()
    try:
        removed = export_graph(subgraph, fmt, out_path, reciprocal=reciprocal)
    except OSError as exc:
        _fail(f"cannot write {out_path}: {exc.strerror or exc}", 1)
    out.print(
        plain(
            f"wrote {out_path} ({fmt}: {len(subgraph.entities)} entities,"
            f" {len(subgraph.relations)} relations)"
        ),
        soft_wrap=True,
    )
    if removed:
        err.print(
            line(
                "warning",
                "yellow",
                f"left out {removed} character(s) that XML cannot hold (control"
                " characters) from stored values",
            )
        )


def _map_request(view, around, depth, limit, types, relations, since, until, community, color_by):
    """The `MapRequest` export's html options describe; a bad option ends the command (2)."""
    from collabgraph.maps import DEFAULT_LIMIT, MapFilters, MapRequest

    try:
        return MapRequest(
            view=view,
            filters=MapFilters(
                types=tuple(types) if types else None,
                relations=tuple(relations) if relations else None,
                since=since,
                until=until,
                community=community,
            ),
            focus=around,
            depth=depth,
            limit=limit or DEFAULT_LIMIT,
            color_by=color_by,
        )
    except ValueError as exc:
        _fail(exc)
