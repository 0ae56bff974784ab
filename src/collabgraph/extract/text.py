"""Reading text seeds: decoding, front matter, Markdown and HTML to plain text.

HTML is read by `html_text`: scripts, styles and other non-content elements
are dropped before any text is taken, so nothing in them is ever run, parsed
as prose or stored.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import yaml

from collabgraph.extract.html_text import html_to_text
from collabgraph.ingest.yamlio import load_yaml

TEXT_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".text"})

_FRONT_MATTER = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S
)


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Decode bytes as UTF-8 (a BOM is dropped); undecodable bytes become U+FFFD.

    Returns the text and a list of warnings (one when any byte had to be replaced).
    """
    warnings: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        warnings.append(
            f"not valid UTF-8 (first bad byte at offset {exc.start}); "
            f"{text.count(chr(0xFFFD))} character(s) replaced with U+FFFD"
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return text, warnings


def split_front_matter(text: str) -> tuple[dict, str, list[str]]:
    """Split a leading `---` YAML block from the text.

    Returns (front matter as a dict, the rest of the text, warnings). A block that
    is not a YAML mapping is left in the text and reported in the warnings.
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text, []
    try:
        data = load_yaml(match.group(1))  # bounded: see collabgraph.ingest.yamlio
    except yaml.YAMLError as exc:
        return {}, text, [f"front matter is not valid YAML ({exc.__class__.__name__}); ignored"]
    if not isinstance(data, dict):
        return {}, text, ["front matter is not a mapping; ignored"]
    return _normalise_meta(data), text[match.end() :], []


def _normalise_meta(data: dict) -> dict:
    out: dict = {}
    aliases = {
        "title": "title",
        "author": "author",
        "authors": "author",
        "by": "author",
        "date": "published",
        "published": "published",
        "pubdate": "published",
        "url": "url",
        "link": "url",
        "canonical": "url",
        "permalink": "url",
    }
    for key, value in data.items():
        name = aliases.get(str(key).strip().lower())
        if name is None or value is None or name in out:
            continue
        if isinstance(value, list):  # text only: a mapping in a list is not a name
            value = ", ".join(str(v) for v in value if isinstance(v, str | int | float))
        if isinstance(value, dict) or value == "":
            continue
        if isinstance(value, datetime):
            value = value.date().isoformat()
        elif isinstance(value, date):
            value = value.isoformat()
        out[name] = str(value).strip()
    return out


_MD_RULES: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(r"^```.*?^```[ \t]*$", re.S | re.M), ""),
    (re.compile(r"<!--.*?-->", re.S), ""),
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"^\s*\[[^\]]+\]:\s*\S+.*$", re.M), ""),
    (re.compile(r"^#{1,6}[ \t]+(.*?)[ \t#]*$", re.M), r"\n\1\n"),
    (re.compile(r"^[ \t]*>[ \t]?", re.M), ""),
    # List items stay items: layout reads each on its own.
    (re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", re.M), "• "),
    (re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$", re.M), "\n"),
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    # An emphasised Title Case phrase is usually a title: keep it quoted.
    (
        re.compile(
            r"(?<![\w*])[*_]((?:[A-Z][\w'’-]*[:,]?\s+)(?:[\w'’–-]+[:,]?\s+){0,20}[A-Z0-9][\w'’–-]*)[*_](?![\w*])"
        ),
        r"“\1”",
    ),
    (re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)\*(?!\w)"), r"\1"),
    (re.compile(r"(?<![\w_])_(?!\s)([^_\n]+?)_(?![\w])"), r"\1"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),
    # A table's separator row goes with its line break: the rows stay together.
    (re.compile(r"^\|?[ \t]*:?-{3,}.*\n?", re.M), ""),
)


def markdown_to_text(md: str) -> str:
    """Plain text of a Markdown document: links keep their words, markup goes."""
    if re.search(r"<(script|style|div|p|span|a)\b", md, re.I):
        md = _strip_inline_html(md)
    for pattern, repl in _MD_RULES:
        md = pattern.sub(repl, md)
    # Table rows stay one line each, "A | B |", as HTML tables' rows are read.
    md = re.sub(
        r"^[ \t]*\|(.*)\|[ \t]*$",
        lambda m: " | ".join(c.strip() for c in m.group(1).split("|")) + " |",
        md,
        flags=re.M,
    )
    return re.sub(r"\n{3,}", "\n\n", md).strip()


def _strip_inline_html(md: str) -> str:
    md = re.sub(r"<(script|style|noscript|template)\b.*?</\1\s*>", "", md, flags=re.S | re.I)
    md = re.sub(r"<(script|style|noscript|template)\b[^>]*>.*\Z", "", md, flags=re.S | re.I)
    return re.sub(r"<[^>\n]+>", "", md)


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or bool(
        re.search(r"<(body|p|div|article)\b", head)
    )


def to_plain_text(text: str, *, kind: str) -> tuple[str, dict]:
    """Plain text and metadata of a document whose kind is 'html', 'md' or 'txt'."""
    if kind == "html":
        return html_to_text(text)
    if kind == "md":
        return markdown_to_text(text), {}
    return text, {}


_TURNED_APOSTROPHE = re.compile(r"(?<=[^\W\d_])‘(?=s\b)")


def mend_apostrophes(text: str) -> str:
    """'the Trust‘s Council': an opening quote mark typed for the apostrophe of a
    possessive (a letter before it, "s" and a word's end after it) is the apostrophe."""
    return _TURNED_APOSTROPHE.sub("’", text)


_GLUED_BRACKET = re.compile(r"(\([A-Z][\w&.'’-]{0,14}\))(?=[^\W\d_])")


def mend_glued_brackets(text: str) -> str:
    """'Dale Health Board (DHB)Fenby County Council': a bracketed short form run
    on into the next word, a line break lost when the page was saved, is set
    apart from it, so the next name does not begin "DHB)Fenby"."""
    return _GLUED_BRACKET.sub(r"\1 ", text)


_GLUED_SENTENCE = re.compile(
    r"(?<![\w.@/])([A-Za-z]?[a-z]{2,}[.!?][”\"’]?)(?=[A-Z][a-z]+[\s,;:’'])"
)


def mend_glued_sentences(text: str) -> str:
    """'... opened the centre.The Mayor said': a sentence's full stop run on into
    the next sentence's first word, a space lost when the page was saved, is set
    apart from it, so no name opens "centre.The". Not inside a web or e-mail
    address ("www.kelby.gov.uk/News", "jo@kelby.org"), nor after one letter
    ("e.g.The")."""
    return _GLUED_SENTENCE.sub(r"\1 ", text)


# a UTF-8 character read as one byte a character, in Windows-1252 ("â€™") or in the
# Thai code page ("โ€™"): its lead character, and how many bytes the character had
_MOJIBAKE = re.compile(r"[âโ].{2}|[ÂÃ].", re.S)


def mend_mojibake(text: str) -> str:
    """'CRYโ€™s campaign', 'Fenby Trustâ€™s': the bytes of a UTF-8 character that a
    page's encoding was mistaken for, read back as the character ("’"), so that a
    name does not end in "โ€". (ftfy's `fix_encoding` reads back the Windows-1252
    form but leaves the Thai code page's, which real pages have.)"""
    return _MOJIBAKE.sub(_unmangled, text) if "€" in text or "Â" in text or "Ã" in text else text


def _unmangled(match: re.Match) -> str:
    raw = bytearray()
    for c in match.group():
        for code_page in ("cp1252", "cp874", "latin-1"):
            try:
                raw += c.encode(code_page)
                break
            except UnicodeEncodeError:
                continue
        else:
            return match.group()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return match.group()


def kind_of(path: str | Path, text: str = "") -> str:
    suffix = Path(path).suffix.lower()
    if suffix in {".html", ".htm"}:
        return "html"
    if suffix in {".md", ".markdown"}:
        return "md"
    if text and looks_like_html(text):
        return "html"
    return "txt"


def read_text_seed(path: str | Path) -> tuple[str, dict, list[str]]:
    """Read a text seed: decode, split front matter, turn HTML or Markdown into text.

    Returns (plain text, front matter merged with HTML metadata, warnings). Raises
    OSError if the file cannot be read.
    """
    data = Path(path).read_bytes()
    text, warnings = decode_bytes(data)
    meta, text, fm_warnings = split_front_matter(text)
    warnings += fm_warnings
    plain, page_meta = to_plain_text(text, kind=kind_of(path, text))
    for key, value in page_meta.items():
        meta.setdefault(key, value)
    if not plain.strip():
        warnings.append("no text found")
    return plain, meta, warnings
