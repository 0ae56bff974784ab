"""The `collabgraph` commands that correct the graph: edit, delete, relate, unrelate,
merge, split, history and undo. Each change is a decision (`collabgraph.edits`)
recorded with who made it (COLLABGRAPH_USER, by default the login name), when
and why (`--note`); later imports respect it and `undo` takes it back.

Registered on the `collabgraph` app by `collabgraph.cli`.
"""

from __future__ import annotations

from typing import Annotated

import typer

from collabgraph import edits
from collabgraph.cli import JsonOpt, _fail, _print_json, _store, app, err, out
from collabgraph.edits import Edited
from collabgraph.model.decision import Decision
from collabgraph.model.vocabulary import ENTITY_TYPES, RELATION_TYPES
from collabgraph.settings import Settings

NoteOpt = Annotated[
    str | None, typer.Option("--note", "-m", help="Why: kept with the decision in the history.")
]


def _who() -> str:
    return Settings().user


def _plain(text: object) -> None:
    """Print data as it is: names are never read as markup."""
    out.print(str(text), markup=False, highlight=False, soft_wrap=True)


def _report_many(done: list[Edited], as_json: bool) -> None:
    """Several edits: one JSON list, or each reported in turn."""
    if as_json:
        _print_json([d.to_dict() for d in done])
        return
    for one in done:
        _report(one, False)


def _report(done: Edited, as_json: bool) -> None:
    if as_json:
        _print_json(done.to_dict())
        return
    d = done.decision
    _plain(f"{d.id}: {_summary(d)}")
    if done.entity is not None:
        e = done.entity
        aliases = f"; aliases: {', '.join(e.aliases)}" if e.aliases else ""
        _plain(f"  now: {e.name} ({e.type}, {e.id}){aliases}")
    if done.relation is not None:
        r = done.relation
        _plain(f"  now: {r.source} {r.type} {r.target}{_role(r.role)} ({r.id})")
    for fact in done.kept_out:
        why = f": {fact['reason']}" if fact["reason"] else ""
        a, b = fact.get("source_name") or fact["source"], fact.get("target_name") or fact["target"]
        _plain(f"  kept out ({fact['status']}{why}): {a} {fact['type']} {b}{_role(fact['role'])}")
    for warning in done.warnings:
        err.print(f"warning: {warning}", markup=False, highlight=False)
    if d.undone is None:
        _plain(f"  undo with: collabgraph undo {d.id}")


def _role(role: str | None) -> str:
    return f" ({role})" if role else ""


def _summary(d: Decision) -> str:
    """One line saying what a decision did (names as they were then)."""
    c = d.change
    names = {i: e.get("name", i) for i, e in c.get("ends", {}).items()}

    def rel(r: dict) -> str:
        a, b = names.get(r["source"], r["source"]), names.get(r["target"], r["target"])
        return f"{a} {r['type']} {b}{_role(r.get('role'))}"

    if d.kind == "edit":
        parts = [
            f"{k} {c.get('before', {}).get(k)!r} -> {v!r}" for k, v in c.get("set", {}).items()
        ]
        parts += [f"alias +{a!r}" for a in c.get("add_aliases", ())]
        parts += [f"alias -{a!r}" for a in c.get("remove_aliases", ())]
        return f"edited {c.get('before', {}).get('name', d.target)}: {', '.join(parts)}"
    if d.kind == "delete":
        return f"deleted {c['entity']['name']!r} ({d.target})"
    if d.kind == "merge":
        return f"merged {c['entity']['name']!r} ({d.target}) into {c['into']}"
    if d.kind == "relate":
        return f"stated {rel(c['relation'])}"
    if d.kind == "edit_relation":
        return f"corrected {rel(c['before'])}: " + ", ".join(
            f"{k} {names.get(c['before'].get(k), c['before'].get(k))!r} -> {names.get(v, v)!r}"
            for k, v in c.get("set", {}).items()
        )
    if d.kind == "reject":
        return f"rejected {rel(c['relation'])}"
    n = len(c.get("relations", ())) + len(c.get("entities", ()))
    return f"accepted {n} fact(s)" + (f" of {d.target}" if d.target else "")


@app.command()
def edit(
    name: Annotated[str, typer.Argument(help="The entity: a name, alias or id.")],
    type_: Annotated[
        str | None,
        typer.Option("--type", help=f"Its type: {', '.join(ENTITY_TYPES)}.", metavar="TYPE"),
    ] = None,
    new_name: Annotated[str | None, typer.Option("--name", help="Its name.")] = None,
    description: Annotated[
        str | None, typer.Option(help='Its description ("" clears what files say).')
    ] = None,
    title: Annotated[str | None, typer.Option(help="A person's title (Cllr, Dame, ...).")] = None,
    alias: Annotated[
        list[str] | None, typer.Option("--alias", help="Add an alias (repeat for more).")
    ] = None,
    drop_alias: Annotated[
        list[str] | None, typer.Option("--drop-alias", help="Remove an alias (repeat for more).")
    ] = None,
    note: NoteOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Correct an entity's type, name, description, title or aliases.

    A corrected type stays corrected when files are imported again; relations
    that no longer fit it are kept out and listed, for you to correct (`relate`,
    the review page) or leave out.

    Example: `collabgraph edit "Gareth Owusu" --type Person --note "a person, not a firm"`
    or `collabgraph edit "Collaborate CIC" --alias Collaborate`
    """
    if type_ is new_name is description is title is None and not alias and not drop_alias:
        _fail("say what to change: --type, --name, --description, --title, --alias or --drop-alias")
    with _store(writing=True) as store:
        done = edits.edit_entity(
            store, name, who=_who(), note=note, type=type_, name=new_name,
            description=description, title=title, add_aliases=alias or (),
            remove_aliases=drop_alias or (),
        )  # fmt: skip
    _report(done, as_json)


@app.command()
def delete(
    name: Annotated[str, typer.Argument(help="The entity: a name, alias or id.")],
    note: NoteOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Take an entity, and every relation it has, out of the graph.

    It stays out when files that name it are imported again; `collabgraph undo`
    brings it back as the files describe it.

    Example: `collabgraph delete "Spring Kelby Forum" --note "not an organisation"`
    """
    with _store(writing=True) as store:
        done = edits.delete_entity(store, name, who=_who(), note=note)
    _report(done, as_json)


@app.command()
def relate(
    source: Annotated[str, typer.Argument(metavar="FROM", help="Name, alias or id.")],
    rel_type: Annotated[
        str, typer.Argument(metavar="TYPE", help=f"One of {', '.join(RELATION_TYPES)}.")
    ],
    target: Annotated[str, typer.Argument(metavar="TO", help="Name, alias or id.")],
    role: Annotated[str | None, typer.Option(help="The role (Director, speaker, ...).")] = None,
    since: Annotated[str | None, typer.Option(help="When it began (2019, 2019-04, ...).")] = None,
    until: Annotated[str | None, typer.Option(help="When it ended.")] = None,
    note: NoteOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """State a relation yourself: you are its source, the note its evidence.

    Example: `collabgraph relate "Gareth Owusu" WORKS_FOR "Acme Housing" --role Director
    --since 2019 --note "his LinkedIn"`
    """
    with _store(writing=True) as store:
        done = edits.relate(
            store, source, rel_type, target, who=_who(), note=note, role=role, since=since,
            until=until,
        )  # fmt: skip
    _report(done, as_json)


@app.command()
def unrelate(
    source: Annotated[str, typer.Argument(metavar="FROM", help="Name, alias or id.")],
    rel_type: Annotated[str, typer.Argument(metavar="TYPE", help="The relation type.")],
    target: Annotated[str, typer.Argument(metavar="TO", help="Name, alias or id.")],
    role: Annotated[
        str | None, typer.Option(help="Only the relation with this role (when there are several).")
    ] = None,
    every: Annotated[
        bool, typer.Option("--all", help="Reject every such relation, whatever its role or dates.")
    ] = False,
    note: NoteOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Reject a relation: it stays out of the graph when files that state it are
    imported again.

    Example: `collabgraph unrelate "Kirkdale Council" LOCATED_IN Kirkdale --note "wrong place"`
    """
    with _store(writing=True) as store:
        found = edits.find_relations(store, source, rel_type, target, role=role)
        if len(found) > 1 and not every:
            listed = "; ".join(f"{r.id}{_role(r.role)}" for r in found)
            _fail(f"{len(found)} such relations ({listed}): give --role, or --all for every one", 1)
        done = [edits.reject_relation(store, r.id, who=_who(), note=note) for r in found]
    _report_many(done, as_json)


@app.command()
def split(
    name: Annotated[
        str, typer.Argument(help="A merged-away name (or id), or the entity merges kept.")
    ],
    note: NoteOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Split what a merge joined: the merged entity comes back with what the files
    say of it. Given the entity that was kept, every merge into it is undone.

    Example: `collabgraph split "A. Evans"`
    """
    with _store(writing=True) as store:
        done = edits.split(store, name, who=_who(), note=note)
    _report_many(done, as_json)


@app.command()
def history(
    name: Annotated[
        str | None, typer.Argument(help="Only decisions about this entity (name, alias or id).")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Every decision, newest first: who made it, when, why, and whether it was undone.

    Example: `collabgraph history` or `collabgraph history "Gareth Owusu" --json`
    """
    with _store() as store:
        found = edits.history(store, name)
    if as_json:
        _print_json([d.to_dict() for d in found])
        return
    if not found:
        _plain("no decisions yet")
    for d in found:
        undone = f" [undone by {d.undone.who}, {d.undone.at}]" if d.undone else ""
        why = f" — {d.note}" if d.note else ""
        _plain(f"{d.id}  {d.at}  {d.who}: {_summary(d)}{why}{undone}")


@app.command()
def undo(
    decision: Annotated[str, typer.Argument(metavar="ID", help="A decision id (decision:3).")],
    note: NoteOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Undo a decision: the graph shows again what the files say.

    Example: `collabgraph undo decision:3 --note "merged by mistake"`
    """
    with _store(writing=True) as store:
        done = edits.undo(store, decision, who=_who(), note=note)
    if as_json:
        _print_json(done.to_dict())
        return
    _plain(f"undid {done.decision.id}: {_summary(done.decision)}")
    for warning in done.warnings:
        err.print(f"warning: {warning}", markup=False, highlight=False)
