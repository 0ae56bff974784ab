"""JSON loading within the same limits as YAML (`collabgraph.ingest.limits`).

The standard library's decoder recurses once per level of nesting and turns a
`\\ud800` escape into a lone surrogate, which is not text and which no store
can hold. One pass over the file's strings and brackets, before decoding,
refuses both at their line.
"""

from __future__ import annotations

import json
import re
from typing import Any

from collabgraph.errors import SeedError
from collabgraph.ingest.limits import MAX_DEPTH

# A string (escapes included) or a bracket; what lies between them cannot nest.
_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.S)
_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|.)", re.S)


def load_json(text: str, *, path: str) -> Any:
    """Decode a JSON seed. Raises SeedError naming the line of a syntax error, of
    nesting deeper than MAX_DEPTH, or of a lone surrogate escape."""
    _check(text, path)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SeedError.single(path, exc.lineno, f"invalid JSON: {exc.msg}") from exc


def _check(text: str, path: str) -> None:
    depth = 0
    for token in _TOKENS.finditer(text):
        first = token.group()[0]
        if first in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise SeedError.single(
                    path, _line(text, token.start()), f"nested more than {MAX_DEPTH} levels deep"
                )
        elif first in "]}":
            depth -= 1
        elif "\\u" in token.group() and _lone_surrogate(token.group()):
            raise SeedError.single(
                path,
                _line(text, token.start()),
                "a lone surrogate escape (such as \\ud800) is not text",
            )


def _lone_surrogate(string: str) -> bool:
    """True when a JSON string's escapes leave half of a surrogate pair alone."""
    high, end = False, -1
    for escape in _ESCAPE.finditer(string):
        code = int(escape.group(1), 16) if escape.group(1) else None
        if code is not None and 0xDC00 <= code <= 0xDFFF:
            if not high or escape.start() != end:
                return True
            high = False
            continue
        if high:
            return True
        high = code is not None and 0xD800 <= code <= 0xDBFF
        end = escape.end()
    return high


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
