"""Byline lines: "By Jo Tern", "Words: Ada Foss", "Posted by Jo Tern | 3 May 2025",
"Posted on 3 May 2025 by Jo Tern" (`DATED_BY`: the date before "by"), "This blog was
written by Jo Tern, Director of Foo"; `looks_like_sentence_by` tells prose that
opens with "By" from a byline ("By 2030 we aim to ...", "By Jo Tern, Partnerships
Officer, Fenby Council for Voluntary Service"); `foot_author`, the writer named only
in a note closing the page ("Jo Tern is policy lead at Kelby Trust."). Read by
`layout.lay_out`."""

from __future__ import annotations

import re

from collabgraph.extract.foot_signers import closing_signer
from collabgraph.extract.lexicon import ANY_ORG_HEADS, NAME_CONNECTORS, ROLE_CORE

NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der|da|le|la|bin|al))*"
BYLINE = re.compile(
    r"^(?:\|\s*|by[:\s]\s*|written by\s+|posted by\s+|author:\s*|(?:words|text)(?:\s*:|\s+by)\s*"
    r"|(?:this|a|our)\s+(?:guest\s+)?(?:blog|post|article|piece|blog post)\s+(?:was|is)\s+"
    r"(?:written|contributed|authored|by)\s+(?:by\s+)?|guest\s+(?:blog|post)\s+by\s+)"
    r"(?P<name>%s(?:\s*(?:,|and|&)\s*%s)*)"
    r"(?:\s*(?:\||,|-|–|—|on)\s*(?P<rest>.*))?$" % (NAME, NAME),
    re.I,
)
DATE = (
    r"(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}"
    r"|(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\.?\s+[A-Za-z]{3,9}\.?,?\s+\d{4})"
)
# "Posted on 3 May 2025 by Jo Tern", "Published 6 June 2024 by Fenby Council": a
# date before the byline's "by"
DATED_BY = re.compile(
    r"^(?:posted|published|written|updated)(?:\s+on)?:?\s+" + DATE + r",?\s+(?P<by>by\s+\S.*)$",
    re.I,
)


def looks_like_sentence_by(line: str) -> bool:
    """'By 2030 we aim to ...' is prose, not a byline."""
    if re.match(r"(?i)^(?:this|a|our|guest)\s", line):
        return len(line.split()) > 20  # "This blog was contributed by Jane Doe, Director of Foo"
    if re.match(r"(?i)^by\s+(?:\d|the\b|our\b|a\b|an\b|this\b|working\b)", line):
        return True
    return len(line.split()) > 8 and not _name_then_post(line)


_LEAD = re.compile(r"(?i)^(?:(?:posted|written|published)\s+)?by:?\s+")  # "Posted by "
_PARTS = re.compile(r"\s*[,|]\s*|\s+[-–—]\s+")  # "Foo, Officer, Fenby Trust - 2 May 2025"


def _name_then_post(line: str) -> bool:
    """ "By Jo Tern, Partnerships Officer, Fenby Council for Voluntary Service": a
    long byline whose parts after the name are a post and a body (capitalised words,
    or a post word of `vocab/role_core.txt` in a short part: "policy lead at Foo"),
    or a date, not a sentence ("By Christmas, we hope to ..."). The byline's lead
    ("Posted by") is no part of the name ("Posted by Fenby Food and Advice Trust,
    2 May 2025"); a dash sets a part off as a comma does ("..., Fenby Trust - 2 May")."""
    parts = [p.strip() for p in _PARTS.split(_LEAD.sub("", line.rstrip()))]
    if len(parts) < 2 or len(parts[0].split()) > 5 or line.rstrip().endswith("."):
        return False
    return all(_titled(part) or _post_part(part) for part in parts[1:] if part)


def _titled(part: str) -> bool:
    return all(w[:1].isupper() or w[:1].isdigit() or w in NAME_CONNECTORS for w in part.split())


def _post_part(part: str) -> bool:
    """ "policy and research lead at Fenby Council for Voluntary Service": a short
    post (a word of `vocab/role_core.txt` in it), the body it is held at titled."""
    held = re.match(r"(?P<post>.+?)\s+(?:at|of|for|with)\s+(?P<body>[A-Z].*)$", part)
    if held and not _titled(held.group("body")):
        return False
    words = (held.group("post") if held else part).lower().split()
    return len(words) <= 6 and any(w in ROLE_CORE for w in words)


# "Jo Tern is policy lead at Kelby Trust.": a note on the writer closing the page
_FOOT_NOTE = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}) (?:is|works as|has been) "
    r"[^.]{2,120}? (?:at|for|of|with) [A-Z]"
)
_FOOT_WORDS = 40  # words at most in the closing note
_FIRST_PERSON = re.compile(r"\b(?:I|my|My)\b")
_QUOTES = re.compile(r"[\"“”]")
_ABOUT_AUTHOR = {"about the author", "about the writer"}


def foot_author(blocks: list) -> str | None:
    """The writer a page names only at its foot: in a closing note (`_foot_note`), or
    signing with their post and body ("Jo Tern" / "Chief Executive, Kelby Links":
    `foot_signers.closing_signer`, the byline that stands for); None if neither."""
    return _foot_note(blocks) or closing_signer(blocks)


def _foot_note(blocks: list) -> str | None:
    """The writer a page names only in a note closing it ("Jo Tern is policy lead at
    Kelby Trust."), under "About the author" or after a body that speaks as "I" or
    "my" outside quotations; their name, or None. Only a person's name (no body's
    head word: "Kelby Trust is a charity for ..." is the body's own note)."""
    paras = [(n, b) for n, b in enumerate(blocks) if b.section == 0 and b.kind == "para"]
    if len(paras) < 2:
        return None
    n, last = paras[-1]
    note = _FOOT_NOTE.match(last.text.strip())
    if note is None or len(last.text.split()) > _FOOT_WORDS:
        return None
    name = note.group("name")
    if any(w.lower() in ANY_ORG_HEADS for w in name.split()):
        return None
    about = n > 0 and blocks[n - 1].text.strip().lower().rstrip(":") in _ABOUT_AUTHOR
    speaks_as_i = any(
        _FIRST_PERSON.search(b.text) and not _QUOTES.search(b.text) for _, b in paras[:-1]
    )
    return name if about or speaks_as_i else None


__all__ = ["BYLINE", "DATE", "DATED_BY", "NAME", "foot_author", "looks_like_sentence_by"]
