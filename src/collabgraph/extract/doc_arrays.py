"""A Doc's per-token strings read in one pass from its arrays.

Iterating a Doc makes a Python `Token` for every word, and reading `lower_`
looks the word up in the string store; code that wants only the words' lower
case for a whole Doc reads the hashes spaCy keeps in one array instead, and
turns each hash into its string once per process.
"""

from __future__ import annotations

_LOWER_OF_HASH: dict[int, str] = {}
_CACHE_MAX = 200_000


def lower_forms(doc) -> list[str]:
    """Every token's `lower_`, in order (as `[t.lower_ for t in doc]`)."""
    hashes = doc.to_array("LOWER").tolist() if len(doc) else []
    get = _LOWER_OF_HASH.get
    out = [get(h) for h in hashes]
    if None in out:
        if len(_LOWER_OF_HASH) >= _CACHE_MAX:
            _LOWER_OF_HASH.clear()
        strings = doc.vocab.strings
        for k, word in enumerate(out):
            if word is None:
                out[k] = _LOWER_OF_HASH[hashes[k]] = strings[hashes[k]]
    return out


_TEXT_OF_HASH: dict[int, str] = {}
_TEXTS_KEY = "collabgraph.token_texts"


def token_texts(doc) -> list[str]:
    """Every token's `text`, in order (as `[t.text for t in doc]`), read once per
    Doc and kept on it: loops over every word of a sentence ask a word's spelling
    first and make a `Token` only for the few words it lets through."""
    kept = doc.user_data.get(_TEXTS_KEY)
    if kept is not None and len(kept) == len(doc):
        return kept
    hashes = doc.to_array("ORTH").tolist() if len(doc) else []
    get = _TEXT_OF_HASH.get
    out = [get(h) for h in hashes]
    if None in out:
        if len(_TEXT_OF_HASH) >= _CACHE_MAX:
            _TEXT_OF_HASH.clear()
        strings = doc.vocab.strings
        for k, word in enumerate(out):
            if word is None:
                out[k] = _TEXT_OF_HASH[hashes[k]] = strings[hashes[k]]
    doc.user_data[_TEXTS_KEY] = out
    return out
