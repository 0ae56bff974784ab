"""The `collabgraph query` commands: `collaborators` (who works with whom, and
through what) and `path` (the shortest chain of relations between two names).

Registered on the `collabgraph` app by `collabgraph.cli`.
"""

from __future__ import annotations

from typing import Annotated

import typer

from collabgraph.analysis.paths import DEFAULT_MAX_HOPS, MAX_HOPS_LIMIT, MAX_PATHS
from collabgraph.cli import JsonOpt, _print_json, _store, out, query_app
from collabgraph.queries import collaborators_of, path_between
from collabgraph.terminal import plain

SinceOpt = Annotated[
    str | None,
    typer.Option(help="Only what held on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)."),
]
UntilOpt = Annotated[
    str | None, typer.Option(help="Only what held on or before this date (its last day).")
]


@query_app.command("collaborators")
def query_collaborators(
    name: Annotated[str, typer.Argument(help="A person's or organisation's name, alias or id.")],
    since: SinceOpt = None,
    until: UntilOpt = None,
    cofunded: Annotated[
        bool, typer.Option(help="Count co-grantees of one funder as working together.")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Who NAME works with, and through what (organisation, event, report, project,
    a shared person, or a direct tie), with the sentence that shows each side's tie.

    People work with people and organisations with organisations
    (docs/collaboration.md). Relations without dates count in every window.

    Example: `collabgraph query collaborators "Henry Kippin" --since 2022 --until 2023`
    """
    with _store() as store:
        found = collaborators_of(store, name, since=since, until=until, cofunded=cofunded)
    if as_json:
        _print_json(found)
        return
    _print_collaborators(found)


def _print_collaborators(found: dict) -> None:
    entity, window = found["entity"], found["window"]
    span = " ".join(f"{k} {window[k]}" for k in ("since", "until") if window[k])
    out.print(
        plain(entity["name"], "bold")
        + plain(f" ({entity['type']}, {entity['id']})" + (f", {span}" if span else ""))
    )
    if found["affiliations"]:
        names = ", ".join(a["name"] for a in found["affiliations"])
        label = "own organisations" if entity["type"] == "Person" else "own people"
        out.print(plain(f"  {label}: {names}"))
    out.print("  works with:" if found["collaborators"] else "  works with nobody yet")
    for c in found["collaborators"]:
        out.print(
            plain("  ") + plain(c["name"], "bold") + plain(f" ({c['type']}), weight {c['weight']}")
        )
        for ctx in c["contexts"]:
            via = ctx["via"]["name"] if ctx["via"] else "directly"
            out.print(plain(f"    via {via}: {_side(ctx['own'])} / {_side(ctx['other'])}"))
            for e in [e for r in ctx["other"] for e in r["evidence"]][:2]:
                out.print(plain(f"      “{e['text']}”"))
    if span and window["timeless"]:
        out.print(f"  ({window['timeless']} relations without dates counted as timeless)")


def _side(relations: list[dict]) -> str:
    return ", ".join(r["type"] + (f" ({r['role']})" if r["role"] else "") for r in relations)


@query_app.command("path")
def query_path(
    source: Annotated[str, typer.Argument(help="Where the path starts: name, alias or id.")],
    target: Annotated[str, typer.Argument(help="Where it ends.")],
    max_hops: Annotated[
        int, typer.Option(min=0, max=MAX_HOPS_LIMIT, help="Longest path looked for, in relations.")
    ] = DEFAULT_MAX_HOPS,
    paths: Annotated[
        int, typer.Option(min=1, max=MAX_PATHS, help="How many shortest paths to show.")
    ] = 1,
    since: SinceOpt = None,
    until: UntilOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """The shortest chain of relations from SOURCE to TARGET, direction ignored, every
    hop explained (the same answer as `GET /path`).

    Example: `collabgraph query path "Henry Kippin" "Cllr Stretton" --paths 3`
    """
    with _store() as store:
        found = path_between(
            store, source, target, max_hops=max_hops, paths=paths, since=since, until=until
        )
    if as_json:
        _print_json(found)
        return
    hops = "hop" if found["length"] == 1 else "hops"
    out.print(
        plain(found["source"]["name"], "bold")
        + plain(" to ")
        + plain(found["target"]["name"], "bold")
        + plain(f": {found['length']} {hops}")
    )
    for i, steps in enumerate([found, *found["alternatives"]]):
        if found["alternatives"]:
            out.print(f"path {i + 1}:")
        for hop in steps["hops"]:
            for r in hop["relations"]:
                out.print(plain(f"  {r['text']}"))
