"""Corrections: edit, delete and merge entities; state, correct and reject relations;
the history of decisions and undoing one. Every write needs `X-API-Key` and is
kept as a decision (`collabgraph.edits`), which later imports respect."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from collabgraph import edits
from collabgraph.api.deps import StoreDep, WriteAccess
from collabgraph.api.edit_schemas import (
    NOTE,
    WHO,
    EditedOut,
    EntityPatch,
    HistoryOut,
    MergeIn,
    RelationIn,
    RelationPatch,
    UndoIn,
)
from collabgraph.api.routers.entities import RefPath
from collabgraph.api.schemas import AMBIGUOUS, NOT_FOUND, UNAVAILABLE, ErrorOut, RelationOut
from collabgraph.queries import find_entity

router = APIRouter()

DEFAULT_WHO = "api"
KEY_ERRORS = {
    400: {"model": ErrorOut, "description": "The body is not JSON."},
    401: {"model": ErrorOut, "description": "Missing or wrong X-API-Key."},
    403: {"model": ErrorOut, "description": "Writes are disabled: no API key is configured."},
}
EDIT_ERRORS = {
    **KEY_ERRORS,
    **NOT_FOUND,
    **AMBIGUOUS,
    422: {"model": ErrorOut, "description": "A type outside the vocabulary, a relation type"
          " that does not fit its ends, or values that cannot be taken."},
    **UNAVAILABLE,
}  # fmt: skip
RelationPath = Annotated[
    str, Path(description="A relation's id.", examples=["works_for:3c1f0e6a9b2d4e71"])
]
NoteQuery = Annotated[str | None, Query(max_length=2000, description=NOTE.description)]
WhoQuery = Annotated[str | None, Query(max_length=200, description=WHO.description)]


def _who(who: str | None) -> str:
    return (who or "").strip() or DEFAULT_WHO


@router.patch(
    "/entities/{ref:entity_ref}", response_model=EditedOut, dependencies=[WriteAccess],
    responses=EDIT_ERRORS, tags=["corrections"],
)  # fmt: skip
def patch_entity(store: StoreDep, ref: RefPath, body: EntityPatch) -> dict:
    """Correct an entity's type, name, description, title or aliases. A corrected type
    stays corrected when files are imported again; relations that no longer fit it
    are kept out and listed in `kept_out` for a person to correct."""
    add, remove = list(body.add_aliases), list(body.remove_aliases)
    if body.aliases is not None:
        now = find_entity(store, ref).aliases
        add += [a for a in body.aliases if a not in now]
        remove += [a for a in now if a not in body.aliases]
    done = edits.edit_entity(
        store, ref, who=_who(body.who), note=body.note, type=body.type, name=body.name,
        description=body.description, title=body.title, add_aliases=add, remove_aliases=remove,
    )  # fmt: skip
    return done.to_dict()


@router.delete(
    "/entities/{ref:entity_ref}", response_model=EditedOut, dependencies=[WriteAccess],
    responses=EDIT_ERRORS, tags=["corrections"],
)  # fmt: skip
def delete_entity(store: StoreDep, ref: RefPath, note: NoteQuery = None, who: WhoQuery = None):
    """Keep an entity and its relations out of the graph, also when files that name it
    are imported again (`POST /history/{id}/undo` brings it back)."""
    return edits.delete_entity(store, ref, who=_who(who), note=note).to_dict()


@router.post(
    "/entities/{ref:entity_ref}/merge", response_model=EditedOut, dependencies=[WriteAccess],
    responses={**EDIT_ERRORS, 409: {"model": ErrorOut, "description": "Already one entity,"
               " or an ambiguous name."}}, tags=["corrections"],
)  # fmt: skip
def merge_entity(store: StoreDep, ref: RefPath, body: MergeIn) -> dict:
    """Fold this entity into another (`into`): its relations, mentions and names are the
    other's, across later imports too. Undo splits them again."""
    return edits.merge_entities(store, body.into, ref, who=_who(body.who), note=body.note).to_dict()


@router.post(
    "/relations", response_model=EditedOut, status_code=201, dependencies=[WriteAccess],
    responses=EDIT_ERRORS, tags=["corrections"],
)  # fmt: skip
def post_relation(store: StoreDep, body: RelationIn) -> dict:
    """State a relation. The person is its source (`decision:<n>` in `sources`) and the
    note its evidence. 422 when the type does not fit its ends."""
    return edits.relate(
        store, body.source, body.type, body.target, who=_who(body.who), note=body.note,
        role=body.role, since=body.since, until=body.until,
    ).to_dict()  # fmt: skip


@router.get(
    "/relations/{rid}", response_model=RelationOut, tags=["corrections"],
    responses={404: {"model": ErrorOut, "description": "No relation by that id."}, **UNAVAILABLE},
)  # fmt: skip
def get_relation(store: StoreDep, rid: RelationPath) -> dict:
    """One relation by id: in the graph, or kept out of it but said by a file."""
    return edits.known_relation(store, rid).to_dict()


@router.patch(
    "/relations/{rid}", response_model=EditedOut, dependencies=[WriteAccess],
    responses=EDIT_ERRORS, tags=["corrections"],
)  # fmt: skip
def patch_relation(store: StoreDep, rid: RelationPath, body: RelationPatch) -> dict:
    """Correct a relation's type, ends, role, since or until. Files that state it keep
    stating it corrected. 422 when the result does not fit its ends."""
    values = body.model_dump(exclude={"who", "note"}, exclude_unset=True)
    return edits.edit_relation(store, rid, who=_who(body.who), note=body.note, **values).to_dict()


@router.delete(
    "/relations/{rid}", response_model=EditedOut, dependencies=[WriteAccess],
    responses={**EDIT_ERRORS, 409: {"model": ErrorOut, "description": "Rejected already."}},
    tags=["corrections"],
)  # fmt: skip
def delete_relation(
    store: StoreDep, rid: RelationPath, note: NoteQuery = None, who: WhoQuery = None
) -> dict:
    """Reject a relation: it stays out of the graph when files that state it are
    imported again."""
    return edits.reject_relation(store, rid, who=_who(who), note=note).to_dict()


@router.get("/history", response_model=HistoryOut, tags=["corrections"],
            responses={**NOT_FOUND, **UNAVAILABLE})  # fmt: skip
def get_history(
    store: StoreDep,
    entity: Annotated[
        str | None, Query(description="Only decisions about this entity (name, alias or id).")
    ] = None,
) -> dict:
    """Every decision, newest first, with who made it, when and why; undone ones say so."""
    return {"decisions": [d.to_dict() for d in edits.history(store, entity)]}


@router.post(
    "/history/{decision_id}/undo", response_model=EditedOut, dependencies=[WriteAccess],
    responses={**KEY_ERRORS, 404: {"model": ErrorOut, "description": "No such decision."},
               409: {"model": ErrorOut, "description": "Undone already."}, **UNAVAILABLE},
    tags=["corrections"],
)  # fmt: skip
def undo_decision(
    store: StoreDep,
    decision_id: Annotated[str, Path(examples=["decision:3"])],
    body: UndoIn | None = None,
) -> dict:
    """Undo a decision: the graph shows again what the files say."""
    body = body or UndoIn()
    return edits.undo(store, decision_id, who=_who(body.who), note=body.note).to_dict()
