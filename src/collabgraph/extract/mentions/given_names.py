"""Whether a word is a given name: `gender-guesser`'s list of about 45,000 given
names (any country or gender), read once, with and without accents ("Gráinne"
is also written "Grainne")."""

from __future__ import annotations

from functools import lru_cache

from anyascii import anyascii


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    import gender_guesser.detector as gender

    names = gender.Detector(case_sensitive=False).names
    return frozenset(names) | frozenset(anyascii(n) for n in names)


def is_given_name(word: str) -> bool:
    """True when `word` is a given name in `gender-guesser`'s list, or given names
    joined by hyphens ("Sally-Anne", "Jean-Luc"); False for words it does not know."""
    parts = word.split("-")
    if len(parts) > 1:
        return all(is_given_name(p) for p in parts)
    names = _given_names()
    low = word.lower()
    return len(word) >= 2 and word.isalpha() and (low in names or anyascii(low) in names)
