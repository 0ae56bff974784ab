"""A writer introducing themselves at the top of a post: "Hi all - Jo here, Policy
Officer at Kelby Carers.", "Hello, I'm Jo Tern, Outreach Lead at Fenby Trust.", "My
name is Jo Tern and I'm the Chair of Fenby Ramblers." The line is a byline in a
sentence's clothes: the writer is the page's author and their body the page's own
(whose "we" and "our" the page speaks in), so it is laid out as the byline "Jo Tern,
Policy Officer at Kelby Carers" (`bylines.read_byline`), and the sentences after it
on the same line stay prose.

Only a line among the page's first blocks (`layout.py`), opened by the introduction,
with a post and its body after the name. Any other self-naming ("Hello, I'm Jo Tern,
the larder coordinator" with no body, "My name is Jo Tern" further down, "These are
my notes – Jo Tern") is left to `rules/author_posts.self_named_author`, which makes
the person the page's author when it has none yet; a line read here is the page's
byline first.
"""

from __future__ import annotations

import re

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions.given_names import is_given_name

_GREETING = (
    r"(?:(?:Hi|Hello|Hey|Hiya|Good (?:morning|afternoon|evening))\b[^.!?\n]{0,20}?[,!:–—-]\s*)?"
)
_NAME = r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}"
_INTRO = re.compile(
    _GREETING
    + r"(?:(?:It's |It’s |This is )?(?P<here>"
    + _NAME
    + r") here|(?:I'm|I’m|I am|My name is|my name's|My name’s) (?P<named>"
    + _NAME
    + r"))"
    + r"(?:,| and I(?:'m|’m| am))\s+(?:the |a |an )?(?P<post>[A-Za-z][^,.!?\n]{2,60}?)"
    + r"(?P<sep> at | of | for |, )(?:the )?(?P<body>[A-Z][^,.!?\n]{2,80}?)"
    + r"\s*(?:[.!]\s+|[.!]?$)"
)


def introduced(line: str) -> tuple[str, str] | None:
    """The byline a self-introduction opening `line` stands for ("Jo Tern, Policy
    Officer at Kelby Carers") and the rest of the line after it, or None when the
    line opens no such introduction (or the words after the name are no post of
    `vocab/role_core.txt`)."""
    found = _INTRO.match(line)
    if found is None:
        return None
    name = found.group("here") or found.group("named")
    post, body = found.group("post").strip(), found.group("body").strip()
    if not any(w in lx.ROLE_CORE for w in post.lower().split()):
        return None  # "Jo here, back from the Fenby Fair"
    if name.split()[0].lower() in lx.ROLE_CORE:
        return None
    sep = found.group("sep").rstrip() + " " if found.group("sep") != ", " else ", "
    return f"{name}, {post}{sep}{body}", line[found.end() :].strip()


_PIPED_NAME = re.compile(r"^[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}$")


def piped_byline(line: str) -> str | None:
    """A byline set out in parts between bars, "Jo Tern | Policy Lead | Fenby Trust":
    a person's name (a given name first), a post (a word of `vocab/role_core.txt`),
    then the body; the line itself when so (`bylines.read_byline` splits it at the
    bars), else None."""
    parts = [p.strip() for p in line.split("|")]
    if len(parts) != 3 or not all(parts) or len(line) > 120:
        return None
    name, post, body = parts
    if not _PIPED_NAME.match(name) or not is_given_name(name.split()[0]):
        return None
    if not any(w in lx.ROLE_CORE for w in post.lower().split()):
        return None
    return line if body[:1].isupper() and not set(body) & set(".!?:") else None
