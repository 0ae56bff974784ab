"""The page's own event: what an event write-up is about, found and named whole.

A write-up is usually about one event. Its name is in the headline ("The first
Carers and Families summit takes place in Kelby"), the page address
(".../event/village-voices-summit"), or the first sentences ("Over 140
people attended Foo's combined Annual General Meeting"). An event the page
leaves unnamed is named the way a reader would: after its organiser ("Foo
Annual General Meeting", "<Organisation> annual general meeting") or after the
page's title ("Rethinking Rural Transport workshop"), with the forms the page uses
as aliases and the date the page gives.

`find_page_event` reads the headline, the address and the first sentences
before the sentence rules run, so that "the summit", "speakers included" and
"hosted by" are about this event. The event nouns and the words that do not
name an event are data: `vocab/page_event_heads.txt`,
`vocab/event_modifiers.txt`, `vocab/event_abbreviations.txt`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlparse

from collabgraph.extract import vocab
from collabgraph.extract.context import DocumentContext, mention_key
from collabgraph.extract.layout import Layout, parse_date
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.runs import capital_runs
from collabgraph.extract.mentions.tokens import POSSESSIVE, is_cap, lower_word

HEADS = vocab.words("page_event_heads")
MODIFIERS = vocab.table("event_modifiers")
ABBREVIATIONS = vocab.table("event_abbreviations")
_DETERMINERS = {"the", "a", "an", "this", "that", "our", "its", "their", "his", "her", "my"}
_CONNECTORS = {"and", "of", "&", "for", "on", "in", "to"}
_SLUG_STOP = {
    "at", "of", "the", "a", "an", "for", "with", "in", "on", "to", "from", "by", "marks",
    "takes", "place", "hosts", "held", "our", "its", "recap", "review", "report", "news",
}  # fmt: skip
_YEAR = re.compile(r"(19|20)\d\d$")
_ORDINAL = re.compile(r"\d+(st|nd|rd|th)?$", re.I)
_MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}  # fmt: skip
_FIRST_SENTENCES = 3


@dataclass
class Phrase:
    """An event noun phrase in one block: "Foo's combined Annual General Meeting"."""

    block: int
    start: int  # first token of the phrase (after an article or possessive)
    end: int  # after the head (and a year)
    head: str  # the event noun, lower case
    name_words: list[str]  # the words a name keeps ("Annual General Meeting")
    named: bool  # a capitalised word names it ("Carers and Families summit")
    owner: tuple[int, int] | None = None  # token span of the organisation it belongs to
    text: str = ""
    also: tuple[int, int] | None = None  # "... and Annual Members Meeting": the same event


@dataclass
class PageEvent:
    """The event a page is about, before it becomes a mention."""

    name: str
    aliases: list[str] = field(default_factory=list)
    date: str | None = None
    owner: str | None = None  # the organiser's name as written ("Foo")
    spans: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # block -> spans
    owner_spans: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    evidence: str = ""


# ------------------------------------------------------------------ phrases


def phrases_in(doc, start: int, end: int, block: int) -> list[Phrase]:
    """Event noun phrases between tokens `start` and `end` of a Doc."""
    out = []
    for i in range(start, end):
        tok = doc[i]
        head = lower_word(tok)
        if head not in HEADS or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        nxt = doc[i + 1] if i + 1 < end else None
        if nxt is not None and is_cap(nxt) and not _YEAR.match(nxt.text):
            continue  # "Conference Centre", "Summit House": the noun is inside another name
        if nxt is not None and nxt.pos_ == "NOUN" and not is_cap(nxt):
            continue  # "her AGM presentation": the noun describes another
        j = i - 1
        lower_budget = 1
        while j >= start:
            t = doc[j]
            low = lower_word(t)
            if low in _DETERMINERS or t.text in POSSESSIVE or t.text in {",", ":", "(", '"'}:
                break
            if is_cap(t) or _ORDINAL.match(t.text) or low in MODIFIERS:
                j -= 1
                continue
            if low in _CONNECTORS and j > start and is_cap(doc[j - 1]) and is_cap(doc[j + 1]):
                j -= 1
                continue
            if (
                lower_budget
                and t.pos_ in {"NOUN", "ADJ"}
                and j > start
                and is_cap(doc[j - 1])
                and not doc[j - 1].is_sent_start
            ):
                lower_budget -= 1  # "the Green party conference"
                j -= 1
                continue
            break
        p_start, p_end = j + 1, i + 1
        if p_end < end and _YEAR.match(doc[p_end].text):
            p_end += 1
        words = [t for t in doc[p_start:p_end]]
        first_name = next(
            (k for k, t in enumerate(words) if (is_cap(t) or t.text[:1].isdigit())
             and lower_word(t) not in MODIFIERS and lower_word(t) not in HEADS),
            None,
        )  # fmt: skip
        named = first_name is not None and not (
            p_start == doc[p_start].sent.start and first_name == 0 and len(words) == 2
        )
        if named:
            name_words = [t.text for t in words[first_name:]]
        else:
            name_words = [t.text for t in words if MODIFIERS.get(lower_word(t), "keep") == "keep"]
        phrase = Phrase(
            block, p_start, p_end, head, name_words, named, text=doc[p_start:p_end].text
        )
        phrase.owner = _owner(doc, p_start, p_end, start, end)
        also = _conjoined_end(doc, p_end, end)
        if also is not None:
            phrase.also = (p_end + 1, also)
        out.append(phrase)
    return out


def _owner(doc, p_start: int, p_end: int, start: int, end: int) -> tuple[int, int] | None:
    """ "Foo's AGM", "the AGM of Foo Trust", "the event for Foo's partners"."""
    sent = doc[p_start].sent
    runs = capital_runs(doc, sent)
    runs = [_cut_run(doc, r) for r in runs]
    k = p_start - 1
    if k > start and doc[k].text in POSSESSIVE:
        run = next((r for r in runs if r[1] == k), None)
        if run is not None:
            return run
    k = _conjoined_end(doc, p_end, end) or p_end
    if k + 1 < end and doc[k].lower_ in {"of", "for"}:
        m = k + 1 + (doc[k + 1].lower_ == "the")
        run = next((r for r in runs if r[0] == m), None)
        if run is not None:
            possessive = run[1] < end and doc[run[1]].text in POSSESSIVE
            if doc[k].lower_ == "of" or possessive:
                return run
    return None


def _conjoined_end(doc, k: int, end: int) -> int | None:
    """After "the annual general meeting", the end of "and annual members' meeting"."""
    if k + 1 < end and doc[k].lower_ == "and":
        m = k + 1
        while (
            m < end
            and lower_word(doc[m]) not in HEADS
            and (lower_word(doc[m]) in MODIFIERS or doc[m].text in POSSESSIVE or is_cap(doc[m]))
        ):
            m += 1
        if m < end and lower_word(doc[m]) in HEADS:
            return m + 1
    return None


def _cut_run(doc, run: tuple[int, int]) -> tuple[int, int]:
    """A run of capitals up to "on", "in", "at": "Foo Trust on World Health Day" is Foo Trust."""
    for k in range(run[0] + 1, run[1]):
        if doc[k].lower_ in {"on", "in", "at", "to"}:
            return run[0], k
    return run


# ------------------------------------------------------------------ the address


def slug_words(url: str | None) -> tuple[list[str], str | None]:
    """The words of a page address's last part, and a date written at its end.

    ".../event/people-powered-health-summit" -> (["people", ..., "summit"], None);
    ".../2030-vision-event-30-april-2015" -> (["2030", "vision", "event"], "2015-04-30").
    """
    if not url:
        return [], None
    path = urlparse(url).path.rstrip("/")
    last = path.rsplit("/", 1)[-1]
    last = re.sub(r"\.(html?|php|aspx?)$", "", last, flags=re.I)
    last = re.sub(r"^\d+\.", "", last)
    words = [w for w in re.split(r"[-_]+", last.lower()) if w]
    date_words: list[str] = []
    while words and (words[-1].isdigit() or words[-1] in _MONTHS):
        date_words.insert(0, words.pop())
    date = parse_date(" ".join(date_words)) if len(date_words) >= 2 else None
    if date_words and not date and len(date_words) == 1 and _YEAR.match(date_words[0]):
        words.append(date_words[0])  # "summit-2023": the year is part of the name
    return words, date


def slug_event(words: list[str]) -> tuple[list[str], bool] | None:
    """The event an address names at its end: (name words, named?), or None."""
    end = len(words)
    if end and _YEAR.match(words[-1]):
        end -= 1
    if not end or words[end - 1] not in HEADS:
        return None
    k = end - 1
    while k > 0 and words[k - 1] not in _SLUG_STOP:
        k -= 1
    kept = words[k:]
    if len(kept) > 8:
        return None
    named = any(w not in MODIFIERS and w not in HEADS for w in kept)
    return kept, named


def _title_case(words: list[str]) -> str:
    return " ".join(w if w in {"and", "of", "for", "on", "in"} else w.capitalize() for w in words)


# ------------------------------------------------------------------ the event


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
    found: Phrase | None = None
    for b in headline_blocks:
        found = next((p for p in phrases_in(docs[b], 0, len(docs[b]), b) if p.named), None)
        if found:
            break
    event: PageEvent | None = None
    if found is not None:
        event = PageEvent(" ".join(found.name_words), evidence=layout.blocks[found.block].text)
        event.spans.setdefault(found.block, []).append((found.start, found.end))
        titled = _name_before_colon(docs[found.block], found)
        if titled is not None:  # "Bright Horizons 2031: what we heard at the Foo Assembly"
            event.aliases.append(event.name)
            event.name = titled
    slug = slug_event(url_words)
    if event is None and slug is not None and slug[1]:
        event = PageEvent(_title_case(slug[0]), evidence=layout.meta.get("url", ""))
    generic = None
    if event is None:
        generic = _generic_head(headline_blocks, docs, slug)
        event = _from_first_sentences(first, docs, generic, headline_blocks, layout, url_words)
    if event is None:
        spoken_of = any(w in HEADS for w in url_words) or any(p.head for p in first)
        event = _quoted_event(layout, docs, spoken_of)
    if event is None:
        return None
    _claim_mentions(event, first, docs)
    text = " ".join(layout.blocks[p.block].text for p in first[:3])
    published = layout.published or _date_in(
        " ".join(layout.blocks[b].text for b in headline_blocks), None
    )
    event.date = url_date or _date_in(text, published)
    key = " ".join(event.name.lower().split()[-3:])
    for long, short in ABBREVIATIONS.items():
        if key.endswith(long) and re.search(
            rf"\b{short}\b", " ".join(b.text for b in layout.blocks)
        ):
            event.aliases.append(short)
    return event


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
    if not words or not all(is_cap(t) or t.like_num or lower_word(t) in _CONNECTORS for t in words):
        return None
    return doc[:colon].text.strip()


def _generic_head(headline_blocks: list[int], docs: list, slug) -> str | None:
    """An unnamed event noun in the headline or address ("... annual general meeting")."""
    for b in headline_blocks:
        for p in phrases_in(docs[b], 0, len(docs[b]), b):
            return p.head
    if slug is not None:
        return slug[0][-1]
    return None


def _from_first_sentences(
    first: list[Phrase], docs: list, generic: str | None, headline_blocks, layout, url_words
) -> PageEvent | None:
    """An event named, or owned, in the first sentences: "The festive event for
    Foo's partners", "attended Foo's Annual General Meeting", "I spoke at the X
    conference"; or one the headline calls "annual general meeting"."""
    for p in first:
        doc = docs[p.block]
        sent = doc[p.start].sent
        lead_end = p.owner[0] if p.owner is not None and p.owner[1] <= p.start else p.start
        lead = [lower_word(t) for t in doc[sent.start : lead_end]]
        at_start = all(w in _DETERMINERS or w in MODIFIERS or w == "'s" for w in lead[-3:]) and (
            len(lead) <= 3
        )
        attended = any(w in {"attended", "at", "for"} for w in lead[-4:])
        wanted = generic is not None and p.head == generic
        if not (at_start or attended or wanted):
            continue
        if p.named:
            event = PageEvent(" ".join(p.name_words), evidence=sent.text)
        elif p.owner is not None:
            owner = doc[p.owner[0] : p.owner[1]].text
            event = PageEvent(f"{owner} {' '.join(p.name_words)}", evidence=sent.text)
            event.owner = owner
            event.owner_spans.setdefault(p.block, []).append(p.owner)
            event.aliases.append(" ".join(p.name_words))
        else:
            title = _page_title(headline_blocks, layout, url_words)
            if title is None or not at_start:
                continue
            event = PageEvent(f"{title} {' '.join(p.name_words)}", evidence=sent.text)
            event.aliases.append(title)
        event.spans.setdefault(p.block, []).append((p.start, p.end))
        if p.also:
            event.spans[p.block].append(p.also)
            event.aliases.append(doc[p.also[0] : p.also[1]].text)
        return event
    return None


_OPEN_QUOTES, _CLOSE_QUOTES = {"'", "‘", "“", '"'}, {"'", "’", "”", '"'}
_QUOTED_BLOCKS = 6


def _quoted_event(layout: Layout, docs: list, spoken_of: bool) -> PageEvent | None:
    """An event named in quotes near the start: "its spring summit, ‘Ageing Well
    Together’, ..." (after an event noun), or "‘X’ gave delegates ..." opening a
    sentence of a page that speaks of a conference, summit, etc."""
    seen = 0
    for n, block in enumerate(layout.blocks):
        if block.section != 0 or block.kind not in {"para", "item"}:
            continue
        seen += 1
        if seen > _QUOTED_BLOCKS:
            break
        doc = docs[n]
        for sent in doc.sents:
            for start, end in _quoted_names(doc, sent.start, sent.end):
                before = [lower_word(t) for t in doc[max(sent.start, start - 3) : start]]
                after_noun = any(w in HEADS for w in before)
                opens = all(t.text in _OPEN_QUOTES for t in doc[sent.start : start])
                if after_noun or (opens and spoken_of):
                    event = PageEvent(doc[start:end].text, evidence=sent.text)
                    event.spans[n] = [(start, end)]
                    return event
    return None


def _quoted_names(doc, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of title-case words between quotation marks ("‘Ageing Well Together’")."""
    out = []
    i = start
    while i < end - 2:
        if doc[i].text in _OPEN_QUOTES and is_cap(doc[i + 1]):
            j = i + 1
            while j < end and j - i <= 12 and doc[j].text not in _CLOSE_QUOTES:
                j += 1
            words = [t for t in doc[i + 1 : j] if t.is_alpha]
            caps = sum(1 for t in words if t.text[:1].isupper())
            if (
                j < end
                and doc[j].text in _CLOSE_QUOTES
                and len(words) >= 2
                and caps / len(words) >= 0.6
            ):
                out.append((i + 1, j))
                i = j
        i += 1
    return out


def _page_title(headline_blocks: list[int], layout: Layout, url_words: list[str]) -> str | None:
    """The headline that names the page: the one its address spells, else the only one."""
    texts = [layout.blocks[b].text.strip() for b in headline_blocks]
    slug = " ".join(url_words)
    for text in texts:
        if " ".join(re.findall(r"\w+", text.lower())) == slug and len(text.split()) <= 8:
            return text
    if len(texts) == 1 and len(texts[0].split()) <= 8:
        return texts[0]
    return None


def _claim_mentions(event: PageEvent, first: list[Phrase], docs: list) -> None:
    """Where the first sentences name the event again in the same words."""
    key = event.name.lower()
    for p in first:
        if " ".join(p.name_words).lower() == key or (
            event.owner and f"{event.owner} {' '.join(p.name_words)}".lower() == key
        ):
            spans = event.spans.setdefault(p.block, [])
            if (p.start, p.end) not in spans:
                spans.append((p.start, p.end))
            if p.owner and event.owner:
                owners = event.owner_spans.setdefault(p.block, [])
                if p.owner not in owners:
                    owners.append(p.owner)


_DAY_MONTH = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\b(?:,?\s+((?:19|20)\d\d))?",
    re.I,
)


def _date_in(text: str, published: str | None) -> str | None:
    """The date an event took place, from "on Friday 8th October 2021" or "on 9
    October" (the year of publication)."""
    m = _DAY_MONTH.search(text)
    if not m:
        return None
    year = m.group(3) or (published[:4] if published else None)
    if year is None:
        return None
    return parse_date(f"{m.group(1)} {m.group(2)} {year}")


# ------------------------------------------------------------------ into the reading


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
) -> tuple[list[Mention], list[Mention]]:
    """A sentence's mentions with the page's event where the page names it: the
    pieces the mention finder cut it into ("Health and Social Care", "Social
    Care") give way to one mention of the event. Returns the mentions and those
    of the event's owner ("Foo's Annual General Meeting"), who organised it."""
    if ctx.page_event is None:
        return mentions, []
    spans = [s for s in event.spans.get(block, ()) if sent.start <= s[0] < sent.end]
    aliases = {mention_key(a) for a in event.aliases}
    anchor = ctx.mentions[ctx.page_event]
    kept = [m for m in mentions if not any(m.start < e and s < m.end for s, e in spans)]
    for m in kept:  # "the AGM", "Annual Members Meeting": the page's event by another name
        if mention_key(m.text) in aliases:
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
    return kept, owners
