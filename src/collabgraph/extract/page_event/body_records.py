"""A page that records a body's meeting by a title naming the body, not the meeting:

    Notes from the Kelby Carers Forum, 4 June 2031
    Notes: Fenby Health and Care Network, 4 June 2031
    Orton Area Committee – summary of decisions
    Kelby Older People's Network - notes of meeting

or by a title that is the body's name alone, the record words opening the line
under it (`named_over_record`):

    KELBY CARERS FORUM
    Minutes of the meeting held on Tuesday 4 June 2031, 2pm, Kelby Library

    Fenby Food Partnership – Grants Panel
    Action notes, 4 June 2031 (online)

or naming the meeting, after the record words or before them, as the part of the
body that met ("Grants Panel - Minutes", "Minutes of the Grants Panel") or its kind
("Quarterly meeting - action notes", "Minutes of the quarterly meeting held on ...":
"<body> quarterly meeting"); the title over such a line may be a name with no
body's word ("FENBY GOOD NEIGHBOURS" over "Board of Trustees - Minutes"). A record's
date, none said beside its title, is the page's ("Date: 4 June 2031").

The page's event is the body's meeting, named as a reader names it, "<body>
meeting" ("Kelby Carers Forum meeting", corpus/GOLD.md: the event named as the page
describes it), and the body, named for itself (a forum is an organisation), held
it. The title is the body's name (capitalised words ending in a body's word,
`lexicon.ANY_ORG_HEADS`, "Forum", "Committee", "Network") and record words
(`vocab/body_record_words.txt`) with at most a date beside them, split by a dash,
colon, bar or comma, or the record words then "from"/"of" and the body. A title
naming an event ("Kelby Tenants Forum 2031: a round-up", a year after the noun)
or saying anything else ("Kelby Forum elects new chair") is none.
"""

from __future__ import annotations

import re
from itertools import pairwise

from collabgraph.extract import vocab
from collabgraph.extract.layout import Layout
from collabgraph.extract.lexicon import ANY_ORG_HEADS, NAME_CONNECTORS
from collabgraph.extract.mentions.tokens import CALENDAR_WORDS
from collabgraph.extract.name_forms import unshout, without_the
from collabgraph.extract.page_event.address import date_in
from collabgraph.extract.page_event.owners import sitting_of
from collabgraph.extract.page_event.phrase_heads import HEADS
from collabgraph.extract.page_event.reading import PageEvent
from collabgraph.extract.written_dates import is_date_alone

RECORD_WORDS = vocab.words("body_record_words")
TITLE_SPLIT = re.compile(r"\s*[:|,]\s+|\s+[–—-]\s+")
_LEAD = re.compile(
    r"^(?P<words>%s)\s+(?:from|of)\s+(?:the\s+)?(?P<body>.+)$"
    % "|".join(sorted(map(re.escape, RECORD_WORDS), key=len, reverse=True)),
    re.I,
)
_MAX_WORDS = 10


def body_record(layout: Layout, headline_blocks: list[int], body: list[int]) -> PageEvent | None:
    """The meeting a record's title names by its body (see the module), or None.
    `headline_blocks` and `body` are the page's headline and first body blocks."""
    if not headline_blocks:
        return None
    title = layout.blocks[headline_blocks[0]].text.strip()
    whole = [p for p in TITLE_SPLIT.split(title) if p]
    parts = said_parts(title)
    if parts == whole and (named := named_over_record(layout, headline_blocks[0])):
        return named
    if layout.blocks[headline_blocks[0]].kind != "title" and parts == whole:
        return None  # a title too long to be laid out as one is a record's told as held
    lead = _LEAD.match(parts[0]) if parts else None
    if lead is not None:
        parts = [lead.group("body"), lead.group("words"), *parts[1:]]
    names = [p for p in parts if p.lower() not in RECORD_WORDS and not is_date_alone(p)]
    if len(names) != 1 or len(names) == len(parts) or not names_body(names[0]):
        return None
    name = _fullest(without_the(names[0]), layout)
    event = PageEvent(f"{name} meeting", evidence=title)
    event.owner = name
    under = [layout.blocks[b].text for b in (*headline_blocks[1:], *body[:1])]
    dates = (date_in(text, layout.published) for text in (title, *under))
    event.date = next((d for d in dates if d), None)
    return event


_SHORT_FORM = re.compile(r"\s*\([^()]*\)$")  # "Kelby Patient Group (KPG)"


def named_over_record(layout: Layout, first: int) -> PageEvent | None:
    """The meeting of the body a title names alone, one body or a body and its part
    ("Fenby Food Partnership – Grants Panel"), over a line its record words open
    ("Minutes of the meeting held on ...", "Notes – 4 June 2031, Kelby Library",
    "Action notes, 4 June 2031"): "<body> <part> meeting", held by the body, the
    part's own "<part> meeting" an alias. None for any other title or line."""
    if first + 1 >= len(layout.blocks):
        return None
    under = layout.blocks[first + 1].text.strip()
    said = said_parts(under)
    of = record_of(said)  # "Minutes of the AGM", "Grants Panel - Minutes"
    if of is None and (not said or said[0].lower() not in RECORD_WORDS):
        return None
    title = _SHORT_FORM.sub("", unshout(layout.blocks[first].text.strip()))
    names = [without_the(p) for p in TITLE_SPLIT.split(title) if p]
    if not 1 <= len(names) <= _BODY_PARTS:
        return None
    if not names_body(names[0]) and not (of is not None and len(names) == 1 and _named(names[0])):
        return None  # a title naming no body, unless the line under names the meeting
    names = [names[0], *(_part_of(names[0], n) for n in names[1:])]
    if not all(n is not None for n in names[1:]):
        return None  # "Fenby Town Council – Grants Panel", not "– Summer 2031 update"
    date = date_in(under, layout.published)
    if of is not None:
        if len(names) != 1:
            return None  # "Fenby Trust – Grants Panel" over "Minutes of the AGM": whose?
        body = _as_written(names[0], layout, first)
        if date is None and first + 2 < len(layout.blocks):  # the date on a line of its own
            date = date_in(layout.blocks[first + 2].text, layout.published)
        date = date or layout.published  # "Date: 4 June 2031": a record's is its meeting's
        return _recorded_of(body, of[1], date, f"{title}\n{under}")
    event = PageEvent(f"{' '.join(names)} meeting", evidence=f"{title}\n{under}")
    event.owner = names[0]
    event.aliases += [f"{n} meeting" for n in names[1:]]
    event.aliases += [f"{n} meeting of {names[0]}" for n in names[1:]]
    event.aliases += [sitting_of("meeting", n) for n in names[1:]]  # "Meeting of the Foo Panel"
    event.date = date or layout.published
    return event


_RECORD_OF = re.compile(r"^(?P<words>.+?)\s+of\s+(?:the\s+|an?\s+)?(?P<what>.+)$", re.I)


def record_of(said: list[str]) -> tuple[str, str] | None:
    """A record's line's record words and the meeting it names, after them ("Minutes
    of the AGM") or before them ("Board of Trustees - Minutes", "Quarterly meeting -
    action notes"); None when it names none ("Minutes - 4 June 2031")."""
    if not said or said[0].lower() in RECORD_WORDS:
        return None
    of = _RECORD_OF.match(said[0])
    if of is not None and of.group("words").lower() in RECORD_WORDS:
        return of.group("words"), of.group("what")
    if len(said) > 1 and said[1].lower() in RECORD_WORDS:
        return said[1], said[0]
    return None


def _named(title: str) -> bool:
    """Whether a title is a name alone: capitalised words, two or more, no event's."""
    words = title.split()
    if not 2 <= len(words) <= _MAX_WORDS or any(w.lower() in HEADS for w in words):
        return False
    return all(w[:1].isupper() or w in NAME_CONNECTORS for w in words)


_RECORDED_NOUNS = vocab.words("recorded_meeting_nouns")


def _recorded_of(body: str, what: str, date: str | None, evidence: str) -> PageEvent | None:
    """The meeting a record's line says it is of, under a title naming the body
    alone: its yearly meeting ("Minutes of the Annual General Meeting") is "<body>
    Annual General Meeting", with the year and "Annual General Meeting of <body>"
    as aliases; a part of it ("Minutes of the Grants Panel") is "<body> <part>
    meeting", with "<part> meeting" as an alias; a legal ending ("Ltd") is left off
    the event's name. None for anything else."""
    words = body.split()
    named = " ".join(words[:-1] if words[-1].lower() in _LEGAL_ENDINGS else words)
    what = _HELD_TAIL.sub("", what)  # "the quarterly meeting held on 4 June"
    own = re.match(r"^(.+?)\s+of\s+the\s+([\w\s]+)$", what)  # "of the Town Council"
    if own is not None and f" {body}".lower().endswith(f" {own.group(2)}".lower()):
        what = own.group(1)  # "the Annual Meeting of the Council" under "Kelby Town Council"
    if what.lower() in _RECORDED_NOUNS:
        event = PageEvent(f"{named} {what}", evidence=evidence)
        event.aliases.append(f"{what} of {named}")
        if date is not None:
            event.aliases += [f"{named} {what} {date[:4]}", f"{what} of {named} {date[:4]}"]
    elif (part := _part_of(named, without_the(what))) is not None:
        noun = "Meeting" if what.endswith(" Meeting") else "meeting"  # as the line writes it
        event = PageEvent(" ".join(filter(None, [named, part, noun])), evidence=evidence)
        if part:
            event.aliases += [f"{part} {noun}", f"{part} {noun} of {named}"]
            event.aliases.append(sitting_of("meeting", unshout(part)))  # "Meeting of the Foo Panel"
    elif (kind := _kind_of(named, what)) is not None:  # "<body> quarterly meeting"
        event = PageEvent(f"{named} {kind}", evidence=evidence)
    else:
        return None
    event.owner = body
    event.date = date
    return event


_LEGAL_ENDINGS = vocab.words("legal_endings")
_HELD_TAIL = re.compile(r"\s+held\b.*$", re.I)
_MEETING_WORDS = vocab.words("meeting_name_words")


def _kind_of(body: str, what: str) -> str | None:
    """A meeting a record names by its kind ("Quarterly meeting", "the open forum
    meeting"), lower-cased as it follows the body's name: its words those of a
    meeting (`vocab/meeting_name_words.txt`) or the body's last ("forum" of "Foo
    Forum"). None for anything else."""
    words = without_the(what).lower().split()
    own = body.lower().split()[-1:]
    if len(words) < 2 or words[-1] != "meeting":
        return None
    if not all(w in _MEETING_WORDS or [w] == own for w in words[:-1]):
        return None
    return " ".join(words)


_MEETING_TAIL = re.compile(r"\s+meeting$", re.I)


def _part_of(body: str, part: str) -> str | None:
    """The part of `body` a record names ("Grants Panel" of "Fenby Trust"), as the
    meeting's name writes it after the body: a part named as its meeting ("Committee
    Meeting") without "Meeting"; its first word left off when it repeats the body's
    last ("Partnership Board" of "Safer Kelby Partnership" is its "Board"), "" when
    that or the body's own name is all it says ("the Assembly meeting" of "Kelby
    Assembly"). None when it names no part of a body."""
    part = _MEETING_TAIL.sub("", part).strip()
    if f"{part} ".lower().startswith(f"{body} ".lower()):  # "the Kelby Forum meeting"
        part = part[len(body) :].strip()
    if f" {body}".lower().endswith(f" {part}".lower()):  # "the Parish Council" of Foo's
        part = ""
    words = part.split()
    if words and words[0].lower() == body.split()[-1].lower():
        words = words[1:]
    if not words:
        return ""
    said = " ".join(words)
    if len(words) == 1:  # "Committee", "Board": a body's part named by its kind alone
        return said if words[0][:1].isupper() and words[0].lower() in PART_HEADS else None
    return said if names_body(said, PART_HEADS) else None


def _as_written(name: str, layout: Layout, title: int) -> str:
    """The body's name as the page's text writes it after its title, when the title
    shouts it ("KELBY LAW CENTRE" unshouted keeps "LAW"; the text has "Kelby Law
    Centre"); else as it is."""
    said = re.compile(r"\b" + re.escape(name) + r"\b", re.I)
    for block in layout.blocks[title + 1 :]:
        found = said.search(block.text)
        if found is not None and not found.group(0).isupper():
            return found.group(0)
    return name


_BODY_PARTS = 2
PART_HEADS = ANY_ORG_HEADS | vocab.words("body_heads")  # a body's "Grants Panel"
_HELD = re.compile(r"^(?P<words>.+?)\s+held\b", re.I)


def said_parts(line: str) -> list[str]:
    """A title's or record line's parts (`TITLE_SPLIT`), up to record words told as
    held ("notes of meeting held 4 May 2031", "summary of the meeting held on 4 May"),
    that part cut to its record words: what follows is when and where the meeting was
    ("2pm", "Room 2", "Kelby Town Hall"), not a name. Else the parts as they are."""
    parts = [p for p in TITLE_SPLIT.split(line) if p]
    for k, part in enumerate(parts):
        held = _HELD.match(part)
        if held is not None and held.group("words").lower() in RECORD_WORDS:
            return [*parts[:k], held.group("words")]
    return parts


def _fullest(name: str, layout: Layout) -> str:
    """The body's fullest name: the title's short form ("Tenants Panel Board")
    as the page's text first writes it in full, after capitalised words of its own
    ("Orby Tenants Panel Board met in public"); else as the title has it."""
    longer = re.compile(r"((?:[A-Z][\w'’&-]*\s+)+)" + re.escape(name) + r"\b")
    for block in layout.blocks[1:]:
        found = longer.search(block.text)
        if found is not None and len(found.group(1).split()) <= _FULLER_WORDS:
            lead = found.group(1).split()
            while lead and lead[0].lower() in _OPENERS:
                lead = lead[1:]  # "The Foo Board", "At the Foo Board": not the name's words
            if any(w.lower() in _OPENERS or w.lower() in CALENDAR_WORDS for w in lead):
                continue  # "On Monday Foo Board met": a date, not the name
            return " ".join([*lead, name]) if lead else name
    return name


_FULLER_WORDS = 3
_OPENERS = {"the", "a", "an", "at", "our", "on", "in", "this", "last", "today", "yesterday"}


def names_body(name: str, heads: frozenset[str] | set[str] = ANY_ORG_HEADS) -> bool:
    """Whether the title's part names a body: capitalised words ending in one of
    `heads` ("Kelby Carers Forum") or holding one before "of" ("Kelby Council of
    Faiths"), naming no meeting."""
    words = without_the(name).split()
    lows = [w.lower() for w in words]
    # "Kelby Council of Faiths": a body's word before "of" and the field it is for
    headed = lows[-1] in heads or any(w in heads and n == "of" for w, n in pairwise(lows[:-1]))
    if not 2 <= len(words) <= _MAX_WORDS or not headed:
        return False
    if any(w.lower() in HEADS and w.lower() not in ANY_ORG_HEADS for w in words):
        return False  # "Minutes of the Annual General Meeting of Foo": a meeting named
    return all(w[:1].isupper() or w in NAME_CONNECTORS for w in words)


__all__ = ["body_record"]
