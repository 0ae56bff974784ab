"""What the API answers, as pydantic models, with examples for the OpenAPI page.

The models describe the library's plain data (entity and relation records,
`Collaborator.to_dict()`, the analysis dicts); they add no facts of their own.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

HENRY = {"id": "person:henry-kippin", "name": "Henry Kippin", "type": "Person"}
ANNA = {"id": "person:anna-randle", "name": "Anna Randle", "type": "Person"}
LAUNCH = {
    "id": "event:launch-of-building-collaborative-places",
    "name": "Launch of Building Collaborative Places",
    "type": "Event",
}
JEAN = {"id": "person:jean-stretton", "name": "Jean Stretton", "type": "Person"}
EVIDENCE = (
    "Collaborate’s Chief Executive Henry Kippin and Director of Public Services"
    " Anna Randle introduced the report"
)
SOURCE = "source:seeds/building-collaborative-places.yaml"


def _examples(*examples: dict[str, Any]) -> ConfigDict:
    return ConfigDict(json_schema_extra={"examples": list(examples)})


# --- errors ------------------------------------------------------------------


class ErrorOut(BaseModel):
    """Why a request failed. `error` is a stable code; `detail` is for a person."""

    error: str
    detail: str
    query: str | None = None
    suggestions: list[str] | None = Field(None, description="Closest names, for an unknown one.")
    candidates: list[str] | None = Field(None, description="Ids an ambiguous name could mean.")
    problems: list[str] | None = Field(None, description="Problems in a refused seed file.")
    max_hops: int | None = Field(None, description="The hop limit that stopped a path search.")
    length: int | None = Field(None, description="Hops the shortest path takes, beyond it.")

    model_config = _examples(
        {
            "error": "entity_not_found",
            "detail": "no entity called 'Henry Kipin' (did you mean: Henry Kippin?)",
            "query": "Henry Kipin",
            "suggestions": ["Henry Kippin"],
        }
    )


NOT_FOUND = {404: {"model": ErrorOut, "description": "No entity by that id, name or alias."}}
AMBIGUOUS = {409: {"model": ErrorOut, "description": "The name fits several entities."}}
UNAVAILABLE = {503: {"model": ErrorOut, "description": "The database is unreachable; retry."}}


# --- entities ----------------------------------------------------------------


class NodeOut(BaseModel):
    """Just enough to name an entity."""

    id: str
    name: str
    type: str | None

    model_config = _examples(HENRY)


class EntityOut(BaseModel):
    """An entity with every file that mentions it."""

    id: str
    type: str
    name: str
    aliases: list[str] = []
    title: str | None = None
    description: str | None = None
    date: str | None = None
    properties: dict[str, Any] = {}
    sources: list[str] = []
    external_ids: list[str] = Field(
        [], description="The ids files give the entity (an `ID` column, an `id:` key)."
    )
    reviewed: bool = Field(
        True,
        description="False while only the text extractor says it and no person has checked"
        " it (see /review).",
    )

    model_config = _examples(
        {
            "id": "person:jean-stretton",
            "type": "Person",
            "name": "Jean Stretton",
            "aliases": ["Cllr Stretton"],
            "title": "Cllr",
            "description": None,
            "date": None,
            "properties": {},
            "sources": [SOURCE],
        }
    )


class EntityPage(BaseModel):
    """One page of entities, best matches first."""

    items: list[EntityOut]
    limit: int
    offset: int
    next_offset: int | None = Field(
        None, description="Offset of the next page; null when this page was the last."
    )


class RelationOut(BaseModel):
    """A relation; `evidence[i]` is the sentence `sources[i]` gave ("" when none).

    `id` is stable: it comes from the ends, type, role, since, until, date and
    `external_id` (the file's own id for it, such as a grant id), so two
    tenures or forty grants between the same two entities are apart.
    `properties` holds the rest (`amount`, `currency`, ...), numbers as numbers.
    """

    id: str
    type: str
    source: str
    target: str
    role: str | None = None
    since: str | None = None
    until: str | None = None
    date: str | None = None
    external_id: str | None = None
    confidence: float = 1.0
    properties: dict[str, Any] = {}
    sources: list[str] = Field(
        [], description="The files that state it (`decision:<n>`: a person stated it)."
    )
    evidence: list[str] = []
    reviewed: bool = Field(
        True,
        description="False while only the text extractor says it and no person has checked"
        " it (see /review).",
    )

    model_config = _examples(
        {
            "id": "works_for:3c1f0e6a9b2d4e71",
            "type": "WORKS_FOR",
            "source": "person:henry-kippin",
            "target": "organisation:collaborate",
            "role": "Chief Executive",
            "since": None,
            "until": None,
            "date": None,
            "external_id": None,
            "confidence": 1.0,
            "properties": {},
            "sources": [SOURCE],
            "evidence": [EVIDENCE],
        }
    )


class EntityDetailOut(EntityOut):
    """An entity with every file that mentions it and every relation it has."""

    relations: list[RelationOut] = Field(
        [], description="Every relation touching the entity, by source, type, target and id."
    )


class WindowOut(BaseModel):
    """The time window asked about; `timeless` relations (no date anywhere) count in
    every window, and this many of them were counted."""

    since: str | None = None
    until: str | None = None
    timeless: int = 0


class NeighbourhoodOut(BaseModel):
    """Everything within `depth` hops of `centre`, and every relation among it."""

    centre: EntityOut
    depth: int
    entities: list[EntityOut]
    relations: list[RelationOut]
    window: WindowOut


class EvidenceOut(BaseModel):
    """A sentence that shows a relation, and the file that gave it."""

    text: str
    source: str | None = None


class RelationRecordOut(BaseModel):
    """A relation as an answer shows it, with the sentences that show it."""

    id: str | None = Field(None, description="The relation's stable id.")
    type: str
    source: str
    target: str
    role: str | None = None
    since: str | None = None
    until: str | None = None
    date: str | None = None
    confidence: float | None = None
    properties: dict[str, Any] = Field({}, description="Typed properties (a grant's amount).")
    evidence: list[EvidenceOut] = []
    sources: list[str] = []


class ContextOut(BaseModel):
    """One way two entities work together: a shared context (`via`), or a direct tie."""

    kind: Literal["shared", "direct"]
    via: NodeOut | None = Field(description="The organisation, event, report, project or person.")
    own: list[RelationRecordOut] = Field(description="The asker's relations to `via`.")
    other: list[RelationRecordOut] = Field(description="The collaborator's own relations to it.")

    model_config = _examples(
        {
            "kind": "shared",
            "via": {
                "id": "organisation:collaborate",
                "name": "Collaborate CIC",
                "type": "Organisation",
            },
            "own": [
                {
                    "type": "WORKS_FOR",
                    "source": "person:henry-kippin",
                    "target": "organisation:collaborate",
                    "role": "Chief Executive",
                    "evidence": [{"text": EVIDENCE, "source": SOURCE}],
                    "sources": [SOURCE],
                }
            ],
            "other": [
                {
                    "type": "WORKS_FOR",
                    "source": "person:anna-randle",
                    "target": "organisation:collaborate",
                    "role": "Director of Public Services",
                    "evidence": [{"text": EVIDENCE, "source": SOURCE}],
                    "sources": [SOURCE],
                }
            ],
        }
    )


class CollaboratorOut(BaseModel):
    """Someone the entity works with, once; `weight` counts the contexts they share."""

    id: str
    name: str
    type: str
    weight: int
    contexts: list[ContextOut]


class AffiliationOut(BaseModel):
    """A person's own organisation, or an organisation's own person."""

    id: str
    name: str
    type: str
    relations: list[RelationRecordOut]


class CollaboratorsOut(BaseModel):
    """Who a person or organisation works with (docs/collaboration.md)."""

    entity: EntityOut
    affiliations: list[AffiliationOut]
    collaborators: list[CollaboratorOut]
    window: WindowOut


# --- paths -------------------------------------------------------------------


class HopRelationOut(RelationRecordOut):
    """One relation joining the two ends of a hop, and which way it points."""

    direction: Literal["forward", "backward", "symmetric"] = Field(
        description="forward: points from the hop's `from` to its `to`."
    )
    text: str = Field(description="The relation as a sentence of names.")


class HopOut(BaseModel):
    from_: NodeOut = Field(alias="from")
    to: NodeOut
    relations: list[HopRelationOut]

    model_config = ConfigDict(populate_by_name=True, serialize_by_alias=True)


class PathStepsOut(BaseModel):
    """One more shortest path: its entities and hops."""

    nodes: list[NodeOut]
    hops: list[HopOut]


class PathOut(BaseModel):
    """A shortest chain of relations, every hop explained."""

    source: NodeOut
    target: NodeOut
    length: int
    max_hops: int = Field(description="The longest path that was looked for.")
    nodes: list[NodeOut]
    hops: list[HopOut]
    alternatives: list[PathStepsOut] = Field(
        [], description="Further shortest paths, when more than one was asked for."
    )
    window: WindowOut

    model_config = ConfigDict(
        serialize_by_alias=True,
        json_schema_extra={
            "examples": [
                {
                    "source": HENRY,
                    "target": JEAN,
                    "length": 2,
                    "max_hops": 50,
                    "nodes": [HENRY, LAUNCH, JEAN],
                    "hops": [
                        {
                            "from": HENRY,
                            "to": LAUNCH,
                            "relations": [
                                {
                                    "type": "PARTICIPATED_IN",
                                    "source": HENRY["id"],
                                    "target": LAUNCH["id"],
                                    "direction": "forward",
                                    "role": "speaker",
                                    "evidence": [{"text": EVIDENCE, "source": SOURCE}],
                                    "sources": [SOURCE],
                                    "text": "Henry Kippin PARTICIPATED_IN Launch of Building"
                                    " Collaborative Places (speaker)",
                                }
                            ],
                        },
                        {
                            "from": LAUNCH,
                            "to": JEAN,
                            "relations": [
                                {
                                    "type": "PARTICIPATED_IN",
                                    "source": JEAN["id"],
                                    "target": LAUNCH["id"],
                                    "direction": "backward",
                                    "role": "panellist",
                                    "evidence": [
                                        {
                                            "text": "A panel including ... Jean Stretton ...",
                                            "source": SOURCE,
                                        }
                                    ],
                                    "sources": [SOURCE],
                                    "text": "Jean Stretton PARTICIPATED_IN Launch of Building"
                                    " Collaborative Places (panellist)",
                                }
                            ],
                        },
                    ],
                    "alternatives": [],
                    "window": {"since": None, "until": None, "timeless": 2},
                }
            ]
        },
    )
