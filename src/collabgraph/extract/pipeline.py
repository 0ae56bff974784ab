"""From a write-up to a structured seed: the extractor's public entry points.

The spaCy English pipeline is loaded once per process (`nlp_model.load_nlp`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from collabgraph.extract import document, learned, page_organisation
from collabgraph.extract.block_pieces import MAX_BLOCK_CHARS, bounded_blocks
from collabgraph.extract.context import DocumentContext, mention_key
from collabgraph.extract.coref import resolve_entities
from collabgraph.extract.cut_tail import drop_cut_name
from collabgraph.extract.event_owners import add_owner_forms
from collabgraph.extract.layout import Block, lay_out
from collabgraph.extract.leads import heading_lead as next_lead
from collabgraph.extract.mentions import find_mentions, reads_as_clause
from collabgraph.extract.mentions.memory import names_seen
from collabgraph.extract.name_evidence import titled_surnames
from collabgraph.extract.nlp_model import MAX_CHARS, load_nlp
from collabgraph.extract.owned_events import owned_events
from collabgraph.extract.page_event import add_page_event, claim, find_page_event, name_after_page
from collabgraph.extract.page_event.back_refs import refer_back
from collabgraph.extract.page_event.reading import relate_claims
from collabgraph.extract.patterns import PATTERNS_DIR
from collabgraph.extract.rules import SentenceReader, cue_finder, read_sentence
from collabgraph.extract.rules.lead_lists import lead_of
from collabgraph.extract.rules.reader import doc_words
from collabgraph.extract.rules.voice import QUOTE_OPENERS
from collabgraph.extract.seed import build_seed
from collabgraph.extract.term_letters import term_letters
from collabgraph.extract.text import (
    decode_bytes,
    kind_of,
    mend_apostrophes,
    mend_glued_brackets,
    mend_glued_sentences,
    mend_mojibake,
    read_text_seed,
    split_front_matter,
    to_plain_text,
)
from collabgraph.model.names import name_key
from collabgraph.model.text import strip_invisible

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
    # a soft hyphen or a zero-width space inside "Car\u00aders" must not cut a name
    plain = mend_glued_brackets(mend_apostrophes(mend_mojibake(strip_invisible(plain))))
    plain = mend_glued_sentences(plain)
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
    ctx = DocumentContext(known=_known_index(known))
    ctx.published = layout.published
    ctx.site_name = document.site_name(layout.meta.get("url"))
    if not plain.strip():
        return build_seed(layout, ctx, {}, path=path)
    nlp = load_nlp()
    find_cues = cue_finder(nlp.vocab, str(patterns or PATTERNS_DIR))
    if layout.author and not any(b.kind == "byline" and b.section == 0 for b in layout.blocks):
        at = 1 if layout.blocks and layout.blocks[0].kind == "title" else 0
        layout.blocks.insert(at, Block(layout.author, "byline", 0))
    texts = [document.block_text(b) for b in layout.blocks]
    docs = list(nlp.pipe(texts, batch_size=_BATCH))
    ctx.titled_surnames = titled_surnames(docs)
    ctx.term_letters = term_letters(docs)
    event = None if document.subject_in_header(layout) else find_page_event(layout, docs)
    if event is not None:
        add_page_event(ctx, event)
    known_names = {k: v[0] for k, v in ctx.known.items()}
    own = page_organisation.site_named(docs, ctx.site_name)
    if own is not None:  # "K12" at k12.example: the page's own body
        known_names.setdefault(mention_key(own), "Organisation")
        ctx.site_own = own
    seen_names = names_seen(docs, known=(name for _, name in ctx.known.values()))
    sent_no = 0
    heading_lead: str | None = None  # "Speakers" over "Name, Title, Org" lines
    under = None  # the heading a run of list items sits under ("Our trustees")
    for block_no, (block, doc) in enumerate(zip(layout.blocks, docs, strict=True)):
        if block.kind != "item":
            under = block.text if block.kind == "heading" else None
        if document.read_whole(ctx, block, block_no, layout):
            continue
        heading_lead = next_lead(block, heading_lead)
        heading = block.kind in {"title", "meta"} or (
            block.kind == "heading" and not reads_as_clause(doc)
        )
        if not block.text.lstrip().startswith(QUOTE_OPENERS):
            ctx.quote_open = False  # a quotation runs on only into a paragraph that opens one
        cues, words = find_cues(doc), doc_words(doc)
        # an item under "The partners are:": its opening name is a body
        listed = block.kind == "item" and lead_of(ctx, block.key or under) is not None
        for sent in doc.sents:
            found = find_mentions(
                doc,
                sent,
                block=block_no,
                section=block.section,
                sent_no=sent_no,
                next_id=len(ctx.mentions),
                heading=heading,
                known_names=known_names,
                seen_names=seen_names,
                list_item=listed,
                item=block.kind == "item",
            )
            # "stepped down at Foo’s annual general meeting": an event no capital names
            owned_events(doc, sent, found.mentions, block_no, block.section, sent_no, event)
            sent_no += 1
            ctx.sentences.append(sent.text.strip())
            document.vote_field_places(block, doc, found.mentions)
            if heading:
                found.mentions = document.prefer_known_in_heading(ctx, found.mentions)
            owners, takers = [], []
            if event is not None:
                found.mentions, owners, takers = claim(
                    ctx, event, block_no, sent, sent_no, found.mentions
                )
            # the finder numbered the sentence's mentions from len(ctx.mentions); the
            # page's event claimed among them shifts those after it, so a short form's
            # "same as" ("Foo Ambulance Service (FAS)") follows its name to its new id
            renumbered = {}
            for m in found.mentions:
                m.sentence = sent.text.strip()
                was = m.id
                ctx.add(m)
                if was >= 0:
                    renumbered[was] = m.id
                if ctx.type_of(m) == "Person":
                    ctx.note_person(m)
            for m in found.mentions:
                if m.same_as is not None:
                    m.same_as = renumbered.get(m.same_as, m.same_as)
            relate_claims(ctx, owners, takers, sent.text)
            if block.kind == "title":
                document.title_focus(ctx, block, found.mentions)
            reader = SentenceReader(
                ctx,
                doc,
                sent,
                found.mentions,
                found.roles,
                section=block.section,
                block_kind=block.kind,
                cues=cues,
                words=words,
            )
            # A header field ("Funded by: X") is about the page's own event or report.
            reader.fallback_to_main = block.kind == "meta"
            item = block.kind == "item"
            read_sentence(
                reader, lead=block.key if item else heading_lead, heading=under if item else None
            )
            ctx.quote_open = reader.quote_open_after()
            if block.kind == "meta":
                document.read_place_field(ctx, block, found.mentions, sent.text)
    if event is not None:
        name_after_page(ctx, event)
    document.settle_partnerships(ctx)
    ctx.settle_page_org()
    by_mention = resolve_entities(ctx)
    refer_back(ctx, by_mention, layout, docs)  # "the conference": the page's event
    items = frozenset(n for n, block in enumerate(layout.blocks) if block.kind == "item")
    page_organisation.place_posts(ctx, by_mention, items)
    add_owner_forms(ctx, by_mention, docs)
    found = learned.takers(ctx, by_mention, docs, layout.blocks)
    # every task's pairs when training, else only those a shipped model asks about
    tasks = tuple(learned.TASKS) if pair_log is not None else None
    two = learned.page_pairs(ctx, by_mention, docs, layout.blocks, tasks)
    return build_seed(
        layout, ctx, by_mention, path=path, takers=found, taker_log=taker_log,
        pairs=two, pair_log=pair_log,
    )  # fmt: skip
