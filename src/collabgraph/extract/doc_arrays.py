"""A Doc's per-token strings read in one pass from its arrays, kept on the Doc.

Iterating a Doc makes a Python `Token` for every word, reading `lower_` or
`text` looks the word up in the string store, and slicing a Doc makes a `Span`
(a few microseconds, ten times a word's lookup). Code that wants only the words'
strings, a stretch's text or a word's head reads these lists instead: each is
built once per Doc from the hashes spaCy keeps in one array (each hash turned
into its string once per process) and kept in `doc.user_data`.
"""

from __future__ import annotations

_CACHE_MAX = 200_000
_STRING_OF_HASH: dict[int, str] = {}
_LOWERS_KEY = "collabgraph.lower_forms"
_TEXTS_KEY = "collabgraph.token_texts"
_WITH_WS_KEY = "collabgraph.texts_with_ws"
_HEADS_KEY = "collabgraph.heads"
_POS_KEY = "collabgraph.pos"
_ENT_TYPES_KEY = "collabgraph.ent_types"
_LIKE_NUM_KEY = "collabgraph.like_num"


def _strings(doc, attr: str) -> list[str]:
    hashes = doc.to_array(attr).tolist() if len(doc) else []
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


def _kept(doc, key: str):
    kept = doc.user_data.get(key)
    return kept if kept is not None and len(kept) == len(doc) else None


def lower_forms(doc) -> list[str]:
    """Every token's `lower_`, in order (as `[t.lower_ for t in doc]`); the list is
    the Doc's own, not to be changed."""
    kept = _kept(doc, _LOWERS_KEY)
    if kept is None:
        kept = doc.user_data[_LOWERS_KEY] = _strings(doc, "LOWER")
    return kept


def token_texts(doc) -> list[str]:
    """Every token's `text`, in order (as `[t.text for t in doc]`), read once per
    Doc and kept on it: loops over every word of a sentence ask a word's spelling
    first and make a `Token` only for the few words it lets through."""
    kept = _kept(doc, _TEXTS_KEY)
    if kept is None:
        kept = doc.user_data[_TEXTS_KEY] = _strings(doc, "ORTH")
    return kept


def texts_with_ws(doc) -> list[str]:
    """Every token's `text_with_ws` (its text, then " " when a space follows it)."""
    kept = _kept(doc, _WITH_WS_KEY)
    if kept is None:
        spaces = doc.to_array("SPACY").tolist() if len(doc) else []
        kept = [w + " " if s else w for w, s in zip(token_texts(doc), spaces, strict=True)]
        doc.user_data[_WITH_WS_KEY] = kept
    return kept


def span_text(doc, start: int, end: int) -> str:
    """`doc[start:end].text` without making the Span (indices as a slice takes them)."""
    n = len(doc)
    start = min(n, max(0, start + n if start < 0 else start))
    end = min(n, max(start, end + n if end < 0 else end))
    if start == end:
        return ""
    return "".join(texts_with_ws(doc)[start : end - 1]) + token_texts(doc)[end - 1]


def heads(doc) -> list[int]:
    """Every token's `head.i`, in order."""
    kept = _kept(doc, _HEADS_KEY)
    if kept is None:
        # the offsets to the heads, kept unsigned by spaCy: read back as signed
        rel = doc.to_array("HEAD").astype("int64").tolist() if len(doc) else []
        kept = doc.user_data[_HEADS_KEY] = [i + r for i, r in enumerate(rel)]
    return kept


def pos_tags(doc) -> list[str]:
    """Every token's `pos_` ("VERB", "PROPN"; "" when untagged), in order."""
    kept = _kept(doc, _POS_KEY)
    if kept is None:
        kept = doc.user_data[_POS_KEY] = _strings(doc, "POS")
    return kept


def ent_types(doc) -> list[str]:
    """Every token's `ent_type_` ("ORG", "PERSON"; "" outside a named entity), in order."""
    kept = _kept(doc, _ENT_TYPES_KEY)
    if kept is None:
        kept = doc.user_data[_ENT_TYPES_KEY] = _strings(doc, "ENT_TYPE")
    return kept


def like_nums(doc) -> list[bool]:
    """Every token's `like_num` ("10", "ten", "1,000"), in order."""
    kept = _kept(doc, _LIKE_NUM_KEY)
    if kept is None:
        flags = doc.to_array("LIKE_NUM").tolist() if len(doc) else []
        kept = doc.user_data[_LIKE_NUM_KEY] = [bool(f) for f in flags]
    return kept
