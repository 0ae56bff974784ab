"""A sign-off on one line with no commas: "Jane Doe Chair KCLT", "John Roe
Secretary Kelby Carers": the signer's name (two or three capitalised words, a given name first), a
post (capitalised words of `vocab/role_core.txt`), then the body they sign for;
laid out as the byline "Jane Doe, Chair, KCLT" (`document.read_byline`), so the
body is the page's own.
"""

from __future__ import annotations

import re

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.wrapped_lines import SENTENCE_END

_NAME_WORD = re.compile(r"^[A-Z][a-z'’-]+$")
_BODY_WORD = re.compile(r"^[A-Z][\w'’&-]*$")
_LONGEST = 80  # characters of such a line


def signature(line: str) -> str | None:
    """The byline a one-line sign-off stands for ("Jane Doe, Chair, KCLT"), or None."""
    words = line.split()
    if len(line) > _LONGEST or SENTENCE_END.search(line) or not 4 <= len(words) <= 10:
        return None
    for n in (2, 3):
        name = words[:n]
        if not all(_NAME_WORD.match(w) and not _post_or_body(w) for w in name):
            return None
        if not is_given_name(name[0]):
            return None  # "Kelby Carers Chair Jane Doe": a body first
        k = n
        while k < len(words) and _NAME_WORD.match(words[k]) and words[k].lower() in lx.ROLE_CORE:
            k += 1
        body = words[k:]
        if k > n and body and _BODY_WORD.match(body[0]) and _all_name(body):
            return f"{' '.join(name)}, {' '.join(words[n:k])}, {' '.join(body)}"
    return None


def _post_or_body(word: str) -> bool:
    low = word.lower()
    return low in lx.ROLE_CORE or low in lx.STRONG_ORG_HEADS or low in lx.ORG_HEADS


def _all_name(words: list[str]) -> bool:
    """Capitalised words, or the small words inside a name ("Friends of the Earth")."""
    return all(_BODY_WORD.match(w) or w.lower() in lx.NAME_CONNECTORS for w in words)
