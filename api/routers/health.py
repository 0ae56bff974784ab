"""Is the API up, which store does it use, and what is in it."""

from __future__ import annotations

from fastapi import APIRouter

from collabgraph.api.deps import StoreDep
from collabgraph.api.import_schemas import HealthOut
from collabgraph.api.schemas import UNAVAILABLE

router = APIRouter(tags=["health"])


@router.get("/health", response_model=HealthOut, responses=UNAVAILABLE)
def health(store: StoreDep) -> dict:
    """Status, backend and counts; 503 with `Retry-After` while the database is unreachable."""
    return {"status": "ok", "backend": store.backend, "counts": store.stats().to_dict()}
