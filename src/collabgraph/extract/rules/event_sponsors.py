"""Funding, continued: the sponsors a write-up thanks or lists. "Thank you to
Foo for sponsoring the day", "we are grateful to A and B for sponsoring the
event", "our sponsors this year were A and B", "thank you to Foo for the weekly bread
donations" (vocab/thanked_gift_nouns.txt): FUNDED the event in focus, read
from the parse (vocab/sponsor_words.txt); "our core funders were A and B" on a page
about no event: the page's own body. "Our" sponsors thanked or needed with
their names right after the noun ("Thank you to our headline sponsor, Foo", "the
fair could not go ahead without our sponsors: A, B and C"; vocab/sponsor_nouns.txt):
the event in focus. The sponsor named by a noun ("Foo, the headline sponsor of
the conference") is rules/sponsors.py's.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.relation_candidates import PAGE_ORG
from collabgraph.extract.rules.focus_targets import first_id
from collabgraph.extract.rules.paid_things import thing_in_view
from collabgraph.extract.rules.partner_leads import ours_at, said_ours
from collabgraph.extract.rules.reader import FOCUS_EVENT_NOUNS, FOCUS_NOUNS, SentenceReader
from collabgraph.extract.rules.thanked_payers import THANKS

LABELS = frozenset()
"""The cue labels (pattern files) this module's rule reads (none: it reads the parse)."""

_SPONSOR = vocab.words("sponsor_words")
_LIST_VERBS = {"were", "are", "included", "include", "includes"}
_LIST_GAP = vocab.words("sponsor_list_gap_words")


def thanked_and_listed(reader: SentenceReader) -> None:
    """The organisations thanked for sponsoring, or listed as the sponsors, of the
    event in focus (see the module)."""
    words = reader.words
    if not any(w in _SPONSOR_WORDS for w in words[reader.sent.start : reader.sent.end]):
        return
    event = reader.ctx.focus_of(reader.section, "Event")
    if reader.ctx.main.get("Event") is None:
        event = None
    for tok in reader.tokens_among(_SPONSOR_WORDS):
        if reader.in_quote(tok.i):
            continue
        target = event
        if tok.pos_ == "VERB" and tok.dep_ == "pcomp" and tok.head.lower_ == "for":
            if tok.lower_ not in _SPONSOR:
                continue
            target = _sponsored(reader, tok, event)
            if target is None:
                continue
            sponsors = _thanked(reader, tok)
        elif tok.lower_.endswith("s") and tok.dep_ == "nsubj" and tok.head.lower_ in _LIST_VERBS:
            sponsors = _listed(reader, tok)  # "our sponsors this year were A and B"
            held = _funded_thing(reader, tok)  # "funders of the project include"
            target = event if held is _UNSAID else held
            if held is _UNSAID and event is None and said_ours(tok) and not reader.in_quote(tok.i):
                # "Our core funders were A and B": the page's body, once it is known
                target = ours_at(reader, tok.i)
        elif tok.lower_ in _GIFTS and tok.dep_ == "pobj" and tok.head.lower_ == "for":
            sponsors = _thanked_for(reader, tok.head.i)
            # "Thank you to Foo for the weekly bread donations": the event, else the page's
            # own body for gifts to "our" work, else what the write-up is about
            ours = "our" in _phrase_after(reader, tok.head.i)
            seen = None if ours else thing_in_view(reader, {tok.lower_}, tok.i)
            target = first_id(event, seen, reader.we_org(tok.i), PAGE_ORG)
        elif tok.lower_ in _SPONSOR_NOUNS and event is not None and _thanked_noun(reader, tok):
            # "Thank you to our sponsors A and B", "without our sponsors: A, B and C"
            # (with no event in focus, whose they are is unsure: a page's own event
            # may go unread)
            sponsors = _named_after(reader, tok)
        else:
            continue
        for org in sponsors:
            if reader.kind(org) in {"Organisation", None}:
                reader.relate(org, "FUNDED", target, confidence=0.65)


_FUNDERS = vocab.words("sponsor_plural_nouns")
# "Thank you to Foo for the sandwiches": food given for the event (vocab/in_kind_nouns.txt)
_EVENT_GIFTS = {k for k, v in vocab.table("in_kind_nouns").items() if v == "event"}
_GIFTS = vocab.words("thanked_gift_nouns") | _EVENT_GIFTS
_SPONSOR_WORDS = _SPONSOR | _FUNDERS | _GIFTS
_SPONSOR_NOUNS = vocab.words("sponsor_nouns") | _FUNDERS  # "our sponsors: A, B"
_THANKED_FOR = {"to", "without"}  # "thank you to our sponsors", "without our sponsors"


_UNSAID = -2


def _funded_thing(reader: SentenceReader, noun) -> int | None:
    """What the sponsors or funders listed are of: "funders of the Foo Project",
    "Foo Trust's funders", "the project's funders", "sponsors of the summit" (the
    body, project or event a name or noun stands for); `_UNSAID` when the noun
    says nothing of it ("our sponsors"), None when it says something unread
    ("their funders", "funders of the new wing")."""
    held = [c for c in noun.children if c.dep_ == "poss" and c.lower_ not in {"our", "my"}]
    held += [g for c in noun.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if not held:
        return _UNSAID
    t = held[0]
    m = reader.covering.get(t.i)
    if m is None and t.lower_ in FOCUS_NOUNS:
        m = reader.by_end.get(t.i)  # "the Foo project": the name before the noun
    if m is not None and reader.kind(m) in {"Project", "Event", "Organisation"}:
        return m.id
    kind = FOCUS_NOUNS.get(t.lower_)
    if kind in {"Project", "Event"}:
        return reader.ctx.focus_of(reader.section, kind)
    return None


def _sponsored(reader: SentenceReader, verb, event: int | None) -> int | None:
    """What "for sponsoring ..." paid for (a mention id): the event in focus for
    "the day / this event / the Foo Summit" or no object; what the write-up is
    about (`paid_things.thing_in_view`) for a part of it ("the lunch", "the
    prizes"); None for another name, a part of one ("the Foo Rovers kit") or a
    building ("the new roof")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return event
    obj = objects[0]
    m = next((m for m in reader.ms if m.start <= obj.i < m.end), None)
    if m is not None:
        return event if m.id == reader.ctx.focus_of(reader.section, "Event") else None
    if obj.lower_ in FOCUS_EVENT_NOUNS:
        return event
    if FOCUS_NOUNS.get(obj.lower_) is not None or not obj.is_lower:
        return None  # "for sponsoring the project": another rule's
    if any(obj.left_edge.i <= m.start <= obj.right_edge.i for m in reader.ms):
        return None  # "for sponsoring the Fenby Rovers kit": another's
    return thing_in_view(reader, {obj.lower_}, verb.i)


def _thanked(reader: SentenceReader, verb) -> list[Mention]:
    """Who "thank you to A and B for sponsoring" / "grateful to A for" thanks; after
    people thanked first, the names after the last "to" ("Thanks to everyone who
    came, and to A for sponsoring the lunch")."""
    thanked = [t for t in reader.doc[reader.sent.start : verb.i] if t.lower_ in THANKS]
    if not thanked:
        return []
    k = thanked[0].i + 1
    while k < verb.i and reader.words[k] in {"you", "to", "also", "very", "much", "goes"}:
        k += 1
    found = [m for m in reader.list_after(k) if m.start < verb.i]
    if found:
        return found
    to = max((j for j in range(k, verb.i) if reader.words[j] == "to"), default=None)
    if to is None or reader.words[to - 1] not in {",", "and"}:
        return []
    return [m for m in reader.list_after(to + 1) if m.start < verb.i]


def _thanked_for(reader: SentenceReader, i: int) -> list[Mention]:
    """The name thanked right before the "for" at token i: "Thank you to A for the
    donation", "grateful to A, and to B for their sponsorship" (B); none when no
    word of thanks comes first or the name is no "to"'s."""
    named = reader.by_end.get(i)
    if named is None or not any(t.lower_ in THANKS for t in reader.doc[reader.sent.start : i]):
        return []
    k = named.start - 1
    if k > reader.sent.start and reader.words[k] == "the":
        k -= 1
    return [named] if k >= reader.sent.start and reader.words[k] == "to" else []


def _thanked_noun(reader: SentenceReader, noun) -> bool:
    """Whether a sponsor noun is "our" sponsors thanked ("thank you to our sponsors",
    "grateful to our funders") or said to be needed ("could not go ahead without
    our sponsors"), outside a quotation."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in _THANKED_FOR:
        return False
    if not said_ours(noun) or reader.in_quote(noun.i):
        return False
    if noun.head.lower_ == "without":
        return True
    return any(t.lower_ in THANKS for t in reader.doc[reader.sent.start : noun.i])


def _named_after(reader: SentenceReader, noun) -> list[Mention]:
    """The names listed right after a sponsor noun, after a comma or a colon if
    any: "our sponsors A and B", "our headline sponsor, Foo,", "our sponsors: A, B"."""
    k = noun.i + 1
    if k < reader.sent.end and reader.words[k] in {",", ":"}:
        k += 1
    if k < reader.sent.end and reader.words[k] == "the":
        k += 1
    return reader.list_after(k) if k in reader.by_start else []


def _phrase_after(reader: SentenceReader, i: int) -> list[str]:
    """The words from token i to the next comma or the sentence's end."""
    words = reader.words[i : reader.sent.end]
    return words[: words.index(",")] if "," in words else words


def _listed(reader: SentenceReader, noun) -> list[Mention]:
    """ "sponsors this year were A and B": the names after the verb."""
    k = noun.i + 1
    inside = {t.i for t in noun.subtree}  # "funders of the project include"
    while k < reader.sent.end and (reader.words[k] in _LIST_GAP or k in inside):
        k += 1
    if k >= reader.sent.end or reader.doc[k] != noun.head:
        return []
    return reader.list_after(k + 1)
