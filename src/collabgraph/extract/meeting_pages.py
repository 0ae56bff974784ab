"""The body whose own meeting a page records, by its headline: "Minutes of the
Annual General Meeting of Foo Association", "Foo Forum - notes from the September
meeting", "Club news: Foo Lions AGM" (`vocab/meeting_record_headlines.txt`); when
such a headline names no body ("AGM 2025 - a report from the evening"), the body a
line under it names on its own ("Foo Association", "Foo CVS - news, 3 May"), or the
one the opening paragraphs name holding the meeting ("came along to the Foo
Association AGM", "Foo held its annual general meeting"). The
chair, treasurer or secretary such a page names with no body ("The Chair, Mrs Jane
Doe, welcomed members", "John Roe was re-elected Treasurer") holds the seat there
(`page_organisation.place_posts`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.event_name_bodies import body_opening_event_name
from collabgraph.extract.mention_keys import mention_key
from collabgraph.extract.mentions.tokens import POSSESSIVE_S

if TYPE_CHECKING:
    from collabgraph.extract.context import DocumentContext
    from collabgraph.extract.mentions import Mention

_RECORD_WORDS = re.compile(
    r"\b(?:"
    + "|".join(re.escape(w) for w in sorted(vocab.ordered("meeting_record_headlines"), key=len))
    + r")\b",
    re.I,
)


def says_meeting_record(line: str) -> bool:
    """Whether a headline's words say the page records a meeting ("Minutes of the
    AGM", "Notes from the board meeting"): `vocab/meeting_record_headlines.txt`."""
    return bool(_RECORD_WORDS.search(line.replace("’", "'")))


def meeting_body(ctx: DocumentContext, by_mention: dict, docs) -> Mention | None:
    """The one organisation a meeting record's headline (block 0) names, its first
    mention (when it names none, the one `_named_under` it finds); None when the
    headline says no meeting record, or names two bodies.
    `by_mention` is mention id -> resolved entity; `docs` the page's spaCy Docs by
    block."""
    if not docs or not says_meeting_record(docs[0].text):
        return None
    named = title_bodies(ctx, by_mention)
    if len(named) > 1:
        return None
    first = next(iter(named.values())) if named else _named_under(ctx, by_mention, docs)
    if first is None:
        return None
    key = mention_key(first.text)
    return next(m for m in ctx.mentions if not m.synthetic and mention_key(m.text) == key)


def record_opening(ctx: DocumentContext) -> bool:
    """Whether the page's first two lines (its title and the one under it, read as a
    sentence or as an event's name) say it records a meeting ("FOO ASSOCIATION" over
    "Minutes of the Annual General Meeting"), by the words of
    `vocab/meeting_record_headlines.txt`."""
    named = [m.text for m in ctx.mentions if m.block < _RECORD_LINES and not m.synthetic]
    texts = [*ctx.sentences[:_RECORD_LINES], *named]
    return any(_RECORD_WORDS.search(t.replace("’", "'")) for t in texts)


_RECORD_LINES = 2


def body_in_title_meeting(ctx: DocumentContext) -> bool:
    """Whether the page's own event is named in its title (block 0) by a name opening
    with a body's name that no other mention of the page carries ("Foo Association
    – AGM 2031"): seats named with no body are left for `meeting_seats`, which
    places them there once that body is an entity."""
    if ctx.page_event is None:
        return False
    event = ctx.mentions[ctx.page_event]
    body = body_opening_event_name(event.text) if event.block == 0 else None
    if body is None:
        return False
    key = mention_key(body)
    return not any(
        mention_key(m.text) == key for m in ctx.mentions if not m.synthetic and m.id != event.id
    )


def title_bodies(ctx: DocumentContext, by_mention: dict) -> dict[int, Mention]:
    """The organisations the page's title (block 0) names: `id` of each resolved
    entity -> its first mention there, in the title's order (read by `meeting_body`
    and `meeting_holders.title_holder`)."""
    named: dict[int, Mention] = {}
    for m in ctx.mentions:
        e = by_mention.get(m.id)
        if m.block == 0 and not m.synthetic and e is not None and e.type == "Organisation":
            named.setdefault(id(e), m)
    return named


_OPENING_BLOCKS = 4  # the headline's subtitle lines and opening paragraph(s)
_SUBTITLE_TOKENS = 12  # "Foo Council for Voluntary Service - news, 14 October 2024"
_SUBTITLE_TAIL = lx.LINE_MARKS | {"|", ","}  # "Foo CVS - news", "Foo CVS, 3 May"
_HELD = frozenset({"held", "holds"})  # "Foo held its annual general meeting"
_OWNER_WORDS = frozenset({"its", "their"}) | POSSESSIVE_S


def _named_under(ctx: DocumentContext, by_mention: dict, docs) -> Mention | None:
    """The body a meeting record whose headline names none is of: the first
    organisation, in the few blocks under the headline, that a short line names on
    its own ("Foo Association"; "Foo CVS - news, 14 October 2024": the name opens
    the line and at most a dash and a dateline follow), or that is named just
    before the record's words or as holding its meeting ("the Foo Association AGM
    on 19 March", "Foo held its annual general meeting"); else None."""
    for m in ctx.mentions:
        if m.block == 0 or m.synthetic:
            continue
        if m.block > _OPENING_BLOCKS or m.block >= len(docs):
            return None
        e = by_mention.get(m.id)
        if e is None or e.type != "Organisation":
            continue
        doc = docs[m.block]
        alone = m.end == len(doc) or doc[m.end].text in _SUBTITLE_TAIL
        if m.start == 0 and len(doc) <= _SUBTITLE_TOKENS and alone:
            return m  # a subtitle line naming the body alone
        if _holds_meeting(doc, m.end):
            return m
    return None


def _holds_meeting(doc, k: int) -> bool:
    """Whether the words from token k say the record's meeting is the body's before
    them: "AGM", "'s annual general meeting", "held its AGM", "held their annual
    meeting"."""
    words = [t.text for t in doc[k : k + 8]]
    if words[:1] and words[0] in _OWNER_WORDS:
        words = words[1:]
    elif words[:1] and words[0] in _HELD:
        if not words[1:2] or words[1] not in _OWNER_WORDS:
            return False
        words = words[2:]
    return bool(_RECORD_START.match(" ".join(words)))


_RECORD_START = re.compile(
    r"(?:(?:\d+(?:st|nd|rd|th)|first|last|\w+-\w+|special)\s+)?(?:"
    + "|".join(re.escape(w) for w in ("AGM", "EGM", "annual general meeting", "annual meeting"))
    + r")\b",
    re.I,
)


__all__ = ["body_in_title_meeting", "meeting_body", "title_bodies"]
