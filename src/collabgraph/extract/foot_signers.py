"""The writer who signs a page at its foot with their post and body, no "Yours,"
before: a page speaking as "we", "our", "I" or "my" that closes

    Jo Tern
    Chief Executive, Kelby Links

    – Ada Foss, coordinator, Fenby Growers

    The Revd Jo Tern, Vicar of St Mary's Kelby

is that writer's, and so the body's: its "our chair" and "our funders" are the
body's (`DocumentContext.page_org`: the author's employer). Read by
`byline_lines.foot_author` as the byline "Jo Tern, Chief Executive, Kelby Links".
Hashtags and a "P.S." after the signature are passed over; two signers (a joint
letter from two bodies' chairs) sign for no one body.
"""

from __future__ import annotations

import re

from collabgraph.extract import vocab
from collabgraph.extract.lexicon import HONORIFICS, NAME_CONNECTORS, ROLE_CORE
from collabgraph.extract.mentions.given_names import is_given_name

_DASH = re.compile(r"^[–—-]\s*")  # "– Ada Foss, coordinator, Fenby Garden"
_HELD = re.compile(r"^(?P<post>.+?)\s+(?:of|at)\s+(?:the\s+)?(?P<body>[A-Z].*)$")
_AFTER = re.compile(r"^(?:#\S+\s*)+$|^P\.?\s?S\b")  # "#CommunityPower", "P.S. Join us"
_VOICE = re.compile(r"\b(?:we|our|us|I|my|We|Our|My)\b")
_QUOTES = re.compile(r"[\"“”]")
_BOARDS = vocab.words("board_words")  # "Chair of Trustees": no body
_LONGEST = 120  # characters of a signature's line
_NAME_WORDS = 4  # of the signer's name, titles aside


def closing_signer(blocks: list) -> str | None:
    """The byline a page's signature at its foot stands for ("Jo Tern, Chief
    Executive, Kelby Links"), or None (see the module)."""
    lines = [b.text.strip() for b in blocks if b.section == 0 and b.kind in {"para", "heading"}]
    while lines and _AFTER.match(lines[-1]):
        lines.pop()
    if len(lines) < 3:
        return None
    last = _DASH.sub("", lines[-1])
    signed = _one_line(last)
    used = 1
    if signed is None and _person(lines[-2]):
        held = _post_body(last)
        signed = (lines[-2], *held) if held else None
        used = 2
    if signed is None or _signs(lines[-used - 1]):
        return None  # no signature, or the second of two signers
    if not any(_VOICE.search(t) and not _QUOTES.search(t) for t in lines[:-used]):
        return None
    return ", ".join(signed)


def _signs(line: str) -> bool:
    """Whether a line is another signature ("Jo Tern, Chair, Kelby Trust") or the
    post and body under another signer's name."""
    line = _DASH.sub("", line)
    return _one_line(line) is not None or _post_body(line) is not None


def _one_line(line: str) -> tuple[str, str, str] | None:
    """(name, post, body) of "Jo Tern, Chair, Kelby Trust" or "Jo Tern, Vicar of
    St Mary's Kelby", else None."""
    parts = [p.strip() for p in line.split(",")]
    if len(line) > _LONGEST or not 2 <= len(parts) <= 3 or not _person(parts[0]):
        return None
    held = _post_body(", ".join(parts[1:]))
    return (parts[0], *held) if held else None


def _post_body(line: str) -> tuple[str, str] | None:
    """(post, body) of "Chief Executive, Kelby Links" or "Chair of Trustees, Kelby
    Trust" or "Vicar of St Mary's Kelby", else None."""
    if len(line) > _LONGEST or line[-1:] in ".!?:":
        return None
    parts = [p.strip() for p in line.split(",")]
    if len(parts) == 2:
        post, body = parts
    elif len(parts) == 1 and (held := _HELD.match(line)):
        post, body = held.group("post"), held.group("body")
    else:
        return None
    if not set(post.lower().split()) & ROLE_CORE or not _named(body):
        return None
    if body.lower().removeprefix("the ") in _BOARDS:
        return None  # "Chair of Trustees": a post with no body
    return post, body


def _person(text: str) -> bool:
    """Whether a line is a person's name alone: capitalised words, a given name
    first once titles are passed ("Jo Tern", "The Revd Canon Jo Tern")."""
    words = text.split()
    while words and words[0].lower().strip(".") in HONORIFICS | {"the"}:
        words = words[1:]
    return (
        2 <= len(words) <= _NAME_WORDS
        and all(w[:1].isupper() for w in words)
        and is_given_name(words[0])
    )


def _named(body: str) -> bool:
    """Whether words are a body's name: capitalised (connectors and "&" between)."""
    words = body.split()
    return bool(words) and all(
        w[:1].isupper() or w[:1].isdigit() or w in NAME_CONNECTORS or w == "&" for w in words
    )


__all__ = ["closing_signer"]
