"""What the CLI prints is text: names and messages never act on the terminal.

Names come from seed files, which anyone may write. Printed as they are, a name
could hold rich markup (`[bold]`, `[/]`: a MarkupError, or a forged style), an
escape sequence that sets the window title or draws a live link to a local file
(`ESC ] 8 ;; file:///...`), a carriage return that overwrites the line before,
or a bidirectional override that shows text in another order than it is. So:

- user text reaches rich only as `Text`, never as markup (`plain`, `line`), or
  escaped where rich insists on markup (`markup_safe`);
- control characters (C0, DEL, C1), bidirectional controls and lone surrogates
  are shown escaped, Python-style (`\\x1b`, `\\n`, `\\u202e`, `\\udc80`);
- JSON keeps them as `\\u` escapes (`to_json`).
"""

from __future__ import annotations

import json
from typing import Any

from rich.markup import escape
from rich.text import Text

_BIDI = [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_CONTROLS = [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(code: int) -> str:
    char = chr(code)
    if char in _NAMED:
        return _NAMED[char]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_SHOWN = {code: _escape(code) for code in [*_CONTROLS, *_BIDI, *range(0xD800, 0xE000)]}
_SHOWN_LINES = {code: shown for code, shown in _SHOWN.items() if code != ord("\n")}
_JSON = {code: f"\\u{code:04x}" for code in [0x7F, *range(0x80, 0xA0), *_BIDI]}
_JSON.update({code: f"\\u{code:04x}" for code in range(0xD800, 0xE000)})


def shown(text: object) -> str:
    """`text` with every control, bidirectional control and lone surrogate escaped."""
    return str(text).translate(_SHOWN)


def shown_lines(text: str) -> str:
    """Like `shown`, but line breaks stay line breaks (for text laid out in lines)."""
    return text.translate(_SHOWN_LINES)


def plain(text: object, style: str = "") -> Text:
    """User text as rich Text: shown escaped, never read as markup."""
    return Text(shown(text), style=style)


def markup_safe(text: object) -> str:
    """User text for the few places rich reads as markup (a progress bar's
    description, last in its column's template): shown escaped, its brackets
    escaped too. rich's `escape` doubles a trailing backslash (for markup that
    follows), which then shows twice: the space added and taken off avoids it."""
    return escape(shown(text) + " ")[:-1]


def line(label: str, style: str, message: object) -> Text:
    """`label: message`, the label styled, the message plain (`error:`, `warning:`)."""
    return Text.assemble((f"{label}:", style), " ", shown(message))


def to_json(data: Any) -> str:
    """JSON (UTF-8 as is) in which nothing can act on a terminal: JSON escapes C0
    controls itself; DEL, C1, bidirectional controls and lone surrogates are
    escaped here, which is valid because they can only occur inside strings."""
    return json.dumps(data, indent=2, ensure_ascii=False, default=str).translate(_JSON)
