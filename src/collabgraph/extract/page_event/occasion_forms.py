"""More ways a page tells its occasion (page_event/occasions.py reads them).

- A visit made to open or sign something is the opening or the signing: "Jane
  Doe visited Foo Hospice to officially open its new Day Centre" is the official
  opening of the Day Centre, which Jane Doe opened and Foo Hospice hosted.
- An opening the page calls official ("officially opened", "the official
  opening of") is named so: "Official opening of Foo Hall"
  (`vocab/occasion_official_names.txt`, `occasion_official_words.txt`).
- "the centre's relaunch", "the hub's reopening": the place is the one the
  sentence names with that head ("Foo Community Centre").
- "Hospice's Day Centre" in a headline, "Foo Hospice" in the first sentences:
  the owner's full name ("Official opening of Foo Hospice's Day Centre").
- An occasion the first paragraphs do not tell may be told a few paragraphs on
  ("The memorandum was signed at Foo by Jane Doe and John Roe").
"""

from __future__ import annotations

import re

from collabgraph.extract import vocab
from collabgraph.extract.mentions.tokens import OPENING_QUOTES, is_cap, lower_word
from collabgraph.extract.page_event.told import (
    NAMES,
    OFFICIAL_NAMES,
    OPENED,
    VISITOR_TITLES,
    Told,
    fits,
    name_of,
    span_of,
    takers_of,
)

VERBS = vocab.table("occasion_verbs")
OFFICIAL = vocab.words("occasion_official_words")
_PURPOSE_DEPS = {"xcomp", "advcl", "ccomp"}
_HOST_CLIMB = 4
_SEEING = vocab.words("occasion_seeing_verbs")
_FROM_REACH = 8  # "Visit from the Minister for Housing and Planning": no longer
_HOSTS = OPENED | vocab.words("head_organisation") | vocab.words("head_project")
_LATER_PARAGRAPHS = 8  # how far into the page an occasion may first be told
_WELCOMED_TO = OPENED | {"project"}
_NOT_VISITED = vocab.words("board_words") | vocab.words("group_heads") | {"team", "role", "post"}


def visit_purpose(verb) -> Told | None:
    """ "Jane Doe visited Foo Hospice to open its Day Centre": the opening, not the
    visit. Jane Doe opened it; Foo Hospice (what was visited, when it is a name)
    hosted. When what was opened has no name ("to open a new hospital") the
    occasion is told unnamed, under the visit's name, for a later sentence to
    name ("the official opening of Foo Hospital")."""
    purpose = _purpose(
        verb, lambda c: c.pos_ == "VERB" and VERBS.get(lower_word(c)) not in {None, "visit"}
    )
    if purpose is None:
        return None
    kind = VERBS[lower_word(purpose)]
    visitors = [c for c in verb.children if c.dep_ == "nsubj"]
    visited = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if visited is None:  # "visited [Foo Hospice to open ...]", read as a clause
        visited = next((c for c in purpose.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in purpose.children if c.dep_ == "dobj"), None)
    takers = [s for t in visitors for s in takers_of(t)]
    hosts = []  # a body or building visited hosts; a region or town visited does not
    if visited is not None and is_cap(visited) and lower_word(visited) in _HOSTS:
        hosts = [span_of(visited)]
    if obj is not None and fits(kind, obj):
        return Told(kind, purpose.i, name_of(kind, obj), takers, hosts=hosts)
    if visited is None or not fits("visit", visited):
        return None
    return Told(kind, purpose.i, name_of("visit", visited), takers, hosts=hosts, named=False)


def _purpose(verb, wanted):
    """The clause "to <verb> ..." that says what a visit was for, when `wanted`
    accepts its verb: "visited Foo Hospice [to open ...]"; None otherwise."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in _PURPOSE_DEPS and wanted(c) and any(a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def visit_to_see(verb, subjects) -> Told | None:
    """ "Jane Doe, Minister for Communities, visited clubs in the area to see the work
    of the Foo Project": a visit to the Foo Project (which hosted it); "Minister's
    visit to the Foo Project" too, after the visitor's title
    (vocab/occasion_seeing_verbs.txt)."""
    purpose = _purpose(verb, lambda c: lower_word(c) in _SEEING)
    if purpose is None:
        return None
    place = next(
        (
            t
            for t in purpose.subtree
            if t.dep_ in {"dobj", "pobj"} and is_cap(t) and fits("visit", t)
        ),
        None,
    )
    if place is None:
        return None
    takers = [s for t in subjects for s in takers_of(t)]
    hosts = [span_of(place)] if lower_word(place) in _HOSTS else []
    name = name_of("visit", place)
    title = next(
        (
            t.text
            for s in subjects
            for t in s.subtree
            if is_cap(t) and lower_word(t) in VISITOR_TITLES
        ),
        None,
    )
    alias = f"{title}'s visit {name.split(' ', 1)[1]}" if title else None
    return Told("visit", verb.i, name, takers, alias=alias, hosts=hosts)


def visit_from(tok, visitor) -> Told | None:
    """ "Visit from Minister for Housing" opening a headline or a sentence, no
    place said: the visit named as written, after whoever made it (a name or a
    title), who took part."""
    words = [t for t in visitor.subtree]
    if not any(is_cap(t) for t in words) or words[-1].i - tok.i > _FROM_REACH:
        return None
    name = " ".join(tok.doc[tok.i : words[-1].i + 1].text.split())
    return Told("visit", tok.i, name[:1].upper() + name[1:], takers_of(visitor))


def visitor_named(name: str, sents) -> tuple[int, tuple[int, int], list] | None:
    """ "Visit from Minister for Housing", then "Foo Trust was delighted to meet
    with Minister for Housing Jane Doe MLA": (block, the span of the name after
    the title, the spans of who met the visitor, the host). None when no sentence
    names the visitor after the title."""
    title = name.split()[2:] if name.lower().startswith("visit from ") else []
    if not title:
        return None
    low = [w.lower() for w in title]
    for block, sent in sents:
        words = [t.lower_ for t in sent]
        for k in range(len(words) - len(low)):
            end = sent.start + k + len(low)
            if words[k : k + len(low)] != low or end >= sent.end or not is_cap(sent.doc[end]):
                continue
            stop = end
            while stop < sent.end and is_cap(sent.doc[stop]):
                stop += 1
            head, hosts = sent.doc[sent.start + k], []
            for _ in range(_HOST_CLIMB):  # "Foo Trust was delighted to meet with ..."
                head = head.head
                hosts = [span_of(c) for c in head.children if c.dep_ == "nsubj" and is_cap(c)]
                if hosts or head.dep_ == "ROOT":
                    break
            return block, (end, stop), hosts
    return None


def official(told: Told, doc) -> Told:
    """The occasion named as official when the page calls it so: "officially
    opens", "the official opening of", "to officially open"."""
    if told.kind not in OFFICIAL_NAMES or not told.name.startswith(NAMES[told.kind]):
        return told
    tok = doc[told.anchor]
    near = [c for c in tok.children if c.dep_ in {"advmod", "amod"}]
    near += [doc[tok.i - 1]] if tok.i > 0 else []
    if any(lower_word(t) in OFFICIAL for t in near):
        told.name = OFFICIAL_NAMES[told.kind] + told.name[len(NAMES[told.kind]) :]
    return told


def named_head(tok):
    """ "the centre" where the sentence names "Foo Community Centre": that name's
    head; None when the sentence names none with that head."""
    if is_cap(tok):
        return tok
    low = lower_word(tok)
    for t in tok.sent:
        fits_head = t.i not in {tok.i, t.sent.start} and lower_word(t) == low
        if fits_head and is_cap(t) and is_cap(t.doc[t.i - 1]):
            return t
    return None


_OWNED = re.compile(r"^(?P<lead>.*? of (?:the )?)(?P<owner>[A-Z][\w-]*)(?P<rest>['’]s .+)$")


def fuller_owner(name: str, sents) -> str | None:
    """ "Official opening of Hospice’s Day Centre" when the page names "Foo Hospice":
    "Official opening of Foo Hospice’s Day Centre". None when no longer name."""
    m = _OWNED.match(name)
    if m is None:
        return None
    owner = m.group("owner")
    best = None
    for sent in sents:
        for t in sent:
            if t.text != owner or t.i == sent.start or not is_cap(t.doc[t.i - 1]):
                continue
            start = t.i
            while start > sent.start and is_cap(t.doc[start - 1]):
                start -= 1
            run = t.doc[start : t.i + 1].text
            if best is None or len(run) > len(best):
                best = run
    if best is None:
        return None
    return f"{m.group('lead')}{best}{m.group('rest')}"


def told_plainly(told: Told, sent) -> bool:
    """Whether an occasion told past the first paragraphs is one the page reports:
    an opening or signing of something named ("the Memorandum of Agreement",
    "the Foo Centre"), outside a quotation; not a visit ("The Minister also
    visited ..."), nor "I'm pleased to sign this agreement"."""
    if told.kind == "visit" or not told.named:
        return False
    if any(t.text in OPENING_QUOTES for t in sent.doc[sent.start : told.anchor]):
        return False
    if sent.doc.text.lstrip()[:1] in OPENING_QUOTES:
        return False
    what = told.name[len(NAMES[told.kind]) :].split()
    return any(w[:1].isupper() for w in what)


def later_sentences(layout, docs: list, body: list[int]) -> list:
    """(block, sentence) pairs of the paragraphs after the first ones, a few on."""
    later = []
    for n, block in enumerate(layout.blocks):
        if block.section != 0 or block.kind != "para" or (body and n <= max(body)):
            continue
        later += [(n, s) for s in docs[n].sents]
        if len({b for b, _ in later}) >= _LATER_PARAGRAPHS:
            break
    return later


def welcomed(verb) -> Told | None:
    """ "Foo Trust welcomed the Minister, Jane Doe, to the Foo Hub", "we were delighted
    to welcome Jane Doe MP to Foo Trust": a visit to the Foo Hub, Foo Trust; Jane Doe
    visited and Foo Trust hosted. A visit only when the guest has a visitor's title
    (vocab/occasion_visitor_titles.txt) or the place is a building, not a board or
    a team ("welcomed Jane Doe to the board")."""
    guests = [c for c in verb.children if c.dep_ == "dobj"]
    heads = [verb, *guests]  # the parse may hang "to" from the guest
    place = next((g for h in heads for c in h.children if c.lower_ == "to" for g in pobjs(c)), None)
    if not guests or place is None or not fits("visit", place):
        return None
    if lower_word(place) in _NOT_VISITED:
        return None
    titled = any(lower_word(t) in VISITOR_TITLES for g in guests for t in g.subtree)
    if lower_word(place) not in _WELCOMED_TO and not titled:
        return None
    hosts = [span_of(c) for c in verb.children if c.dep_ == "nsubj" and is_cap(c)]
    takers = [s for g in guests for s in takers_of(g)]
    return Told("visit", verb.i, name_of("visit", place), takers, hosts=hosts)


def pobjs(prep) -> list:
    return [g for g in prep.children if g.dep_ == "pobj"]
