"""Funding, continued: a grant round-up that names its grantees in paragraphs,
not bulleted lines, under a grantee lead-in ("Projects supported have
included:" then "Foo Trust, who run a food bank, were awarded ..." and "Bar
Club are a drama group ..."): the funder FUNDED each body a paragraph opens
with (`rules/lead_lists.py` reads the lead-in and relates the items)."""

from __future__ import annotations

from collabgraph.extract.rules.lead_items import run_of_bodies
from collabgraph.extract.rules.lead_lists import lead_of, relate_item
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the paragraphs after a lead-in."""


def grantee_paragraphs(reader: SentenceReader) -> None:
    """Paragraphs (or headings) under a grantee lead-in that each open with a
    name ("Projects supported have included:" then "Foo Trust, who run a food
    bank, ..." and "Bar Club are a drama group ..."): the funder FUNDED each
    body, up to a paragraph that opens with no name."""
    ctx = reader.ctx
    if reader.block_kind not in {"para", "heading"} or reader.sent.start != 0:
        return  # only a paragraph's first sentence
    before = ctx.sentences[-2] if len(ctx.sentences) > 1 else ""
    found = lead_of(ctx, before) if before.rstrip().endswith(":") else None
    if found is not None and found.kind == "grantee":
        ctx.paragraph_lead = found
    lead = ctx.paragraph_lead
    if lead is None:
        return
    item = reader.mention_at(reader.sent.start)
    if item is None:
        ctx.paragraph_lead = None  # the run of grantees is over
        return
    if reader.kind(item) not in {"Organisation", "Project"}:
        return  # a person, or a name prose gives no body's votes: not voted one here
    evidence = f"{before.strip()} {reader.evidence}" if found else reader.evidence
    for m in run_of_bodies(reader, item):  # "A, B, and the C Company."
        relate_item(reader, lead, m, evidence)


__all__ = ["LABELS", "grantee_paragraphs"]
