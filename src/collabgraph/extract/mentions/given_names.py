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


@lru_cache(maxsize=1)
def _name_counts() -> dict[str, int]:
    """Each given name's highest frequency class in any country of the list (1, a
    rare name, to 13), with and without accents."""
    import gender_guesser.detector as gender

    counts: dict[str, int] = {}
    for name, kinds in gender.Detector(case_sensitive=False).names.items():
        top = max((int(c, 16) for v in kinds.values() for c in v if c.strip()), default=0)
        for form in (name, anyascii(name)):
            counts[form] = max(counts.get(form, 0), top)
    return counts


@lru_cache(maxsize=8192)
def usual_given_name(word: str) -> bool:
    """A given name more than rare in some country of `gender-guesser`'s list
    ("Kerry", "Siobhán", "Ines"; not "Kelby" or "Brook", which the list holds as
    rare given names and pages mostly write as places or bodies' words); of a
    hyphened one ("Kerry-Ann"), its first part."""
    first = word.split("-")[0].lower()
    counts = _name_counts()
    return is_given_name(word) and max(counts.get(first, 0), counts.get(anyascii(first), 0)) >= 2


@lru_cache(maxsize=8192)
def is_given_name(word: str) -> bool:
    """True when `word` is a given name in `gender-guesser`'s list, or given names
    joined by hyphens ("Sally-Anne", "Jean-Luc"); False for words it does not know."""
    parts = word.split("-")
    if len(parts) > 1:
        return all(is_given_name(p) for p in parts)
    names = _given_names()
    low = word.lower()
    return len(word) >= 2 and word.isalpha() and (low in names or anyascii(low) in names)
