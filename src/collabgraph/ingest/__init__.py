"""Reading seed files: YAML/JSON, Kumu CSV and text write-ups, into SeedDocuments."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import yaml

from collabgraph.errors import SeedError
from collabgraph.ingest.document import SeedDocument, parse_seed
from collabgraph.ingest.tables import parse_table
from collabgraph.ingest.yamlio import error_line, load_yaml

STRUCTURED = {".yaml", ".yml", ".json"}
TABLES = {".csv"}
TEXT = {".txt", ".md", ".markdown", ".html", ".htm"}
SEED_SUFFIXES = STRUCTURED | TABLES | TEXT


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
    if b"\x00" in data[:8192]:
        raise SeedError.single(str(path), None, "binary file: seed files are text")
    return data, hashlib.sha256(data).hexdigest()


def decode_strict(data: bytes, path: str) -> str:
    """UTF-8 text (a BOM is allowed); a bad byte is a SeedError naming its line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SeedError.single(
            path, line, f"not UTF-8 text (byte 0x{data[exc.start]:02x})"
        ) from exc


def parse_document(path: Path, data: bytes, *, known=()) -> SeedDocument:
    """Parse a seed file's bytes by its extension.

    Returns the SeedDocument; raises SeedError for invalid content or an
    unsupported extension, NoExtractor for text when spaCy is missing.
    """
    name, suffix = str(path), path.suffix.lower()
    if suffix in STRUCTURED:
        text = decode_strict(data, name)
        if suffix == ".json":
            try:
                return parse_seed(json.loads(text), path=name)
            except json.JSONDecodeError as exc:
                raise SeedError.single(name, exc.lineno, f"invalid JSON: {exc.msg}") from exc
        try:
            tree = load_yaml(text)
        except yaml.YAMLError as exc:
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            raise SeedError.single(name, error_line(exc), f"invalid YAML: {problem}") from exc
        return parse_seed(tree, path=name)
    if suffix in TABLES:
        return parse_table(decode_strict(data, name), path=name)
    if suffix in TEXT:
        try:
            from collabgraph.extract import EXTRACTOR_NAME, EXTRACTOR_VERSION, extract_bytes
        except ImportError as exc:
            raise NoExtractor(str(exc)) from exc
        seed, warnings = extract_bytes(data, path=name, known=known)
        doc = parse_seed(seed, path=name, kind="text")
        doc.source.setdefault("extractor", f"{EXTRACTOR_NAME}/{EXTRACTOR_VERSION}")
        doc.warnings.extend(warnings)
        return doc
    raise SeedError.single(
        name,
        None,
        f"unsupported file type {suffix or '(none)'}; expected one of"
        f" {', '.join(sorted(SEED_SUFFIXES))}",
    )
