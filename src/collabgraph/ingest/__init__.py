"""Reading seed files: YAML/JSON, Kumu tables (CSV, Excel workbooks, JSON blueprints),
text write-ups, documents (PDF, Word), web pages and graph files (GraphML, GEXF,
node-link JSON), into SeedDocuments."""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
from pathlib import Path
from typing import Any

import yaml

from collabgraph.errors import SeedError
from collabgraph.graphfiles import is_node_link
from collabgraph.ingest.blueprint import is_blueprint, parse_blueprint
from collabgraph.ingest.clean import clean_document
from collabgraph.ingest.document import SeedDocument, parse_seed
from collabgraph.ingest.documents import DOCUMENT_SUFFIXES, DocumentText, document_text
from collabgraph.ingest.grant_fields import is_grants_header, is_grants_package
from collabgraph.ingest.graphfile import GRAPH_SUFFIXES, parse_graph_file, parse_node_link
from collabgraph.ingest.jsonio import load_json
from collabgraph.ingest.tables import parse_csv
from collabgraph.ingest.textcodec import binary_hint, decode, is_text
from collabgraph.ingest.threesixtygiving import parse_grants_csv, parse_grants_package
from collabgraph.ingest.web import Fetched
from collabgraph.ingest.workbook import WORKBOOK_SUFFIXES, parse_workbook
from collabgraph.ingest.yamlio import LineDict, error_line, load_yaml
from collabgraph.model.text import clean_text, strip_invisible

STRUCTURED = {".yaml", ".yml", ".json", *GRAPH_SUFFIXES}
TABLES = {".csv", ".tsv"}
WORKBOOKS = set(WORKBOOK_SUFFIXES)
TEXT = {".txt", ".md", ".markdown", ".html", ".htm"}
DOCUMENTS = set(DOCUMENT_SUFFIXES)
# Files whose text the extractor reads (and which therefore see the graph's names).
EXTRACTED = TEXT | DOCUMENTS
SEED_SUFFIXES = STRUCTURED | TABLES | WORKBOOKS | TEXT | DOCUMENTS
# Files that are zip archives or other binary formats by design.
BINARY = DOCUMENTS | WORKBOOKS
# What a fetched address holds, by its media type.
MEDIA_TYPES = {
    "text/html": "page",
    "application/xhtml+xml": "page",
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "text/plain": ".txt",
    "text/markdown": ".md",
}
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class NoExtractor(Exception):
    """The text extractor (spaCy) is not installed."""


def read_bytes(path: Path, *, max_bytes: int) -> tuple[bytes, str]:
    """Read a seed file's bytes and sha256, refusing huge and binary files (SeedError)."""
    size = path.stat().st_size
    if size > max_bytes:
        raise SeedError.single(
            str(path),
            None,
            f"file is {size / 1e6:.1f} MB; seed files are limited to {max_bytes / 1e6:.1f} MB"
            " (set COLLABGRAPH_MAX_SEED_BYTES to change it)",
        )
    data = path.read_bytes()
    if path.suffix.lower() not in BINARY and not is_text(data):
        raise SeedError.single(str(path), None, binary_hint(data))
    return data, hashlib.sha256(data).hexdigest()


def decode_strict(data: bytes, path: str) -> str:
    """UTF-8 text (a BOM is allowed; UTF-16 and UTF-32 with one too); a bad byte
    is a SeedError naming its line."""
    for bom, codec in _WIDE_BOMS:
        if data.startswith(bom):
            data = data.decode(codec).encode("utf-8")
            break
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SeedError.single(
            path, line, f"not UTF-8 text (byte 0x{data[exc.start]:02x})"
        ) from exc


def parse_document(path: Path, data: bytes, *, known=()) -> SeedDocument:
    """Parse a seed file's bytes by its extension, its text cleaned (`clean_document`).

    Returns the SeedDocument; raises SeedError for invalid content or an
    unsupported extension, NoExtractor for text when spaCy is missing.
    """
    doc = _parse(path, data, known=known)
    if path.suffix.lower() in TABLES and data.isascii() and not _CONTROL_BYTES.search(data):
        return doc  # nothing to clean: a big table skips the walk through every cell
    return clean_document(doc)


def _parse(path: Path, data: bytes, *, known=()) -> SeedDocument:
    name, suffix = str(path), path.suffix.lower()
    if suffix in GRAPH_SUFFIXES:
        return parse_graph_file(name, data, GRAPH_SUFFIXES[suffix])
    if suffix in DOCUMENTS:
        return extract_document(name, document_text(name, data, suffix), known=known)
    if suffix in WORKBOOKS:
        return parse_workbook(data, path=name)
    if suffix in STRUCTURED:
        text = decode_strict(data, name)
        if suffix == ".json":
            tree = load_json(text, path=name)
            if is_grants_package(tree):
                return parse_grants_package(tree, text, path=name)
            if is_node_link(tree):
                return parse_node_link(name, tree)
            if is_blueprint(tree):
                return parse_blueprint(name, tree)
            return parse_seed(tree, path=name)
        try:
            tree = load_yaml(text)
        except yaml.YAMLError as exc:
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            raise SeedError.single(name, error_line(exc), f"invalid YAML: {problem}") from exc
        return parse_seed(tree, path=name)
    if suffix in TABLES:
        decoded = decode(data, name)
        header = next(csv.reader(io.StringIO(decoded.text[:65536], newline="")), [])
        if is_grants_header([h.lstrip("\ufeff") for h in header]):
            doc = parse_grants_csv(decoded.text.lstrip("\ufeff"), path=name)
            doc.warnings[:0] = [decoded.warning] if decoded.warning else []
            return doc
        return parse_csv(data, path=name)
    if suffix in TEXT:
        try:
            from collabgraph.extract import EXTRACTOR_NAME, EXTRACTOR_VERSION, extract_bytes
        except ImportError as exc:
            raise NoExtractor(str(exc)) from exc
        seed, warnings = extract_bytes(data, path=name, known=known)
        doc = parse_seed(_located(seed, data), path=name, kind="text")
        doc.source.setdefault("extractor", f"{EXTRACTOR_NAME}/{EXTRACTOR_VERSION}")
        doc.warnings.extend(warnings)
        doc.text = plain_text(data.decode("utf-8", errors="replace"), name)
        return doc
    raise SeedError.single(
        name,
        None,
        f"unsupported file type {suffix or '(none)'}; expected one of"
        f" {', '.join(sorted(SEED_SUFFIXES))}",
    )


def parse_fetched(fetched: Fetched, *, known=()) -> SeedDocument:
    """Read what an address answered (see `fetched_document`) with the text extractor.

    Raises SeedError naming the address for media types collabgraph does not read.
    """
    return extract_document(fetched.url, fetched_document(fetched), known=known)


def fetched_document(fetched: Fetched) -> DocumentText:
    """The text of what an address answered: a web page's main text, a PDF, a Word
    file or plain text, by its media type (or, without one, the address's extension).

    Raises SeedError naming the address for media types collabgraph does not read.
    """
    kind = MEDIA_TYPES.get(fetched.content_type)
    if kind is None and not fetched.content_type:
        kind = Path(fetched.final_url.split("?")[0]).suffix.lower() or None
    if kind in (".pdf", ".docx", "page"):
        document = document_text(fetched.final_url, fetched.data, kind)
    elif kind in (".txt", ".md"):
        text = fetched.data.decode("utf-8", errors="replace")
        document = DocumentText(text, markdown=kind == ".md")
    else:
        raise SeedError.single(
            fetched.url,
            None,
            f"the address holds {fetched.content_type or 'an unknown type of content'};"
            " collabgraph imports web pages, PDF, Word .docx and plain text from addresses",
        )
    document.meta.setdefault("url", fetched.final_url)
    return document


def document_seed(name: str, document: DocumentText, *, known=()) -> tuple[dict, list[str]]:
    """The seed the text extractor reads from a document (the YAML shape of
    spec/seed-format.md), with the document's own title, author and date as the
    source's, and the warnings met. Raises NoExtractor without spaCy."""
    try:
        from collabgraph.extract import EXTRACTOR_NAME, EXTRACTOR_VERSION, extract_text
    except ImportError as exc:
        raise NoExtractor(str(exc)) from exc
    warnings = list(document.warnings)
    stem = Path(name.split("?")[0]).stem or "document"
    as_path = f"{stem}.md" if document.markdown else f"{stem}.txt"  # says how to read the text
    seed = extract_text(
        document.text, path=as_path, known=known, meta=document.meta, warnings=warnings
    )
    source = seed.setdefault("source", {})
    source.update(document.meta)
    source.setdefault("extractor", f"{EXTRACTOR_NAME}/{EXTRACTOR_VERSION}")
    return seed, warnings


def extract_document(name: str, document: DocumentText, *, known=()) -> SeedDocument:
    """A document read by the text extractor, as a SeedDocument of kind "text"."""
    seed, warnings = document_seed(name, document, known=known)
    doc = parse_seed(seed, path=name, kind="text")
    doc.warnings.extend(warnings)
    stem = Path(name.split("?")[0]).stem or "document"
    doc.text = plain_text(document.text, f"{stem}.md" if document.markdown else f"{stem}.txt")
    return clean_document(doc)


def _located(seed: dict[str, Any], data: bytes) -> dict[str, Any]:
    """An extractor's seed with each entity and relation placed at the first line of
    the file that names it (a relation: that holds its sentence, else its first
    end), so that what is wrong with one can be reported at a line."""
    text = data.decode("utf-8", errors="replace")

    def line_of(*needles: Any) -> int | None:
        for needle in needles:
            at = text.find(needle) if isinstance(needle, str) and needle else -1
            if at >= 0:
                return text.count("\n", 0, at) + 1
        return None

    def placed(item: Any, line: int | None) -> Any:
        if not isinstance(item, dict) or line is None:
            return item
        return LineDict(item, line=line)

    return {
        **seed,
        "entities": [placed(e, line_of(e.get("name"))) for e in seed.get("entities") or []],
        "relations": [
            placed(r, line_of(r.get("evidence"), r.get("from"), r.get("to")))
            for r in seed.get("relations") or []
        ],
    }


def plain_text(text: str, path: str) -> str:
    """The plain text the extractor reads from a write-up's text (`path` says how to
    read it: HTML, Markdown or text), as `collabgraph.extract.extract_text` reads
    it: front matter left out, markup turned to text, invisible characters gone,
    at most the characters it reads. What the review page shows."""
    from collabgraph.extract import MAX_CHARS
    from collabgraph.extract.text import kind_of, split_front_matter, to_plain_text

    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    _, body, _ = split_front_matter(text)
    plain, _ = to_plain_text(body, kind=kind_of(path, body))
    return clean_text(strip_invisible(plain))[:MAX_CHARS]
