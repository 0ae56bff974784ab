"""The text of documents people already have: PDF reports, Word .docx files, web pages.

Each reader gives `DocumentText`: the text for the extractor (Markdown where
the document has headings, so its layout survives), the document's own title,
author and date (kept as the source's), and warnings. The extractor
(`collabgraph.extract`) reads the text as it reads any write-up.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field

from collabgraph.errors import SeedError

DOCUMENT_SUFFIXES = {".pdf", ".docx"}
# A .docx is a zip: refuse one whose parts would unpack to more than this.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
_DOCX_HEADINGS = {"title": "#", "heading 1": "#", "heading 2": "##", "heading 3": "###"}


@dataclass
class DocumentText:
    text: str
    markdown: bool = False
    meta: dict[str, str] = field(default_factory=dict)  # title, author, published, url
    warnings: list[str] = field(default_factory=list)


def document_text(name: str, data: bytes, kind: str) -> DocumentText:
    """The text of a document of `kind` ".pdf", ".docx" or "page" (HTML from the web).

    Raises SeedError naming `name` when the bytes are not such a document.
    """
    if kind == ".pdf":
        return pdf_text(name, data)
    if kind == ".docx":
        return docx_text(name, data)
    if kind == "page":
        return page_text(name, data)
    raise SeedError.single(name, None, f"not a document collabgraph reads: {kind}")


def pdf_text(name: str, data: bytes) -> DocumentText:
    """A PDF's text page by page (pypdf), with its Title, Author and CreationDate."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise SeedError.single(name, None, "the PDF is encrypted; save an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except (PyPdfError, ValueError, KeyError, TypeError) as exc:
        raise SeedError.single(name, None, f"not a readable PDF ({exc})") from exc
    result = DocumentText("\n\n".join(p.strip() for p in pages if p.strip()))
    if info is not None:
        _put(result.meta, "title", info.title)
        _put(result.meta, "author", info.author)
        try:
            created = info.creation_date
        except (ValueError, TypeError):
            created = None
        _put(result.meta, "published", _iso(created))
    if not result.text:
        result.warnings.append("the PDF has no text layer (a scanned PDF needs OCR first)")
    return result


def docx_text(name: str, data: bytes) -> DocumentText:
    """A Word document's paragraphs and tables in order (python-docx); headings become
    Markdown headings, each table row one line; core properties give title, author
    and created date."""
    import docx
    from docx.opc.exceptions import OpcError
    from lxml.etree import XMLSyntaxError

    _check_zip(name, data)
    try:
        document = docx.Document(io.BytesIO(data))
    except (OpcError, zipfile.BadZipFile, KeyError, ValueError, XMLSyntaxError) as exc:
        raise SeedError.single(name, None, f"not a readable Word .docx file ({exc})") from exc
    blocks: list[str] = []
    for item in document.iter_inner_content():
        if hasattr(item, "rows"):
            for row in item.rows:
                cells = list(dict.fromkeys(c.text.strip() for c in row.cells if c.text.strip()))
                if cells:
                    blocks.append(", ".join(cells))
            continue
        text = item.text.strip()
        if not text:
            continue
        style = (item.style.name if item.style is not None else "").lower()
        if style in _DOCX_HEADINGS:
            text = f"{_DOCX_HEADINGS[style]} {text}"
        elif style.startswith("list"):
            text = f"- {text}"
        blocks.append(text)
    result = DocumentText("\n\n".join(blocks), markdown=True)
    core = document.core_properties
    _put(result.meta, "title", core.title)
    _put(result.meta, "author", core.author)
    _put(result.meta, "published", _iso(core.created))
    return result


def page_text(url: str, data: bytes) -> DocumentText:
    """A web page's main text without menus, footers and adverts (trafilatura),
    with the page's title, author and date."""
    import trafilatura

    text = trafilatura.extract(
        data, url=url, output_format="markdown", include_comments=False, include_tables=True
    )
    meta = trafilatura.extract_metadata(data, default_url=url)
    result = DocumentText(text or "", markdown=True)
    if meta is not None:
        _put(result.meta, "title", meta.title)
        _put(result.meta, "author", meta.author)
        _put(result.meta, "published", meta.date)
    result.meta["url"] = url
    if not result.text:
        result.warnings.append("no main text found on the page")
    return result


def _check_zip(name: str, data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise SeedError.single(name, None, "not a Word .docx file (not a zip package)") from exc
    if unpacked > MAX_UNPACKED_BYTES:
        raise SeedError.single(
            name, None, f"the .docx unpacks to {unpacked / 1e6:.0f} MB; refused as too large"
        )


def _put(meta: dict[str, str], key: str, value: object) -> None:
    if value is not None and str(value).strip():
        meta[key] = str(value).strip()


def _iso(value: object) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return None
