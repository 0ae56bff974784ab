"""What the API answers about the store's health (`GET /health`) and about imports
(`POST /imports`: one report per file, or why a file was refused), as pydantic
models with examples for the OpenAPI page. They describe the library's
`Stats` and `FileReport`; the entity and error models are in
`collabgraph.api.schemas`."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from collabgraph.api.schemas import _examples


class CountsOut(BaseModel):
    entities: dict[str, int]
    relations: dict[str, int]
    sources: int


class HealthOut(BaseModel):
    status: Literal["ok"]
    backend: str
    counts: CountsOut

    model_config = _examples(
        {
            "status": "ok",
            "backend": "sqlite",
            "counts": {
                "entities": {"Event": 2, "Organisation": 5, "Person": 8},
                "relations": {"PARTICIPATED_IN": 8, "WORKS_FOR": 4},
                "sources": 1,
            },
        }
    )


class ChangesOut(BaseModel):
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0


class FileReportOut(BaseModel):
    """What importing one file did (or, in a dry run, would do)."""

    path: str
    status: Literal["imported", "unchanged", "failed", "skipped", "would import"]
    entities: ChangesOut
    relations: ChangesOut
    errors: list[str] = []
    warnings: list[str] = []

    model_config = _examples(
        {
            "path": "new-event.yaml",
            "status": "imported",
            "entities": {"added": 3, "updated": 0, "removed": 0, "unchanged": 0},
            "relations": {"added": 2, "updated": 0, "removed": 0, "unchanged": 0},
            "errors": [],
            "warnings": [],
        }
    )


class ImportRefusedOut(BaseModel):
    """A seed file that imported nothing, with each problem located by file and line."""

    error: Literal["seed_invalid", "seed_skipped"]
    detail: str
    file: str
    problems: list[str]
    report: FileReportOut

    model_config = _examples(
        {
            "error": "seed_invalid",
            "detail": "new-event.yaml: 1 problem; nothing was imported",
            "file": "new-event.yaml",
            "problems": ["new-event.yaml:12: unknown relation type 'KNOWS'"],
            "report": {
                "path": "new-event.yaml",
                "status": "failed",
                "entities": {"added": 0, "updated": 0, "removed": 0, "unchanged": 0},
                "relations": {"added": 0, "updated": 0, "removed": 0, "unchanged": 0},
                "errors": ["new-event.yaml:12: unknown relation type 'KNOWS'"],
                "warnings": [],
            },
        }
    )
