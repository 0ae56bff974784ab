"""The page's own organisation, and the posts named with no organisation that are at it
("deputy chairman Jane Doe", "Trust chair Jane Doe").

The page's own organisation is the one whose event the page is about, else its publisher
(its author, or the body its address is named after), else the body its headline names,
else the one it names most often; a councillor's or a clerk's post is at the council when
the page names only one or is its own (`place_posts`, run once every mention is resolved).
"""

from __future__ import annotations

import re
from collections import Counter

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.context import DocumentContext
from collabgraph.extract.council_papers import paper_home
from collabgraph.extract.entity_names import local_council
from collabgraph.extract.meeting_pages import body_in_title_meeting, meeting_body
from collabgraph.extract.mentions import Mention
from collabgraph.extract.page_event.headlines import labelled
from collabgraph.extract.page_only_body import a_paper, is_sentence, named_as_body
from collabgraph.extract.page_speaker import opening_mention
from collabgraph.extract.page_voice import headline_body
from collabgraph.extract.story_bodies import paragraph_subject, post_kinds, said_ours

_BOARD_WORDS = vocab.words("board_words")  # a board's words in a seat's name
_UNIVERSITY_WORDS = vocab.words("university_words")  # where a vice-chancellor is
_STAFF_HOMES = {"page", "staff", "university"}  # posts at the body named nearest, at worst
# a post given as a field line ("Chair: Jo Tern", "Vice-chair – Ada Foss"): a seat on the
# body the page speaks for, not on the one its prose named last before the list
_FIELD_LINE = re.compile(r"[A-Z][A-Za-z-]*(?: [a-z-]+){0,3}\s*(?::|\s[-–—])\s+\S")


def place_posts(ctx: DocumentContext, by_mention: dict, items: frozenset[int], docs=()) -> None:
    """Posts named with no organisation ("deputy chairman Jane Doe", "Trust chair Jane Doe") are
    at the page's own organisation: the one whose event the page is about, else its publisher,
    else the one it names most often (at least twice, and more than any other), else the one it
    announces a new post at ("A new chief executive has been appointed at Foo Trust"), as is a
    staff post said "our"; a councillor's post (or a clerk's) is at the council, when the page
    names only one or is its own. A post placed at a body already is not again (`_posts_held`).
    A post noted ("page", id) falls back to that mention's organisation; with no page body, a
    board, chief executive or staff post is at the body named just before its holder (one on a
    board's roll or a field line, "Chair: Jo Tern", first at the body the page's first sentences
    open with: the prose before such a list names grantees and partners); one on a board's roll
    ("roll") never at a council. `by_mention`: mention id -> entity; `items`: list
    items' block numbers; `docs`: Docs by block."""
    if not ctx.unplaced_posts:
        return
    from collabgraph.extract.rules.civic_posts import body_of_place, department_of, government_of
    from collabgraph.extract.rules.post_kinds import post_relations

    meeting = meeting_body(ctx, by_mention, docs)  # "Minutes of the AGM of Foo Association"
    page = meeting or own_organisation(ctx, by_mention, docs)
    own_council = page if page is not None and local_council(page.text) else None  # of several
    homes = {"page": page, "council": _only_one(ctx, by_mention, local_council) or own_council}
    homes["staff"] = _staff_home(ctx, by_mention, homes["page"])
    homes["university"] = _only_one(ctx, by_mention, _university) or homes["staff"]
    homes["club"] = homes["page"] or _only_one(ctx, by_mention, _club)  # "Club secretary Jo Tern"
    homes["board"] = homes["page"]  # "Our board is chaired by Jo Tern": nowhere else
    homes["officer"] = _officers_home(ctx, by_mention, homes["club"])
    held = _posts_held(ctx, by_mention)
    owners = (ctx.page_org(), _page_event_owner(ctx, by_mention), meeting)  # none: "Foo – AGM"
    in_title = body_in_title_meeting(ctx) and all(o is None for o in owners)  # `meeting_seats`
    # no page organisation: officers sit where the seats the page names are placed
    seated = any(h == "page" and post_relations(r, None)[0] == "MEMBER_OF"
                 for _, r, _, h in ctx.unplaced_posts)  # fmt: skip
    for person, role, evidence, kind in ctx.unplaced_posts:
        if (id(by_mention.get(person)), role.lower()) in held:
            continue  # "Foo Council, where youth lead Jane Doe ...": the post is placed
        if kind == "meeting" or (in_title and kind in {"page", "officer", "club", "roll"}):
            continue  # a member on a record's "Present:" list: `meeting_seats` places it
        home, fallback = (kind, None) if isinstance(kind, str) else kind
        home = "page" if home == "staff" and said_ours(role, evidence) else home
        home = paper_home(home, evidence, homes["council"], ctx, by_mention, person)
        roll, home = home == "roll", "page" if home == "roll" else home  # `board_rolls`
        if home in {"place", "department"}:  # "the Mayor of Kelby": Kelby's council, if named
            bodies = [ctx.mentions[m] for m in _organisations(ctx, by_mention)[1].values()]
            find = body_of_place if home == "place" else department_of
            org = find(fallback, role, bodies) if home == "place" else find(fallback, bodies)
            if org is None and home == "department":
                org = government_of(bodies)  # "Minister for Housing": the Northland Government
            if org is not None:
                rels = ("WORKS_FOR",)
                ctx.relate(person, rels, org.id, evidence=evidence, role=role, confidence=0.55)
            continue
        org = homes["page" if home == "staff" and labelled(evidence) else home]  # "Staff: Jo"
        if org is None and fallback is not None:
            org = ctx.mentions[fallback]  # ("page", id): "CEO of the trust", no page organisation
        if org is None and (home in _STAFF_HOMES or (home == "officer" and seated)):
            kinds = post_kinds(role, _BOARD_WORDS)
            if roll or _FIELD_LINE.match(evidence):  # "Chair: Jo Tern" under the story's prose
                org = _opening_subject(ctx, by_mention, kinds, docs)
            if org is None:
                org = _named_just_before(ctx, by_mention, ctx.mentions[person], kinds, items, docs)
            if org is None and home in _STAFF_HOMES:  # "Foo Players have won ..."
                org = paragraph_subject(ctx, by_mention, ctx.mentions[person], kinds, docs)
            if org is None and home in _STAFF_HOMES:  # "Foo Transport has extended"
                org = _opening_subject(ctx, by_mention, kinds, docs)
        at_council = home != "council" and org is not None and local_council(org.text)
        if at_council and (roll or not _councillor(by_mention.get(person))):
            continue  # "Our chair, Jo Tern" on a page naming Foo Council most
        if org is not None:
            rels = post_relations(role, org, board=roll or home in {"officer", "club", "board"})
            ctx.relate(person, rels, org.id, evidence=evidence, role=role, confidence=0.55)


_COUNCILLOR = ("cllr", "councillor")


def _councillor(person) -> bool:
    """Whether a person is written with a councillor's style ("Cllr Jo Tern"): only such a
    person's post falls back to a local council taken as the page's own body. A chair, secretary
    or lead named alone on a page that names a council most is more often the page's unnamed
    group's (a residents' association's minutes): tune halves, 6 wrong of 6 (`place_posts`)."""
    titles = [person.title] + [m.title for m in person.mentions] if person else []
    return any((t or "").lower().startswith(_COUNCILLOR) for t in titles)


def _posts_held(ctx: DocumentContext, by_mention: dict) -> set[tuple[int, str]]:
    """(person entity id, lower-case post) of each post a rule placed at a body (not at a
    programme: "Director, Foo Programme" is at the page's body too), and of the post's last word
    ("Foo's parliamentary officer, Jane Doe": "officer" is held)."""
    at = [(by_mention.get(c.source), c.role, by_mention.get(c.target)) for c in ctx.candidates]
    held = [(id(p), r.lower()) for p, r, o in at if p and r and o and o.type == "Organisation"]
    return set(held) | {(p, r.split()[-1]) for p, r in held if r.split()}


def _officers_home(ctx: DocumentContext, by_mention: dict, page: Mention | None) -> Mention | None:
    """Where a secretary or treasurer named with no organisation sits: on the board of the
    page's own organisation when it names a seat there too ("Jane Doe (Chair), John Roe
    (Secretary)"), else nowhere ("John Roe, Secretary, said": a post anywhere)."""
    from collabgraph.extract.rules.post_kinds import post_relations

    if page is None:
        return None
    own = by_mention.get(page.id)
    seats = [role for _, role, _, home in ctx.unplaced_posts if home == "page"]
    seats += [c.role for c in ctx.candidates if by_mention.get(c.target) is own]
    if any(role and post_relations(role, None)[0] == "MEMBER_OF" for role in seats):
        return page
    return None


def _staff_home(ctx: DocumentContext, by_mention: dict, page: Mention | None) -> Mention | None:
    """Where a staff post named with no organisation is held: the page's own organisation,
    unless the page says it funds someone: then the people quoted are more likely the
    grantees' ("Jane Doe, project manager, said: 'We're delighted'"; not its roll)."""
    if page is None:
        return None
    own = by_mention.get(page.id)
    for c in ctx.candidates:
        if "FUNDED" in c.relations and by_mention.get(c.source) is own:
            return None
    return page


def _opening_subject(ctx: DocumentContext, by_mention: dict, kinds, docs) -> Mention | None:
    """The body the story's first sentences open with as subject, alone ("Foo Transport
    has extended its service ... The charity's manager, Jo Tern, said"), when nothing
    nearer says where a post is held; not a local council (its posts are placed as a
    council's), nor a body whose last word is not the kind the post names ("partnership
    coordinator": `kinds`)."""
    m = opening_mention(ctx, docs, ctx.type_of, lambda m: id(by_mention.get(m.id)))
    if m is None or local_council(m.text):
        return None
    return m if not kinds or m.text.lower().split()[-1] in kinds else None


_NEAR = 3  # sentences back a post's body may be named


def _named_just_before(
    ctx: DocumentContext,
    by_mention: dict,
    person: Mention,
    kinds: set[str],
    items: frozenset[int],
    docs=(),
) -> Mention | None:
    """The organisation named last before a person, in their sentence or the few before it: "John
    Roe, chair of Foo Trust, said ... Jane Doe, chief executive, said": where a post named with
    no organisation is held when the page has no organisation of its own. Not a local council
    (its posts are placed as a council's); not when the post names a kind of body the
    organisation's name does not end in (`kinds`, `story_bodies.post_kinds`: "partnership
    coordinator", "network manager"). Not from another item of a list ("- Foo Trust, for ...",
    then "Jane Doe – Director"): that item's body is not the next line's. A body named in an
    earlier sentence is not where the post is held when that sentence names it only in passing
    ("The group, run by Foo Centre, ... Director Jane Doe said", "The race raises money for Foo
    Mind. Race director Jane Doe") or in a list ("Partners: A; B; C", then "Coordinator: Jane
    Doe"): `_subject`."""
    for m in reversed(ctx.mentions[: person.id]):
        if m.sent < person.sent - _NEAR:
            return None
        e = by_mention.get(m.id)
        if e is None or e.type != "Organisation" or m.synthetic or local_council(m.text):
            continue
        if m.block != person.block and m.block in items:
            return None  # another item's body; items naming none are passed over
        if m.sent != person.sent and not _subject(docs, m):
            return None
        return m if not kinds or m.text.lower().split()[-1] in kinds else None
    return None


_IN_PASSING = {"by", "for", "with", "from"}  # "run by Foo", "for Foo", "£500 from Foo"
_ORGANISED_BY = vocab.words("by_verbs_organiser")  # "It was organised by Foo": the page's body


def _subject(docs, m: Mention) -> bool:
    """Whether a mention is what its sentence is about, not a body named in passing after "by",
    "for", "with" or "from" (`_IN_PASSING`: "also received £500 from Foo", "built by
    apprentices from Foo"), nor one of a list of names (True when its Doc is not given). The
    agent of a sentence's own organising verb is not in passing ("It was organised by Foo CVS";
    not "The choir, run by Foo, ...")."""
    if m.block >= len(docs) or not m.start < m.end <= len(docs[m.block]):
        return not docs
    root = docs[m.block][m.start : m.end].root
    if root.dep_ == "conj" or m.listed_with:
        return False
    if root.dep_ == "pobj" and root.head.lower_ == "by":
        verb = root.head.head
        return verb.dep_ == "ROOT" and verb.lower_ in _ORGANISED_BY
    return not (root.dep_ == "pobj" and root.head.lower_ in _IN_PASSING)


def _organisations(ctx: DocumentContext, by_mention: dict) -> tuple[Counter, dict[int, int]]:
    """How often each organisation entity is named in the page itself, and where first."""
    counts: Counter = Counter()
    first: dict[int, int] = {}
    for m in ctx.mentions:
        e = by_mention.get(m.id)
        if e is None or e.type != "Organisation" or m.section != 0 or m.synthetic:
            continue
        counts[id(e)] += 1
        first.setdefault(id(e), m.id)
    return counts, first


_THE_WORD = re.compile(r"\b[Tt]he ([A-Z][a-z]+)\b(?! of\b| [A-Z&])")  # not "the Council of X"


def _count_back_references(ctx: DocumentContext, counts: Counter, first: dict) -> None:
    """ "the Trust", "the Hospice": a body's head word, capitalised after "the", names
    again the one body the page names in full with that last word; each counts."""
    last = {}
    for e, m in first.items():
        word = ctx.mentions[m].text.split()[-1].lower()
        if len(ctx.mentions[m].text.split()) >= 2 and word in lx.ANY_ORG_HEADS:
            last.setdefault(word, []).append(e)
    for sentence in ctx.sentences:
        for word in _THE_WORD.findall(sentence):
            bodies = last.get(word.lower(), [])
            if len(bodies) == 1:
                counts[bodies[0]] += 1


def own_organisation(ctx: DocumentContext, by_mention: dict, docs=()) -> Mention | None:
    """The page's own organisation (`place_posts`): a mention or None. With `docs` (Docs
    by block) a headline names it on a page not speaking as "we" (not "Minibus ...")."""
    owner = _page_event_owner(ctx, by_mention)
    if owner is not None:
        return owner
    own = ctx.page_org()  # the page's publisher: its author, or the body its address names
    if own is None:
        own = ctx.event_org  # "Our webinar was hosted by Foo": page_voice.event_owner
    if own is None and docs and not is_sentence(docs[0]):  # not "Foo Council has ...".
        head = headline_body(ctx, docs)  # "Foo Trust | News"
        own = head if head is not None and named_as_body(ctx.mentions[head]) else None
    if own is not None:
        e = by_mention.get(own)
        if e is not None and e.type == "Organisation" and not a_paper(ctx.mentions[own]):
            return ctx.mentions[own]
    counts, first = _organisations(ctx, by_mention)
    _count_back_references(ctx, counts, first)
    ranked = [*counts.most_common(2), (None, 0)]
    if ranked[0][1] < 2 or ranked[1][1] == ranked[0][1]:
        # none named most: the body it announces a post at ("we"'s is `ctx.page_org()`, above)
        return ctx.mentions[ctx.post_announcer] if ctx.post_announcer is not None else None
    return ctx.mentions[first[ranked[0][0]]]


def _only_one(ctx: DocumentContext, by_mention: dict, keep) -> Mention | None:
    """The one organisation the page names whose name `keep` accepts, if only one."""
    counts, first = _organisations(ctx, by_mention)
    found = [ctx.mentions[first[e]] for e in counts if keep(ctx.mentions[first[e]].text)]
    return found[0] if len(found) == 1 else None


def _club(name: str) -> bool:  # "Foo Lions", "Foo Cycling Club": its last word a club's
    return name.lower().split()[-1] in lx.CLUB_HEADS | {"club"}


def _university(name: str) -> bool:
    return bool(_UNIVERSITY_WORDS & set(name.lower().split()))


def _page_event_owner(ctx: DocumentContext, by_mention: dict) -> Mention | None:
    """The organisation that organised the page's own event, when the page says."""
    if ctx.page_event is None:
        return None
    for c in ctx.candidates:
        if c.target == ctx.page_event and c.relations == ("ORGANISED",):
            e = by_mention.get(c.source)
            if e is not None and e.type == "Organisation":
                return ctx.mentions[c.source]
    return None
