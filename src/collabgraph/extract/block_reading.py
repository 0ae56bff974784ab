"""Reading a laid-out page block by block and sentence by sentence.

`read_blocks` takes the page's blocks (`layout.Layout`) with spaCy's parse of
each (`document.block_text`), and fills the `DocumentContext`: first what the
whole page gives (titled surnames, the letters of terms, the event the page is
about, the page's own body, the names seen anywhere), then, per sentence, its
mentions (`mentions.find_mentions`; the page's event claimed among them:
`page_event.claim`) and what the rules read there (`rules.read_sentence`). A
block read whole (a byline, an "Event:" field: `document.read_whole`) is not
read sentence by sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from collabgraph.extract import document
from collabgraph.extract.context import DocumentContext
from collabgraph.extract.doc_arrays import span_text
from collabgraph.extract.funerals import funeral_mentions
from collabgraph.extract.layout import Block, Layout
from collabgraph.extract.leads import heading_lead as next_lead
from collabgraph.extract.listing_items import ListingItems
from collabgraph.extract.mention_keys import mention_key
from collabgraph.extract.mentions import find_mentions, reads_as_clause
from collabgraph.extract.mentions.memory import names_seen
from collabgraph.extract.mentions.table_columns import mark_table_rows, table_heading
from collabgraph.extract.name_evidence import titled_surnames
from collabgraph.extract.name_runs import NameRun, SeatRun
from collabgraph.extract.owned_events import owned_events
from collabgraph.extract.page_address import site_named
from collabgraph.extract.page_event import PageEvent, add_page_event, claim, find_page_event
from collabgraph.extract.page_event.reading import relate_claims
from collabgraph.extract.project_headings import heading_mentions
from collabgraph.extract.project_items import item_mentions
from collabgraph.extract.rules import SentenceReader, read_sentence
from collabgraph.extract.rules.lead_lists import lead_of, list_item
from collabgraph.extract.rules.reader import doc_words
from collabgraph.extract.rules.voice import QUOTE_OPENERS
from collabgraph.extract.set_off_events import vote_set_off_events
from collabgraph.extract.term_letters import term_letters
from collabgraph.extract.told_sittings import told_sittings


def read_blocks(
    ctx: DocumentContext, layout: Layout, docs: list, find_cues: Callable
) -> PageEvent | None:
    """Read every block of `layout` (its parse in `docs`, one a block) into `ctx`,
    finding cues with `find_cues` (`rules.cue_finder`); returns the event the
    page is about, None when it has none."""
    ctx.titled_surnames = titled_surnames(docs)
    ctx.term_letters = term_letters(docs)
    event = None if document.subject_in_header(layout) else find_page_event(layout, docs)
    if event is not None:
        add_page_event(ctx, event)
    known_names = {k: v[0] for k, v in ctx.known.items()}
    own = site_named(docs, ctx.site_name)
    if own is not None:  # "K12" at k12.example: the page's own body
        known_names.setdefault(mention_key(own), "Organisation")
        ctx.site_own = own
    seen_names = names_seen(docs, known=(name for _, name in ctx.known.values()))
    reader = _PageReader(ctx, layout, event, find_cues, known_names, seen_names)
    for block_no, (block, doc) in enumerate(zip(layout.blocks, docs, strict=True)):
        reader.read_block(block_no, block, doc)
    return event


@dataclass
class _BlockView:
    """One block as its sentences are read: its number, the block, its parse,
    whether it is read as a heading, whether its opening name is a listed body,
    and its cues and words (`rules.reader.doc_words`), found once a block."""

    no: int
    block: Block
    doc: object
    heading: bool
    listed: bool
    run_lead: str | None  # the lead-in of an unbulleted list of members the block is a line of
    cues: object
    words: object


class _PageReader:
    """The walk over a page's blocks, with what runs from block to block: the
    sentence count, the heading a list's lines sit under, and whether a
    quotation is open."""

    def __init__(self, ctx, layout, event, find_cues, known_names, seen_names) -> None:
        self.ctx, self.layout, self.event, self.find_cues = ctx, layout, event, find_cues
        self.known_names, self.seen_names = known_names, seen_names
        self.sent_no = 0
        self.heading_lead: str | None = None  # "Speakers" over "Name, Title, Org" lines
        self.under: str | None = None  # the heading a run of list items sits under
        self.over_para: str | None = None  # the heading the paragraphs since it sit under
        self.last_kind: str | None = None  # the kind of the block read before this one
        self.right_under = False  # the block being read comes right after a heading
        self.above: str | None = None  # the text of the block read before this one
        self.last_text: str | None = None
        self.listing = ListingItems()  # a what's-on listing's item being read
        self.table: str | None = None  # the heading line of the table being read
        self.name_run = NameRun()  # "Our members" over lines of names with no bullets
        self.run_named = False  # a line of that list read named a member
        self.seat_run = SeatRun()  # "Our trustees" over lines of people with no bullets

    def read_block(self, block_no: int, block: Block, doc) -> None:
        ctx = self.ctx
        self.table = table_heading(block.text, self.table)
        mark_table_rows(doc, self.table)
        if block.kind != "item":
            self.under = block.text if block.kind == "heading" else None
        self.right_under, self.last_kind = self.last_kind == "heading", block.kind
        self.above, self.last_text = self.last_text, block.text
        if block.kind in {"heading", "title"}:
            self.over_para = block.text if block.kind == "heading" else None
        if document.read_whole(ctx, block, block_no, self.layout):
            return
        if self.listing.read_title(ctx, self.layout, block_no):
            return  # "Seed Swap Social" over "Saturday 12 April, ...": an item's event
        self.listing.read_dated(ctx, self.layout, block_no)  # "- 21 June: Fixathon, ..."
        self.heading_lead = next_lead(block, self.heading_lead)
        heading = block.kind in {"title", "meta"} or (
            block.kind == "heading" and not reads_as_clause(doc)
        )
        if not block.text.lstrip().startswith(QUOTE_OPENERS):
            ctx.quote_open = False  # a quotation runs on only into a paragraph that opens one
        cues, words = self.find_cues(doc), doc_words(doc)
        # an item under "The partners are:": its opening name is a body
        listed = block.kind == "item" and lead_of(ctx, block.key or self.under) is not None
        run_lead = self.name_run.line_lead(block)  # a line of "Our members" with no bullet
        view = _BlockView(block_no, block, doc, heading, listed, run_lead, cues, words)
        self.run_named = False
        self.seat_run.open(block)
        for sent in doc.sents:
            self._read_sentence(view, sent)
        self.name_run.after(ctx, block, run_lead, self.run_named)
        self.seat_run.after(block)

    def _read_sentence(self, view: _BlockView, sent) -> None:
        ctx, block, doc, event = self.ctx, view.block, view.doc, self.event
        found = find_mentions(
            doc,
            sent,
            block=view.no,
            section=block.section,
            sent_no=self.sent_no,
            next_id=len(ctx.mentions),
            heading=view.heading,
            known_names=self.known_names,
            seen_names=self.seen_names,
            list_item=view.listed,
            item=block.kind == "item",
        )
        # "stepped down at Foo’s annual general meeting": an event no capital names
        owned_events(doc, sent, found.mentions, view.no, block.section, self.sent_no, event)
        # "His funeral will be held at St Anne's": the funeral of whom the page remembers
        funeral_mentions(
            doc, sent, view.words, found.mentions, view.no, block.section, self.sent_no
        )
        # "at the Foo conference, Caring Counts, at ...": a name an event noun sets off
        vote_set_off_events(doc, sent, found.mentions)
        # "The Foo Forum meets at Bar Hall on 22 November": a sitting no noun names
        told_sittings(doc, sent, found.mentions, view.no, block.section, self.sent_no)
        self.sent_no += 1
        text = span_text(doc, sent.start, sent.end)  # as `sent.text`, no Token made a word
        ctx.sentences.append(text.strip())
        document.vote_field_places(block, doc, found.mentions)
        found.mentions = self.listing.drop_title(doc, view.no, found.mentions)
        self.listing.read_when(doc, view.no, found.mentions)
        if view.heading:
            found.mentions = heading_mentions(  # a project's name under "Our projects"
                ctx, self.layout, view.no, doc, sent, found.mentions, self.sent_no - 1
            )
            found.mentions = document.prefer_known_in_heading(ctx, found.mentions)
        elif block.kind == "item":  # "- Kelby Kites: a weekly club" under "Our services"
            found.mentions = item_mentions(
                ctx, block.key or self.under, block, view.no, doc, sent, found.mentions,
                self.sent_no - 1,
            )  # fmt: skip
        owners, takers = [], []
        if event is not None:
            found.mentions, owners, takers = claim(
                ctx, event, view.no, sent, self.sent_no, found.mentions
            )
        _add_mentions(ctx, found.mentions, text.strip())
        relate_claims(ctx, owners, takers, text)
        if block.kind == "title":
            document.title_focus(ctx, block, found.mentions)
        reader = SentenceReader(
            ctx,
            doc,
            sent,
            found.mentions,
            found.roles,
            section=block.section,
            block_kind=block.kind,
            cues=view.cues,
            words=view.words,
        )
        # A header field ("Funded by: X") is about the page's own event or report.
        reader.fallback_to_main = block.kind == "meta"
        reader.over_heading = self.over_para if block.kind == "para" else None
        reader.over_items = self.over_para if block.kind == "item" else None
        reader.right_under_heading = block.kind == "para" and self.right_under
        reader.block_above = self.above
        if view.run_lead is not None:
            self.run_named = list_item(reader, view.run_lead) or self.run_named
        item = block.kind == "item"
        read_sentence(
            reader,
            lead=block.key if item else self.heading_lead,
            heading=self.under if item else None,
        )
        self.seat_run.read(reader)
        ctx.quote_open = reader.quote_open_after()
        if block.kind == "meta":
            document.read_place_field(ctx, block, found.mentions, text)
        self.listing.relate_when(ctx, view.no, found.mentions, text)


def _add_mentions(ctx: DocumentContext, mentions: list, sentence: str) -> None:
    """Add a sentence's mentions to `ctx`, each with the sentence's text. The finder
    numbered them from len(ctx.mentions); the page's event claimed among them
    shifts those after it, so a short form's "same as" ("Foo Ambulance Service
    (FAS)") follows its name to its new id."""
    renumbered = {}
    for m in mentions:
        m.sentence = sentence
        was = m.id
        ctx.add(m)
        if was >= 0:
            renumbered[was] = m.id
        if ctx.type_of(m) == "Person":
            ctx.note_person(m)
    for m in mentions:
        if m.same_as is not None:
            m.same_as = renumbered.get(m.same_as, m.same_as)


__all__ = ["read_blocks"]
