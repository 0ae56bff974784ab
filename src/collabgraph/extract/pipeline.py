"""From a write-up to a structured seed: the extractor's public entry points.

The reading itself is in steps, each a module: `text_layout` (the text mended and
laid out in blocks), `block_reading` (spaCy's parse of each block read sentence
by sentence), `after_reading` (what is settled once all are read) and `seed`
(the seed document). The spaCy English pipeline is loaded once per process
(`nlp_model.load_nlp`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from collabgraph.extract import document
from collabgraph.extract.after_reading import settle
from collabgraph.extract.block_reading import read_blocks
from collabgraph.extract.context import DocumentContext
from collabgraph.extract.mention_keys import mention_key
from collabgraph.extract.nlp_model import load_nlp
from collabgraph.extract.patterns import PATTERNS_DIR
from collabgraph.extract.rules import cue_finder
from collabgraph.extract.rules.programme_lines import officer_roll_blocks
from collabgraph.extract.seed import build_seed
from collabgraph.extract.text import (
    decode_bytes,
    kind_of,
    read_text_seed,
    split_front_matter,
    to_plain_text,
)
from collabgraph.extract.text_layout import add_byline, lay_out_text
from collabgraph.model.names import name_key

log = logging.getLogger(__name__)

EXTRACTOR_NAME = "collabgraph-text"
EXTRACTOR_VERSION = "0.1.0"
_BATCH = 64


@dataclass(frozen=True)
class KnownEntity:
    """An entity already in the graph, recognised by name or alias with its type."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()


# ------------------------------------------------------------------ entry points


def extract_text(
    text: str,
    *,
    path: str = "<text>",
    known: Iterable[KnownEntity] = (),
    meta: dict | None = None,
    warnings: list[str] | None = None,
    patterns: str | Path | None = None,
) -> dict:
    """Read a write-up into a seed document (the YAML shape of spec/seed-format.md).

    `text` may be plain text, Markdown or HTML (chosen by `path`'s suffix, or by
    sniffing), with or without front matter. `known` entities are recognised by
    name and alias with their type. `patterns` is a folder of cue pattern
    files read instead of the packaged ones (`collabgraph.extract.patterns`;
    RulesFileError names file and line of a bad one). Returns {"source",
    "entities", "relations"}.
    """
    warnings = warnings if warnings is not None else []
    fm, body, fm_warnings = split_front_matter(text)
    warnings += fm_warnings
    plain, page_meta = to_plain_text(body, kind=kind_of(path, body))
    merged = {**page_meta, **fm, **(meta or {})}
    return _extract_plain(
        plain, merged, path=path, known=known, warnings=warnings, patterns=patterns
    )


def extract_file(
    path: str | Path, *, known: Iterable[KnownEntity] = (), patterns: str | Path | None = None
) -> dict:
    """Read a .txt/.md/.html file into a seed document; see `extract_text`.

    Warnings (bad bytes, truncation, no text) are logged; use
    `extract_file_with_warnings` to get them. Raises OSError when the file
    cannot be read.
    """
    return extract_file_with_warnings(path, known=known, patterns=patterns)[0]


def extract_file_with_warnings(
    path: str | Path,
    *,
    known: Iterable[KnownEntity] = (),
    patterns: str | Path | None = None,
    taker_log: list | None = None,
    pair_log: list | None = None,
) -> tuple[dict, list[str]]:
    """Like `extract_file`, also returning the warnings met on the way. `taker_log`
    and `pair_log` collect what the participation and pair models are asked (see
    `seed.build_seed`)."""
    plain, meta, warnings = read_text_seed(path)
    for w in warnings:
        log.warning("%s: %s", path, w)
    seed = _extract_plain(
        plain, meta, path=str(path), known=known, warnings=warnings, patterns=patterns,
        taker_log=taker_log, pair_log=pair_log,
    )  # fmt: skip
    return seed, warnings


def extract_files(
    paths: Iterable[str | Path],
    *,
    known: Iterable[KnownEntity] = (),
    progress: Callable[[Path], None] | None = None,
    patterns: str | Path | None = None,
) -> Iterator[tuple[Path, dict, list[str]]]:
    """Extract many files in one process, yielding (path, seed, warnings) per file."""
    known = tuple(known)
    for p in paths:
        p = Path(p)
        seed, warnings = extract_file_with_warnings(p, known=known, patterns=patterns)
        if progress is not None:
            progress(p)
        yield p, seed, warnings


def extract_bytes(
    data: bytes,
    *,
    path: str = "<bytes>",
    known: Iterable[KnownEntity] = (),
    patterns: str | Path | None = None,
) -> tuple[dict, list[str]]:
    """Decode bytes (UTF-8, bad bytes replaced with a warning) and extract them."""
    text, warnings = decode_bytes(data)
    seed = extract_text(text, path=path, known=known, warnings=warnings, patterns=patterns)
    return seed, warnings


# ------------------------------------------------------------------ the reading


def _known_index(known: Iterable[KnownEntity]) -> dict[str, tuple[str, str]]:
    index: dict[str, tuple[str, str]] = {}
    for k in known:
        if isinstance(k, dict):
            name, kind, aliases = k["name"], k["type"], tuple(k.get("aliases") or ())
        else:
            name, kind, aliases = k.name, k.type, tuple(getattr(k, "aliases", ()) or ())
        for n in (name, *aliases):
            index.setdefault(mention_key(n), (kind, name))
            index.setdefault(name_key(n, kind), (kind, name))
    return index


def _extract_plain(
    plain: str,
    meta: dict,
    *,
    path: str,
    known: Iterable[KnownEntity],
    warnings: list[str],
    patterns: str | Path | None = None,
    taker_log: list | None = None,
    pair_log: list | None = None,
) -> dict:
    """The reading, step by step: the text mended and laid out in blocks
    (`text_layout`), each block parsed by spaCy and read sentence by sentence
    (`block_reading`), what is settled once all are read (`after_reading`), and
    the seed built (`seed.build_seed`)."""
    plain, layout = lay_out_text(plain, meta, warnings)
    ctx = DocumentContext(known=_known_index(known))
    ctx.published = layout.published
    ctx.site_name = document.site_name(layout.meta.get("url"))
    if not plain.strip():
        return build_seed(layout, ctx, {}, path=path)
    nlp = load_nlp()
    find_cues = cue_finder(nlp.vocab, str(patterns or PATTERNS_DIR))
    add_byline(layout)
    texts = [document.block_text(b) for b in layout.blocks]
    docs = list(nlp.pipe(texts, batch_size=_BATCH))
    ctx.roll_docs = frozenset(id(docs[i]) for i in officer_roll_blocks(texts))
    event = read_blocks(ctx, layout, docs, find_cues)
    # every task's pairs when training, else only those a shipped model asks about
    by_mention, takers, pairs = settle(ctx, layout, docs, event, training=pair_log is not None)
    return build_seed(
        layout, ctx, by_mention, path=path, takers=takers, taker_log=taker_log,
        pairs=pairs, pair_log=pair_log,
    )  # fmt: skip
