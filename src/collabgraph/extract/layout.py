"""The shape of a write-up: title, byline, header fields, body, page furniture.

Blog posts and newsletters come wrapped in furniture ("Share this article", "Similar
articles", "by AUTHOR" teasers, "Read article"). `lay_out` sorts a plain text's lines into
blocks: the body read as prose, the header as fields, a related-article teaser as a document."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from collabgraph.extract import list_lines
from collabgraph.extract.byline_lines import BYLINE as _BYLINE
from collabgraph.extract.byline_lines import DATE as _DATE
from collabgraph.extract.byline_lines import DATED_BY as _DATED_BY
from collabgraph.extract.byline_lines import NAME as _NAME
from collabgraph.extract.byline_lines import foot_author
from collabgraph.extract.byline_lines import looks_like_sentence_by as _looks_like_sentence_by
from collabgraph.extract.lexicon import FURNITURE_PATTERNS, RELATED_HEADINGS
from collabgraph.extract.listing_fields import join_item_fields
from collabgraph.extract.masthead_lines import masthead_byline, masthead_line, titled_body
from collabgraph.extract.self_intros import introduced, piped_byline
from collabgraph.extract.signature_line import signature
from collabgraph.extract.vocab import ordered
from collabgraph.extract.voice_lines import voice_line
from collabgraph.extract.wrapped_lines import LIST_ITEM as _LIST_ITEM
from collabgraph.extract.wrapped_lines import SENTENCE_END as _SENTENCE_END
from collabgraph.extract.wrapped_lines import logical_lines, over_item
from collabgraph.extract.written_dates import parse_date

_FURNITURE = re.compile(r"^(?:%s)$" % "|".join(FURNITURE_PATTERNS), re.I)
_RELATED = re.compile(r"^(?:%s)$" % "|".join(RELATED_HEADINGS), re.I)
_VALEDICTIONS = frozenset(ordered("valedictions"))
_SIGNER = re.compile(r"^%s$" % _NAME)
_META = re.compile(
    r"^(?P<key>%s)\s*:\s*(?P<value>\S.*)$" % "|".join(map(re.escape, ordered("meta_fields"))),
    re.I,
)
_DATE_LINE = re.compile(
    r"^(?:date(?:\s+posted)?:?\s+|(?:posted|published)(?:\s+on)?:?\s+|last\s+updated?:?\s+)?"
    + _DATE
    + r"(?=\s|$)(?:\s+news\b)?",
    re.I,
)
_HEADLINE_WORDS = 16  # words at most of a heading, or of a first line read as a headline


@dataclass
class Block:
    """One unit of a document: a paragraph, a heading, a header field, a byline."""

    text: str
    kind: str  # title | meta | byline | heading | para | item
    section: int = 0  # 0: the document itself; n: the n-th related-article teaser
    key: str | None = None  # for meta blocks: the field name, lower case


@dataclass
class Teaser:
    """A related article listed under the main text."""

    author: str | None = None
    title: str | None = None


@dataclass
class Layout:
    blocks: list[Block] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    published: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    teasers: dict[int, Teaser] = field(default_factory=dict)


def _is_heading(line: str) -> bool:
    short = 0 < len(line.split()) <= _HEADLINE_WORDS
    return short and not _SENTENCE_END.search(line) and line[:1].isupper()


def _under_title(layout: Layout) -> bool:
    """Whether the next line is the one right under the page's title (a first line
    read as a paragraph counts when it reads as a headline: "£48,000 for Foo",
    short, no full stop)."""
    if len(layout.blocks) != 1:
        return False
    first = layout.blocks[0]
    headline = len(first.text.split()) <= _HEADLINE_WORDS and first.text[-1:] not in ".!?"
    return first.kind == "title" or (first.kind == "para" and headline)


def _sign_off(
    layout: Layout, signing: list[str], line: str, section: int
) -> tuple[list[str] | None, bool]:
    """A letter's signature after "Yours,": the signer's name on one line, their post
    on the next ("Jane Doe" / "Director, Foo Programme"), kept as a byline. Returns
    (the signature read so far, None once it has ended; whether `line` was used)."""
    if not signing:
        if _SIGNER.match(line) and 2 <= len(line.split()) <= 4 and len(line) < 60:
            if layout.author is None:
                layout.author = line
            return [line], True
        return None, False
    if len(line) < 120 and not _SENTENCE_END.search(line) and not _SIGNER.match(line):
        layout.blocks.append(Block(f"{signing[0]}, {line}", "byline", section))
        return None, True
    layout.blocks.append(Block(signing[0], "byline", section))
    return None, False


def lay_out(text: str, *, meta: dict | None = None) -> Layout:
    """Sort a plain-text document into blocks and read its header.

    `meta` (front matter) wins over anything read from the text itself.
    """
    layout = Layout()
    meta = dict(meta or {})
    section = 0
    in_related = False
    teaser: Teaser | None = None
    body_started = False
    signing: list[str] | None = None  # after "Yours,": the signer's name, then post
    table: dict = {}  # the columns of a table under a list's lead-in, by lead-in
    lines = join_item_fields(logical_lines(text))
    texts = [line for line, _ in lines]
    for n, (line, after_blank) in enumerate(lines):
        heads_items = over_item(texts, n)  # no item of the list before
        if len(line) > 20000:
            line = line[:20000]
        if signing is not None:
            signing, used = _sign_off(layout, signing, line, section)
            if used:
                continue
        if not in_related and line.lower().rstrip(",.!") in _VALEDICTIONS:
            signing = []
            continue
        if _RELATED.match(line) and len(line) < 60:
            in_related = True
            teaser = None
            continue
        if _FURNITURE.match(line) and len(line) < 80:
            if in_related:
                teaser = None
            continue
        lead = (
            None if in_related or heads_items else list_lines.open_list(layout.blocks, after_blank)
        )
        listed = list_lines.item_text(line, lead, table) if lead else None
        if listed is not None:  # a line under "The partners are:", a table row
            if listed:
                layout.blocks.append(Block(listed, "item", section, lead))
            continue
        signed = signature(line) if body_started and not in_related else None
        if signed is not None:  # "Jane Doe Chair KCLT": a sign-off on one line
            layout.blocks.append(Block(signed, "byline", section))
            continue
        near_top = not in_related and len(layout.blocks) < 4  # a writer's line, over the body
        voiced = voice_line(line) if near_top and not body_started else None
        if voiced is None and near_top and _under_title(layout):
            # "Fenby Borough Council – news release, 3 May 2025", "Blog | Jo Tern, Director, Foo"
            voiced = masthead_line(line, layout.blocks[0].text) or masthead_byline(line)
        if voiced is not None:  # "Posted by the Foo Trust team, 3 May 2025": the body's page
            text, date, *key = voiced
            layout.published = layout.published or (parse_date(date) if date else None)
            layout.blocks.append(Block(text, "byline", section, key=key[0] if key else "body"))
            continue
        piped = piped_byline(line) if near_top else None
        if piped is not None:  # "Jo Tern | Policy Lead | Foo": a byline in bars
            layout.blocks.append(Block(piped, "byline", section))
            continue
        intro = introduced(line) if near_top else None
        if intro is not None:  # "Hi all - Jo here, Officer at Foo": the writer's byline
            layout.blocks.append(Block(intro[0], "byline", section))
            if not intro[1]:
                continue
            line = intro[1]
        dated_by = _DATED_BY.match(line) if not in_related and len(line) < 160 else None
        date = parse_date(dated_by.group("date")) if dated_by else None
        if date:
            layout.published = layout.published or date
            line = dated_by.group("by")  # "Posted on 3 May 2025 by Jo Tern": the byline
        byline = _BYLINE.match(line) if len(line) < 120 else None
        if byline and not _looks_like_sentence_by(line):
            name = byline.group("name").strip()
            if in_related:
                if teaser is None or teaser.author is not None:
                    section += 1
                    teaser = layout.teasers.setdefault(section, Teaser())
                teaser.author = name
                layout.blocks.append(Block(name, "byline", section))
            else:
                if layout.author is None and not body_started:
                    layout.author = name.split(",")[0].strip()  # not the post after it
                rest = (byline.group("rest") or "").strip()
                dated = parse_date(rest) if rest else None
                if dated and layout.published is None:
                    layout.published = dated
                # "By Jane Doe, Chief Executive of Foo": the post goes with the name
                text = (
                    f"{name}, {rest}"
                    if rest and not dated and line[len(line) - len(rest) - 2 :][:1] == ","
                    else name
                )
                layout.blocks.append(Block(text, "byline", section))
            continue
        if (
            not body_started
            and not in_related
            and layout.published is None
            and not _META.match(line)
        ):
            # "18 October 2019" alone, or "date 2018-05-12 A charity has ...": the date
            dated = _DATE_LINE.match(line)
            if dated and parse_date(dated.group("date")):
                layout.published = parse_date(dated.group("date"))
                rest = line[dated.end() :].strip()
                if not rest:
                    continue
                if not rest.lower().startswith("by "):
                    line = rest
        field_match = _META.match(line) if len(line) < 400 and not in_related else None
        if field_match and body_started:
            field_match = _late_field(field_match)
        if field_match:
            key = field_match.group("key").lower()
            value = field_match.group("value").strip()
            if body_started and key in _DATE_KEYS:
                key = _EVENT_DATE_KEY  # a date closing a post dates the event
            layout.meta.setdefault(key, value)
            if key in _DATE_KEYS or key in _EVENT_DATE_KEYS:
                if body_started:
                    continue
                parsed = parse_date(value)
                if parsed and layout.published is None:
                    layout.published = parsed
                continue
            if key in {"author", "authors", "written by"} and layout.author is None:
                layout.author = value
            layout.blocks.append(Block(value, "meta", section, key))
            continue
        if in_related:
            if teaser is None:
                section += 1
                teaser = layout.teasers.setdefault(section, Teaser())
            if teaser.title is None and _is_heading(line):
                teaser.title = line
                layout.blocks.append(Block(line, "heading", section))
            else:
                layout.blocks.append(Block(line, "para", section))
            continue
        if not layout.blocks and layout.title is None and _is_heading(line) and "title" not in meta:
            layout.title = line
            layout.blocks.append(Block(line, "title", section))
            if (body := titled_body(line, texts[n + 1 :])) is not None:  # "Foo Assoc. - report"
                layout.blocks.append(Block(body, "byline", section, key="body"))
            continue
        if _LIST_ITEM.match(line):
            # Items under "A panel chaired by X brought together:" keep that lead-in.
            lead = None
            for prev in reversed(layout.blocks):
                if prev.kind == "item":
                    continue
                if prev.text.rstrip().endswith(":"):
                    lead = prev.text
                break
            layout.blocks.append(Block(_LIST_ITEM.sub("", line), "item", section, lead))
        elif _is_heading(line) and len(line.split()) <= 12:
            layout.blocks.append(Block(line, "heading", section))
        else:
            body_started = True
            layout.blocks.append(Block(line, "para", section))
    if meta.get("title"):
        layout.title = str(meta["title"])
        if not any(b.kind == "title" for b in layout.blocks):
            layout.blocks.insert(0, Block(layout.title, "title", 0))
    if layout.author is None:
        layout.author = foot_author(layout.blocks)  # "Jo Tern is policy lead at Foo."
    if meta.get("author"):
        layout.author = str(meta["author"])
    if meta.get("published"):
        layout.published = parse_date(str(meta["published"])) or str(meta["published"])
    if meta.get("url"):
        layout.meta.setdefault("url", str(meta["url"]))
    return layout


_LATE_FIELDS = frozenset(ordered("meta_late_fields"))
_DATE_KEYS = frozenset({"published", "date", "posted", "posted on"})
_EVENT_DATE_KEYS = frozenset(ordered("meta_event_date_fields"))
_EVENT_DATE_KEY = ordered("meta_event_date_fields")[0]


def _late_field(match: re.Match) -> re.Match | None:
    """A label line after the body has begun ("Venue: Fenby Village Hall" closing an
    event's write-up): a field when its label is one read there
    (vocab/meta_late_fields.txt) and its value is short, no sentence."""
    value = match.group("value").strip()
    if match.group("key").lower() not in _LATE_FIELDS:
        return None
    return match if len(value.split()) <= 12 and not value.endswith(".") else None
