"""HTML to plain text: one block per line group, a data table's rows as "A | B |"
lines, and the page's metadata (title, author, published, url).

Scripts, styles and other non-content elements are dropped before any text is
taken, so nothing in them is ever run, parsed as prose or stored.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

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
