"""Occasions a page is about that no event noun names: a visit, an opening or
reopening, a relaunch, a signing.

"Minister visits Foo Hub", "Ministers visited the Foo Hub on Friday", "during a
visit to the Foo Hub", "Foo Trust welcomed the Minister to the Foo Hub" -> "Visit
to the Foo Hub"; "Foo Centre reopens its doors", "Foo Centre relaunch" ->
"Reopening of Foo Centre", "Relaunch of Foo Centre"; "A and B have signed a
memorandum of understanding", "a ceremony ... to sign a Memorandum of
Agreement" -> "Signing of the memorandum of understanding", "Signing of the
Memorandum of Agreement". A signing is an occasion only when the page tells it as
one (signed at a place, at a ceremony, "at the signing"); "A and B have signed a
memorandum" alone reports an agreement, not an event (_signing_held). How the
name is made is in page_event/told.py; the other forms (a visit made to open
something, "officially opened", "Visit from <title>", an occasion told a few
paragraphs on) in page_event/occasion_forms.py; an occasion told by its verb, or
by a headline's verb read as a noun, in page_event/occasion_verbs.py.

Who visited, opened or signed took part (PARTICIPATED_IN): the verb's subject, or
"by" after it ("was signed by A and B", "a visit to Foo Hub by Jane Doe", "was
officially opened by Jane Doe"), "the Minister's visit", "a visit from Jane Doe";
"Leaders from Foo attended a ceremony ... to sign" gives Foo. Who hosted a visit
or welcomed the visitor organised it. Roles: "visitor", "opened", "participant".

The words are data: `vocab/occasion_names.txt`, `occasion_verbs.txt`,
`occasion_welcome_verbs.txt`, `occasion_signed_nouns.txt`,
`occasion_opened_heads.txt` (with `head_venue.txt`, `page_event_heads.txt`).
"""

from __future__ import annotations

from itertools import pairwise

from collabgraph.extract import vocab
from collabgraph.extract.lexicon import VENUE_HEADS
from collabgraph.extract.mentions.tokens import (
    SUBJECT_DEPS,
    is_cap,
    lower_word,
    lower_words,
    re_prefixed,
)
from collabgraph.extract.page_event.named_back import EARLIER_BLOCKS
from collabgraph.extract.page_event.occasion_forms import (
    VERBS,
    fuller_owner,
    named_head,
    official,
    pobjs,
    told_plainly,
    visit_from,
    visitor_named,
    welcomed,
)
from collabgraph.extract.page_event.occasion_verbs import (
    OPENED_KINDS,
    by_verb,
    own_opening,
    verb_as_noun,
)
from collabgraph.extract.page_event.phrase_heads import HEADS
from collabgraph.extract.page_event.reading import PageEvent
from collabgraph.extract.page_event.told import (
    NAMES,
    NEXT_BLOCK,
    OPENED,
    SIGNED,
    Told,
    as_written,
    bare_signed,
    fits,
    name_of,
    span_of,
    takers_of,
    titled_opening,
    unarticled,
)

WELCOME = vocab.words("occasion_welcome_verbs")
_TOLD_WORDS = frozenset(NAMES) | frozenset(VERBS) | WELCOME
"""Every word `_occasion_in` reads (alone, or after "re-")."""
ROLES = vocab.table("occasion_roles")  # who took part, by occasion
_HELD_PREPS = {"at", "in", "during"}  # where or when a signing was held


def occasion_event(docs: list, headline_blocks: list[int], sentences, later=()) -> PageEvent | None:
    """The occasion the headline or first sentences tell, named from its object.

    `docs` are the page's spaCy Docs by block; `sentences` (block, Span) pairs of
    its first sentences; `later` those of the paragraphs after them, read for an
    opening or a signing when the first ones tell no occasion. The headline names
    the occasion when it tells one; the forms the first sentences give the same
    occasion become aliases. None when none tells one.
    """
    found = [
        (b, docs[b][0 : len(docs[b])])
        for b in headline_blocks
        if not docs[b].text.rstrip().endswith("?")
    ] + list(sentences)
    for n, (here, after) in enumerate(pairwise(docs)):
        here.user_data[NEXT_BLOCK] = after  # "opened its new premises", the body named next
        after.user_data[EARLIER_BLOCKS] = (docs, n + 1)  # "the garden": the Foo Garden
    event: PageEvent | None = None
    kind = None
    named = first = False
    steps = [(b, s, False) for b, s in found] + [(b, s, True) for b, s in later]
    for block, sent, further in steps:
        told = _occasion_in(sent, again=event is not None)
        if further and first and named:
            if told is not None and told.kind == kind == "signing":  # "was signed by A and B"
                for s, e in told.takers:
                    event.taker_spans.setdefault(block, []).append((s, e, told.role or ROLES[kind]))
            continue  # the first sentences told it: the later paragraphs only name signers
        if told is None or (event is not None and _family(told.kind) != _family(kind)):
            continue
        if further and event is None and not told_plainly(told, sent):
            continue  # "I'm pleased to sign this agreement": not what the page reports
        plain = told.name  # "Opening of Foo Hall", also for "Official opening of Foo Hall"
        told = official(told, sent.doc)
        names = (told.name, told.alias, told.bare) if told.named else ()
        if event is None:
            event, kind = PageEvent(told.name, evidence=sent.text), told.kind
            first = not further
            names = (*names, plain)
        elif told.named and not named:  # "to open a new hospital", then "the opening of Foo"
            event.name, event.aliases = told.name, []
            names = (*names, plain)
        elif told.named:  # "Foo's new hub opens", then "Foo Hub officially opened"
            names = (*names, plain)
        named = named or told.named
        names = (*names, *(unarticled(n) for n in names if n))  # "Opening of Foo Centre"
        for name in names:
            if name and name.lower() not in {n.lower() for n in [event.name, *event.aliases]}:
                event.aliases.append(name)
        event.spans.setdefault(block, []).append((told.anchor, told.anchor + 1))
        for s, e in told.takers:
            event.taker_spans.setdefault(block, []).append((s, e, told.role or ROLES[told.kind]))
        event.owner_spans.setdefault(block, []).extend(told.hosts)
    if kind == "signing" and not any(_signing_held(s) for _, s, _ in steps):
        return None  # "A and B have signed a memorandum": an agreement, not an occasion
    again = visitor_named(event.name, list(sentences)) if event else None
    if event is not None and again is not None:  # "... to meet with <the title> Jane Doe"
        block, span, hosts = again
        event.taker_spans.setdefault(block, []).append((*span, "visitor"))
        event.owner_spans.setdefault(block, []).extend(hosts)
    if event is not None:
        full = fuller_owner(event.name, [s for _, s in found])
        if full is not None:  # "Hospice's Day Centre" where the page names "Foo Hospice"
            event.name = full
    return event


def told_in_headline(docs: list, headline_blocks: list[int]) -> bool:
    """Whether the headline tells an occasion ("Minister visits Foo Hub"): then it,
    not an event noun of the first sentences, is what the page is about."""
    return any(_occasion_in(docs[b][0 : len(docs[b])]) is not None for b in headline_blocks)


def _family(kind: str | None) -> str | None:
    """Openings, reopenings and relaunches of one place are one occasion told twice."""
    return "opening" if kind in OPENED_KINDS else kind


def _occasion_in(sent, *, again: bool = False) -> Told | None:
    """The first occasion the sentence tells; `again`: told of the one already
    found ("The centre was reopened by ..."), unnamed."""
    doc, lows = sent.doc, lower_words(sent.doc)
    for k in range(sent.start, sent.end):
        if lows[k] not in _TOLD_WORDS and "re" + lows[k] not in _TOLD_WORDS:
            continue  # most words: no occasion's, with or without "re-"
        tok = doc[k]
        low = "re" + lower_word(tok) if re_prefixed(tok) else lower_word(tok)
        if low in NAMES and tok.pos_ in {"NOUN", "PROPN"}:
            told = _by_noun(tok, low) or _after_name(tok, low)
        elif low in VERBS and tok.pos_ == "VERB":
            told = by_verb(tok, VERBS[low], again=again)
        elif low in VERBS and tok.pos_ in {"NOUN", "PROPN"}:
            told = verb_as_noun(tok, sent, VERBS[low])
        elif low in WELCOME and tok.pos_ == "VERB":
            told = welcomed(tok)
        else:
            continue
        if told is not None:
            return told
    return None


def _after_name(tok, kind: str) -> Told | None:
    """ "Foo Centre relaunch", "Foo Trust and Bar College MoU signing": the occasion's
    noun after the name of what it is about (kept as written, as an alias)."""
    end = tok.i - 2 if re_prefixed(tok) else tok.i  # "Foo Centre re-launch"
    start = end
    while start > tok.sent.start and is_cap(tok.doc[start - 1]):
        start -= 1
    words = tok.doc[start:end]
    if not words or kind == "visit":
        return None  # "the Minister's visit": whose visit, not what was visited
    last = lower_word(words[-1])
    if (kind == "signing" and last not in SIGNED) or (
        (kind in {"opening", "reopening"}) and (last not in OPENED)
    ):
        return None
    article = "the " if kind == "signing" else ""
    name = f"{NAMES[kind]} {article}{words.text}"
    return Told(kind, tok.i, name, alias=tok.doc[start : tok.i + 1].text)


def _by_noun(tok, kind: str) -> Told | None:
    """ "a visit to Foo Hub by Jane Doe", "the Minister's visit to Foo Hub", "Foo
    hosted a visit from Jane Doe", "the official reopening of Foo Centre"."""
    prep = "to" if kind == "visit" else "of"
    obj = next((g for c in tok.rights if c.lower_ == prep for g in pobjs(c)), None)
    verb = tok.head if tok.dep_ == "dobj" else None  # "Jane Doe paid a visit to Foo Hub"
    if tok.dep_ == "pobj" and tok.head.lower_ in {"during", "on"}:
        verb = tok.head.head  # "During a visit to Foo Hub, Jane Doe met ..."
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
    visitors = [g for c in tok.rights if c.lower_ == "from" for g in pobjs(c)]
    if obj is None and kind == "visit" and visitors and subjects and is_cap(subjects[0]):
        # "Foo Trust hosted a visit from Jane Doe": a visit to Foo Trust, which hosted it
        host = subjects[0]
        takers = [s for v in visitors for s in takers_of(v)]
        return Told(kind, tok.i, name_of(kind, host), takers, hosts=[span_of(host)])
    if obj is None and kind == "visit" and tok.i == tok.sent.start and visitors:
        return visit_from(tok, visitors[0])  # "Visit from Minister for Housing"
    owned = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if obj is None and kind in OPENED_KINDS and owned is not None:
        obj = named_head(owned)  # "the centre's relaunch": the Foo Community Centre's
        owned = None
    if obj is None or not fits(kind, obj, noun=True):
        return None
    if kind in OPENED_KINDS and own_opening(obj):
        return None  # "led the opening of its third shop": the body's record
    hosts = []
    welcoming = verb is not None and verb.dep_ in {"xcomp", "advcl"} and not subjects
    if welcoming and lower_word(verb.head) in WELCOME:  # "Foo welcomed guests to celebrate it"
        hosts = [span_of(c) for c in verb.head.children if c.dep_ == "nsubj" and is_cap(c)]
    takers = [span_of(g) for c in tok.rights if c.lower_ == "by" for g in pobjs(c)]
    takers += [span_of(owned)] if owned is not None else []
    takers += [s for v in visitors for s in takers_of(v)]
    if not takers:
        takers = [s for c in subjects for s in takers_of(c)]
    name = name_of(kind, obj, titled=titled_opening(kind, obj))  # "Opening of Kelby Lights"
    alias = as_written(tok, obj)
    return Told(kind, tok.i, name, takers, alias=alias, hosts=hosts, bare=bare_signed(kind, obj))


def _signing_held(sent) -> bool:
    """Whether the sentence tells a signing as an occasion, not only as an agreement
    made: signed at or in a named place ("was signed at Foo University", "gathered
    in Kelby to sign", "the signing took place at Foo Hall"), at a ceremony or event
    ("a ceremony to sign", "attended an event to sign"), or the signing as a time
    ("At the partnership signing, ...")."""
    for tok in sent:
        low = lower_word(tok)
        if tok.pos_ in {"NOUN", "PROPN"} and low == "signing":
            if (tok.dep_ == "pobj" and tok.head.lower_ in _HELD_PREPS) or _placed(tok):
                return True  # "At the signing, ...", "the signing at Foo House"
            if tok.dep_ in SUBJECT_DEPS and _placed(tok.head):
                return True  # "The signing took place at Foo Hall"
        elif tok.pos_ == "VERB" and VERBS.get(low) == "signing":
            signed = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
            signed += [g for c in signed for p in c.children if p.lower_ == "of" for g in pobjs(p)]
            if _placed(tok) or any(_placed(c) for c in signed):
                return True  # "signed a memorandum (of understanding) at Foo House"
            head = tok.head
            if tok.dep_ in {"advcl", "xcomp", "relcl", "acl"} and head.i != tok.i:
                if lower_word(head) in HEADS or _placed(head):
                    return True  # "a ceremony to sign", "gathered in Kelby to sign"
                if any(c.dep_ == "dobj" and lower_word(c) in HEADS for c in head.children):
                    return True  # "attended a ceremony ... to sign"
    return False


def _placed(tok) -> bool:
    """ "signed at Foo University", "gathered in Kelby": a preposition of place with a
    name (or an occasion's noun) after it, not a date ("signed in March")."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in _HELD_PREPS:
            continue
        for obj in pobjs(prep):
            if obj.ent_type_ in {"DATE", "TIME"}:
                continue
            if (is_cap(obj) and obj.pos_ == "PROPN") or lower_word(obj) in HEADS:
                return True
            if lower_word(obj) in VENUE_HEADS and any(_names_venue(c) for c in obj.children):
                return True  # "at the university's Quayside campus", "at Foo's new hall"
    return False


def _names_venue(tok) -> bool:
    """A word before a venue's common noun that makes it a known place: a name
    ("Quayside campus") or a named owner ("the university's campus", "Foo
    College's hall"); not a pronoun ("their hall") or a plain adjective."""
    if tok.dep_ == "compound":
        return is_cap(tok) and tok.pos_ == "PROPN"
    return tok.dep_ == "poss" and tok.pos_ in {"NOUN", "PROPN"}
