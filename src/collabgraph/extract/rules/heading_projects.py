"""Running, continued: a project a page listing its body's projects names in a heading
(`project_headings.py`: "Our projects", then "Kelby Good Neighbours" over a paragraph
saying what it is) is run by the page's body, or failing it by the body the page's
sentences last opened with ("Foo Action works with people across Kelby. Here are the
projects we run.").
"""

from __future__ import annotations

from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the page's headings and lists (`project_items.py`)."""


def heading_projects(reader: SentenceReader) -> None:
    """RUNS from the page's body to the project a heading names."""
    ctx = reader.ctx
    if reader.block_kind not in {"heading", "item"} or not ctx.project_headings:
        return
    for m in reader.ms:
        if not any(m is h for h in ctx.project_headings) or reader.kind(m) != "Project":
            continue
        if reader.block_kind == "heading":  # the paragraph under it is about it
            ctx.set_focus(reader.section, "Project", m.id)
        owner = reader.page_org()
        if owner is None:
            owner = ctx.projects_owner
        if owner is not None:
            reader.relate(owner, "RUNS", m, confidence=0.6)


__all__ = ["LABELS", "heading_projects"]
