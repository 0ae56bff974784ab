"""Whether a body's name is spelt by the page address in a mix of initials and
whole words: "cfkelby.org" is the Community Foundation for Kelby (two initials,
then a word; the small words of `vocab/name_connectors.txt` may be left out),
and "fenbyclt.org" is the "FCLT" the page names (an acronym whose first letter
the address writes out as a word, "fenby", and the rest as letters, "clt"; or
every letter as a word: "kelbycarerstrust.org" is the page's "KCT").
Read by `page_address.site_org` when the address names no body the plainer
ways (the whole name, its start, its initials).
"""

from __future__ import annotations

from functools import cache

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions.tokens import site_letters

_SHORTEST_WORD = 3  # letters of a word the address writes out in full
_ACRONYM = (3, 6)  # letters of an acronym read this way


def spells_mixed(name: str, site: str) -> bool:
    """Whether `site` spells `name` with some of its words as initials and some
    in full (at least one of each; an acronym's letters may all be words), every
    word of the name used in order."""
    if not site:
        return False
    words = name.split()
    acronym = len(words) == 1 and _ACRONYM[0] <= len(name) <= _ACRONYM[1] and name.isupper()
    if acronym:  # each letter as itself or the word it opens: "kelbycarerstrust" for KCT
        parts = tuple((c, False) for c in site_letters(name))
    else:
        parts = tuple(
            (site_letters(w), w.lower() in lx.NAME_CONNECTORS) for w in words if site_letters(w)
        )
    return len(parts) >= 2 and _spells(parts, site, acronym, False)


@cache
def _spells(parts: tuple, site: str, initial: bool, whole: bool) -> bool:
    """Whether `site` is `parts` in order, each as its initial or in full (a
    small word also left out); `initial`/`whole`: each way used so far."""
    if not parts:
        return not site and initial and whole
    word, small = parts[0]
    rest = parts[1:]
    if small and _spells(rest, site, initial, whole):
        return True
    if not site or site[0] != word[0]:
        return False
    if _spells(rest, site[1:], True, whole):
        return True
    if len(word) == 1:  # an acronym's letter: the word it opens, which the address writes out
        return any(
            _spells(rest, site[n:], initial, True)
            for n in range(_SHORTEST_WORD, len(site) + 1)
        )  # fmt: skip
    return (
        len(word) >= _SHORTEST_WORD
        and site.startswith(word)
        and _spells(rest, site[len(word) :], initial, True)
    )
