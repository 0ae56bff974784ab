"""Name normalisation: the keys that decide whether two mentions are one entity, and ids.

"Cllr Jean Stretton", "jean  stretton" and "Jean Stretton MP" share a key;
so do "Collaborate" and "Collaborate CIC", "A. Evans" and "A Evans",
"Anne-Marie" and "Anne Marie". Honorifics, styles and post-nominals
(`collabgraph.model.titles`, one list shared with the text extractor) are kept
as a person's title, never as part of the name. Invisible characters never
count.

An organisation has two kinds of key: its *full* key keeps legal-form endings
("the bridge trust"), its matching key drops them ("bridge"). A name mentioned
in passing finds an organisation by either; two organisations *declared* with
different full keys are never joined (see `collabgraph.ingest.resolve`).

Ids are stable and readable (`person:henry-kippin`), and different for
different keys: a key a slug would lose something of (accents, punctuation, a
cut at 80 characters, capitals in a declared id) gets a short hash of itself.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from importlib import resources

from anyascii import anyascii

from collabgraph.model.text import strip_invisible
from collabgraph.model.titles import split_title


def _lines(name: str) -> list[str]:
    text = resources.files("collabgraph.model").joinpath("data", name).read_text("utf-8")
    return [s for line in text.splitlines() if (s := line.split("#", 1)[0].strip())]


ORG_SUFFIXES: tuple[str, ...] = tuple(_lines("org_suffixes.txt"))

_ORG_SUFFIX_RE = re.compile(r"(?:,?\s+(?:%s)\b\.?)+\s*$" % "|".join(ORG_SUFFIXES), re.IGNORECASE)
_SPACE_RE = re.compile(r"\s+")
_LEADING_THE_RE = re.compile(r"(?i)^the\s+\S")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "‐": "-", "–": "-", "—": "-"})
# In a key, dots and apostrophes go ("A. Evans", "People's") and hyphens are spaces.
_KEY_PUNCTUATION = str.maketrans({".": " ", "'": None, "-": " ", "‑": " "})
MAX_SLUG = 80


def clean_name(name: str) -> str:
    """Collapse runs of whitespace and trim; every other character is kept as given."""
    return _SPACE_RE.sub(" ", name).strip()


def strip_org_suffix(name: str) -> str:
    """Drop legal-form suffixes ("CIC", "Ltd", "Trust", ...) and a leading "The"."""
    return _drop_the(_ORG_SUFFIX_RE.sub("", clean_name(name))) or clean_name(name)


def _drop_the(name: str) -> str:
    bare = clean_name(name)
    return clean_name(bare[4:]) if _LEADING_THE_RE.match(bare) else bare


_TYPED_KEYS = frozenset({"Person", "Organisation"})


def name_key(name: str, entity_type: str | None = None) -> str:
    """The matching key of a name: case-, space-, punctuation- and title-insensitive.

    People lose honorifics and post-nominals, organisations their legal suffix
    and a leading "The"; every other type shares the plain key. Dots and
    apostrophes are dropped and hyphens read as spaces; invisible characters
    and compatibility forms (NFKC) never count.
    """
    return _name_key(name, entity_type if entity_type in _TYPED_KEYS else None)


def full_key(name: str, entity_type: str | None = None) -> str:
    """An organisation's key with its legal-form ending kept ("the bridge trust" ->
    "bridge trust"); for every other type the same as `name_key`."""
    if entity_type != "Organisation":
        return name_key(name, entity_type)
    return _name_key(name, "full")


@lru_cache(maxsize=1 << 19)
def _name_key(name: str, entity_type: str | None) -> str:
    text = unicodedata.normalize("NFKC", strip_invisible(name)).translate(_APOSTROPHES)
    if entity_type == "Person":
        text = split_title(text)[1]
    elif entity_type == "Organisation":
        text = strip_org_suffix(text)
    elif entity_type == "full":
        text = _drop_the(text)
    keyed = clean_name(text.translate(_KEY_PUNCTUATION)).casefold()
    return keyed or clean_name(text).casefold()


_PLAIN_KEY_RE = re.compile(r"^[a-z0-9]+(?: [a-z0-9]+)*$")
_PLAIN_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_WORD_RE = re.compile(r"[a-z0-9]+")


def slug(text: str) -> str:
    """A URL- and eye-friendly slug: letters transliterated ("Łukasz" -> "lukasz"),
    words joined by hyphens, at most 80 characters; text with no letters or digits
    gets "x-" and a short hash."""
    words = _WORD_RE.findall(anyascii(text).replace("'", "").lower())
    if words:
        return "-".join(words)[:MAX_SLUG].rstrip("-")
    return "x-" + short_hash(text, 10)


def short_hash(text: str, n: int = 6) -> str:
    """The first `n` hex digits of the SHA-1 of `text`: what ids add to stay apart."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:n]


def entity_id(entity_type: str, name: str) -> str:
    """The stable id of an entity, e.g. `person:henry-kippin`, `organisation:collaborate`.

    Two names with different keys never share an id: a key that is not plain
    lower-case ASCII words, or whose slug is cut, gets a short hash of the key
    ("Łukasz Nowak" -> `person:lukasz-nowak-1f0c2e`).
    """
    key = name_key(name, entity_type)
    ident = slug(key)
    if not ident.startswith("x-") and not (_PLAIN_KEY_RE.match(key) and len(key) <= MAX_SLUG):
        ident += "-" + short_hash(key)
    return f"{entity_type.lower()}:{ident}"


def declared_entity_id(entity_type: str, declared: str) -> str:
    """The graph id of an entity a file gives its own id (an `ID` column, an `id:` key).

    An id already in the graph's form for this type (`person:david-pryce-2`) is
    kept as written; any other becomes `type:slug`, with a short hash when the
    slug is not the id itself, so ids differing only in case stay apart
    (`P-001` and `p-001`).
    """
    prefix = f"{entity_type.lower()}:"
    if declared.startswith(prefix) and len(declared) > len(prefix):
        return declared
    ident = slug(declared)
    if ident != declared:
        ident += "-" + short_hash(declared)
    return prefix + ident


ID_KEY_PREFIX = "id:"


def id_key(declared: str) -> str:
    """The lookup key of an id a file declares: exact, case kept (`id:p-001`)."""
    return ID_KEY_PREFIX + declared


_OCCASION_WORDS = frozenset(_lines("occasion_words.txt"))


def occasion_words(name: str) -> tuple[list[str], set[str]]:
    """(the name's words, lower case; those of them in `data/occasion_words.txt`):
    "Northtown Forum AGM" -> (["northtown", "forum", "agm"], {"forum", "agm"})."""
    words = re.findall(r"[\w'-]+", name.lower())
    return words, {w for w in words if w in _OCCASION_WORDS}


def is_generic_occasion(name: str) -> bool:
    """Whether a name says only what kind of occasion it is ("Annual General
    Meeting", "AGM", "the Spring Summit"): every word in `data/occasion_words.txt`.
    Many bodies hold one; "Northtown Forum AGM" and "Summit 2031" are not generic."""
    words, kinds = occasion_words(name)
    return bool(words) and len(kinds) == len(set(words))


def is_description(alias: str) -> bool:
    """Whether an alias is a description, not a name: no capital letter and no
    digit ("the conference", "our annual conference", the forms a write-up refers
    back to its event by), or only a kind of occasion ("Annual General Meeting",
    "AGM": `is_generic_occasion`). Many things share one: it identifies nothing."""
    return not any(c.isupper() or c.isdigit() for c in alias) or is_generic_occasion(alias)


def identifying_names(name: str, aliases: list[str] | tuple[str, ...] = ()) -> list[str]:
    """The name and each alias that is no description (`is_description`): what
    joins an entity to another, in a file and across files."""
    return [name, *(a for a in aliases if not is_description(a))]


def entity_keys(
    name: str, entity_type: str, aliases: list[str] | tuple[str, ...] = (), ids=()
) -> list[str]:
    """Every lookup key of an entity: the `name_key` of its name and each alias that
    is no description (`identifying_names`), then an `id_key` for each id files
    give it; in that order, each once."""
    found = dict.fromkeys(name_key(n, entity_type) for n in identifying_names(name, aliases))
    found.update(dict.fromkeys(id_key(i) for i in ids))
    return [k for k in found if k]
