"""Reviewing what the extractor read: each write-up's facts as JSON (`/reviews`) and
as a page to work through (`/review`), and accepting facts (`X-API-Key`).
Rejecting and correcting use the corrections routes."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path
from fastapi.responses import HTMLResponse

from collabgraph.api.deps import StoreDep, WriteAccess
from collabgraph.api.edit_schemas import AcceptIn, EditedOut, ReviewListOut, ReviewOut
from collabgraph.api.routers.corrections import EDIT_ERRORS, _who
from collabgraph.api.schemas import UNAVAILABLE, ErrorOut
from collabgraph.render import CSP
from collabgraph.render.review import render_review, render_review_list
from collabgraph.review import accept_facts as accept_source_facts
from collabgraph.review import review_source, reviewable

router = APIRouter(tags=["review"])

SourcePath = Annotated[
    str, Path(description="A source's id.", examples=["source:seeds/forum-write-up.txt"])
]
PAGE_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
HTML_PAGE = {"text/html": {"schema": {"type": "string"}}}
NO_SOURCE = {404: {"model": ErrorOut, "description": "No source by that id."}}


@router.get("/reviews", response_model=ReviewListOut, responses=UNAVAILABLE)
def list_reviews(store: StoreDep) -> dict:
    """Every imported write-up, document and web page, with how much is left to review."""
    return {"sources": reviewable(store)}


@router.get(
    "/reviews/{source:entity_ref}", response_model=ReviewOut, responses={**NO_SOURCE, **UNAVAILABLE}
)
def get_review(store: StoreDep, source: SourcePath) -> dict:
    """One source to review: its text, the entities it names (with the names it gives
    them) and the relations read from it, lowest confidence first, each with its
    evidence, confidence and state."""
    return review_source(store, source)


@router.post(
    "/reviews/{source:entity_ref}/accept", response_model=EditedOut, dependencies=[WriteAccess],
    responses={**EDIT_ERRORS, **NO_SOURCE},
)  # fmt: skip
def accept_facts(store: StoreDep, source: SourcePath, body: AcceptIn) -> dict:
    """Accept facts of this source: the relations and entities named, and/or every
    relation still to review at or above `min_confidence`. One decision (one undo)."""
    done = accept_source_facts(
        store, source, who=_who(body.who), note=body.note, relations=body.relations,
        entities=body.entities, min_confidence=body.min_confidence,
    )  # fmt: skip
    return done.to_dict()


@router.get(
    "/review", response_class=HTMLResponse,
    responses={200: {"description": "The write-ups to review.", "content": HTML_PAGE}},
)  # fmt: skip
def review_list_page(store: StoreDep) -> HTMLResponse:
    """The write-ups to review, as a page."""
    return HTMLResponse(render_review_list(reviewable(store)), headers=PAGE_HEADERS)


@router.get(
    "/review/{source:entity_ref}", response_class=HTMLResponse,
    responses={200: {"description": "The review page.", "content": HTML_PAGE}, **NO_SOURCE},
)  # fmt: skip
def review_page(store: StoreDep, source: SourcePath) -> HTMLResponse:
    """A write-up's text with what was read from it: accept, reject, skip or correct
    each fact with one key (A, X, S, E; U undoes)."""
    return HTMLResponse(render_review(review_source(store, source)), headers=PAGE_HEADERS)
