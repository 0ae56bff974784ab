"""The other forms a page gives its own event: the name written in full in the
first sentences, and where the first sentences name it again."""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.tokens import is_cap
from collabgraph.extract.page_event.phrase_heads import HEADS, MODIFIERS, TIME_KINDS, TIMES
from collabgraph.extract.page_event.phrases import CONNECTORS, Phrase
from collabgraph.extract.page_event.reading import PageEvent
from collabgraph.extract.written_dates import YEAR, without_year


def fuller(p: Phrase, headline: Phrase, name: str) -> str | None:
    """The name a first sentence gives the headline's event in full: "the Foo
    Community Fun Day" for "Community Fun Day"; "the All-Wales Allotment Conference"
    for "Allotment conference 2031". None when it names another event."""
    if not p.named or p.described or p.head != headline.head:
        return None
    full = " ".join(p.name_words)
    short = name.lower()
    if headline.described:
        short = without_year(short).split()[-1]
    bare = without_year(full).lower()
    longer = bare.endswith(" " + short) or (bare == short and bare != full.lower())
    return full if longer and len(full) > len(short) else None


def claim_mentions(event: PageEvent, phrases: list[Phrase]) -> None:
    """Where the headline and first sentences name the event again: in the same
    words, or in others naming the same kind of event with a word of its name
    ("the RSPH Annual Conference" and "Annual Conference 2031"): those forms
    become aliases, as a reader lists them."""
    key = event.name.lower()
    words = key.split()
    head = without_year(key).split()[-1] if words else ""
    content = _content(event.name)
    by = None
    for p in phrases:
        if any(s <= p.start < e for s, e in event.owner_spans.get(p.block, ())):
            continue  # "a meeting of the Foo Forum": the forum holds the event
        name = " ".join(p.name_words)
        if event.owner and name.lower() == event.owner.lower():
            continue  # "Meeting of the Foo Forum", then "the Foo Forum": the holder, named alone
        same = name.lower() == key or bool(event.owner and f"{event.owner} {name}".lower() == key)
        other = not same and p.named and p.head == head and _same_event(content, event.name, name)
        other = other or (not same and p.named and _first_joined(key, name.lower()))
        # "Care conference round-up" for the "2026 Northshire Care Conference": a headline's
        # sentence-case form, a capitalised word of the name before the same noun
        other = other or (not same and not p.named and _sentence_case(p, head, content))
        # "the Foo event" for a "youth-led event": an event called only by a vague noun
        # and how it was, the same event when the page names whose it was
        whose = not (same or other) and p.named and p.head == head and _vague(event)
        if whose and by is None and name.lower().endswith(" " + head):
            by = name[: -len(head)].strip()
        other = other or whose
        if not (same or other):
            continue
        spans = event.spans.setdefault(p.block, [])
        if (p.start, p.end) not in spans and not any(s <= p.start < e for s, e in spans):
            spans.append((p.start, p.end))
        if p.owner and event.owner:
            owners = event.owner_spans.setdefault(p.block, [])
            if p.owner not in owners:
                owners.append(p.owner)
        if other and name.lower() not in {a.lower() for a in event.aliases}:
            event.aliases.append(name)
    if by is not None:  # "Youth-led event", "the Foo event": "Foo youth-led event"
        event.aliases.append(event.name)
        event.name = f"{by} {event.name[:1].lower()}{event.name[1:]}"


def _sentence_case(p: Phrase, head: str, content: set[str]) -> bool:
    """Whether an unnamed phrase is the event's name in sentence case: its noun
    the event's, its other words (one capitalised) all words of the event's name
    ("Care conference" of "Northshire Care Conference"; not "Kelby conference" of
    it, nor "annual conference")."""
    words = [w for w in p.name_words if w.lower() != head]
    return (
        p.head == head
        and bool(words)
        and words[0][:1].isupper()
        and all(w.lower() in content for w in words)
    )


def _vague(event: PageEvent) -> bool:
    """Whether the page's event is called only by a vague noun ("event",
    vocab/event_vague_heads.txt) and lower-case words that say how it was
    ("Youth-led event"), with no organiser named."""
    words = event.name.split()
    head = without_year(event.name.lower()).split()[-1] if words else ""
    return head in _VAGUE and not event.owner and not any(w[:1].isupper() for w in words[1:])


_VAGUE = vocab.words("event_vague_heads")


def _first_joined(key: str, name: str) -> bool:
    """Whether `name` is the first of the events the name `key` joins: "foo 2031
    agm" in "foo 2031 agm and panel discussion" (one day, called by its first part)."""
    rest = key[len(name) :].split() if key.startswith(name + " ") else []
    return len(name.split()) > 1 and len(rest) > 1 and rest[0] in {"and", "&"}


def _same_event(content: set[str], name: str, other: str) -> bool:
    """Whether `other` names the event `name` names (`content` its `_content`): a
    word in common, neither holding words the other lacks, and no other year
    ("Kelby Carers Summit" is not "Dale Carers Summit", nor 2031's 2032's)."""
    theirs = _content(other)
    if not content & theirs or not (content <= theirs or theirs <= content):
        return False
    years = [{w for w in n.split() if YEAR.fullmatch(w)} for n in (name, other)]
    return not (years[0] and years[1] and years[0] != years[1])


def _content(name: str) -> set[str]:
    """The words of an event's name that tell it from another of its kind."""
    return {
        w
        for w in name.lower().replace("’", "'").split()
        if w not in HEADS and w not in MODIFIERS and w not in CONNECTORS and not YEAR.fullmatch(w)
    }


def proper_name(event: PageEvent, phrases: list[Phrase], docs: list) -> str | None:
    """The proper name the first sentences give an event the page has so far only
    described: "the Hambury Bus Debate" for a headline's "Panel debate on village
    buses", "the Kelby Business Breakfast" for "Foo held a networking breakfast".
    The described name has no capital after its first word (past the organiser's
    name); the proper one has the same event noun, two words or more, all
    capitalised (connectors, years and ordinals aside) with a word that is not one
    of kind or time ("the Open Day" is no more a name), in a sentence that does not
    speak of another or a coming event ("last year's Kelby Debate",
    vocab/event_other_words.txt, event_coming_words.txt). None otherwise."""
    words = event.name.split()
    if event.owner and event.name.startswith(event.owner + " "):
        words = words[len(event.owner.split()) :]
    if not words or any(w[:1].isupper() for w in words[1:]):
        return None
    described = {w.lower().strip(",.") for w in words}
    for p in phrases:
        said = p.name_words
        if not p.named or p.described or p.head not in described or len(said) < 2:
            continue
        if not all(w[:1].isupper() or w in CONNECTORS or YEAR.fullmatch(w) for w in said):
            continue
        if not _content(" ".join(said)) - TIMES - TIME_KINDS:
            continue  # "the Open Day", "Annual Conference": kind words only, no name
        sent = docs[p.block][p.start].sent
        if any(t.lower_ in _OTHER for t in sent):
            continue
        return " ".join(said)
    return None


_OTHER = vocab.words("event_other_words") | vocab.words("event_coming_words")


_NOT_EVENT_ENTS = {"GPE", "LOC", "FAC", "ORG"}
_SET_OFF_END = {",", "at", "in", "on", "."}  # what may follow "the X conference, Caring Counts"


def set_off_name(event: PageEvent, docs: list) -> str | None:
    """The name set off by commas right after the page's described event: "at the
    Kelby Carers conference, Carers Count, at the Town Hall" is "Carers Count". The
    described name ends in a lower-case event noun; the set-off name is capitalised
    words (connectors and years aside, the first not "The" alone) ending at a comma,
    a preposition or the sentence's end. None otherwise."""
    if not event.name.split()[-1:] or not event.name.split()[-1].islower():
        return None
    for block, spans in sorted(event.spans.items()):
        doc = docs[block]
        for _start, end in spans:
            if end + 2 >= len(doc) or doc[end].text != ",":
                continue
            sent_end = doc[end].sent.end
            k = end + 1
            while k < sent_end and (
                is_cap(doc[k])
                or (k > end + 1 and (doc[k].lower_ in CONNECTORS or YEAR.fullmatch(doc[k].text)))
            ):
                k += 1
            words = [t.text for t in doc[end + 1 : k]]
            if len(words) < 2 or words[-1].lower() in CONNECTORS:
                continue
            if is_given_name(words[0]) or any(
                t.ent_type_ in _NOT_EVENT_ENTS for t in doc[end + 1 : k]
            ):
                continue  # "at the conference, Jo Tern, its chair, said"; a place, a body
            if k < sent_end and doc[k].lower_ not in _SET_OFF_END:
                continue
            return " ".join(words)
    return None
