"""Whole-document reading: what the page's title, header fields and byline say.

Blocks that are not prose are read here, before and beside the sentence rules:
the byline ("By Ruth Lee, Programme Manager, Northtown Hubs": `bylines`), header fields
("Event: X", "Venue: Y"), and a title that names what the page is about
("Webinar recap: X", "Report launch: X").
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlparse

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.bylines import plain_mention, read_byline
from collabgraph.extract.context import DocumentContext
from collabgraph.extract.layout import Block, Layout
from collabgraph.extract.mention_keys import mention_key
from collabgraph.extract.mentions import Mention, head_kind
from collabgraph.extract.mentions.tokens import site_letters

SUBJECT_FIELDS = vocab.table("meta_subjects")
PLACE_FIELDS = vocab.words("meta_place_fields")
_FIELD_SENTENCES = vocab.table("meta_sentences")


def read_whole(ctx: DocumentContext, block: Block, block_no: int, layout: Layout) -> bool:
    """Read a byline, a subject field ("Event: X") or a title naming the page's
    subject ("Webinar recap: X") whole; False for blocks read sentence by sentence."""
    if block.kind == "byline":
        read_byline(ctx, block, block_no)
        return True
    if block.kind == "meta" and (block.key or "") in SUBJECT_FIELDS:
        read_title_field(ctx, block, block_no, layout)
        return True
    return block.kind == "title" and titled_subject(ctx, block, block_no)


def subject_in_header(layout: Layout) -> bool:
    """True when a header field ("Event: X") or the title ("Webinar recap: X")
    already says what the page is about."""
    for block in layout.blocks:
        if block.kind == "meta" and (block.key or "") in SUBJECT_FIELDS:
            return True
        if block.kind == "title" and any(p.match(block.text.strip()) for p, _ in _TITLE_SUBJECT):
            return True
    return False


def read_place_field(
    ctx: DocumentContext, block: Block, mentions: list[Mention], evidence: str
) -> None:
    """ "Venue: Market Hall, Northtown": the page's event (or project) is located there
    (not in a street the field names beside other places)."""
    if block.key not in PLACE_FIELDS:
        return
    owner = ctx.main.get("Event", ctx.main.get("Project"))  # mention 0 is an owner too
    places = [m for m in mentions if ctx.type_of(m) == "Place"]
    for m in places:
        if owner is not None and not (len(places) > 1 and _street(m)):
            ctx.relate(owner, "LOCATED_IN", m.id, evidence=evidence, confidence=0.8)


_STREET_HEADS = vocab.words("place_street_heads")


def _street(m: Mention) -> bool:
    """ "Castle Street" in "Where: Marlow Library, Castle Street, Marlow Vale": a line
    of the address between the venue and the town, not where the event is said to be
    (`vocab/place_street_heads.txt`)."""
    return m.text.split()[-1].lower() in _STREET_HEADS


def vote_field_places(block: Block, doc, mentions: list[Mention]) -> None:
    """ "Venue: Marsh Lane Community Centre, Dalby": a name in a field saying where,
    that nothing but the recogniser types, is a place (kept in the heading-like field);
    not one in brackets after it ("(Kelby Trust)", who owns the place)."""
    if block.kind != "meta" or block.key not in PLACE_FIELDS:
        return
    for m in mentions:
        bracketed = m.start > 0 and doc[m.start - 1].text == "("
        if not bracketed and sum(m.votes.values()) == (m.ner_vote[1] if m.ner_vote else 0):
            m.votes["Place"] += 3  # enough to keep a name only a field gives


def block_text(block: Block) -> str:
    """The text spaCy reads for a block: a header field as a sentence ("Held in X")."""
    if block.kind != "meta":
        return block.text
    key = block.key or ""
    if key in SUBJECT_FIELDS:
        return block.text
    if key.endswith(" by"):
        return f"{key.capitalize()} {block.text}"
    lead = _FIELD_SENTENCES.get(key)
    return f"{lead} {block.text}" if lead else block.text


_AFTER_LAUNCHED = ("at", "in", "on", "by", "today", "this", "last", "with", "to", "for", "as")
_TITLE_LAUNCH = (
    re.compile(r"(?i)^(?:[\w'’ -]{0,30}?\s)?launch(?:ed|es)?\s*[:\-–—]\s*(?P<x>.+)$"),
    re.compile(r"(?i)^launch(?:ing)?\s+(?:of\s+)?(?:the\s+|our\s+)?(?P<x>.+)$"),
    # "Foo Report launched at Dale Hall", "Foo Guide is launched"; not "Kelby Council
    # launches Foo Strategy": an object after the verb, so the subject did the launching
    re.compile(
        r"(?i)^(?:the\s+)?(?P<x>.+?)\s+(?:(?:is|has\s+been|was)\s+launched"
        r"|launched(?=\s*$|\s+(?:%s)\b))(?:\s.*)?$" % "|".join(_AFTER_LAUNCHED)
    ),
)


def read_title_field(ctx: DocumentContext, block: Block, block_no: int, layout: Layout) -> None:
    """ "Event: Harvest Summit", "Title: X": the page is about X, of the field's type."""
    key = block.key or "title"
    value = block.text.strip().strip("\"“”'‘’")
    kind = SUBJECT_FIELDS.get(key, "Report")
    words = value.lower().rstrip(".").split()
    if key == "title" and words:
        head = head_kind(words[-1])[0]
        if head in {"Event", "Project"}:
            kind = head
    m = ctx.add(plain_mention(value, block, block_no, Counter({kind: 6})))
    m.sentence = f"{key.capitalize()}: {value}"
    ctx.main.setdefault(kind, m.id)
    ctx.set_focus(block.section, kind, m.id)
    if kind == "Report" and ctx.published:
        m.date = ctx.published


_TITLE_SUBJECT = (
    (
        re.compile(
            r"(?i)^(?P<kind>%s)\s+(?:%s)\s*[:\-–—|]\s*(?P<x>.+)$"
            % (
                "|".join(map(re.escape, vocab.ordered("title_event_words"))),
                lx.RECAP_WORDS.pattern,
            )
        ),
        "Event",
    ),
    (
        re.compile(
            r"(?i)^(?:new\s+)?(?:%s)\s*[:\-–—|]\s*(?P<x>.+)$"
            % "|".join(map(re.escape, vocab.ordered("title_report_words")))
        ),
        "Report",
    ),
)


def _written_up_event(name: str) -> str | None:
    """ "Report: Kelby Volunteering Conference 2026": a write-up of an event, when
    the name's last word (a year aside) is a strong event head (vocab/head_event_strong.txt)."""
    words = [w for w in re.findall(r"[\w'-]+", name.lower()) if not w.isdigit()]
    if words and head_kind(words[-1]) == ("Event", 3):
        return "Event"
    return None


def _topic_named(name: str, kind_word: str | None) -> str:
    """ "Webinar round-up: social prescribing at work": an event told by its topic in
    lower case, not by a title, is named as the page describes it, the topic and the
    kind of event ("Social prescribing at work webinar"); a title stays as written."""
    if not kind_word or kind_word.lower() == "event" or not name[:1].islower():
        return name
    return f"{name[:1].upper()}{name[1:]} {kind_word.lower()}"


def titled_subject(ctx: DocumentContext, block: Block, block_no: int) -> bool:
    """ "Webinar recap: X", "Event report: X", "Report: X": the title names the
    event or report the document is about, whole."""
    for pattern, kind in _TITLE_SUBJECT:
        match = pattern.match(block.text.strip())
        if not match:
            continue
        name = match.group("x").strip().strip("\"“”'‘’.")
        if not name or len(name.split()) > 15:
            return False
        kind = _written_up_event(name) or kind
        kind_word = match.groupdict().get("kind")
        topic = name
        name = _topic_named(name, kind_word)
        m = ctx.add(plain_mention(name, block, block_no, Counter({kind: 6})))
        m.in_heading = True
        if kind_word and kind_word.lower() != "event":  # "Webinar: X", as a reader writes it
            ctx.aliases.setdefault(m.id, []).append(f"{kind_word.capitalize()}: {topic}")
        ctx.main.setdefault(kind, m.id)
        ctx.set_focus(block.section, kind, m.id)
        return True
    return False


def title_focus(ctx: DocumentContext, block: Block, mentions: list[Mention]) -> None:
    """The document's title names the event it is about: "Report launch: X"."""
    title = block.text.strip()
    for pattern in _TITLE_LAUNCH:
        match = pattern.match(title)
        if not match:
            continue
        x = match.group("x").strip().strip("\"“”'‘’.")
        subject = None
        for m in mentions:
            kind = ctx.type_of(m)
            weak_org = kind == "Organisation" and ctx.votes_for(m).get("Organisation", 0) <= 2
            if (
                (m.text.lower() in x.lower() or x.lower() in m.text.lower())
                and (kind in {"Report", "Project", None} or weak_org)
                and len(m.text.split()) >= 2
            ):
                subject = m
                break
        if subject is None:
            continue
        event = ctx.launch_event(subject.id, block.section, title)
        ctx.main["Event"] = event
        ctx.set_focus(block.section, "Event", event)
        ctx.mentions[event].date = ctx.published
        return
    for m in mentions:
        kind = ctx.type_of(m)
        if kind in {"Event", "Project", "Report"}:
            ctx.main.setdefault(kind, m.id)


def prefer_known_in_heading(ctx: DocumentContext, mentions: list[Mention]) -> list[Mention]:
    """In a title-case heading, keep mentions the body also has, or that look like names."""
    kept = []
    for m in mentions:
        if m.votes or mention_key(m.text) in ctx.votes:
            kept.append(m)
    return kept


_SERVICE_LABELS = vocab.words("address_service_labels")


def site_name(url: str | None) -> str:
    """The name a page address is under, letters and digits only:
    "https://www.northtowncarers.org.uk/news/x" -> "northtowncarers";
    "news.northtown.gov.uk" -> "northtown" (a part of the site before the name:
    `vocab/address_service_labels.txt`)."""
    if not url:
        return ""
    host = urlparse(url).netloc.lower().split(":")[0]
    parts = [p for p in host.split(".") if p not in {"www", "co", "org", "uk", "com", "net", "nhs",
                                                     "gov", "ac", "info"}]  # fmt: skip
    if len(parts) > 1 and parts[0] in _SERVICE_LABELS:
        parts = parts[1:]
    return site_letters(parts[0]) if parts else ""


def settle_partnerships(ctx: DocumentContext) -> None:
    """Organisations said to work together are partners (PARTNER_OF) on a page
    that calls it a partnership, collaborators (COLLABORATES_WITH) elsewhere. When
    the page names its partnership's partners outright (a PARTNER_OF read from the
    words), "the partnership" is theirs: a body outside it that works with one of
    them stays a collaborator ("A and B have formed a partnership ... Both will work
    closely with C": C collaborates)."""
    partners = {_key(ctx, m) for c in ctx.candidates if c.relations[:1] == ("PARTNER_OF",)
                for m in (c.source, c.target)}  # fmt: skip
    for c in ctx.candidates:
        if c.relations[-1:] == ("if a partnership",):
            ends = {_key(ctx, c.source), _key(ctx, c.target)}
            inside = not partners - {None} or None in ends or ends <= partners
            c.relations = (
                ("PARTNER_OF", "COLLABORATES_WITH")
                if ctx.calls_it_partnership and inside
                else ("COLLABORATES_WITH",)
            )


def _key(ctx: DocumentContext, m: int) -> str | None:
    """The name key of mention id m; None for the page's own body not yet named."""
    return mention_key(ctx.mentions[m].text) if m >= 0 else None
