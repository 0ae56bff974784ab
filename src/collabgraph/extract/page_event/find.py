"""Finding the page's event: headline, address, first sentences, a quoted name."""

from __future__ import annotations

import re
from copy import deepcopy

from collabgraph.extract import vocab
from collabgraph.extract.layout import Layout
from collabgraph.extract.page_event.address import date_in, slug_event, slug_words, title_case
from collabgraph.extract.page_event.anniversaries import anniversary_event, observance_event
from collabgraph.extract.page_event.body_records import body_record
from collabgraph.extract.page_event.dates import field_date, named_on
from collabgraph.extract.page_event.first_sentences import (
    from_first_sentences,
    held_further,
    owner_told_after,
)
from collabgraph.extract.page_event.forms import (
    claim_mentions,
    fuller,
    proper_name,
    set_off_name,
)
from collabgraph.extract.page_event.header_records import header_record
from collabgraph.extract.page_event.headlines import (
    dated_title,
    generic_head,
    headline_is_the_name,
    headlines_and_body,
    name_before_colon,
    noun_then_title,
    owned_in_headline,
    quoted_title,
    titled_by_colon_headline,
    titled_headline,
)
from collabgraph.extract.page_event.listing_titles import listing_title
from collabgraph.extract.page_event.occasion_forms import later_sentences
from collabgraph.extract.page_event.occasions import occasion_event, told_in_headline
from collabgraph.extract.page_event.owners import drop_place_owners
from collabgraph.extract.page_event.phrase_heads import HEADS
from collabgraph.extract.page_event.phrases import Phrase, phrases_in
from collabgraph.extract.page_event.poster_titles import poster_name
from collabgraph.extract.page_event.quoted import quoted_event
from collabgraph.extract.page_event.reading import PageEvent
from collabgraph.extract.page_event.record_titles import noticed_title, recorded_meeting
from collabgraph.extract.page_event.section_headings import section_heading_name
from collabgraph.extract.page_event.sitting_forms import add_sitting_forms
from collabgraph.extract.page_event.sittings import held_by_sitting, sitting_bodies
from collabgraph.extract.page_event.told_bodies import bodies_told, is_told
from collabgraph.extract.page_event.topics import headline_topic
from collabgraph.extract.page_event.untitled import (
    gathered_event,
    placed_event,
    renamed_vague,
    told_for_vague,
)
from collabgraph.extract.page_event.venue_forms import add_venue_forms
from collabgraph.extract.written_dates import YEAR, without_year

_FIRST_SENTENCES = 3


def find_page_event(layout: Layout, docs: list) -> PageEvent | None:
    """The event the page is about, from its headline, address or first sentences.

    `docs` are the spaCy Docs of `layout.blocks`, in order. Returns None when
    the page does not read as being about one event.
    """
    headline_blocks, body = headlines_and_body(layout, docs)
    url_words, url_date = slug_words(layout.meta.get("url"))
    recorded = body_record(layout, headline_blocks, body)  # "Notes from the Foo Forum"
    recorded = recorded or header_record(layout, headline_blocks)  # three lines
    if recorded is not None:
        return _finish(recorded, layout, docs, headline_blocks, [], [], url_date)
    first: list[Phrase] = []
    for b in body:
        for sent in list(docs[b].sents)[:_FIRST_SENTENCES]:
            first += phrases_in(docs[b], sent.start, sent.end, b)
        if len(first) >= 1 and b != body[0]:
            break
    in_headlines = [
        p for b in headline_blocks for p in phrases_in(docs[b], 0, len(docs[b]), b, headline=True)
    ]
    # the first headline phrase that names an event, or opens a title ("Foo roundtable with X");
    # not the body holding another ("Meeting of the Foo Forum": the forum holds the meeting)
    sitting = sitting_bodies(
        docs, body, headline_blocks
    )  # "The Foo Forum met online on ...": a body
    # and "elected chair of the Foo Forum", "the Foo Forum is an umbrella body": a body
    bodies = sitting.keys() | bodies_told("\n".join(b.text for b in layout.blocks))
    first = [p for p in first if not is_told(p.name_words, bodies)]
    in_headlines = [p for p in in_headlines if not is_told(p.name_words, bodies)]
    holders = {(p.block, *p.owner) for p in in_headlines if p.owner and p.owner[0] > p.head_i}
    found, whole = next(
        (
            (p, w)
            for p in in_headlines
            if ((w := titled_headline(docs[p.block], p)) is not None or p.named)
            and not any(b == p.block and s <= p.start < e for b, s, e in holders)
        ),
        (None, None),
    )
    event: PageEvent | None = None
    if found is not None:
        event = PageEvent(" ".join(found.name_words), evidence=layout.blocks[found.block].text)
        event.spans.setdefault(found.block, []).append((found.start, found.end))
        titled = name_before_colon(docs[found.block], found)
        if titled is not None and titled.lower() in sitting:
            titled = None  # "Foo Forum: report of the annual meeting", and "Foo Forum met"
        if whole is not None and titled is None:  # "Foo roundtable with Jane Doe"
            event.aliases.append(event.name)
            event.name = whole[0]
            event.spans[found.block] = [(found.start, whole[1])]
        if titled is not None:  # "Bright Horizons 2031: what we heard at the Foo Assembly"
            event.aliases.append(event.name)
            event.name = titled
        full = next((n for p in first if (n := fuller(p, found, event.name))), None)
        said = _said_more(found, first) if titled is None and whole is None else None
        if said is not None:  # "our panel event" in the headline, "a panel discussion" after
            event.aliases.append(event.name)
            event.name = said
        # "Fun Day" in the headline, "Foo Fun Day" after
        if full is not None and titled is None and whole is None:
            event.aliases.append(event.name)
            event.name = full
    sents = [(b, s) for b in body for s in list(docs[b].sents)[:_FIRST_SENTENCES]]
    if event is None and told_in_headline(docs, headline_blocks):
        event = occasion_event(docs, headline_blocks, sents)  # "Minister visits Foo Hub"
    slug = slug_event(url_words)
    if event is None and slug is not None and slug[1]:
        event = _slug_in_full(slug[0], first, layout, docs) or PageEvent(
            title_case(slug[0]), evidence=layout.meta.get("url", "")
        )
    if event is None:
        event = owned_in_headline(headline_blocks, layout, docs)
    if event is None:
        event = noun_then_title(headline_blocks, layout, docs)
        if event is not None:  # "Roundtable: ...?" over "Foo convened a roundtable"
            event = owner_told_after(event, first, docs)
    if event is None:  # "Transcript: 'Foo' - members' webinar"
        event = quoted_title(headline_blocks, layout, docs)
    generic = None
    if event is None:
        generic = generic_head(headline_blocks, docs, slug)
        event = from_first_sentences(first, docs, generic, headline_blocks, layout, url_words)
        if event is not None:  # "Bright Futures 2031: Your Voice Counts" over "our workshop"
            event = titled_by_colon_headline(event, headline_blocks, layout, docs)
    if event is None:
        spoken_of = any(w in HEADS for w in url_words) or any(p.head for p in first)
        event = quoted_event(layout, docs, spoken_of)
    if event is None and generic is not None:
        event = headline_is_the_name(headline_blocks, layout, docs, generic, first)
    if event is None:  # "Ministers visited Foo Hub", "A and B signed a memorandum"
        later = later_sentences(layout, docs, body)  # "The memorandum was signed at Foo by"
        event = occasion_event(docs, headline_blocks, sents, later)
    if event is None:  # "Foo Trust celebrated its 30th anniversary at the Kelby Arts Centre"
        event = anniversary_event(docs, sents, later_sentences(layout, docs, body))
    if event is None:  # "Kindness Week was celebrated in Kelby with an event at Dale Hall"
        event = observance_event(sents)
    if event is None:  # "gathered at a special reception in Parliament": unnamed, placed
        event = next((placed_event(docs[p.block], p) for p in first), None)
    if event is None:  # "came together in a joint workshop": unnamed, where people met
        event = next((e for p in first if (e := gathered_event(docs[p.block], p))), None)
    if event is None:  # "Foo held a public meeting in Kelby on Saturday", a paragraph on
        event = held_further(layout, docs, body, headline_blocks, url_words)
    noticed = noticed_title(layout, docs, headline_blocks, body)
    if event is None and noticed is not None:  # "Kelby ward surgery ... – notes" over "Venue:"
        event = deepcopy(noticed)  # renamed below; `noticed` kept for `titled`
    recorded = recorded_meeting(layout, docs, headline_blocks, body)
    if event is None and recorded is not None:  # "Minutes of the Annual General Meeting of Foo"
        return _finish(
            recorded, layout, docs, headline_blocks, in_headlines + first, first, url_date
        )
    if event is None:  # "TIDEFALL 2031" over "Friday 31 July – Sunday 2 August"
        poster = poster_name(None, layout, docs, headline_blocks)
        if poster is None:
            return None
        event = PageEvent(poster[0], evidence=layout.blocks[headline_blocks[0]].text)
        event.spans[headline_blocks[0]] = [poster[1]]
        return _finish(event, layout, docs, headline_blocks, in_headlines + first, first, url_date)
    page_text = "\n".join(b.text for b in layout.blocks)
    event = renamed_vague(event, first, docs, url_words, page_text)  # not "Event"
    if event.name.lower() in _VAGUE:  # "The event was watched by ...": an occasion told
        told = occasion_event(docs, headline_blocks, sents, later_sentences(layout, docs, body))
        event = told_for_vague(event, told) if told is not None else event
    drop_place_owners(event, docs, "\n".join(b.text for b in layout.blocks))  # "Dunholt's"
    held_by_sitting(event, sitting)  # "September meeting" of "the Foo Forum met"
    proper = proper_name(event, first, docs)
    if proper is not None:  # "Panel debate on village buses": "the Hambury Bus Debate"
        event.aliases.append(event.name)
        event.name = proper
    set_off = set_off_name(event, docs)
    if set_off is not None:  # "at the Foo conference, Carers Count, at ...": "Carers Count"
        event.aliases.append(event.name)
        event.name = set_off
    listed = listing_title(event, layout, docs, headline_blocks)
    if listed is not None:  # "Venue: ..." under "Coffee morning and advice fair for carers"
        event.aliases.append(event.name)
        event.name = listed
    topical = headline_topic(event, docs, headline_blocks)
    if topical is not None:  # "Notes from our Coffee and Chat on home energy"
        event.aliases.append(event.name)
        event.name = topical
    headed = section_heading_name(event, layout, docs)
    if headed is not None:  # "AGM and Networking Lunch" over "Our AGM took place on ..."
        event.aliases.append(event.name)
        event.name = headed
    # "Minutes of the Annual General Meeting of Foo"; "Foo surgery and community meeting
    # - notes" over "Venue:" for "community meeting": the title's name, whole
    titled = recorded or noticed
    if titled is not None and event.name.lower() in titled.name.lower() != event.name.lower():
        event.aliases.append(event.name)
        event.name = titled.name
        event.spans.update(titled.spans)
        event.date = event.date or titled.date
    poster = poster_name(event, layout, docs, headline_blocks)
    if poster is not None:  # "FOO FEST 2031" over "Foo's annual gathering": the headline's
        event.aliases.append(event.name)
        event.name = poster[0]
        event.spans.setdefault(headline_blocks[0], []).append(poster[1])
    return _finish(event, layout, docs, headline_blocks, in_headlines + first, first, url_date)


def _finish(event, layout, docs, headline_blocks, phrases, first, url_date) -> PageEvent:
    """The found event with the mentions it claims, its date and its other forms."""
    claim_mentions(event, phrases)
    add_venue_forms(event, docs)  # "its annual reception in parliament"
    text = " ".join(layout.blocks[p.block].text for p in first[:3])
    published = layout.published or date_in(
        " ".join(layout.blocks[b].text for b in headline_blocks), None
    )
    event.date = (
        field_date(layout)
        or url_date
        or date_in(text, published)
        or event.date
        or named_on(event, layout, headline_blocks, published)
    )
    words = event.name.split()
    if len(words) > 2 and YEAR.fullmatch(words[-1]):  # "our Foo Show" is "Foo Show 2031"
        named, when = dated_title(event.name)  # "Foo Forum meeting Nov 2031": the month too
        event.aliases.append(named if when else " ".join(words[:-1]))
    elif len(words) > 2 and YEAR.fullmatch(words[0]):  # "the 2031 Foo Show": "Foo Show 2031" too
        event.aliases += [" ".join(words[1:]), " ".join([*words[1:], words[0]])]
    add_sitting_forms(event, " ".join(b.text for b in layout.blocks))  # "AGM", "AGM 2031"
    return event


def _slug_in_full(words: list[str], first: list[Phrase], layout: Layout, docs: list):
    """The event an address names, as the first sentences write it in full: ".../
    residents-rally-at-save-our-parks-event" cut at "our" is "the ‘Save Our Parks’
    event" (quoted) or "the Save Our Parks event" (a named phrase); ".../annual-foo-
    awards" is "our 14th Annual Foo Awards Evening" (an ordinal before, the time of
    day after); ".../foo-awards-ceremony", an event noun after the name the page
    writes, is "the Foo Awards 2031" (the address's form an alias). None when they
    name no longer form of it."""
    tail = " ".join(words)
    quoted = quoted_event(layout, docs, False)
    for form in quoted.aliases if quoted is not None else ():
        if _words_of(form).endswith(" " + tail):
            return quoted
    # ".../foo-awards-ceremony" for "the Foo Awards 2031": the address adds the kind
    bare = " ".join(words[:-1]) if len(words) > 2 and words[-1] in HEADS else None
    for p in first:  # "our 14th Annual Foo Awards Evening" for ".../annual-foo-awards"
        said = _words_of(" ".join(p.name_words))
        if p.named and bare is not None and without_year(said) == bare:
            event = PageEvent(" ".join(p.name_words), evidence=docs[p.block][p.start].sent.text)
            event.spans.setdefault(p.block, []).append((p.start, p.end))
            event.aliases.append(title_case(words))
            return event
        if p.named and said != tail and f" {tail} " in f" {said} ":
            event = PageEvent(" ".join(p.name_words), evidence=docs[p.block][p.start].sent.text)
            event.spans.setdefault(p.block, []).append((p.start, p.end))
            if not said.endswith(" " + tail):  # the address's shorter form, as an alias
                event.aliases.append(title_case(words))
            return event
    return None


_VAGUE = vocab.words("event_vague_heads")


def _said_more(found: Phrase, first: list[Phrase]) -> str | None:
    """The first sentences' name for a headline's "panel event" when they call
    the same kind of event by a noun that says more ("a panel discussion"):
    "Panel discussion"; None otherwise (vocab/event_vague_heads.txt)."""
    if found.head not in _VAGUE or not found.described or len(found.name_words) < 2:
        return None
    kind = [w.lower() for w in found.name_words[:-1]]
    for p in first:
        words = [w.lower() for w in p.name_words]
        if p.head not in _VAGUE and words[: len(kind)] == kind and len(words) > len(kind):
            name = " ".join(p.name_words)
            return name[:1].upper() + name[1:]
    return None


def _words_of(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))
