"""Which encoding a text file is in, and whether it is text at all.

Spreadsheets reach collabgraph in the encodings spreadsheet programs save:
UTF-8 (with or without a byte order mark), UTF-16 (Excel's "Unicode text"),
and Windows-1252 (Excel's "CSV" on Windows in the UK). The order, for a file
that is not UTF-8:

1. a byte order mark says UTF-8, UTF-16 or UTF-32;
2. NUL bytes in every other place say UTF-16 without a mark;
3. otherwise charset-normalizer (`charset_normalizer.from_bytes`) guesses,
   Windows-1252 winning among the readings it finds least garbled, and a
   Western single-byte guess read as Windows-1252 when the bytes are valid
   Windows-1252: short files fit several code pages equally well, and those
   differ only in rare letters;
4. NUL bytes anywhere else (or no guess) mean a binary file, refused.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import charset_normalizer

from collabgraph.errors import SeedError

SAMPLE = 8192  # bytes looked at to tell UTF-16 and binary apart
_BOMS = (  # longest first: a UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WESTERN = frozenset(
    {"cp1250", "cp1252", "cp1254", "cp1257", "cp1258", "latin_1", "iso8859_15", "mac_roman",
     "iso8859_2", "iso8859_9", "cp850", "cp437"}
)  # fmt: skip
_ZIP = b"PK\x03\x04"


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python's codec name: utf-8, utf-16, cp1252, ...

    @property
    def warning(self) -> str | None:
        """What a user should know about how the file was read (None for UTF-8)."""
        if self.encoding.startswith(("utf-8", "utf-16", "utf-32")):
            return None
        shown = "Windows-1252" if self.encoding == "cp1252" else self.encoding
        return (
            f"not UTF-8: read as {shown}; check accented letters, or save the file as"
            " UTF-8 to be sure"
        )


def utf16_without_mark(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when NUL bytes sit in every other place, as in
    UTF-16 text of mostly Latin letters; else None."""
    sample = data[:SAMPLE]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) >= 0.6 * len(zeros) and (even if zeros is odd else odd).count(0) == 0:
            return codec
    return None


def is_text(data: bytes) -> bool:
    """False for a binary file: NUL bytes that no text encoding explains."""
    head = data[:SAMPLE]
    if b"\x00" not in head:
        return True
    return any(data.startswith(bom) for bom, _ in _BOMS) or utf16_without_mark(data) is not None


def binary_hint(data: bytes) -> str:
    """Why a binary file is not a seed, with what to do when it is a known kind."""
    if data.startswith(_ZIP):
        return (
            "binary file (a zip archive, such as an Excel workbook): give a workbook the"
            " .xlsx extension, or save the sheet as CSV"
        )
    return "binary file: seed files are text"


def decode(data: bytes, path: str) -> Decoded:
    """The text of a file in whatever encoding it was saved (see the module docstring).

    Raises SeedError naming the file for a binary file, or for bytes no encoding
    collabgraph recognises reads.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return Decoded(_strict(data, codec, path), codec)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    wide = utf16_without_mark(data)
    if wide is not None:
        return Decoded(_strict(data, wide, path), wide)
    if not is_text(data):
        raise SeedError.single(path, None, binary_hint(data))
    codec = _guess(data)
    if codec is None or codec in _WESTERN:
        try:
            return Decoded(data.decode("cp1252"), "cp1252")
        except UnicodeDecodeError:
            pass
    if codec is None:
        line = data[:first_bad].count(b"\n") + 1
        raise SeedError.single(
            path,
            line,
            f"not UTF-8 text (byte 0x{data[first_bad]:02x}), nor another encoding"
            " collabgraph recognises: save the file as UTF-8",
        )
    return Decoded(_strict(data, codec, path), codec)


def decode_head(data: bytes) -> str:
    """The text of the start of a file, for a look at its header: the encoding a
    byte order mark or UTF-16's NUL bytes say, else UTF-8; bytes that do not
    decode (a character cut at the end) are replaced, never an error."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    return data.decode(utf16_without_mark(data) or "utf-8", errors="replace")


def _guess(data: bytes) -> str | None:
    """charset-normalizer's encoding for `data`, Windows-1252 when it is among the
    least garbled readings (short files fit several code pages equally well)."""
    results = list(charset_normalizer.from_bytes(data))
    if not results:
        return None
    least = min(r.chaos for r in results)
    if any(r.chaos == least and "cp1252" in r.could_be_from_charset for r in results):
        return "cp1252"
    return min(results, key=lambda r: r.chaos).encoding


def _strict(data: bytes, codec: str, path: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SeedError.single(
            path, line, f"not {codec} text (byte 0x{data[exc.start]:02x})"
        ) from exc
