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

A reader also writes "Meeting of the Foo Board" ("AGM of the Foo Association") for
a body whose name takes no "The" of its own (`page_event.owners.sitting_of`), and
names the meeting with the short form the page gives its holder: "Kelby Surgery
Patient Participation Group (PPG)"'s meeting is also "Kelby Surgery PPG meeting",
"Kelby Residents' Association (KRA)"'s AGM "KRA AGM" (`add_short_forms`).

A body's meeting that is not its yearly sitting is written with the day it sat
("Foo Forum meeting, 3 June 2031"; "Foo Forum meeting, June 2031" when the page
gives the month alone): each form ending in "meeting", or opening "Meeting of",
gets that form too; a yearly sitting its year after its holder ("Annual General
Meeting of Foo Forum": "Foo Forum AGM 2031"), holder known or not
(`add_dated_forms`).
"""

from __future__ import annotations

import re

from collabgraph.extract import vocab
from collabgraph.extract.coref import Entity
from collabgraph.extract.mentions.acronyms import acronym_of
from collabgraph.extract.mentions.tokens import CALENDAR_WORDS
from collabgraph.extract.page_event.owners import sitting_of
from collabgraph.extract.written_dates import written_date
from collabgraph.model.names import name_key

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


def add_meeting_forms(entities: list[Entity], relations: list[dict]) -> None:
    """Give each body's meeting (`_bare`) the forms a reader writes it in, holder and
    year and all, as aliases."""
    orgs = {e.name for e in entities if e.type == "Organisation"}
    for e in entities:
        if e.type != "Event":
            continue
        organisers = [
            r["from"]
            for r in relations
            if r["type"] == "ORGANISED" and r["to"] == e.name and r["from"] in orgs
        ]
        owner = _holder(e, organisers)
        if owner is None:
            continue
        name = e.name
        year = _YEAR.search(name)
        name = _YEAR.sub("", name)
        date = e.date
        when = year.group(1) if year else (date[:4] if date else None)
        bare = _bare(name, owner)
        if bare is None:
            continue
        if not e.name.lower().startswith(owner.lower() + " "):  # "April meeting": whose
            owned = _owned_name(bare, owner)
            _rename(e, f"{owned} {year.group(1)}" if year else owned, relations)
        made = []
        if any(w.lower() in CALENDAR_WORDS for w in bare.split()):  # "Foo Forum meeting"
            made.append(f"{owner} meeting")
        for form in _forms(bare):
            made += [f"{owner} {form}", f"{form[:1].upper()}{form[1:]} of {owner}"]
            if not owner.lower().startswith("the "):  # "Meeting of the Foo Board"
                made.append(sitting_of(form, owner))
            if when:
                made.append(f"{owner} {form} {when}")
            if when and form.lower() != "meeting":  # "AGM 2031"; "meeting 2031" says no more
                made.append(f"{form} {when}")
        for alias in made:
            if alias != e.name and alias not in e.aliases:
                e.aliases.append(alias)
    add_short_forms(entities, relations)
    add_dated_forms(entities)


def _short_owners(org: Entity) -> list[str]:
    """The names a body's short form gives it: "LVRP" of "Kelby Violence Reduction
    Partnership" is the whole; "PPG" of "Kelby Surgery Patient Participation Group"
    spells its last words, "Kelby Surgery PPG"; an alias with a short form in it
    ("Kelby Rovers JFC") as it is."""
    words = org.name.split()
    owners = []
    for alias in org.aliases:
        parts = alias.split()
        if len(parts) > 1:
            if parts[-1].isupper() and len(parts) < len(words) and alias not in owners:
                owners.append(alias)  # "Kelby Rovers JFC"
            continue
        for k in range(len(words) - 1):
            if words[k][:1].isupper() and acronym_of(alias, words[k:]):
                owners.append(" ".join([*words[:k], alias]))
                break
    return owners


def add_short_forms(entities: list[Entity], relations: list[dict]) -> None:
    """Give each event whose name opens with the body said to have organised it
    ("Kelby Residents' Association AGM") the forms the body's short form spells
    ("KRA AGM"): a reader names the meeting as the page names its holder."""
    orgs = {e.name: e for e in entities if e.type == "Organisation" and e.aliases}
    holders: dict[str, list[Entity]] = {}
    for r in relations:
        if r["type"] == "ORGANISED" and r["from"] in orgs:
            holders.setdefault(r["to"], []).append(orgs[r["from"]])
    for e in entities:
        if e.type != "Event" or e.name not in holders:
            continue
        said = {name_key(n) for n in (e.name, *e.aliases)}
        for org in holders[e.name]:
            opening = org.name.lower() + " "
            forms = [f for f in (e.name, *e.aliases) if f.lower().startswith(opening)]
            for short in _short_owners(org):
                for form in forms:
                    spelt = f"{short} {form[len(opening) :]}"
                    if name_key(spelt) not in said:
                        e.aliases.append(spelt)
                        said.add(name_key(spelt))


_YEARLY = {"annual", "general", "agm"}  # a yearly sitting is named by its year
_YEARLY_OF = re.compile(r"^(?P<kind>AGM|Annual General Meeting) of (?:the )?(?P<body>.+)$", re.I)


def add_dated_forms(entities: list[Entity]) -> None:
    """Give each meeting with a date (its first dated mention) the forms a reader
    dates it with: "<form>, 3 June 2031" of its names that end in "meeting" and open
    with a capital when it has a month or a day; a yearly sitting its year instead,
    after its holder ("Annual General Meeting of Foo" is "Foo AGM 2031" and "Foo
    Annual General Meeting 2031")."""
    for e in entities:
        if e.type != "Event":
            continue
        date = e.date
        if date is None:
            continue
        said = {name_key(n) for n in (e.name, *e.aliases)}  # one form a spelling
        for form in [e.name, *e.aliases]:
            if not form[:1].isupper() or len(form.split()) < 2:
                continue
            for dated in _dated(form, date):
                if name_key(dated) not in said:
                    e.aliases.append(dated)
                    said.add(name_key(dated))


def _dated(form: str, date: str) -> list[str]:
    """The dated forms of one name of a meeting (see `add_dated_forms`)."""
    words = form.lower().split()
    if _YEAR.search(form):
        return []
    if not _YEARLY & set(words):
        when = written_date(date)
        sitting = words[-1] == "meeting" or words[:2] == ["meeting", "of"]  # "Meeting of the Foo"
        return [f"{form}, {when}"] if when and sitting else []
    of = _YEARLY_OF.match(form)
    bare = f"{of.group('body')} {of.group('kind')}" if of else form
    if not re.search(r"(?i)\b(?:agm|annual general meeting)$", bare):
        return []
    owner = re.sub(r"(?i)\s*\b(?:agm|annual general meeting)$", "", bare)
    if not owner:
        return []  # "AGM 2031" alone is the holder's forms' to give
    return [f"{owner} {kind} {date[:4]}" for kind in ("AGM", "Annual General Meeting")]
