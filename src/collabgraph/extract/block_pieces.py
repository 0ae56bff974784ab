"""Long paragraphs read in pieces: a block of the layout over `MAX_BLOCK_CHARS`
is cut at sentence ends, so that the time of reading a text stays in
proportion to its length.
"""

from __future__ import annotations

import re

from collabgraph.extract.layout import Block

# spaCy's parser slows down more than in proportion on very long spans with no
# sentence break (4,000 tokens: about 6x the time of four 1,000-token spans), so a
# block longer than this is read in pieces, cut at sentence ends where it has them.
# No paragraph of the test documents comes near it (the longest is under 600).
MAX_BLOCK_CHARS = 1_000
_BETWEEN_SENTENCES = re.compile(r"(?<=[.!?…])\s+")


def bounded_blocks(
    blocks: list[Block], max_chars: int = MAX_BLOCK_CHARS
) -> tuple[list[Block], int]:
    """The blocks, each longer than `max_chars` cut into pieces of at most that
    length (at sentence ends, else at a space, else anywhere), and how many were cut.

    Keeps the time of reading any text in proportion to its length.
    """
    out: list[Block] = []
    cut = 0
    for block in blocks:
        if len(block.text) <= max_chars:
            out.append(block)
            continue
        cut += 1
        out.extend(
            Block(piece, block.kind, block.section, block.key)
            for piece in _pieces(block.text, max_chars)
        )
    return out, cut


def _pieces(text: str, max_chars: int) -> list[str]:
    pieces: list[str] = []
    current = ""
    for sentence in _BETWEEN_SENTENCES.split(text):
        while len(sentence) > max_chars:  # one sentence too long: cut at a space
            at = sentence.rfind(" ", 0, max_chars)
            at = at if at > 0 else max_chars
            pieces.extend(p for p in (current, sentence[:at]) if p.strip())
            current, sentence = "", sentence[at:].lstrip()
        if current and len(current) + 1 + len(sentence) > max_chars:
            pieces.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}" if current else sentence
    if current.strip():
        pieces.append(current)
    return pieces
