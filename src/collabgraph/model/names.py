"""Name normalisation: the keys that decide whether two mentions are one entity.

"Cllr Jean Stretton", "jean  stretton" and "Jean Stretton MP" share a key;
so do "Collaborate" and "Collaborate CIC". Honorifics, styles and
post-nominals (`collabgraph.model.titles`, one list shared with the text
extractor) are kept as a person's title, never as part of the name.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from collabgraph.model.titles import split_title

ORG_SUFFIXES: tuple[str, ...] = ("CIC", "Ltd", "Limited", "plc", "Trust", "CIO", "LLP", "Inc")

_ORG_SUFFIX_RE = re.compile(r"(?:,?\s+(?:%s)\b\.?)+\s*$" % "|".join(ORG_SUFFIXES), re.IGNORECASE)
_SPACE_RE = re.compile(r"\s+")
_LEADING_THE_RE = re.compile(r"(?i)^the\s+\S")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "‐": "-", "–": "-", "—": "-"})


def clean_name(name: str) -> str:
    """Collapse runs of whitespace and trim; every other character is kept as given."""
    return _SPACE_RE.sub(" ", name).strip()


def strip_org_suffix(name: str) -> str:
    """Drop legal-form suffixes ("CIC", "Ltd", "Trust", ...) and a leading "The"."""
    name = clean_name(name)
    bare = _ORG_SUFFIX_RE.sub("", name)
    if _LEADING_THE_RE.match(bare):
        bare = bare[4:]
    return clean_name(bare) or name


_TYPED_KEYS = frozenset({"Person", "Organisation"})


def name_key(name: str, entity_type: str | None = None) -> str:
    """The matching key of a name: case-, space-, accent-form- and title-insensitive.

    People lose honorifics and post-nominals, organisations their legal suffix;
    every other type shares the plain key.
    """
    return _name_key(name, entity_type if entity_type in _TYPED_KEYS else None)


@lru_cache(maxsize=1 << 19)
def _name_key(name: str, entity_type: str | None) -> str:
    text = unicodedata.normalize("NFKC", name).translate(_APOSTROPHES)
    if entity_type == "Person":
        text = split_title(text)[1]
    elif entity_type == "Organisation":
        text = strip_org_suffix(text)
    return clean_name(text).casefold()


_ASCII_ALNUM_RE = re.compile(r"[A-Za-z0-9]")
_WORD_RE = re.compile(r"\w+")


def slug(text: str) -> str:
    """A URL- and eye-friendly slug; names with no letters or digits get a short hash."""
    if text.isascii():
        folded = ascii_only = text
    else:
        folded = unicodedata.normalize("NFKD", text)
        ascii_only = folded.encode("ascii", "ignore").decode()
    base = ascii_only if _ASCII_ALNUM_RE.search(ascii_only) else folded
    words = _WORD_RE.findall(base.replace("'", "").casefold())
    if words:
        return "-".join(words)[:80]
    return "x-" + hashlib.sha1(text.encode()).hexdigest()[:10]


_PLAIN_KEY_RE = re.compile(r"^[\w\s'.,&-]*$")


def entity_id(entity_type: str, name: str) -> str:
    """The stable id of an entity, e.g. `person:henry-kippin`, `organisation:collaborate`.

    Keys with characters a slug drops (brackets, quotes, symbols) get a short
    hash suffix, so "<b>X</b>" and "b X b" never share an id.
    """
    key = name_key(name, entity_type)
    ident = slug(key)
    if not _PLAIN_KEY_RE.match(key) and not ident.startswith("x-"):
        ident += "-" + hashlib.sha1(key.encode()).hexdigest()[:6]
    return f"{entity_type.lower()}:{ident}"
