"""Finding the page's event: headline, address, first sentences, a quoted name."""

from __future__ import annotations

import re

from collabgraph.extract import vocab
from collabgraph.extract.layout import Layout, parse_date
from collabgraph.extract.mentions.tokens import is_cap, lower_word
from collabgraph.extract.page_event.address import date_in, slug_event, slug_words, title_case
from collabgraph.extract.page_event.around import governed, hosted_by
from collabgraph.extract.page_event.forms import claim_mentions, fuller
from collabgraph.extract.page_event.occasions import occasion_event, told_in_headline
from collabgraph.extract.page_event.phrases import (
    CONNECTORS,
    DETERMINERS,
    HEADS,
    MODIFIERS,
    YEAR,
    Phrase,
    phrases_in,
)
from collabgraph.extract.page_event.quoted import quoted_event
from collabgraph.extract.page_event.reading import PageEvent

ABBREVIATIONS = vocab.table("event_abbreviations")
RECURRING = vocab.words("page_event_recurring")
_GENRE = vocab.words("title_genre_words")
_GREETINGS = vocab.ordered("title_greetings")
# Words just before an event noun that say people went to it: "came to our X",
# "joined the Foo Forum's spring meeting", "attended", "at", "for".
_ATTENDED = {"attended", "attend", "attending", "at", "for", "to", "joined", "join", "joining"}
_NAME_FOLLOWS = {",", ":", "‘", "“", "'", '"'}
_FIRST_SENTENCES = 3


def find_page_event(layout: Layout, docs: list) -> PageEvent | None:
    """The event the page is about, from its headline, address or first sentences.

    `docs` are the spaCy Docs of `layout.blocks`, in order. Returns None when
    the page does not read as being about one event.
    """
    headline_blocks, body = _headlines_and_body(layout, docs)
    url_words, url_date = slug_words(layout.meta.get("url"))
    first: list[Phrase] = []
    for b in body:
        for sent in list(docs[b].sents)[:_FIRST_SENTENCES]:
            first += phrases_in(docs[b], sent.start, sent.end, b)
        if len(first) >= 1 and b != body[0]:
            break
    in_headlines = [
        p for b in headline_blocks for p in phrases_in(docs[b], 0, len(docs[b]), b, headline=True)
    ]
    found = next((p for p in in_headlines if p.named), None)
    event: PageEvent | None = None
    if found is not None:
        event = PageEvent(" ".join(found.name_words), evidence=layout.blocks[found.block].text)
        event.spans.setdefault(found.block, []).append((found.start, found.end))
        titled = _name_before_colon(docs[found.block], found)
        if titled is not None:  # "Bright Horizons 2031: what we heard at the Foo Assembly"
            event.aliases.append(event.name)
            event.name = titled
        full = next((n for p in first if (n := fuller(p, found, event.name))), None)
        if full is not None and titled is None:  # "Fun Day" in the headline, "Foo Fun Day" after
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
        event = _owned_in_headline(headline_blocks, layout, docs)
    if event is None:
        event = _noun_then_title(headline_blocks, layout, docs)
    generic = None
    if event is None:
        generic = _generic_head(headline_blocks, docs, slug)
        event = _from_first_sentences(first, docs, generic, headline_blocks, layout, url_words)
    if event is None:
        spoken_of = any(w in HEADS for w in url_words) or any(p.head for p in first)
        event = quoted_event(layout, docs, spoken_of)
    if event is None and generic is not None:
        event = _headline_is_the_name(headline_blocks, layout, docs, generic, first)
    if event is None:  # "Ministers visited Foo Hub", "A and B signed a memorandum"
        event = occasion_event(docs, headline_blocks, sents)
    if event is None:
        return None
    claim_mentions(event, in_headlines + first)
    text = " ".join(layout.blocks[p.block].text for p in first[:3])
    published = layout.published or date_in(
        " ".join(layout.blocks[b].text for b in headline_blocks), None
    )
    event.date = url_date or date_in(text, published) or event.date
    words = event.name.split()
    if len(words) > 2 and YEAR.match(words[-1]):  # "our Foo Show" is "Foo Show 2031"
        named, when = _dated_title(event.name)  # "Foo Forum meeting Nov 2031": the month too
        event.aliases.append(named if when else " ".join(words[:-1]))
    key = " ".join(event.name.lower().split()[-3:])
    for long, short in ABBREVIATIONS.items():
        if key.endswith(long) and re.search(
            rf"\b{short}\b", " ".join(b.text for b in layout.blocks)
        ):
            event.aliases.append(short)
    return event


def _slug_in_full(words: list[str], first: list[Phrase], layout: Layout, docs: list):
    """The event an address names, as the first sentences write it in full: ".../
    residents-rally-at-save-our-parks-event" cut at "our" is "the ‘Save Our Parks’
    event" (quoted) or "the Save Our Parks event" (a named phrase). None when they
    name no longer form of it."""
    tail = " ".join(words)
    quoted = quoted_event(layout, docs, False)
    for form in quoted.aliases if quoted is not None else ():
        if _words_of(form).endswith(" " + tail):
            return quoted
    for p in first:
        if p.named and _words_of(" ".join(p.name_words)).endswith(" " + tail):
            event = PageEvent(" ".join(p.name_words), evidence=docs[p.block][p.start].sent.text)
            event.spans.setdefault(p.block, []).append((p.start, p.end))
            return event
    return None


def _words_of(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _headlines_and_body(layout: Layout, docs: list) -> tuple[list[int], list[int]]:
    """Blocks that read as the headline (title, headings and short lines before
    the body), and the first body paragraphs."""
    heads: list[int] = []
    body: list[int] = []
    for n, block in enumerate(layout.blocks):
        if block.section != 0:
            continue
        if block.kind in {"title", "heading"} and not body:
            heads.append(n)
        elif block.kind == "para":
            words = block.text.split()
            if not body and len(words) <= 25 and not block.text.rstrip().endswith("."):
                heads.append(n)
            else:
                body.append(n)
        if len(body) >= 2:
            break
    return heads, body


def _name_before_colon(doc, found: Phrase) -> str | None:
    """ "Bright Horizons 2031: what we heard at the Foo Assembly": the name
    before the colon when the event phrase comes after it."""
    colon = next((t.i for t in doc[: found.start] if t.text == ":"), None)
    if colon is None or colon > 8:
        return None
    words = [t for t in doc[:colon] if t.is_alpha or t.like_num]
    if not words or not all(is_cap(t) or t.like_num or lower_word(t) in CONNECTORS for t in words):
        return None
    if all(lower_word(t) in _GENRE or t.like_num for t in words):
        return None  # "Blog: what I learned at the Foo Summit"
    return doc[:colon].text.strip()


def _generic_head(headline_blocks: list[int], docs: list, slug) -> str | None:
    """An unnamed event noun in the headline or address ("... annual general meeting")."""
    for b in headline_blocks:
        for p in phrases_in(docs[b], 0, len(docs[b]), b, headline=True):
            return p.head
    if slug is not None:
        return slug[0][-1]
    return None


def _headline_is_the_name(
    headline_blocks: list[int], layout: Layout, docs: list, head: str, first: list[Phrase]
) -> PageEvent | None:
    """ "The Summit", "Annual Conference 2031" as the whole headline, the first
    sentences speaking of the same kind of event: the headline is its name."""
    if not any(p.head == head for p in first):
        return None
    for b in headline_blocks:
        toks = [t for t in docs[b] if not t.is_punct]
        words = [lower_word(t) for t in toks]
        if not words or words[-1 - bool(YEAR.match(words[-1]))] != head:
            continue
        lead = words[: -1 - bool(YEAR.match(words[-1]))]
        if all(w in MODIFIERS or w in {"the", "our"} for w in lead) and is_cap(toks[0]):
            name = re.sub(r"(?i)^our\s+", "", layout.blocks[b].text.strip().rstrip(".!"))
            if len(name.split()) > 1:  # not "AGM" for "Our AGM": whose is not said
                return PageEvent(name, evidence=layout.blocks[b].text)
    return None


def _from_first_sentences(
    first: list[Phrase], docs: list, generic: str | None, headline_blocks, layout, url_words
) -> PageEvent | None:
    """An event named, or owned, in the first sentences: "The festive event for
    Foo's partners", "attended Foo's Annual General Meeting", "I spoke at the X
    conference", "Foo held its AGM", "Foo hosted a roundtable on X"; or one the
    headline calls "annual general meeting"."""
    for p in first:
        doc = docs[p.block]
        sent = doc[p.start].sent
        if any(lower_word(t) in RECURRING for t in doc[max(sent.start, p.start - 2) : p.end]):
            continue  # "a weekly carers forum": an activity, not the page's event
        lead_end = p.owner[0] if p.owner is not None and 0 <= p.start - p.owner[1] <= 1 else p.start
        lead = [lower_word(t) for t in doc[sent.start : lead_end]]
        at_start = all(w in DETERMINERS or w in MODIFIERS or w == "'s" for w in lead[-3:]) and (
            len(lead) <= 3
        )
        attended = any(w in _ATTENDED for w in lead[-4:]) or governed(doc, p.head_i)
        wanted = generic is not None and p.head == generic
        if not (at_start or attended or wanted or p.hosted):
            continue
        host = hosted_by(doc, p.end, sent.end) if p.owner is None and not p.named else None
        if not p.named and _name_follows(doc, p.end, p.hosted):
            continue  # "hosted its spring summit, ‘Growing Older Together’": the quoted name
        if p.named:
            event = PageEvent(" ".join(p.name_words), evidence=sent.text)
            if p.text[:1] in _NAME_FOLLOWS:  # "the ‘Save Our Parks’ event", as written
                event.aliases.append(p.text)
            if p.owner is not None:  # "Foo hosted the Bright Futures Summit"
                event.owner_spans.setdefault(p.block, []).append(p.owner)
        elif p.owner is not None or host is not None:
            span = p.owner or host  # "Foo's AGM", "a reception hosted by Foo"
            owner = re.sub(r"^[Tt]he ", "", doc[span[0] : span[1]].text)
            event = PageEvent(f"{owner} {' '.join(p.name_words)}", evidence=sent.text)
            event.owner = owner
            event.owner_spans.setdefault(p.block, []).append(span)
            event.aliases.append(" ".join(p.name_words))
        elif p.ours and (len(p.name_words) > 1 or layout.meta.get("url")):
            # "our AGM", "we held an open day": named after the page's organisation
            name = " ".join(p.name_words)
            event = PageEvent(name[:1].upper() + name[1:], evidence=sent.text, ours=True)
            event.aliases.append(name)
        else:
            quoted = quoted_event(layout, docs, False)
            if quoted is not None:  # "The workshop ..." after "a workshop called ‘X’"
                return quoted
            title = _page_title(headline_blocks, layout, url_words, docs)
            if title is None or not at_start:
                continue
            # "Foo Group, May 2031" over "The meeting ...": "Foo Group meeting May 2031"
            named, when = _dated_title(title)
            event = PageEvent(
                " ".join(w for w in (named, *p.name_words, when) if w), evidence=sent.text
            )
            event.aliases.append(title)
            event.date = parse_date(when) if when else None
        event.spans.setdefault(p.block, []).append((p.start, p.end))
        if p.also:
            event.spans[p.block].append(p.also)
            also = doc[p.also[0] : p.also[1]].text
            event.aliases.append(also)
            # "Foo held its annual conference and awards ceremony": one event, called both
            event.aliases.append(f"{event.name} and {also}")
        return event
    return None


_FRAMES = vocab.words("name_frame_words")
_QUOTES = {"‘", "“", "'", '"'}


def _name_follows(doc, i: int, hosted: bool) -> bool:
    """A name in quotes after an event noun: "a workshop called ‘Growing Together’",
    "a workshop: ‘X’"; "hosted its spring summit, ‘X’" (after a comma, when hosted)."""
    if hosted and i < len(doc) and doc[i].text in _NAME_FOLLOWS:
        return True
    k = i
    if k < len(doc) and (doc[k].lower_ in _FRAMES or doc[k].text == ":"):
        k += 1
    return k < len(doc) and doc[k].text in _QUOTES and k + 1 < len(doc) and is_cap(doc[k + 1])


def _noun_then_title(headline_blocks: list[int], layout: Layout, docs: list) -> PageEvent | None:
    """ "Webinar: Funding for small charities", "Workshop - Digital skills for
    trustees": an event noun, then the title it goes by."""
    for b in headline_blocks:
        doc = docs[b]
        k = 0
        while k < len(doc) and (lower_word(doc[k]) in MODIFIERS or doc[k].like_num):
            k += 1
        if k + 2 >= len(doc) or lower_word(doc[k]) not in HEADS:
            continue
        if doc[k + 1].text not in {":", "-", "–", "—", "|"}:
            continue
        title = doc[k + 2 :].text.strip().strip("\"“”'‘’.")
        if not title or len(title.split()) > 10 or not is_cap(doc[k + 2]):
            continue
        event = PageEvent(f"{title} {doc[k].lower_}", evidence=layout.blocks[b].text)
        event.aliases.append(title)
        return event
    return None


def _owned_in_headline(headline_blocks: list[int], layout: Layout, docs: list) -> PageEvent | None:
    """ "Recap: Foo Trust's AGM", "Foo CVS hosts first volunteering summit": an
    unnamed event the headline gives an organiser, named after it."""
    for b in headline_blocks:
        for p in phrases_in(docs[b], 0, len(docs[b]), b, headline=True):
            if p.owner is None:
                continue
            doc = docs[b]
            owner = re.sub(r"^[Tt]he ", "", doc[p.owner[0] : p.owner[1]].text)
            event = PageEvent(f"{owner} {' '.join(p.name_words)}", evidence=layout.blocks[b].text)
            event.owner = owner
            event.owner_spans.setdefault(b, []).append(p.owner)
            event.spans.setdefault(b, []).append((p.start, p.end))
            event.aliases.append(" ".join(p.name_words))
            return event
    return None


_FINITE = {"VBZ", "VBP", "VBD", "MD"}


_MONTH_YEAR = re.compile(
    r"^(?P<name>.+?)[\s,–—-]+(?P<when>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
    r"[a-z]*\.?\s+(?:19|20)\d\d)$",
    re.I,
)


def _dated_title(title: str) -> tuple[str, str]:
    """A title's name and the month and year written after it: ("Foo Forum", "Nov
    2031") for "Foo Forum Nov 2031"; (title, "") when it ends with no such date."""
    m = _MONTH_YEAR.match(title.strip())
    if m is None or parse_date(m.group("when")) is None:
        return title, ""
    return m.group("name"), m.group("when")


def _greets(text: str) -> bool:
    """ "Happy Birthday Jane", "Congratulations, Foo Trust!": a headline that greets."""
    words = " ".join(re.findall(r"[\w']+", text.lower().replace("’", "'")))
    return any(words == g or words.startswith(g + " ") for g in _GREETINGS)


def _page_title(
    headline_blocks: list[int], layout: Layout, url_words: list[str], docs: list
) -> str | None:
    """The headline that names the page: the one its address spells, else the only
    one; not a headline that is a sentence ("Over 100 attend ..."), names an event
    noun of its own ("Reflections on our annual conference") or greets someone
    ("Happy Birthday Jane", vocab/title_greetings.txt)."""
    headline_blocks = [
        b
        for b in headline_blocks
        if not any(t.tag_ in _FINITE or lower_word(t) in HEADS for t in docs[b])
        and not _greets(layout.blocks[b].text)
    ]
    texts = [layout.blocks[b].text.strip() for b in headline_blocks]
    slug = " ".join(url_words)
    for text in texts:
        if " ".join(re.findall(r"\w+", text.lower())) == slug and len(text.split()) <= 8:
            return text
    if len(texts) == 1 and len(texts[0].split()) <= 8:
        return texts[0]
    return None
