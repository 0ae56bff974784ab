"""What the API takes and answers for corrections, decisions and review, as pydantic
models with examples for the OpenAPI page. The answers are `collabgraph.edits`
and `collabgraph.review` data; these models add nothing of their own."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from collabgraph.api.schemas import EntityOut, RelationOut

GARETH = "organisation:gareth-owusu"
NOTE = Field(None, max_length=2000, description="Why (kept with the decision).", examples=[
    "He is a person: the write-up names him as a director."])  # fmt: skip
WHO = Field(
    None,
    max_length=200,
    description="Who makes the decision (kept with it); by default `api`.",
    examples=["Ruth Tester"],
)


def _examples(*examples: dict[str, Any]) -> ConfigDict:
    return ConfigDict(extra="forbid", json_schema_extra={"examples": list(examples)})


class Why(BaseModel):
    """Who decides, and why."""

    who: str | None = WHO
    note: str | None = NOTE

    model_config = ConfigDict(extra="forbid")


class EntityPatch(Why):
    """Fields to set; those left out stay as they are. `aliases` is the whole list
    wanted (aliases files give and a person removes stop finding the entity);
    `add_aliases` and `remove_aliases` change it by parts. An empty description or
    title clears what files say."""

    type: str | None = Field(None, examples=["Person"])
    name: str | None = Field(None, min_length=1, max_length=300)
    description: str | None = Field(None, max_length=5000)
    title: str | None = Field(None, max_length=200)
    aliases: list[str] | None = None
    add_aliases: list[str] = []
    remove_aliases: list[str] = []

    model_config = _examples({"type": "Person", "who": "Ruth Tester", "note": "a person"})


class MergeIn(Why):
    """The entity (name, alias or id) this one is folded into, for good (undo splits)."""

    into: str = Field(min_length=1, examples=["Alice Evans"])

    model_config = _examples({"into": "Alice Evans", "note": "the same person"})


class RelationIn(Why):
    """A relation a person states: its ends by name, alias or id."""

    source: str = Field(min_length=1, examples=["Gareth Owusu"])
    type: str = Field(min_length=1, examples=["WORKS_FOR"])
    target: str = Field(min_length=1, examples=["Acme Housing"])
    role: str | None = Field(None, max_length=300)
    since: str | None = Field(None, examples=["2019"])
    until: str | None = None

    model_config = _examples(
        {"source": "Gareth Owusu", "type": "WORKS_FOR", "target": "Acme Housing",
         "role": "Director", "since": "2019", "note": "told me at the forum"}
    )  # fmt: skip


class RelationPatch(Why):
    """Fields to correct (ends by name, alias or id); an empty role or date clears it."""

    type: str | None = None
    source: str | None = None
    target: str | None = None
    role: str | None = Field(None, max_length=300)
    since: str | None = None
    until: str | None = None

    model_config = _examples({"role": "Director of Housing", "note": "as on the website"})


class AcceptIn(Why):
    """Facts a person checked: relation ids and entity ids, and/or every relation of
    the source at or above `min_confidence`."""

    relations: list[str] = []
    entities: list[str] = []
    min_confidence: float | None = Field(None, ge=0, le=1)

    model_config = _examples({"min_confidence": 0.8, "who": "Ruth Tester"})


class UndoIn(Why):
    """Who undoes it, and why (both optional)."""

    model_config = _examples({"who": "Ruth Tester", "note": "merged by mistake"})


class UndoneOut(BaseModel):
    who: str
    at: str
    note: str | None = None


class DecisionOut(BaseModel):
    """One decision: what kind, about what, the change, who, when and why."""

    id: str
    seq: int
    kind: Literal["edit", "delete", "merge", "relate", "edit_relation", "reject", "accept"]
    target: str = Field(description="The entity or relation it is about (accept: the source).")
    change: dict[str, Any]
    who: str
    at: str = Field(description="ISO 8601, UTC.")
    note: str | None = None
    undone: UndoneOut | None = None

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "decision:3", "seq": 3, "kind": "edit", "target": GARETH,
                    "change": {"set": {"type": "Person"},
                               "before": {"type": "Organisation", "name": "Gareth Owusu"}},
                    "who": "Ruth Tester", "at": "2026-11-30T10:12:04+00:00",
                    "note": "a person", "undone": None,
                }
            ]
        }
    )  # fmt: skip


class KeptOutOut(BaseModel):
    """A fact the decision keeps out of the graph, and why."""

    id: str
    type: str
    source: str
    target: str
    role: str | None = None
    status: str = Field(description="rejected, deleted, does not fit, joins itself, to review")
    reason: str = ""
    decisions: list[str] = []
    source_name: str | None = None
    target_name: str | None = None


class EditedOut(BaseModel):
    """What an edit did: the decision, the entity or relation as the graph now shows it
    (null when it is gone), warnings, and the facts now kept out."""

    decision: DecisionOut
    entity: EntityOut | None = None
    relation: RelationOut | None = None
    warnings: list[str] = []
    kept_out: list[KeptOutOut] = []


class HistoryOut(BaseModel):
    """Decisions, newest first."""

    decisions: list[DecisionOut]


class EndOut(BaseModel):
    id: str
    name: str | None = None
    type: str | None = None


class ReviewRelationOut(BaseModel):
    """A relation read from the source: as the graph has it (`id`, after decisions),
    its id as the file says it (`said_id`), evidence, confidence and state."""

    id: str
    said_id: str
    type: str
    source: EndOut
    target: EndOut
    role: str | None = None
    since: str | None = None
    until: str | None = None
    evidence: str
    confidence: float
    state: str = Field(
        description="to review, accepted, corrected, rejected, deleted, does not fit, joins itself"
    )
    in_graph: bool
    reason: str = ""
    decisions: list[str] = []
    said: dict[str, str | None] = Field(description="The type and role the file gives it.")


class ReviewEntityOut(BaseModel):
    """An entity the source names: as the graph has it, and as the file says it."""

    id: str
    said_id: str
    name: str
    type: str
    said: dict[str, str]
    names: list[str] = Field(description="The names the source gives it (highlighted).")
    state: str
    in_graph: bool
    decisions: list[str] = []


class ReviewSourceOut(BaseModel):
    id: str
    title: str
    path: str | None = None
    kind: str
    author: str | None = None
    published: str | None = None
    url: str | None = None
    review: bool = Field(description="Imported 'to review': facts wait until accepted.")


class ReviewOut(BaseModel):
    """One source to review: its text, what it names, its relations (lowest
    confidence first), and how many are in each state."""

    source: ReviewSourceOut
    text: str
    entities: list[ReviewEntityOut]
    relations: list[ReviewRelationOut]
    counts: dict[str, int]


class ReviewListItemOut(BaseModel):
    id: str
    title: str
    path: str | None = None
    review: bool
    facts: int
    to_review: int


class ReviewListOut(BaseModel):
    """Every imported write-up, document and web page, with what is left to review."""

    sources: list[ReviewListItemOut]
