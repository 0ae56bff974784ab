"""The extractor's word lists, read from the plain-text files in this folder.

Each `NAME.txt` holds one item a line, in the order written. A `#` at the start
of a line, or after a space, begins a comment; blank lines are skipped. A
*table* writes one `key -> value` pair a line ("spoke -> speaker"). Items are
compared as written: the lists of words are in lower case, because the code
compares them with lower-cased tokens.

Only general vocabulary belongs here (no person, organisation or place names):
the extractor must read documents it has never seen. Honorifics, styles and
post-nominals are not here: they live in `collabgraph.model.titles`, shared
with name identity.

>>> "trustee" in words("role_core")
True
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from collabgraph.errors import RulesFileError

_COMMENT = re.compile(r"(?:^|\s)#")


def read_items(path: Path | str) -> list[tuple[int, str]]:
    """`(line number, item)` for each item of a word-list file, in file order.

    Raises RulesFileError (naming the file) when it cannot be read as UTF-8.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesFileError(f"{path}: cannot read word list: {exc}") from exc
    out = []
    for number, line in enumerate(text.splitlines(), start=1):
        item = _COMMENT.split(line, maxsplit=1)[0].strip()
        if item:
            out.append((number, item))
    return out


def read_table(path: Path | str) -> dict[str, str]:
    """The `key -> value` pairs of a table file, in file order.

    Raises RulesFileError naming file and line for a line without `->` or a
    key written twice.
    """
    table: dict[str, str] = {}
    for number, item in read_items(path):
        key, arrow, value = (part.strip() for part in item.partition("->"))
        if not arrow or not key or not value:
            raise RulesFileError(f"{path}:{number}: expected 'key -> value', got {item!r}")
        if key in table:
            raise RulesFileError(f"{path}:{number}: {key!r} is already given")
        table[key] = value
    return table


def path_of(name: str) -> Path:
    """The file of the list `name` ("role_core" -> .../vocab/role_core.txt)."""
    return Path(str(resources.files(__name__).joinpath(f"{name}.txt")))


@cache
def ordered(name: str) -> tuple[str, ...]:
    """The items of list `name`, in file order."""
    return tuple(item for _, item in read_items(path_of(name)))


@cache
def words(name: str) -> frozenset[str]:
    """The items of list `name`, as a set."""
    return frozenset(ordered(name))


@cache
def table(name: str) -> MappingProxyType[str, str]:
    """The table `name` as a read-only mapping, in file order."""
    return MappingProxyType(read_table(path_of(name)))
