"""One event told twice, by the headline and by the body, read as one: the headline's
"Climate Action Assembly draws a full house" over a body that names "the Selby Moor
Climate Assembly" (the headline's own shorter form of the one event the body names
with the same event noun and another word of it, its year left off: the headline's
"Kelby Anchors Gathering 2031" and the body's "Kelby Community Anchors annual gathering"),
and a body's "the first Kelby Young Carers' Festival" where the headline calls the
page's event "Young Carers' Festival" (the body's name ends with a form the headline
gives an event). An event whose name, its year left off, opens another's is that
one written shorter ("Launch of Bar" of "Launch of Bar to Baz 2031", "Kelby Folk 2031"
of "Kelby Folk festival"), when the words it lacks add no event of their own ("Youth
Summit" is not the "Youth Summit planning meeting"). The page's event told by what
it was, set beside an event's name, is that event: "for 'Foo Talks', our winter
conference", "our annual conference, 'Foo Talks'", a headline "Foo Talks 2031 - Kelby
Youth Network regional conference", or a title line over a line naming the page's
event. The merged event keeps every form as an alias.

Read by `coref.resolve_entities` once the other merges are made.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mention_keys import mention_key

if TYPE_CHECKING:
    from collabgraph.extract.coref import Entity
    from collabgraph.extract.entity_merges import Merges

_HEADLINE = 0  # the block the page's headline is
_SMALL = {"the", "of", "and", "&", "for", "on", "in", "at", "a", "an", "to"}
_NEAR_TOP = 2  # the blocks of the headline and first paragraph, a date line between
_EVENT_NOUNS = lx.EVENT_HEADS
_YEAR = re.compile(r"(?:19|20)\d\d")


def merge_event_twins(entities: list[Entity], merges: Merges) -> None:
    """Merge the page's event into the one named event set beside it; an event named
    only in the headline into the one body event with its event noun and another of
    its words, years left off; a body event whose name ends with a form of two or
    more words in the headline of another event (and is not named in the headline
    itself) into that event; an event into the one event it is written shorter of."""
    events = [e for e in entities if e.type == "Event" and not merges.gone(e)]
    if len(events) < 2:
        return
    _merge_apposed(events, merges)
    for a in events:
        if merges.gone(a) or _launch(a) or not all(m.block == _HEADLINE for m in a.mentions):
            continue
        twins = {
            id(merges.target(b)): merges.target(b)
            for b in events
            if b is not a
            and not merges.gone(b)
            and any(m.block != _HEADLINE for m in b.mentions)
            and _twins(a, b)
        }
        if len(twins) == 1:
            merges.merge(a, next(iter(twins.values())))
    for b in events:
        if merges.gone(b) or any(m.block == _HEADLINE for m in b.mentions):
            continue  # a body event the headline does not name itself
        key = mention_key(" ".join(b.words()))
        for a in events:
            if a is b or merges.gone(a):
                continue
            if any(_headline_tail(m, key) for m in a.mentions):
                merges.merge(b, a)
                break
    for a in events:
        if merges.gone(a) or _launch(a):
            continue
        longer = {
            id(merges.target(b)): merges.target(b)
            for b in events
            if b is not a and not merges.gone(b) and _shorter_of(a, b)
        }
        if len(longer) == 1:
            merges.merge(a, next(iter(longer.values())))


# a comma, colon or spaced dash between a name and words beside it saying what it was
_SET_OFF = r"(?:,|:|\s(?:" + "|".join(map(re.escape, sorted(lx.DASHES))) + "))"
_BESIDE = re.compile(r"^[\"”’']?\s*" + _SET_OFF + r"\s*(?P<what>[^,.;:()\"“”]{0,60})")
_BEFORE = re.compile(r"(?P<noun>\w+)\s*" + _SET_OFF + r"\s*[\"“‘']?$")


def _merge_apposed(events: list[Entity], merges: Merges) -> None:
    """Merge the page's event into the one named event it is set beside."""
    page = next((e for e in events if any(m.synthetic == "page event" for m in e.mentions)), None)
    if page is None or _launch(page):
        return
    said = [m for m in page.mentions if m.sentence]
    nouns = {w.lower() for m in said for w in m.text.split()} & _EVENT_NOUNS
    if not nouns:
        return
    told = {m.sentence for m in said}
    # the page's event named by a whole line under the title line
    titled = any(
        m.block == _HEADLINE + 1 and mention_key(m.sentence) == mention_key(m.text) for m in said
    )
    named = {
        id(e): e
        for e in events
        if e is not page and not _launch(e) and not _other_years(page, e)
        for m in e.mentions
        if m.synthetic is None and _apposed(m, told, nouns, titled)
    }
    if len(named) == 1:
        merges.merge(page, next(iter(named.values())))


def _apposed(m, told: set[str], nouns: set[str], titled: bool) -> bool:
    """Whether a named event's mention `m` is set beside the page's event (told in the
    sentences `told`, with the event nouns `nouns`): near the top, a comma, colon or
    spaced dash between the name and words naming it with one of those nouns; or the
    title line over the line naming the page's event (`titled`)."""
    name = m.surface or m.text
    if m.block == _HEADLINE and titled and m.sentence.strip() == name:
        return True
    if m.block > _NEAR_TOP and m.sentence not in told:
        return False
    at = m.sentence.find(name)
    if at < 0:
        return False
    after = _BESIDE.match(m.sentence[at + len(name) :])
    if after and nouns & set(after["what"].lower().split()):
        return True
    before = _BEFORE.search(m.sentence[:at])
    return bool(before) and before["noun"].lower() in nouns


def _launch(e: Entity) -> bool:
    """Whether an event is a launch named after what was launched (entity_names): its
    twins are the launches of that (coref), and it would give them its name."""
    return any(m.synthetic == "launch" for m in e.mentions)


def _words(e: Entity) -> list[str]:
    """An event's words in lower case, its year left off; [] when it has two years or
    more ("Foo Summit 2030 and 2031" is no one year's)."""
    words = [w.lower().strip("\"“”‘’',:") for w in e.words()]
    years = [w for w in words if _YEAR.fullmatch(w)]
    return [w for w in words if w and w not in years] if len(years) <= 1 else []


def _twins(a: Entity, b: Entity) -> bool:
    """Whether two events share their event noun (last word) and another word, or
    one's name is the other's written shorter; not two years' events."""
    if _other_years(a, b):
        return False
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    if wa[-1] == wb[-1] and (set(wa[:-1]) & set(wb[:-1])) - _SMALL:
        return True
    return _written_shorter(wa, wb) or _written_shorter(wb, wa)


def _other_years(a: Entity, b: Entity) -> bool:
    ya = {w for w in a.words() if _YEAR.fullmatch(w)}
    yb = {w for w in b.words() if _YEAR.fullmatch(w)}
    return bool(ya and yb and ya != yb)


def _shorter_of(a: Entity, b: Entity) -> bool:
    """Whether event `a` is event `b` written shorter (_written_shorter), in its year."""
    return not _other_years(a, b) and _written_shorter(_words(a), _words(b))


def _written_shorter(short: list[str], long: list[str]) -> bool:
    """Whether the words `short` open `long` and what `long` adds names no other
    event: no event noun when `short` has one, only one when it has none ("kelby
    folk" of "kelby folk festival")."""
    if len(short) < 2 or len(long) <= len(short) or long[: len(short)] != short:
        return False
    added = [w for w in long[len(short) :] if w in _EVENT_NOUNS]
    if any(w in _EVENT_NOUNS for w in short):
        return not added
    return len(added) == 1 and len(long) == len(short) + 1


def _headline_tail(m, key: str) -> bool:
    """Whether the headline a mention stands in writes the last two or more words of
    the name `key` (a mention key), without its first word: "Young Carers' Festival"
    in the headline, "Kelby Young Carers' Festival" the body's name."""
    if m.block != _HEADLINE or not m.sentence:
        return False
    words = key.split()
    headline = f" {mention_key(m.sentence)} "
    return any(f" {' '.join(words[k:])} " in headline for k in range(1, len(words) - 1))


__all__ = ["merge_event_twins"]
