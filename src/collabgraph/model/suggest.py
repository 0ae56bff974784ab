"""The closest spellings to a word that matched nothing: the "did you mean" of every message.

Similarity is rapidfuzz's `fuzz.ratio` on case-folded text (0-100, the
normalised Indel distance) for words of a fixed vocabulary (types, directions,
columns), and `fuzz.WRatio` for names, which also scores a name written in
part ("Northgate" for "Northgate Council"). Accents are folded first
(anyascii), so "Zoe Agaoglu" finds "Zoë Ağaoğlu".
"""

from __future__ import annotations

from collections.abc import Iterable

from anyascii import anyascii
from rapidfuzz import fuzz, process, utils

CUTOFF = 75.0  # below this, a suggestion is more often wrong than right


def closest(
    word: str,
    choices: Iterable[str],
    *,
    limit: int = 3,
    cutoff: float = CUTOFF,
    names: bool = False,
) -> list[str]:
    """Up to `limit` of `choices` closest to `word`, best first, each scoring at least
    `cutoff` (0-100); [] when none is close. `names`: score names written in part."""
    pool = list(dict.fromkeys(choices))
    found = process.extract(
        word, pool, scorer=fuzz.WRatio if names else fuzz.ratio,
        processor=_folded, limit=limit, score_cutoff=cutoff,
    )  # fmt: skip
    return [choice for choice, _score, _index in found]


def _folded(text: str) -> str:
    return utils.default_process(anyascii(text))


def did_you_mean(word: str, choices: Iterable[str], *, limit: int = 3, names: bool = False) -> str:
    """`did you mean 'A' or 'B'?` for the closest choices, or "" when none is close."""
    return phrase(closest(word, choices, limit=limit, names=names))


def phrase(found: list[str]) -> str:
    """`did you mean 'A', 'B' or 'C'?`, or "" for no suggestions."""
    if not found:
        return ""
    quoted = [repr(c) for c in found]
    text = quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} or {quoted[-1]}"
    return f"did you mean {text}?"
