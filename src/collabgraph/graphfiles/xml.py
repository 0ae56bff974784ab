"""XML plumbing shared by the GraphML and GEXF files: safe parsing, safe names, safe text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from collabgraph.errors import SeedError
from collabgraph.graphfiles.columns import xml_safe

_NMTOKEN = re.compile(r"^[A-Za-z0-9._:\-]+$")
_NOT_NMTOKEN = re.compile(r"[^A-Za-z0-9._:\-]+")


class TextCleaner:
    """Makes every string XML-safe, counting the characters it had to leave out."""

    def __init__(self) -> None:
        self.removed = 0

    def __call__(self, text: str) -> str:
        cleaned, removed = xml_safe(text)
        self.removed += removed
        return cleaned


def nmtoken(name: str, taken: set[str]) -> str:
    """`name` as a GraphML NMTOKEN (ASCII letters, digits, `._:-`), unique among `taken`."""
    base = _NOT_NMTOKEN.sub("_", name).strip("_") or "attribute"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}_{n}", n + 1
    taken.add(candidate)
    return candidate


def node_ids(ids: list[str]) -> dict[str, str]:
    """The XML id of each entity id: itself when it is a plain NMTOKEN, else `n<index>`."""
    out: dict[str, str] = {}
    used = {i for i in ids if _NMTOKEN.match(i)}
    for index, ident in enumerate(ids):
        if _NMTOKEN.match(ident):
            out[ident] = ident
        else:
            candidate = f"n{index}"
            while candidate in used:
                candidate += "_"
            used.add(candidate)
            out[ident] = candidate
    return out


def parse_xml(data: bytes, path: str) -> etree._Element:
    """The root element of an XML file, parsed without fetching or expanding anything
    from outside it (no DTDs, no external entities, no network).

    Raises SeedError naming the line of the first syntax error.
    """
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        return etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise SeedError.single(path, exc.lineno, f"not well-formed XML: {exc.msg}") from exc


def local(element: etree._Element) -> str:
    """An element's name without its namespace ("" for comments and the like)."""
    tag = element.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def children(element: etree._Element, name: str) -> Iterator[etree._Element]:
    """Direct children called `name`, whatever their namespace."""
    return (child for child in element if local(child) == name)
