"""When the page's event took place: a header field's date ("When: Saturday 4 May
2031", vocab/meta_event_date_fields.txt), or the date the line naming the event
gives it ("Minutes of the Foo Forum meeting held on Tuesday 3 June 2031"), or the
headline line under that one."""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.layout import Layout
from collabgraph.extract.page_event.address import date_in
from collabgraph.extract.page_event.reading import PageEvent
from collabgraph.extract.written_dates import parse_date


def named_on(event: PageEvent, layout: Layout, headline_blocks: list[int], published):
    """The date the line naming the event gives it, or the headline line under that
    ("Minutes of the Foo Forum meeting held on Tuesday 3 June 2031"; "Foo Forum - Committee
    Meeting" over "Thursday 3 June 2031, 7pm"), or None."""
    if not event.spans:
        return None
    named = min(event.spans)
    lines = [named, *[b for b in headline_blocks if b > named][:1]]
    return next((d for b in lines if (d := date_in(layout.blocks[b].text, published))), None)


def field_date(layout: Layout) -> str | None:
    """The date a header field gives the event ("When: Saturday 4 May 2031, 10am"),
    or None (vocab/meta_event_date_fields.txt)."""
    for key in _DATE_FIELDS:
        value = layout.meta.get(key)
        dated = parse_date(value) if value else None
        if dated:
            return dated
    return None


_DATE_FIELDS = vocab.ordered("meta_event_date_fields")
