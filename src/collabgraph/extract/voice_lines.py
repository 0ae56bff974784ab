"""Lines over a page's body that say whose page it is by naming a body, not a person:
"Posted by the Kelby Trust team, 3 May 2025", "Posted on the Fenby Forum account",
"Shared from the Kelby Energy account, 19 October 2024", "News from Fenby Residents'
Association", "Posted 3 May 2025 by the Foo Trust communications team" (its field's
word after the body's name passed over). The body is then the page's author
(`bylines.read_byline`), so the page's "we" and "our" are it ("our fun day": it
organised the day).

Read by `layout.lay_out` on the page's first lines, before its body starts. The
nouns after the body's name that say it speaks (team, account, feed ...):
`vocab/voice_line_nouns.txt`; the words a line opens with before "from" or "by"
("News from", "Recent posts by"): `vocab/voice_line_leads.txt`.
"""

from __future__ import annotations

import re

from collabgraph.extract import vocab
from collabgraph.extract.lexicon import ANY_ORG_HEADS, DOMAIN_WORDS, NAME_CONNECTORS

_NOUNS = "|".join(sorted(map(re.escape, vocab.words("voice_line_nouns")), key=len, reverse=True))
_LEADS = "|".join(sorted(map(re.escape, vocab.words("voice_line_leads")), key=len, reverse=True))
_BODY = r"(?:the\s+)?(?P<body>[A-Z][^,|:;]*?)"
_REST = r"(?:\s*[,|–—-]\s*(?P<rest>.*))?"
# "Posted by the Foo Trust team, 3 May 2025", "Shared from the Foo account"
_POSTED = re.compile(
    r"^(?:posted|shared|published|sent|written)(?:\s+(?:on\s+)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?"
    r"\s+(?:by|on|from|via)\s+"  # "Posted 3 May 2025 by the Foo Trust comms team"
    + _BODY
    + r"(?:['’]s?)?\s+(?:"
    + _NOUNS
    + r")"
    + _REST
    + r"$",
    re.I,
)
# "Posted by the team at Foo Trust"
_TEAM_AT = re.compile(
    r"^(?:posted|shared|published|sent|written)\s+by\s+(?:the\s+)?(?:"
    + _NOUNS
    + r")\s+at\s+"
    + _BODY
    + _REST
    + r"$",
    re.I,
)
# "News from Foo Residents' Association", "Recent posts by Foo Foodbank"
_FROM = re.compile(r"^(?:" + _LEADS + r")\s+(?:from|by)\s+" + _BODY + r"\.?$", re.I)
_MAX_WORDS = 8
_UNITS = DOMAIN_WORDS | {"comms", "press"}  # a team's field after its body's name


def voice_line(line: str) -> tuple[str, str] | None:
    """The body a page-top line names as the page's voice and what follows it (a
    date, or ""), else None: a name of at most eight words, the first and last
    capitalised, any between capitalised or short lower-case glue ("of", "to":
    "Roots to Work")."""
    line = line.strip()
    if len(line) > 120:
        return None
    found = _POSTED.match(line) or _TEAM_AT.match(line)
    plain = found is None and _FROM.match(line)  # "News from Kelby": a place, perhaps
    found = found or plain
    if not found:
        return None
    body = found.group("body").strip()
    words = body.split()
    if len(words) < 2 or words[0].lower() in _UNITS:
        return None  # "Posted by the Comms team", "the Editorial team": no body named
    if plain and words[-1].lower() not in ANY_ORG_HEADS:
        return None  # "News from Foo Residents' Association"; not "News from Kelby Vale"
    while len(words) > 2 and words[-1].lower() in _UNITS and words[-2].lower() in ANY_ORG_HEADS:
        words = words[:-1]  # "the Foo Trust Communications team": Foo Trust's
    if len(words) > _MAX_WORDS or not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return None
    if not all(w[:1].isupper() or w[:1].isdigit() or _glue(w) for w in words):
        return None
    body = " ".join(words)
    rest = (found.groupdict().get("rest") or "").strip()
    return body, rest


def _glue(word: str) -> bool:
    """A lower-case word inside a body's name: a connector ("of", "and") or a short
    word ("to", "in")."""
    return word in NAME_CONNECTORS or (word.isalpha() and word.islower() and len(word) <= 3)


__all__ = ["voice_line"]
