"""A Doc's per-token strings and flags read in one pass from its arrays, kept on it.

Iterating a Doc makes a Python `Token` for every word, reading `lower_` or
`text` looks the word up in the string store, and slicing a Doc makes a `Span`
(a few microseconds, ten times a word's lookup). Code that wants only the words'
strings, a stretch's text or a word's tag reads these lists instead: the
attributes are read from the Doc in one `to_array` call, each list built once
(each hash turned into its string once per process) and kept in `doc.user_data`.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

_CACHE_MAX = 200_000
_STRING_OF_HASH: dict[int, str] = {}
_ATTRS = ("ORTH", "LOWER", "POS", "SPACY", "LIKE_NUM", "ENT_TYPE", "DEP", "IS_CURRENCY")
_COLUMNS_KEY = "collabgraph.columns"
_LOWERS_KEY = "collabgraph.lower_forms"
_TEXTS_KEY = "collabgraph.token_texts"
_WITH_WS_KEY = "collabgraph.texts_with_ws"
_POS_KEY = "collabgraph.pos"
_LIKE_NUM_KEY = "collabgraph.like_num"
_ENT_TYPE_KEY = "collabgraph.ent_type"
_DEP_KEY = "collabgraph.dep"
_CURRENCY_KEY = "collabgraph.currency"


def _column(doc, attr: str) -> list[int]:
    """One attribute's values of every token (`_ATTRS`, all read at once)."""
    kept = doc.user_data.get(_COLUMNS_KEY)
    if kept is None or kept[0] != len(doc):
        rows = doc.to_array(list(_ATTRS)).T.tolist() if len(doc) else [[] for _ in _ATTRS]
        kept = doc.user_data[_COLUMNS_KEY] = (len(doc), dict(zip(_ATTRS, rows, strict=True)))
    return kept[1][attr]


def _strings(doc, attr: str) -> list[str]:
    return strings_of(doc, _column(doc, attr))


def strings_of(doc, hashes: list[int]) -> list[str]:
    """The strings of a list of the Doc's string hashes (e.g. a `to_array("ORTH")`).
    Not kept on the Doc: a pipeline component reads its words with this, as the
    lists kept hold tags set after it."""
    get = _STRING_OF_HASH.get
    out = [get(h) for h in hashes]
    if None in out:
        if len(_STRING_OF_HASH) >= _CACHE_MAX:
            _STRING_OF_HASH.clear()
        strings = doc.vocab.strings
        for k, word in enumerate(out):
            if word is None:
                out[k] = _STRING_OF_HASH[hashes[k]] = strings[hashes[k]]
    return out


def kept_list(doc, key: str, build: Callable[[Any], list]) -> list:
    """The per-token list kept on the Doc under `key` (`doc.user_data`), made by
    `build(doc)` the first time it is asked for (or when the Doc's length has
    changed since): one entry a token, the Doc's own list, not to be changed."""
    kept = doc.user_data.get(key)
    if kept is None or len(kept) != len(doc):
        kept = doc.user_data[key] = build(doc)
    return kept


def remembered(cache: dict, key: Hashable, compute: Callable[[Any], Any]) -> Any:
    """`compute(key)`, kept in `cache` for the process (emptied when it holds
    `_CACHE_MAX` answers): for answers that depend on a word's spelling alone."""
    value = cache.get(key)
    if value is None:
        if len(cache) >= _CACHE_MAX:
            cache.clear()
        value = cache[key] = compute(key)
    return value


def _lowers(doc) -> list[str]:
    return _strings(doc, "LOWER")


def _texts(doc) -> list[str]:
    return _strings(doc, "ORTH")


def lower_forms(doc) -> list[str]:
    """Every token's `lower_`, in order (as `[t.lower_ for t in doc]`)."""
    return kept_list(doc, _LOWERS_KEY, _lowers)


def token_texts(doc) -> list[str]:
    """Every token's `text`, in order (as `[t.text for t in doc]`), read once per
    Doc and kept on it: loops over every word of a sentence ask a word's spelling
    first and make a `Token` only for the few words it lets through."""
    return kept_list(doc, _TEXTS_KEY, _texts)


def _with_ws(doc) -> list[str]:
    spaces = _column(doc, "SPACY")
    return [w + " " if s else w for w, s in zip(token_texts(doc), spaces, strict=True)]


def texts_with_ws(doc) -> list[str]:
    """Every token's `text_with_ws` (its text, then " " when a space follows it)."""
    return kept_list(doc, _WITH_WS_KEY, _with_ws)


def doc_text(doc) -> str:
    """`doc.text` (every token's `text_with_ws`, joined) from the kept list, no
    `Token` made a word."""
    return "".join(texts_with_ws(doc))


def span_text(doc, start: int, end: int) -> str:
    """`doc[start:end].text` without making the Span (indices as a slice takes them)."""
    n = len(doc)
    start = min(n, max(0, start + n if start < 0 else start))
    end = min(n, max(start, end + n if end < 0 else end))
    if start == end:
        return ""
    return "".join(texts_with_ws(doc)[start : end - 1]) + token_texts(doc)[end - 1]


def pos_tags(doc) -> list[str]:
    """Every token's `pos_` ("VERB", "PROPN"; "" when untagged), in order."""
    return kept_list(doc, _POS_KEY, lambda d: _strings(d, "POS"))


def like_nums(doc) -> list[bool]:
    """Every token's `like_num` ("10", "ten", "1,000"), in order."""
    return kept_list(doc, _LIKE_NUM_KEY, lambda d: [bool(f) for f in _column(d, "LIKE_NUM")])


def ent_types(doc) -> list[str]:
    """Every token's `ent_type_` ("MONEY", "ORG"; "" outside a named entity), in order."""
    return kept_list(doc, _ENT_TYPE_KEY, lambda d: _strings(d, "ENT_TYPE"))


def dep_labels(doc) -> list[str]:
    """Every token's `dep_` ("nsubj", "ROOT"; "" when unparsed), in order."""
    return kept_list(doc, _DEP_KEY, lambda d: _strings(d, "DEP"))


def currency_flags(doc) -> list[bool]:
    """Every token's `is_currency` ("£", "$"), in order."""
    return kept_list(doc, _CURRENCY_KEY, lambda d: [bool(f) for f in _column(d, "IS_CURRENCY")])
