"""A page's plain text made ready to read: mended, capped, laid out in blocks.

`lay_out_text` mends what would cut or glue names (`text.py`: a soft hyphen or
zero-width space inside a name, apostrophes, mojibake, "(DHB)Fenby Council",
"the centre.The Mayor said"; `person_initials`: "Jo Tern (JT) – Kelby Trust";
`initials_names`: "JT welcomed members" -> "Jo Tern welcomed members"),
reads only the first `MAX_CHARS` characters, drops a name the text is cut in the
middle of (`cut_tail`), lays the text out (`layout.lay_out`) and cuts a very long
paragraph into pieces (`block_pieces`). `add_byline` gives a byline block to a page
whose author only its metadata names.
"""

from __future__ import annotations

from collabgraph.extract.block_pieces import MAX_BLOCK_CHARS, bounded_blocks
from collabgraph.extract.cut_tail import drop_cut_name
from collabgraph.extract.initials_names import spell_out_initials
from collabgraph.extract.layout import Block, Layout, lay_out
from collabgraph.extract.nlp_model import MAX_CHARS
from collabgraph.extract.person_initials import mend_meeting_tasks
from collabgraph.extract.text import (
    mend_apostrophes,
    mend_glued_brackets,
    mend_glued_sentences,
    mend_mojibake,
)
from collabgraph.model.text import strip_invisible


def lay_out_text(plain: str, meta: dict, warnings: list[str]) -> tuple[str, Layout]:
    """(the mended plain text, its layout); `meta` is the page's metadata (front
    matter, HTML head, caller's), `warnings` gets a line for a text cut at
    `MAX_CHARS` and for paragraphs read in pieces."""
    # a soft hyphen or a zero-width space inside "Car\u00aders" must not cut a name
    plain = mend_glued_brackets(mend_apostrophes(mend_mojibake(strip_invisible(plain))))
    plain = mend_meeting_tasks(spell_out_initials(mend_glued_sentences(plain)))
    if len(plain) > MAX_CHARS:
        warnings.append(
            f"text is {len(plain):,} characters long; only the first {MAX_CHARS:,} were read"
        )
        plain = plain[:MAX_CHARS]
    # a text cut mid-name (here or by whoever saved it) does not give that name
    plain = drop_cut_name(plain)
    layout = lay_out(plain, meta=meta)
    layout.blocks, cut = bounded_blocks(layout.blocks)
    if cut:
        warnings.append(
            f"{cut} paragraph(s) over {MAX_BLOCK_CHARS:,} characters were read in pieces"
        )
    return plain, layout


def add_byline(layout: Layout) -> None:
    """An author the metadata names and no byline of the first section does: a
    byline block after the title (or first), read as a written one is."""
    if layout.author and not any(b.kind == "byline" and b.section == 0 for b in layout.blocks):
        at = 1 if layout.blocks and layout.blocks[0].kind == "title" else 0
        layout.blocks.insert(at, Block(layout.author, "byline", 0))


__all__ = ["add_byline", "lay_out_text"]
