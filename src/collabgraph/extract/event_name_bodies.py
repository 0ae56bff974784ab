"""Organisations a page names only inside its event's name: "the recent Carers
Wellbeing UK conference" names Carers Wellbeing UK; "KBA Kelbyfest" names the KBA
(or is the short form of a body the page spells out). Each becomes an organisation
entity, for the caller to add; `name_owners.organisers_in_names` then reads it
as the event's organiser.
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
from collabgraph.extract.name_owners import leading_acronyms, leading_orgs
from collabgraph.extract.place_lookup import is_nation
from collabgraph.model.names import name_key

_EVENT_NOUNS = vocab.words("page_event_heads")
# "Foo Centre launch": what is launched or opened, not who holds it
_LAUNCH_HEADS = vocab.words("event_launch_heads")
# a body's name read inside an event's name ends in one of these (or a nation)
_BODY_HEADS = (lx.STRONG_ORG_HEADS | {"hospice"}) - vocab.words("event_name_topic_heads")
_NAME_JOINS = {"of", "and", "&", "for"}
# words before an event noun that say its kind ("annual", "spring"), no body's first word
_MODIFIERS = set(vocab.table("event_modifiers"))
# "Friends of Foo Park AGM": a body's word opening its name before "of"
_OPENERS_OF = vocab.words("name_body_openers_of")


def bodies_in_event_names(
    entities: list[Entity], site_name: str = "", page_text: str = ""
) -> list[Entity]:
    """Organisations the page names only inside its event's name: "the recent
    Carers Wellbeing UK conference", "its last Chartered Institute of Kelby
    Conference", "our Kelby & Dalby Community Hospice Annual Carol Concert". The
    words before the event's own words are a body's name when they are two or
    more capitalised words ending in a body's word ("... Hospice", "Institute of
    ...": `_BODY_HEADS`), opening with one before "of" ("Friends of Foo Woods
    AGM": `vocab/name_body_openers_of.txt`) or ending in a nation after a word that is no direction
    ("Carers Wellbeing UK"; not a region, place_directions.txt), or whose letters
    the page's address spells (`site_name`: "Kelby Givers 2031 AGM" at
    kelbygivers.org; "Fenby Futures roundtable" at fenbyfuturesfoundation.org; not a
    known place), or that the page's text (`page_text`: its sentences, one to a line)
    sets apart as a name of its own
    ("Foo Village Hall — Annual General Meeting" for "Foo Village Hall Annual General
    Meeting": `_named_apart`). One new organisation entity each, named
    by those words, when no entity of the page is named so and no organisation of
    the page opens the event's name; returned for the caller to add (the event's
    organiser: `name_owners.organisers_in_names`)."""
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
        for body in leading_acronyms(event.name):
            if name_key(body) in taken:
                continue
            full = next((o for o in spelled if acronym_of(body, o.name.split())), None)
            if full is not None:
                full.aliases.append(body)
                taken.add(name_key(body))
            else:
                add(event, body)
        # "FOO COMMITTEE" over "Minutes of the meeting": the part of a body that met,
        # though the event's other name opens with the body ("Foo Council Foo Committee")
        apart = None if leading_orgs(event.name, orgs) else _named_apart(event.name, page_text)
        if apart is not None and name_key(apart) not in taken:
            add(event, apart)
            continue
        if any(leading_orgs(n, orgs) for n in names):
            continue  # "Kelby & Dalby Hospice concert" with "Dalby Hospice" named
        for name in names:
            body = body_opening_event_name(name) or _site_body(name, site_name)
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


_BODY_MEETINGS = vocab.words("body_meeting_heads")  # "meeting": a body's sitting
_OCCASION_HEADS = vocab.words("head_event")  # "Volunteers' Week", "Fun Day": no body's last word
# a name set apart: closed by a line's end or a mark, not by more of a longer name
_SET_APART = r"(?=[ \t]*(?:$|[\n,:;.(|–—]|-\s))"


def _named_apart(name: str, page_text: str) -> str | None:
    """The capitalised words (three or more, no known place, no event noun among them but
    the last of a body that sits: "Foo Forum meeting") an event's name opens with before
    its event words, when a line of `page_text` (a sentence of the page) opens with them,
    as written or in capitals, set apart ("FOO VILLAGE HALL — AGM", "Foo Village Hall"
    alone): the body whose event it is, its name folded into the event's by the page's
    headline. Not a topic written small ("Lunch and learn on social prescribing") nor one
    named in passing ("the University of Foo, presented")."""
    words = name.replace("’", "'").split()
    if not page_text or len(words) < 4:
        return None
    for k in range(len(words) - 1, 2, -1):  # "Foo Park Fun Run": two words, a place's
        body, rest = words[:k], [w.lower() for w in words[k:]]
        low = [w.lower() for w in body]
        if not any(w in _EVENT_NOUNS for w in rest) or all(w in _LAUNCH_HEADS for w in rest):
            continue
        # "Foo Forum meeting": a forum that sits is a body (not "Foo Summit Awards")
        sits = all(w in _BODY_MEETINGS for w in rest)
        inner = low[:-1] if sits else low
        if any(w in _EVENT_NOUNS for w in inner) or low[0] in _MODIFIERS or low[-1] in _NAME_JOINS:
            continue  # "Annual Foo Lecture", not a body's name
        if not all(w[:1].isupper() or w.lower() in _NAME_JOINS for w in body):
            continue
        if " ".join(low) in _KNOWN_PLACES or (low[-1] in _OCCASION_HEADS and not sits):
            continue  # "Volunteers' Week lunch": the week's, no body's
        written = (
            r"\s+".join(re.escape(w) for w in ws) for ws in (body, [w.upper() for w in body])
        )
        said = r"^(?:[Tt]he\s+|THE\s+)?(?:" + "|".join(written) + ")" + _SET_APART
        if re.search(said, page_text, re.MULTILINE):
            return " ".join(body)
    return None


def body_opening_event_name(name: str) -> str | None:
    """The body's name an event's name opens with, before its event words ("Foo
    Association" in "Foo Association AGM 2031"); None when it opens with none."""
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
        while body and low[0] in _MODIFIERS:  # "Annual Kelby Council meeting": Kelby Council
            body, low = body[1:], low[1:]
        if len(body) < 2:
            continue  # "Annual Council meeting": the kind of sitting, not a body's name
        if not body[0][:1].isupper() or low[-1] in _NAME_JOINS:
            continue
        if not all(w[:1].isupper() or w.lower() in _NAME_JOINS for w in body):
            continue  # "Kelby Trust annual": the body ends before "annual"
        headed = any(
            w in _BODY_HEADS and (i == len(low) - 1 or low[i + 1] in {"of", "for"})
            for i, w in enumerate(low)
        )
        opened = len(low) > 2 and low[0] in _OPENERS_OF and low[1] == "of"
        if headed or opened or is_nation(" ".join(low)):
            return " ".join(body)
    return None
