"""Reading text seeds: decoding, front matter, Markdown and HTML to plain text.

Scripts, styles and other non-content elements of HTML are dropped before any
text is taken, so nothing in them is ever run, parsed as prose or stored.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import yaml
from selectolax.lexbor import LexborHTMLParser

from collabgraph.ingest.yamlio import load_yaml

TEXT_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".text"})

# Elements whose content is never prose: removed with everything inside them.
_DROPPED_TAGS = [
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "object",
    "embed",
    "canvas",
    "nav",
    "form",
    "button",
    "select",
    "textarea",
    "input",
    "head",
    "video",
    "audio",
    "map",
]
_BLOCK_TAGS = [
    "p",
    "div",
    "section",
    "article",
    "aside",
    "header",
    "footer",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "tr",
    "table",
    "blockquote",
    "figure",
    "figcaption",
    "pre",
    "address",
    "hr",
    "td",
    "th",
    "caption",
    "details",
    "summary",
]

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


# Table cells holding no block of their own are cells of a data table, read as one
# row per line; a cell holding paragraphs or lists (a layout table) is a block.
_CELL_TAGS = frozenset({"td", "th"})


def html_to_text(html: str) -> tuple[str, dict]:
    """Plain text of an HTML page, one block per line group, and the page's metadata.

    Scripts, styles, forms, navigation and the like are removed first. Returns
    (text, {title, author, published, url} where found).
    """
    tree = LexborHTMLParser(html)
    meta = _html_meta(tree)
    tree.strip_tags(_DROPPED_TAGS)
    root = tree.body or tree.root
    if root is None:
        return "", meta
    blocks = ",".join(_BLOCK_TAGS)
    inner = ",".join(t for t in _BLOCK_TAGS if t not in _CELL_TAGS)
    for node in root.css(blocks):
        if node.tag in _CELL_TAGS and node.css_first(inner) is None:
            # A data cell: its row is one line, "A | B |", as list_lines reads it.
            node.insert_after(" | ")
            continue
        if node.tag == "tr":
            node.insert_after("\n")  # rows on consecutive lines, as in Markdown
            continue
        node.insert_before("\n\n")
        node.insert_after("\n\n")
    for node in root.css("br"):
        node.insert_after("\n")
    # Quoted and cited titles keep their quotation marks as text.
    for node in root.css("q, cite"):
        node.insert_before("“")
        node.insert_after("”")
    text = root.text(deep=True, separator="")
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    # Rows of one table on consecutive lines (the page's own line breaks between
    # its rows are not paragraph breaks).
    text = re.sub(r"\|\n\n(?=[^\n]*\|$)", "|\n", text, flags=re.M)
    return text.strip(), meta


def _html_meta(tree: LexborHTMLParser) -> dict:
    meta: dict = {}

    def content(selector: str, attr: str = "content") -> str | None:
        node = tree.css_first(selector)
        if node is None:
            return None
        value = node.attributes.get(attr)
        return value.strip() if value and value.strip() else None

    title = content('meta[property="og:title"]')
    if not title:
        node = tree.css_first("title")
        title = node.text(strip=True) if node is not None else None
    if not title:
        node = tree.css_first("h1")
        title = node.text(strip=True) if node is not None else None
    author = content('meta[name="author"]') or content('meta[property="article:author"]')
    published = (
        content('meta[property="article:published_time"]')
        or content('meta[name="date"]')
        or content('meta[name="dc.date"]')
        or content("time[datetime]", "datetime")
    )
    url = content('link[rel="canonical"]', "href") or content('meta[property="og:url"]')
    for key, value in (
        ("title", title),
        ("author", author),
        ("published", published),
        ("url", url),
    ):
        if value:
            meta[key] = value
    return meta


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
