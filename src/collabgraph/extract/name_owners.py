"""Events named after their organisers: "Foo Trust AGM", "Foo seminar",
"Foo/Bar annual conference" were organised by the bodies their names begin with;
and after their subject: the "Bright Futures event" is about the Bright Futures
project or report the page names. Programmes named after the body that runs
them: the "Foo Building Society Neighbours Fund" is Foo Building Society's.

Read once the page's entities are settled: an organisation entity of the page
whose name or alias is the first words of an event's name (several joined by
"/", "&" or "and", each capitalised) organised that event. The longest organisation name that
fits is taken ("Foo Housing Trust" before "Foo"), and the words after it must
hold an event noun (`vocab/page_event_heads.txt`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.coref import Entity
from collabgraph.extract.mentions.acronyms import acronym_of
from collabgraph.extract.mentions.tokens import site_letters
from collabgraph.extract.place_names import is_nation
from collabgraph.model.names import name_key

_EVENT_NOUNS = vocab.words("page_event_heads")
_EVENT_WORDS = vocab.table("event_modifiers").keys() | vocab.words("page_event_tails")
_JOINS = re.compile(r"\s*(?:/|&|\band\b)\s*")
# "Foo Centre launch": what is launched or opened, not who holds it
_LAUNCH_HEADS = vocab.words("event_launch_heads")
# last words of a programme a body names after itself ("Foo Society Neighbours Fund")
_PROGRAMME_HEADS = vocab.words("programme_named_heads")
# a body's name read inside an event's name ends in one of these (or a nation)
_BODY_HEADS = (lx.STRONG_ORG_HEADS | {"hospice"}) - vocab.words("event_name_topic_heads")
_NAME_JOINS = {"of", "and", "&", "for"}
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
            (f for name in (event.name, *event.aliases) if (f := _leading_orgs(name, orgs))), []
        )
        # "KBA Kelbyfest", "KBA/DFA conference": bodies' short forms, then the event's name
        held = [orgs.get(name_key(a)) for a in _leading_acronyms(event.name)]
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


def bodies_in_event_names(entities: list[Entity], site_name: str = "") -> list[Entity]:
    """Organisations the page names only inside its event's name: "the recent
    Carers Wellbeing UK conference", "its last Chartered Institute of Kelby
    Conference", "our Kelby & Dalby Community Hospice Annual Carol Concert". The
    words before the event's own words are a body's name when they are two or
    more capitalised words ending in a body's word ("... Hospice", "Institute of
    ...": `_BODY_HEADS`) or in a nation after a word that is no direction
    ("Carers Wellbeing UK"; not a region, place_directions.txt), or whose letters
    the page's address spells (`site_name`: "Kelby Givers 2031 AGM" at
    kelbygivers.org; "Fenby Futures roundtable" at fenbyfuturesfoundation.org; not a
    known place). One new organisation entity each, named
    by those words, when no entity of the page is named so and no organisation of
    the page opens the event's name; returned for the caller to add (the event's
    organiser: `organisers_in_names`)."""
    taken = {name_key(n) for e in entities for n in (e.name, *e.aliases)}
    orgs = {
        name_key(n): e for e in entities if e.type == "Organisation" for n in (e.name, *e.aliases)
    }
    next_id = max((m.id for e in entities for m in e.mentions), default=0) + 1
    out: list[Entity] = []
    spelled = [e for e in entities if e.type == "Organisation"]

    def add(event: Entity, body: str) -> None:
        nonlocal next_id
        m = next((m for m in event.mentions if body in m.text), event.mentions[0])
        mention = replace(
            m, id=next_id, text=body, surface=body, title=None,
            votes=Counter({"Organisation": 1}), synthetic="body in event name",
            about=None, date=None, same_as=None, listed_with=[], ner_vote=None,
        )  # fmt: skip
        next_id += 1
        taken.add(name_key(body))
        out.append(Entity(mentions=[mention], type="Organisation", name=body))

    for event in entities:
        if event.type != "Event":
            continue
        names = (event.name, *event.aliases)
        # "KBA Kelbyfest", "Foo/KBA annual conference": the short forms it opens with;
        # one a body of the page spells out ("Kelby Builders Alliance") is its alias
        for body in _leading_acronyms(event.name):
            if name_key(body) in taken:
                continue
            full = next((o for o in spelled if acronym_of(body, o.name.split())), None)
            if full is not None:
                full.aliases.append(body)
                taken.add(name_key(body))
            else:
                add(event, body)
        if any(_leading_orgs(n, orgs) for n in names):
            continue  # "Kelby & Dalby Hospice concert" with "Dalby Hospice" named
        for name in names:
            body = _body_before_event_words(name) or _site_body(name, site_name)
            if body is None or name_key(body) in taken:
                continue
            add(event, body)
            break
    return out


_KNOWN_PLACES = frozenset(p.lower() for p in vocab.words("places_uk"))
_SITE_TAILS = vocab.words("site_name_tails")  # "fenbyfuturesfoundation.org": "Fenby Futures"


def _site_body(name: str, site_name: str) -> str | None:
    """The capitalised words (two or more) an event's name opens with, before words
    holding an event noun, whose letters are the page address's name, or are it but
    for a word addresses add (`vocab/site_name_tails.txt`: "Kelby Givers" at
    kelbygivers.org, "Fenby Futures" at fenbyfuturesfoundation.org): the page's own
    body, named in its event's name."""
    if not site_name:
        return None
    words = name.replace("’", "'").split()
    for k in range(len(words) - 1, 0, -1):
        body = words[:k]
        if len(body) < 2 or not all(w[:1].isupper() for w in body):
            continue  # one word: more often the town the address is named after
        if not any(w.lower() in _EVENT_NOUNS for w in words[k:]):
            continue
        if any(w.lower() in _EVENT_NOUNS for w in body):
            continue
        letters = site_letters("".join(body))
        spelled = site_name in {letters, *(letters + tail for tail in _SITE_TAILS)}
        if site_name.startswith(site_letters("".join(words[: k + 1]))):
            continue  # "Kelby Carers Show 2031" at kelbycarersshow.org: the event's own address
        if spelled and " ".join(body).lower() not in _KNOWN_PLACES:
            return " ".join(body)
    return None


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_NOT_HOLDERS = vocab.words("event_acronyms_not_holders")


def _leading_acronyms(name: str) -> list[str]:
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


def _body_before_event_words(name: str) -> str | None:
    words = name.replace("’", "'").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    for k in range(len(words) - 1, 1, -1):
        rest = [w.lower() for w in words[k:]]
        if not any(w in _EVENT_NOUNS for w in rest) or all(w in _LAUNCH_HEADS for w in rest):
            continue
        body = words[:k]
        if body[-1].endswith("'s"):
            body[-1] = body[-1][:-2]
        low = [w.lower() for w in body]
        if any(w in _EVENT_NOUNS for w in low):
            continue  # "Foo Summit Awards": the first event's name, not a body's
        if not body[0][:1].isupper() or low[-1] in _NAME_JOINS:
            continue
        if not all(w[:1].isupper() or w.lower() in _NAME_JOINS for w in body):
            continue  # "Kelby Trust annual": the body ends before "annual"
        headed = any(
            w in _BODY_HEADS and (i == len(low) - 1 or low[i + 1] in {"of", "for"})
            for i, w in enumerate(low)
        )
        if headed or is_nation(" ".join(low)):
            return " ".join(body)
    return None


def _leading_orgs(name: str, orgs: dict[str, Entity]) -> list[Entity]:
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
    event", "Bright Futures launch"."""
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
        for k in range(len(words) - 1, 0, -1):
            rest = [w.lower() for w in words[k:]]
            if not all(w in _EVENT_NOUNS or w in _EVENT_WORDS for w in rest):
                continue
            subject = subjects.get(name_key(" ".join(words[:k])))
            if subject is not None:
                out.append((event, subject))
                break
    return out


def runners_in_names(entities: list[Entity], by_mention: dict) -> list[tuple[Entity, Entity]]:
    """(organisation, programme) for each fund or programme whose name is a body's
    whole name the page gives, then more words ending in a programme's word ("Foo
    Building Society Neighbours Fund"); the body's name must end in a word only a
    body's name ends in ("... Society", "... Council": not "Kelby Lottery", a
    brand before "Neighbours Fund"). A programme read as an organisation is retyped
    Project, and the page's short form of it ("the Neighbours Fund") joins it:
    `entities` and `by_mention` change in place."""
    owners = {
        name_key(e.name): e
        for e in entities
        if e.type == "Organisation" and e.name.split()[-1].lower() in lx.STRONG_ORG_HEADS
    }
    out: list[tuple[Entity, Entity]] = []
    for e in entities:
        words = e.name.split()
        if e.type not in {"Organisation", "Project"} or words[-1].lower() not in _PROGRAMME_HEADS:
            continue
        for k in range(len(words) - 1, 0, -1):
            owner = owners.get(name_key(" ".join(words[:k])))
            if owner is not None and owner is not e:
                e.type = "Project"
                out.append((owner, e))
                _absorb(e, name_key(" ".join(words[k:])), entities, by_mention)
                break
    return out


def _absorb(programme: Entity, short: str, entities: list[Entity], by_mention: dict) -> None:
    """The entity named only with the programme's own words ("Neighbours Fund") is it."""
    other = next(
        (o for o in entities if o is not programme and name_key(o.name) == short
         and o.type in {"Organisation", "Project"}),
        None,
    )  # fmt: skip
    if other is None:
        return
    programme.mentions += other.mentions
    programme.aliases += [a for a in (other.name, *other.aliases) if a not in programme.aliases]
    for m in other.mentions:
        by_mention[m.id] = programme
    entities.remove(other)


# "the Commissioner's Kelby Lanes Fund": offices that name programmes (run_words.py)
_OFFICE_WORDS = vocab.words("programme_office_words")
_OFFICE_POSSESSIVE = re.compile(r"\b(\w+)['’]s\s")


def holders_in_names(entities: list[Entity]) -> list[tuple[Entity, Entity]]:
    """(person, programme) for each programme named after an office ("the
    Commissioner's Kelby Lanes Fund", "the Mayor's Fenby Arts Scheme") and the one
    person the page names with that office right before or after the name
    ("Roads and Lanes Commissioner Jane Doe", "Jane Doe, Westshire's Roads and
    Lanes Commissioner,"): the holder runs it. None when several people hold it."""
    out: list[tuple[Entity, Entity]] = []
    people = [e for e in entities if e.type == "Person"]
    for e in entities:
        found = _OFFICE_POSSESSIVE.search(e.name) if e.type == "Project" else None
        if found is None or found.group(1).lower() not in _OFFICE_WORDS:
            continue
        office = found.group(1)
        holders = [p for p in people if any(_holds(m, office) for m in p.mentions)]
        if len(holders) == 1:
            out.append((holders[0], e))
    return out


def _holds(m, office: str) -> bool:
    """Whether the mention's sentence writes `office` as its post: right before
    the name ("Commissioner Jane Doe") or closing what follows the name's comma
    ("Jane Doe, Westshire's Roads and Lanes Commissioner")."""
    at = m.sentence.find(m.surface) if m.surface else -1
    if at < 0:
        return False
    before, after = m.sentence[:at].rstrip(), m.sentence[at + len(m.surface) :]
    if before.endswith(office) and before[: -len(office)][-1:] in {"", " "}:
        return True
    post = re.match(r"\s*,\s*([^,.;:()]*)", after)
    return post is not None and re.search(rf"\b{re.escape(office)}\b", post.group(1)) is not None
