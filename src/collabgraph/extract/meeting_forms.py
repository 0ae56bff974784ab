"""The other forms a reader writes a body's meeting in: the page's "Annual General
Meeting" held by Kelby Trust (an ORGANISED relation from one organisation) in
2031 is also "Kelby Trust AGM 2031", "Kelby Trust Annual General Meeting",
"Annual General Meeting 2031" and "Annual General Meeting of Kelby Trust".

Only an event whose name, its holder's name and a year aside, is made of the
words of a meeting (`vocab/meeting_name_words.txt`: "annual general meeting",
"AGM", "public board meeting") gets them: a named event ("Kelby Forum 2031")
keeps the names the page gives it. The holder is the organisation its name
opens with, else the one organisation said to have organised it; "AGM" and
"Annual General Meeting" are one another's forms. A meeting named by its kind
alone ("April meeting", "50th AGM", "Spring network meeting") is renamed after its
holder as a reader names it ("Foo Parish Council April meeting", "Foo Network
spring meeting": a word repeating the holder's last is left out), the page's
form an alias, and "<holder> meeting" too when a date word says which.

Any meeting with a day or month to its date (a sitting of a board, forum or
committee, whose minutes most often tell it) also goes by its name and that date,
as a reader tells one sitting from the next: "Foo board meeting" held on 3 June
2031 is "Foo board meeting 3 June 2031" (`dated_forms`).
"""

from __future__ import annotations

import calendar
import re

from collabgraph.extract import vocab
from collabgraph.extract.coref import Entity
from collabgraph.extract.mentions.tokens import CALENDAR_WORDS

_WORDS = vocab.words("meeting_name_words")
_HEADS = {"meeting", "agm"}
_YEAR = re.compile(r"\s+((?:19|20)\d\d)$")
YEAR = _YEAR  # a year ending a name: " 2031"
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")


def _bare(name: str, owner: str) -> str | None:
    """The meeting words of `name` once `owner` (when it opens the name) is left off."""
    if name.lower().startswith(owner.lower() + " "):
        name = name[len(owner) + 1 :]
    words = name.lower().replace("’", "'").split()
    own = owner.lower().split()[-1:]
    if not words or not set(words) & _HEADS:
        return None
    if not all(
        w in _WORDS or w in CALENDAR_WORDS or _ORDINAL.match(w) or [w] == own for w in words
    ):
        return None
    return name


def meeting_words(name: str) -> bool:
    """Whether a name is a meeting's kind alone, no holder in it ("April meeting",
    "50th AGM", "Annual General Meeting"): read by `meeting_holders`."""
    return _bare(_YEAR.sub("", name), "") is not None


def _owned_name(bare: str, owner: str) -> str:
    """ "Foo Network spring meeting" for "Spring network meeting" held by Foo Network:
    the holder, then the meeting's words (the first lower-cased unless an
    name in capitals or a month; a word repeating the holder's last left out)."""
    own = owner.lower().split()[-1]
    words = [w for w in bare.split() if w.lower() != own] or bare.split()
    first = words[0]
    if (
        all(w.islower() for w in words[1:])
        and first.lower() not in CALENDAR_WORDS
        and not first.isupper()  # "AGM": a short form keeps its capitals
    ):
        words[0] = first.lower()  # "Annual meeting": "Foo annual meeting"; not "Annual General ..."
    return f"{owner} {' '.join(words)}"


def _rename(e: Entity, name: str, relations: list[dict]) -> None:
    """Name `e` `name`, its old name an alias, and its relations' ends with it."""
    for r in relations:
        for end in ("from", "to"):
            if r[end] == e.name:
                r[end] = name
    if e.name not in e.aliases:
        e.aliases.append(e.name)
    e.name = name


def _forms(bare: str) -> list[str]:
    """ "AGM" and "Annual General Meeting": the bare name and its other spelling."""
    forms = [bare]
    if re.search(r"(?i)\bagm\b", bare):
        forms.append(re.sub(r"(?i)\bagm\b", "Annual General Meeting", bare))
    if re.search(r"(?i)\bannual general meeting\b", bare):
        forms.append(re.sub(r"(?i)\bannual general meeting\b", "AGM", bare))
    return forms


def _holder(e: Entity, organisers: list[str]) -> str | None:
    opening = [o for o in organisers if e.name.lower().startswith(o.lower() + " ")]
    if opening:
        return max(opening, key=len)
    return organisers[0] if len(organisers) == 1 else None


def _date(e: Entity) -> str | None:
    return next((m.date for m in e.mentions if m.date), None)


def _day(date: str | None) -> str | None:
    """ "3 June 2031" for "2031-06-03", "June 2031" for "2031-06"; None for a year alone."""
    parts = (date or "").split("-")
    if len(parts) < 2 or not all(p.isdigit() for p in parts):
        return None
    month = f"{calendar.month_name[int(parts[1])]} {parts[0]}" if 1 <= int(parts[1]) <= 12 else None
    if month is None or len(parts) < 3:
        return month
    return f"{int(parts[2])} {month}"


def dated_forms(names: list[str], date: str | None) -> list[str]:
    """Each of `names` that is a meeting's ("Foo board meeting", no year in it) with
    the day of `date` after it: "Foo board meeting 3 June 2031"; [] for no day or month."""
    day = _day(date)
    if day is None:
        return []
    return [
        f"{n} {day}"
        for n in names
        if len(n.split()) > 1 and n.split()[-1].lower() == "meeting" and not _YEAR.search(n)
    ]


def add_meeting_forms(entities: list[Entity], relations: list[dict]) -> None:
    """Give each body's meeting (`_bare`) the forms a reader writes it in, holder and
    year and all, and each dated meeting its day (`dated_forms`), as aliases."""
    orgs = {e.name for e in entities if e.type == "Organisation"}
    for e in entities:
        if e.type != "Event":
            continue
        _holder_forms(e, relations, orgs)
        for alias in dated_forms([e.name, *e.aliases], _date(e)):
            if alias not in e.aliases:
                e.aliases.append(alias)


def _holder_forms(e: Entity, relations: list[dict], orgs: set[str]) -> None:
    """The holder's and year's forms of `e` (see the module), when it is a body's meeting."""
    organisers = [
        r["from"]
        for r in relations
        if r["type"] == "ORGANISED" and r["to"] == e.name and r["from"] in orgs
    ]
    owner = _holder(e, organisers)
    if owner is None:
        return
    name = e.name
    year = _YEAR.search(name)
    name = _YEAR.sub("", name)
    date = _date(e)
    when = year.group(1) if year else (date[:4] if date else None)
    bare = _bare(name, owner)
    if bare is None:
        return
    if not e.name.lower().startswith(owner.lower() + " "):  # "April meeting": whose
        owned = _owned_name(bare, owner)
        _rename(e, f"{owned} {year.group(1)}" if year else owned, relations)
    made = []
    if any(w.lower() in CALENDAR_WORDS for w in bare.split()):  # "Foo Forum meeting"
        made.append(f"{owner} meeting")
    for form in _forms(bare):
        made += [f"{owner} {form}", f"{form[:1].upper()}{form[1:]} of {owner}"]
        if when:
            made.append(f"{owner} {form} {when}")
        if when and form.lower() != "meeting":  # "AGM 2031"; "meeting 2031" says no more
            made.append(f"{form} {when}")
    for alias in made:
        if alias != e.name and alias not in e.aliases:
            e.aliases.append(alias)
