"""Honorifics, styles, post-nominals and name particles: one list for identity and extraction.

What is written around a person's name without being the name: styles before
it ("The Rt Hon", "Dame", "Cllr", "Revd Canon", "Sgt") and post-nominal letters
after it ("DBE MP", "KC", "FRSA", "JP DL"). Both `collabgraph.model.names`
(whether two names are one person) and the text extractor (where a name starts
and ends) read them from here, so they cannot disagree.

The lists are data: `data/styles.txt`, `data/post_nominals.txt` and
`data/particles.txt`, added to nameparser's suffix acronyms and particles
(`nameparser.config`; `data/not_post_nominals.txt` takes out its acronyms that
are organisations, roles or words in UK writing: "CIC", "GMB", "MD").
nameparser's own title list is not used: it mixes styles with occupations and
first names ("director", "dean"), which would cut real names apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from nameparser.config import particles as _np_particles
from nameparser.config import suffixes as _np_suffixes


def _lines(name: str) -> list[str]:
    text = resources.files("collabgraph.model").joinpath("data", name).read_text("utf-8")
    return [s for line in text.splitlines() if (s := line.split("#", 1)[0].strip())]


def _style_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for line in _lines("styles.txt"):
        variant, _, shown = (part.strip() for part in line.partition("->"))
        forms[variant.casefold()] = shown or variant
    return forms


STYLE_FORMS: dict[str, str] = _style_forms()
"""Each style, case-folded, to the form it is shown in ("councillor" -> "Cllr")."""

STYLE_WORDS: frozenset[str] = frozenset(s for s in STYLE_FORMS if " " not in s)
"""The one-word styles, case-folded and without a final dot ("rt", "hon", "cllr")."""

POST_NOMINALS: frozenset[str] = frozenset(_lines("post_nominals.txt")) | (
    frozenset(s.upper() for s in _np_suffixes.SUFFIX_ACRONYMS)
    - frozenset(_lines("not_post_nominals.txt"))
)
"""Post-nominal letters as written ("MP", "PhD", "FRCPsych"); compare case-sensitively."""

WRITTEN_POST_NOMINALS: frozenset[str] = frozenset(_lines("post_nominals.txt"))
"""The UK post-nominals of `data/post_nominals.txt` alone (honours, offices,
fellowships: "OBE", "MP", "FRSA"), letters only people have after their names."""

PARTICLES: frozenset[str] = frozenset(
    [*_lines("particles.txt"), *(p.casefold().rstrip("-") for p in _np_particles.PARTICLES)]
)
"""Lower-case words inside a person's name ("van", "de", "ap", "d'")."""


def is_style_word(word: str) -> bool:
    """True for a word of a style, in any case, with or without its dot ("Cllr.", "REVD")."""
    return word.rstrip(".").casefold() in STYLE_WORDS


def is_post_nominal(word: str) -> bool:
    """True for post-nominal letters as written, with or without dots ("MP", "K.C.")."""
    bare = word.strip(",").replace(".", "")
    return bare in POST_NOMINALS or (bare.isupper() and bare in _UPPER_POST_NOMINALS)


_UPPER_POST_NOMINALS = frozenset(p.upper() for p in POST_NOMINALS)


@dataclass(frozen=True)
class NameParts:
    """A person's name split into styles (as shown), the name, and post-nominals."""

    styles: str | None
    name: str
    post_nominals: str | None


@cache
def _style_re() -> re.Pattern[str]:
    # Longest styles first, so "The Rt Hon" wins over "The".
    alternatives = sorted(STYLE_FORMS, key=len, reverse=True)
    pattern = "|".join(r"\s+".join(re.escape(w) + r"\.?" for w in s.split()) for s in alternatives)
    return re.compile(rf"(?:{pattern})(?=\s)", re.IGNORECASE)


_SPACE_RE = re.compile(r"\s+")
_WORD_RE = re.compile(r"[^\s,]+")


# Memoised: resolving a file splits each person's name as declared, then again as
# `name_key` keys it (one split in two on the benchmark's 70,000 people).
@lru_cache(maxsize=1 << 16)
def split_name(name: str) -> NameParts:
    """Split styles before a person's name and post-nominals after it.

    `split_name("The Rt Hon Dame Ada Brook DBE MP")` gives styles
    "The Rt Hon Dame", name "Ada Brook", post-nominals "DBE MP". Styles are
    shown in their usual form ("Councillor" -> "Cllr", "Revd" -> "Rev"). The
    name is never emptied: "Lord" alone, or "Dame Smith" reduced to nothing, keep
    what is needed; inner characters, line breaks included, are kept as given.
    """
    text = name.strip()
    styles: list[str] = []
    pos = 0
    while True:
        match = _style_re().match(text, pos)
        if not match:
            break
        rest = text[match.end() :].lstrip()
        if not rest or not (_starts_name(rest) or _style_re().match(rest + " ")):
            break
        styles.append(_shown(match.group(0)))
        pos = len(text) - len(rest)
    body = text[pos:]
    words = list(_WORD_RE.finditer(body))
    cut = len(words)
    while cut > 1 and is_post_nominal(words[cut - 1].group()):
        cut -= 1
    post = [w.group() for w in words[cut:]]
    if post:
        body = body[: words[cut].start()].rstrip(" ,\t\n")
    return NameParts(" ".join(styles) or None, body.strip(), " ".join(post) or None)


def _starts_name(rest: str) -> bool:
    """A style is cut only before a name: a capital, or any letter in text with no capitals."""
    first = rest[:1]
    return first.isalpha() and (first.isupper() or not any(c.isupper() for c in rest))


def _shown(style: str) -> str:
    key = _SPACE_RE.sub(" ", style.replace(".", "")).casefold()
    return STYLE_FORMS.get(key, _SPACE_RE.sub(" ", style).replace(".", ""))


def split_title(name: str) -> tuple[str | None, str]:
    """`(styles, bare name)` of a person's name: `split_name` without the post-nominals.

    `split_title("Lord Ade Okafor CBE") == ("Lord", "Ade Okafor")`.
    """
    parts = split_name(name)
    return parts.styles, parts.name
