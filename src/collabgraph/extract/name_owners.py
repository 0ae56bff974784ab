"""Events named after who held them or what they are about: "Foo Trust AGM",
"Foo seminar", "Foo/Bar annual conference" were organised by the bodies their
names begin with (`organisers_in_names`); the "Meeting of the Foo Forum" was held
by the body named after its event noun (`hosts_after_names`); the "Bright Futures
event" is about the Bright Futures project or report the page names
(`subjects_in_names`).

Read once the page's entities are settled: an organisation entity of the page
whose name or alias is the first words of an event's name (several joined by
"/", "&" or "and", each capitalised) organised that event. The longest organisation name that
fits is taken ("Foo Housing Trust" before "Foo"), and the words after it must
hold an event noun (`vocab/page_event_heads.txt`). Bodies named only inside an
event's name are found by `event_name_bodies`; programmes named after the body or
office that runs them by `named_programmes`.
"""

from __future__ import annotations

import re

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.coref import Entity
from collabgraph.extract.place_lookup import is_nation
from collabgraph.model.names import name_key

_EVENT_NOUNS = vocab.words("page_event_heads")
_EVENT_WORDS = vocab.table("event_modifiers").keys() | vocab.words("page_event_tails")
_JOINS = re.compile(r"\s*(?:/|&|\band\b)\s*")
# "Foo Centre launch": what is launched or opened, not who holds it
_LAUNCH_HEADS = vocab.words("event_launch_heads")
# a name ending in a day, week, fortnight, month or year kept for a cause ("HIV
# Testing Week", "Foo Volunteering Year"): held by no one its short form names
_KEPT_FOR_A_CAUSE = lx.OBSERVANCES | {"year"}


def _orgs_by_key(entities: list[Entity]) -> dict[str, Entity]:
    """Each organisation entity under the key of its name and of each alias (the
    first named keeps a key two share)."""
    orgs: dict[str, Entity] = {}
    for e in entities:
        if e.type == "Organisation":
            for name in (e.name, *e.aliases):
                orgs.setdefault(name_key(name), e)
    return orgs


def organisers_in_names(entities: list[Entity]) -> list[tuple[Entity, Entity]]:
    """(organisation, event) for each event whose name begins with organisations
    the page names; an organisation's whole name is never an event's whole name."""
    orgs = _orgs_by_key(entities)
    out: list[tuple[Entity, Entity]] = []
    for event in entities:
        if event.type != "Event":
            continue
        found = next(
            (f for name in (event.name, *event.aliases) if (f := leading_orgs(name, orgs))), []
        )
        # "KBA Kelbyfest", "KBA/DFA conference": bodies' short forms, then the event's name
        held = [orgs.get(name_key(a)) for a in leading_acronyms(event.name)]
        if all(held):
            found += [o for o in held if o is not None and all(o is not f for f in found)]
        out += [(org, event) for org in found]
    return out


_HELD_BY_NAMED = vocab.words("event_held_by_named_nouns")
_AFTER_HOLDER = re.compile(r"\b(?:of|to)\s+(?:the\s+)?(?=\S)", re.IGNORECASE)


def hosts_after_names(entities: list[Entity]) -> list[tuple[Entity, Entity]]:
    """(organisation, event) for each event whose name ends in a body the page
    names, after an event noun and "of" or "to": the "Meeting of the Foo Forum" was
    held by the Foo Forum, "Jane Doe's visit to Foo Trust" and "Visit of Jane Doe
    to Foo Trust" by Foo Trust, whom she visited (`vocab/event_held_by_named_nouns.txt`;
    a place or person there holds nothing: only an organisation entity's name or
    alias, whole, counts)."""
    orgs = _orgs_by_key(entities)
    out: list[tuple[Entity, Entity]] = []
    for event in entities:
        if event.type != "Event":
            continue
        for name in (event.name, *event.aliases):
            org = _body_after_holder(name.replace("’", "'"), orgs)
            if org is not None:
                out.append((org, event))
                break
    return out


def _body_after_holder(name: str, orgs: dict[str, Entity]) -> Entity | None:
    words = [w.lower() for w in name.split()]
    noun = next((k for k, w in enumerate(words) if w in _HELD_BY_NAMED), None)
    if noun is None:
        return None
    after = len(" ".join(name.split()[: noun + 1]))
    for m in _AFTER_HOLDER.finditer(name, after):
        body = name[m.end() :].strip()
        if body.endswith("'s"):
            body = body[:-2]
        org = orgs.get(name_key(body))
        if org is not None:
            return org
    return None


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_NOT_HOLDERS = vocab.words("event_acronyms_not_holders")


def leading_acronyms(name: str) -> list[str]:
    """The short forms in capitals an event's name opens with, one or several joined by
    "/" or "&" ("KVA Kelbyfest", "KBA/DFA annual conference 2031", "the FTA's
    summit"): the bodies that hold it. None when the name is that word alone, when a
    short form is no body's (`vocab/event_acronyms_not_holders.txt`: "UK", "AGM",
    "NHS", "LGBT") or when the name ends in a day, week or month kept for a cause
    ("HIV Testing Week": the cause's, held by no one it names)."""
    words = name.replace("’", "'").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or words[-1].lower() in _KEPT_FOR_A_CAUSE:
        return []
    first = words[0][:-2] if words[0].endswith("'s") else words[0]
    parts = [p for p in re.split(r"[/&]", first) if p]
    if not parts or not all(_ACRONYM.fullmatch(p) for p in parts):
        return []
    if any(p.lower() in _NOT_HOLDERS or is_nation(p.lower()) for p in parts):
        return []
    return parts


def leading_orgs(name: str, orgs: dict[str, Entity]) -> list[Entity]:
    """The organisations (`orgs`, by name key) whose names open the event's name,
    before words holding an event noun: the one body the whole opening names
    ("Kelby & Dalby Hospice concert"), else each of its parts joined by "/", "&"
    or "and" that names one ("Foo/Bar conference"); [] when none does."""
    words = name.replace("’", "'").split()
    for k in range(len(words) - 1, 0, -1):
        if not any(w.lower() in _EVENT_NOUNS for w in words[k:]):
            continue  # the rest names the event: "AGM", "annual conference 2031"
        if all(w.lower() in _LAUNCH_HEADS for w in words[k:]):
            continue  # "Foo Hub launch": the hub was launched, it held nothing
        prefix = " ".join(words[:k])
        if prefix.endswith("'s"):
            prefix = prefix[:-2]
        whole = orgs.get(name_key(prefix))
        if whole is not None:  # "Kelby & Dalby Hospice concert": one body with "&" in its name
            return [whole]
        parts = [p for p in _JOINS.split(prefix) if p]
        if not parts or not all(p[:1].isupper() for p in parts):
            continue
        found: list[Entity] = []
        for p in parts:  # "Foo/Bar conference" with only Foo named on its own: Foo
            org = orgs.get(name_key(p))
            if org is not None and all(org is not f for f in found):
                found.append(org)
        if found:
            return found
    return []


def subjects_in_names(entities: list[Entity]) -> list[tuple[Entity, Entity]]:
    """(event, project or report) for each event whose name is a project's or
    report's name the page gives followed by event words: "Bright Futures
    event", "Bright Futures launch"; or after a launch's or an opening's noun and
    "of": "Opening of the Kelby Diagnostic Centre", "Launch of Bright Futures"."""
    subjects: dict[str, Entity] = {}
    for e in entities:
        if e.type in {"Project", "Report"}:
            for name in (e.name, *e.aliases):
                subjects.setdefault(name_key(name), e)
    out: list[tuple[Entity, Entity]] = []
    for event in entities:
        if event.type != "Event":
            continue
        words = event.name.replace("’", "'").split()
        launched = _launched_subject(words, subjects)
        if launched is not None:
            out.append((event, launched))  # "Opening of the Kelby Hub", "Launch of Foo"
            continue
        for k in range(len(words) - 1, 0, -1):
            rest = [w.lower() for w in words[k:]]
            if not all(w in _EVENT_NOUNS or w in _EVENT_WORDS for w in rest):
                continue
            subject = subjects.get(name_key(" ".join(words[:k])))
            if subject is not None:
                out.append((event, subject))
                break
    return out


def _launched_subject(words: list[str], subjects: dict[str, Entity]) -> Entity | None:
    """The project or report an event named "Launch of [the] X" / "Opening of X" is
    about (`vocab/event_launch_heads.txt`), when X is the name the page gives it."""
    if len(words) < 3 or words[0].lower() not in _LAUNCH_HEADS or words[1].lower() != "of":
        return None
    rest = words[3:] if words[2].lower() == "the" else words[2:]
    return subjects.get(name_key(" ".join(rest))) if rest else None
