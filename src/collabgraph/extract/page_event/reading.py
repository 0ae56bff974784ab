"""The page's event in the reading: its mention, and where sentences name it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from collabgraph.extract.context import DocumentContext
from collabgraph.extract.lexicon import GENERIC_BODY_NOUNS
from collabgraph.extract.mention_keys import mention_key
from collabgraph.extract.mentions import Mention
from collabgraph.extract.page_event.phrase_heads import MODIFIERS
from collabgraph.extract.written_dates import YEAR


@dataclass
class PageEvent:
    """The event a page is about, before it becomes a mention."""

    name: str
    aliases: list[str] = field(default_factory=list)
    date: str | None = None
    owner: str | None = None  # the organiser's name as written ("Foo")
    spans: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # block -> spans
    owner_spans: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    # block -> (start, end, role): who took part ("Jane Doe visited ...": visitor)
    taker_spans: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)
    evidence: str = ""
    ours: bool = False  # "our AGM": named after the page's organisation (name_after_page)
    ours_noun: str | None = None  # "the trust's AGM": the page's organisation if a trust


def add_page_event(ctx: DocumentContext, event: PageEvent, *, section: int = 0) -> int:
    """The page's event as the document's main event; returns its mention id."""
    first_block = min(event.spans) if event.spans else 0
    m = ctx.add(
        Mention(
            id=-1,
            text=event.name,
            title=None,
            block=first_block,
            section=section,
            sent=-1,
            start=0,
            end=0,
            votes=Counter({"Event": 8}),
            surface=event.name,
            synthetic="page event",
        )
    )
    m.sentence = event.evidence
    m.date = event.date
    ctx.aliases.setdefault(m.id, []).extend(event.aliases)
    ctx.main["Event"] = m.id
    ctx.set_focus(section, "Event", m.id)
    ctx.page_event = m.id
    return m.id


def claim(
    ctx: DocumentContext, event: PageEvent, block: int, sent, sent_no: int, mentions: list[Mention]
) -> tuple[list[Mention], list[Mention], list[tuple[Mention, str]]]:
    """A sentence's mentions with the page's event where the page names it: the
    pieces the mention finder cut it into ("Health and Social Care", "Social
    Care") give way to one mention of the event. Returns the mentions, those
    of the event's owner ("Foo's Annual General Meeting"), who organised it, and
    (mention, role) for those the page says took part ("Jane Doe visited ...")."""
    if ctx.page_event is None:
        return mentions, [], []
    spans = [s for s in event.spans.get(block, ()) if sent.start <= s[0] < sent.end]
    aliases = {mention_key(a) for a in event.aliases}
    anchor = ctx.mentions[ctx.page_event]
    kept = [m for m in mentions if not any(m.start < e and s < m.end for s, e in spans)]
    for m in kept:  # "the AGM", "Annual Members Meeting": the page's event by another name
        if mention_key(m.text) in aliases:
            m.text = event.name
            m.votes = Counter({"Event": 8})
        elif _names_again(_year_dropped(m.text, event, ctx.published), event, aliases):
            # "the 2031 Members Conference" for "Foo's Members Conference" (2031)
            ctx.aliases.setdefault(ctx.page_event, []).append(m.text)
            m.text = event.name
            m.votes = Counter({"Event": 8})
        elif _unqualified(m.text) in aliases | {mention_key(event.name)}:
            # "Inaugural Foo Summit" for "the Foo Summit": the same event, another form
            ctx.aliases.setdefault(ctx.page_event, []).append(m.text)
            m.text = event.name
            m.votes = Counter({"Event": 8})
    for s, e in spans:
        m = Mention(
            id=-1,
            text=event.name,
            title=None,
            block=block,
            section=anchor.section,
            sent=sent_no,
            start=s,
            end=e,
            votes=Counter({"Event": 8}),
            surface=sent.doc[s:e].text,
            synthetic="page event",
        )
        kept.append(m)
    kept.sort(key=lambda m: m.start)
    owners = [
        m
        for s, e in event.owner_spans.get(block, ())
        if sent.start <= s < sent.end
        for m in kept
        if m.start < e and s < m.end
    ]
    for m in owners:  # who holds an AGM is a body, unless the name says a person
        if m.votes.get("Person", 0) < _PERSON_VOTES:
            m.votes["Organisation"] += _HOLDER_VOTES
    takers = [
        (m, role)
        for s, e, role in event.taker_spans.get(block, ())
        if sent.start <= s < sent.end
        for m in kept
        if m.start < e and s < m.end and m.synthetic != "page event"
    ]
    return kept, owners, takers


def relate_claims(
    ctx: DocumentContext, owners: list[Mention], takers: list[tuple[Mention, str]], evidence: str
) -> None:
    """What `claim` found, once its mentions are in the context: each owner
    ORGANISED the page's event ("Foo's AGM"), each taker PARTICIPATED_IN it with
    its role ("Jane Doe visited Foo Hub": visitor)."""
    for owner in owners:
        ctx.relate(owner.id, "ORGANISED", ctx.page_event, evidence=evidence, confidence=0.7)
    for taker, role in takers:
        event = ctx.page_event
        ctx.relate(taker.id, "PARTICIPATED_IN", event, evidence=evidence, role=role, confidence=0.7)


def _unqualified(text: str) -> str:
    """A name's key without the words before it that only qualify an event
    ("Inaugural", "the first", "Our latest": vocab/event_modifiers.txt, "drop");
    "" when none do, so that a name never matches itself this way."""
    words = text.split()
    k = 0
    while k < len(words) - 1 and (
        words[k].lower() in _ARTICLES or MODIFIERS.get(words[k].lower()) == "drop"
    ):
        k += 1
    if not any(MODIFIERS.get(w.lower()) == "drop" for w in words[:k]):
        return ""
    return mention_key(" ".join(words[k:]))


def _year_dropped(text: str, event: PageEvent, published: str | None) -> str:
    """A name's key without the year that opens or closes it ("2031 Members
    Conference", "Members Conference 2031"), when that year is the page event's
    (its date's or its name's; the page's publication year when it has neither,
    any year when the page gives none); "" otherwise, and for a name of one word
    once the year is gone."""
    words = text.split()
    if len(words) < 3:
        return ""
    if YEAR.fullmatch(words[0]):
        year, rest = words[0], words[1:]
    elif YEAR.fullmatch(words[-1]):
        year, rest = words[-1], words[:-1]
    else:
        return ""
    known = [w for w in event.name.split() if YEAR.fullmatch(w)] or [
        d[:4] for d in (event.date, published) if d and YEAR.fullmatch(d[:4])
    ]
    if known and known[0] != year:
        return ""
    return mention_key(" ".join(rest))


def _names_again(key: str, event: PageEvent, aliases: set[str]) -> bool:
    """Whether a name's key without its year (`_year_dropped`) names the page's
    event: one of its forms, or the end of its name ("members conference" of
    "Foo Members Conference 2031")."""
    if not key:
        return False
    own = mention_key(" ".join(w for w in event.name.split() if not YEAR.fullmatch(w)))
    return key in aliases or own == key or own.endswith(" " + key)


_ARTICLES = {"the", "our", "its", "their", "this"}
_PERSON_VOTES = 3
_HOLDER_VOTES = 3


def name_after_page(ctx: DocumentContext, event: PageEvent) -> None:
    """ "our AGM" once the page is read: "<the page's organisation> AGM", which
    organised it; the name as written when the page does not say whose it is."""
    if not event.ours or ctx.page_event is None:
        return
    org = ctx.page_org(0)
    if org is None or not _called(ctx.mentions[org].text, event.ours_noun):
        return
    words = event.aliases[0] if event.aliases else event.name
    name = f"{ctx.mentions[org].text} {words}"
    for m in ctx.mentions:
        if m.synthetic == "page event" and m.text == event.name:
            m.text = name
    ctx.aliases.setdefault(ctx.page_event, []).append(event.name)
    ctx.relate(org, "ORGANISED", ctx.page_event, evidence=event.evidence, confidence=0.6)


def _called(name: str, noun: str | None) -> bool:
    """Whether the page's organisation can be what "the <noun>'s" refers to: any
    body for "the organisation's" (vocab/body_generic_nouns.txt), one whose name
    ends with the noun for "the trust's"; any for "our"."""
    if noun is None or noun in GENERIC_BODY_NOUNS:
        return True
    return name.lower().replace("’", "'").split()[-1:] == [noun]
