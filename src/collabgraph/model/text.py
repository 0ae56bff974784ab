"""Text as stored: NFC, no control characters, and names without invisible characters.

Spreadsheets exported from databases carry control characters (U+000B,
U+001E) that XML cannot hold, so GraphML and GEXF exports of them would be
broken; web copy-pastes and CMS exports carry invisible characters inside
names (zero-width space, soft hyphen, word joiner) that make one name look
like two. Every text value a seed file gives passes through `clean_text`;
every name, alias and id also through `strip_invisible`.
"""

from __future__ import annotations

import re
import unicodedata

# C0 controls except tab, line feed and carriage return; DEL; C1 controls; the
# two non-characters XML 1.0 forbids.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")

# Format characters that never belong inside a name: zero-width space, soft
# hyphen, word joiner, zero-width no-break space (BOM), invisible operators,
# Mongolian vowel separator, and the bidirectional marks and isolates. The
# zero-width joiner and non-joiner (U+200C, U+200D) stay: emoji sequences and
# Indic and Persian scripts need them.
_INVISIBLE_RE = re.compile(
    "[\u00ad\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)


def control_characters(text: str) -> list[str]:
    """The control characters in `text`, each once, as `U+000B` codes (in order found)."""
    return list(dict.fromkeys(f"U+{ord(c):04X}" for c in _CONTROL_RE.findall(text)))


def clean_text(text: str) -> str:
    """`text` in NFC with control characters removed (tab and line breaks stay)."""
    if text.isascii():
        return _CONTROL_RE.sub("", text) if _CONTROL_RE.search(text) else text
    return unicodedata.normalize("NFC", _CONTROL_RE.sub("", text))


def strip_invisible(text: str) -> str:
    """`text` without invisible format characters (zero-width space, soft hyphen, ...)."""
    if text.isascii():
        return text
    return _INVISIBLE_RE.sub("", text)


def tidy_name(text: str) -> str:
    """A name, alias or id as stored: `clean_text`, invisible characters removed, trimmed."""
    return strip_invisible(clean_text(text)).strip()
