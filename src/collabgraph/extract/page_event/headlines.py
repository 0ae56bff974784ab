"""What the headlines say of the page's event: which blocks are headlines, a name
before a colon, "Webinar: <title>", "Foo CVS hosts first summit", the headline as
the name, and the headline an untitled event is named after (not one that greets)."""

from __future__ import annotations

import re

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.layout import Layout
from collabgraph.extract.mentions.tokens import (
    CLOSING_QUOTES,
    FINITE_TAGS,
    OPENING_QUOTES,
    is_cap,
    lower_word,
)
from collabgraph.extract.page_event.owners import sitting_name
from collabgraph.extract.page_event.phrase_heads import GUEST_PREPS, HEADS, MODIFIERS
from collabgraph.extract.page_event.phrase_words import verb_after_name
from collabgraph.extract.page_event.phrases import CONNECTORS, Phrase, phrases_in
from collabgraph.extract.page_event.reading import PageEvent
from collabgraph.extract.written_dates import YEAR, parse_date

_GENRE = vocab.words("title_genre_words")
# "recording", "transcript", "panel", "talk": a headline's word beside a quoted
# title that says the page records an occasion (vocab/page_event_title_labels.txt)
_TITLE_LABELS = vocab.words("page_event_title_labels")
_RECORD_WORDS = {"recording", "transcript", "replay"} & _TITLE_LABELS
# "Report launch: 'Foo'": the title is what was launched or opened, not the occasion
_LAUNCH_HEADS = vocab.words("event_launch_heads")
_GREETINGS = vocab.ordered("title_greetings")


def headlines_and_body(layout: Layout, docs: list) -> tuple[list[int], list[int]]:
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


def name_before_colon(doc, found: Phrase) -> str | None:
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


_TITLE_WORDS = 8


def titled_headline(doc, found: Phrase) -> tuple[str, int] | None:
    """A headline that is the event's title: "Foo roundtable with Baroness Jane
    Doe", "Public Discussion on Rural Housing" (the event phrase opening it, then
    "with", "on" or "about" and capitalised words to its end): the title and the
    token it ends before; else None."""
    if any(lower_word(t) not in lx.ARTICLES for t in doc[: found.start]):
        return None
    k = found.head_i + 1
    last = len(doc)
    while last > k and doc[last - 1].is_punct:
        last -= 1
    rest = [t for t in doc[k + 1 : last]]
    if k >= last or doc[k].lower_ not in GUEST_PREPS or not rest or len(rest) > _TITLE_WORDS:
        return None
    if not is_cap(rest[0]) or not all(is_cap(t) or lower_word(t) in CONNECTORS for t in rest):
        return None
    return doc[found.start : last].text, last


def generic_head(headline_blocks: list[int], docs: list, slug) -> str | None:
    """An unnamed event noun in the headline or address ("... annual general meeting")."""
    for b in headline_blocks:
        for p in phrases_in(docs[b], 0, len(docs[b]), b, headline=True):
            return p.head
    if slug is not None:
        return slug[0][-1]
    return None


def headline_is_the_name(
    headline_blocks: list[int], layout: Layout, docs: list, head: str, first: list[Phrase]
) -> PageEvent | None:
    """ "The Summit", "Annual Conference 2031" as the whole headline, the first
    sentences speaking of the same kind of event: the headline is its name."""
    if not any(p.head == head for p in first):
        return None
    for b in headline_blocks:
        toks = [t for t in docs[b] if not t.is_punct]
        words = [lower_word(t) for t in toks]
        if not words or words[-1 - bool(YEAR.fullmatch(words[-1]))] != head:
            continue
        lead = words[: -1 - bool(YEAR.fullmatch(words[-1]))]
        if all(w in MODIFIERS or w in {"the", "our"} for w in lead) and is_cap(toks[0]):
            name = re.sub(r"(?i)^our\s+", "", layout.blocks[b].text.strip().rstrip(".!"))
            if len(name.split()) > 1:  # not "AGM" for "Our AGM": whose is not said
                return PageEvent(name, evidence=layout.blocks[b].text)
    return None


def noun_then_title(headline_blocks: list[int], layout: Layout, docs: list) -> PageEvent | None:
    """ "Webinar: Funding for small charities", "Workshop - Digital skills for
    trustees": an event noun, then the title it goes by; a question in lower case
    is a title too ("Roundtable: can small charities share back offices?").
    Named "<title> <noun>", the title and the headline's own form ("Webinar: <title>")
    kept as aliases; a question is named as the headline writes it."""
    for b in headline_blocks:
        doc = docs[b]
        k = 0
        while k < len(doc) and (lower_word(doc[k]) in MODIFIERS or doc[k].like_num):
            k += 1
        if k + 2 >= len(doc) or lower_word(doc[k]) not in HEADS:
            continue
        sep = k + 1 + (lower_word(doc[k + 1]) in _RECORD_WORDS)  # "Webinar recording: X"
        if sep + 1 >= len(doc) or doc[sep].text not in {":", "|"} | lx.DASHES:
            continue
        first = sep + 1 + (doc[sep + 1].text in OPENING_QUOTES and sep + 2 < len(doc))
        title = doc[sep + 1 :].text.strip().strip("\"“”'‘’.")
        question = title.endswith("?")
        if not title or len(title.split()) > (_QUESTION_WORDS if question else 10):
            continue
        if not (is_cap(doc[first]) or question):
            continue
        named = f"{doc[: k + 1].text.strip()}: {title}"  # "Roundtable: <title>"
        event = PageEvent(f"{title} {doc[k].lower_}", evidence=layout.blocks[b].text)
        event.aliases.append(title)
        event.aliases.append(named)
        if question:  # "can small charities share? roundtable" reads as no name
            event.aliases[-1] = event.name
            event.name = named
        return event
    return None


_QUESTION_WORDS = 14  # "Roundtable: what would it take to make Fenby a fairer place to grow up?"
_QUOTED_TITLE_WORDS = _QUESTION_WORDS  # a quoted title runs as long as a question may


def quoted_title(headline_blocks: list[int], layout: Layout, docs: list) -> PageEvent | None:
    """ "Transcript: 'Working Together' - Foo members' webinar", "Online panel: 'Home
    and away' - transcript", "October talk: 'Saints and soup'": a label of a few words,
    a colon or dash, then a quoted title, with an event noun or a word of a recording
    or a talk (vocab/page_event_title_labels.txt) before the title or after it. The
    title is the event's name; with an event noun, "<title> <noun>" an alias. None
    when no headline reads so ("Report: 'Foo'", a publication's title; "Report launch:
    'Foo'", what was launched)."""
    for b in headline_blocks:
        doc = docs[b]
        sep = next((t.i for t in doc[:7] if t.text in {":", "|"} | lx.DASHES), None)
        if not sep or sep + 2 >= len(doc) or doc[sep + 1].text not in OPENING_QUOTES:
            continue
        close = next((t.i for t in doc[sep + 2 :] if t.text in CLOSING_QUOTES), None)
        if close is None or close == sep + 2 or not is_cap(doc[sep + 2]):
            continue
        title = doc[sep + 2 : close].text.strip()
        if len(title.split()) > _QUOTED_TITLE_WORDS:
            continue
        words = [lower_word(t) for t in (*doc[:sep], *doc[close + 1 :]) if t.is_alpha]
        nouns = [w for w in words if w in HEADS]
        if _LAUNCH_HEADS.intersection(words):
            continue
        if not nouns and not any(w in _TITLE_LABELS for w in words):
            continue
        event = PageEvent(title, evidence=layout.blocks[b].text)
        if nouns:
            event.aliases.append(f"{title} {nouns[0]}")
        event.spans.setdefault(b, []).append((sep + 2, close))
        return event
    return None


def owned_in_headline(headline_blocks: list[int], layout: Layout, docs: list) -> PageEvent | None:
    """ "Recap: Foo Trust's AGM", "Foo CVS hosts first volunteering summit": an
    unnamed event the headline gives an organiser, named after it."""
    for b in headline_blocks:
        for p in phrases_in(docs[b], 0, len(docs[b]), b, headline=True):
            if p.owner is None:
                continue
            doc = docs[b]
            owner = re.sub(r"^[Tt]he ", "", doc[p.owner[0] : p.owner[1]].text)
            noun = " ".join(p.name_words)
            event = PageEvent(f"{owner} {noun}", evidence=layout.blocks[b].text)
            event.owner = owner
            event.owner_spans.setdefault(b, []).append(p.owner)
            event.spans.setdefault(b, []).append((p.start, p.end))
            sitting = sitting_name(doc, noun, p.owner, p.head_i)
            if sitting is not None:  # "Meeting of Foo Forum Members": as the page says it
                event.aliases.append(event.name)
                event.name = sitting
            event.aliases.append(noun)
            return event
    return None


_MONTH_YEAR = re.compile(
    r"^(?P<name>.+?)[\s,–—-]+(?P<when>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
    r"[a-z]*\.?\s+(?:19|20)\d\d)$",
    re.I,
)


def dated_title(title: str) -> tuple[str, str]:
    """A title's name and the month and year written after it: ("Foo Forum", "Nov
    2031") for "Foo Forum Nov 2031"; (title, "") when it ends with no such date."""
    m = _MONTH_YEAR.fullmatch(title.strip())
    if m is None or parse_date(m.group("when")) is None:
        return title, ""
    return m.group("name"), m.group("when")


def opens_with_its_verb(title: str, head: str) -> bool:
    """Whether the title opens with the verb the event noun `head` comes from:
    "Celebrating ten years of Foo" for a celebration, "Meeting the need" for a
    meeting; the title already names that event."""
    first = title.split()[0].lower() if title.split() else ""
    return first.endswith("ing") and len(first) > 5 and head.lower().startswith(first[:-3])


def _greets(text: str) -> bool:
    """ "Happy Birthday Jane", "Congratulations, Foo Trust!": a headline that greets."""
    words = " ".join(re.findall(r"[\w']+", text.lower().replace("’", "'")))
    return any(words == g or words.startswith(g + " ") for g in _GREETINGS)


# A headline the page address spells word for word is the page's title up to this
# long ("Giving rural voices a say across Kelby for the decade to come"); any other up to 8
_SPELT = 12


def page_title(
    headline_blocks: list[int], layout: Layout, url_words: list[str], docs: list
) -> str | None:
    """The headline that names the page: the one its address spells, else the only
    one; not a headline that is a sentence ("Over 100 attend ..."), names an event
    noun of its own ("Reflections on our annual conference") or greets someone
    ("Happy Birthday Jane", vocab/title_greetings.txt)."""
    headline_blocks = [
        b
        for b in headline_blocks
        if not any(
            t.tag_ in FINITE_TAGS or lower_word(t) in HEADS or verb_after_name(docs[b], t.i)
            for t in docs[b]
        )
        and not _greets(layout.blocks[b].text)
        and not labelled(layout.blocks[b].text)
    ]
    texts = [layout.blocks[b].text.strip() for b in headline_blocks]
    slug = " ".join(url_words)
    for text in texts:
        if " ".join(re.findall(r"\w+", text.lower())) == slug and len(text.split()) <= _SPELT:
            return text
    if len(texts) == 1 and len(texts[0].split()) <= 8:
        return texts[0]
    return None


_LABEL = re.compile(r"^[A-Z][a-z]*(?: [a-z]+){0,3}:\s+\S")


def labelled(text: str) -> bool:
    """Whether a line before the body is a label and its value, not a headline:
    "Date of event: 08/07/31", "Report by: Ada Brook"."""
    return _LABEL.match(text.strip()) is not None


_TITLE_MAX = 14  # words of "Vision 2031: Your Voice in the Future of Kelby's Parks"


def colon_title(headline_blocks: list[int], layout: Layout, docs: list) -> tuple[int, int] | None:
    """A headline that is a title and its subtitle ("Bright Futures 2031: Your Voice
    Counts"), with a write-up's words after a last colon left off ("...: Summary and
    Visual Recording", vocab/title_recap_words.txt): (block, token end) of the title;
    None when no headline reads so ("Blog: what we heard", "Webinar: X")."""
    for b in headline_blocks:
        doc = docs[b]
        colons = [t.i for t in doc if t.text == ":"]
        end = len(doc)
        while end > 0 and doc[end - 1].is_punct:
            end -= 1
        if colons and lx.RECAP_WORDS.match(doc[colons[-1] + 1 : end].text.strip()):
            end = colons.pop()  # "...: Summary and Sketch Notes"
        if not colons or not 0 < colons[0] <= 8 or colons[0] + 1 >= end:
            continue
        words = [t for t in doc[:end] if t.is_alpha or t.like_num]
        if len(words) > _TITLE_MAX or not all(
            is_cap(t) or t.like_num or lower_word(t) in CONNECTORS | lx.ARTICLES for t in words
        ):
            continue
        lead = [lower_word(t) for t in doc[: colons[0]] if t.is_alpha]
        if all(w in _GENRE or w in HEADS or w in MODIFIERS for w in lead):
            continue  # "Blog: ...", "Webinar: ...": a kind of page or event, not a title
        return b, end
    return None


def titled_by_colon_headline(
    event: PageEvent, headline_blocks: list[int], layout: Layout, docs: list
) -> PageEvent:
    """An event the first sentences tell without a name ("our first stakeholder
    workshop"), under a headline that is a title and its subtitle: the title is the
    event's name ("Bright Futures 2031: Your Voice Counts"), the description an alias.
    `event` unchanged when it has a name or an owner, or no headline reads so."""
    words = event.name.split()
    if event.owner or any(w[:1].isupper() for w in words[1:]):
        return event  # "Foo Trust AGM", "Kelby Summit": named already
    titled = colon_title(headline_blocks, layout, docs)
    if titled is None:
        return event
    b, end = titled
    event.aliases.append(event.name)
    event.name = docs[b][:end].text.strip()
    event.ours = False
    event.spans.setdefault(b, []).append((0, end))
    return event
